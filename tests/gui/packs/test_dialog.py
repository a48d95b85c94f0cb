"""The Language Packs dialog against a real HTTP server on 127.0.0.1 and the real test packs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import packs
from desktop.gui.packs.dialog import PackDialog, open_pack_dialog
from desktop.gui.packs.signals import pack_signals
from desktop.gui.settings import INDEX_URL, Settings
from tests.fixtures.pack_fixtures import PackSet, install_archive
from tests.fixtures.pack_server import PackServer, closed_port_url, index_entry, leftovers
from tests.gui.export.checks import watch_destroyed
from tests.gui.packs.server import SlowServer

TIMEOUT = 20_000


@pytest.fixture
def packages_dir(tmp_path: Path) -> Path:
    return tmp_path / "argos" / "packages"


@pytest.fixture
def folders(packages_dir: Path) -> packs.PackFolders:
    return packs.PackFolders.only(packages_dir)


def rows(tree: QTreeWidget) -> list[list[str]]:
    result = []
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        result.append([item.text(column) for column in range(tree.columnCount())])
    return result


def select(tree: QTreeWidget, label: str) -> None:
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item is not None and item.text(0) == label:
            tree.setCurrentItem(item)
            return
    raise AssertionError(f"{label!r} not in {rows(tree)}")


def make_dialog(qtbot: QtBot, folders: packs.PackFolders, fetch_index: bool = True) -> PackDialog:
    dialog = PackDialog(Settings(), folders=folders, fetch_index=fetch_index)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_lists_installed_and_available_packs_with_sizes(
    qtbot: QtBot,
    built_packs: PackSet,
    pack_server: PackServer,
    packages_dir: Path,
    folders: packs.PackFolders,
) -> None:
    install_archive(built_packs.ar_en.archive, packages_dir)
    Settings()[INDEX_URL] = pack_server.url("/index.json")
    dialog = make_dialog(qtbot, folders)
    qtbot.waitUntil(lambda: dialog.available_tree.topLevelItemCount() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.installed_tree.topLevelItemCount() == 1, timeout=TIMEOUT)
    (installed,) = rows(dialog.installed_tree)
    assert installed[:2] == ["Arabic → English", "1.0"]
    assert installed[2].endswith(("kB", "MB"))
    assert installed[3] == str(packages_dir)
    available = {row[0]: row for row in rows(dialog.available_tree)}
    size = built_packs.ar_en.archive.stat().st_size
    assert available["Arabic → English"][2] == dialog.locale().formattedDataSize(
        size, 1, dialog.locale().DataSizeFormat.DataSizeSIQuantifiers
    )
    assert available["Arabic → English"][3] == "Installed"
    assert available["English → Arabic"][3] == ""
    assert "Language packs you can download: 2" in dialog.status.text()

    dialog.filter_edit.setText("english → ARABIC")
    hidden = [
        dialog.available_tree.topLevelItem(row).isHidden()  # type: ignore[union-attr]
        for row in range(2)
    ]
    assert sorted(hidden) == [False, True]


def test_downloads_with_progress_and_installs(
    qtbot: QtBot,
    pack_server: PackServer,
    packages_dir: Path,
    folders: packs.PackFolders,
) -> None:
    Settings()[INDEX_URL] = pack_server.url("/index.json")
    dialog = make_dialog(qtbot, folders)
    qtbot.waitUntil(lambda: dialog.available_tree.topLevelItemCount() == 2, timeout=TIMEOUT)
    select(dialog.available_tree, "English → Arabic")
    assert dialog.download_button.isEnabled()
    seen: list[tuple[int, int | None]] = []
    original = dialog._on_download_progress

    def record(done: int, total: int | None) -> None:
        seen.append((done, total))
        assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
        original(done, total)

    dialog._on_download_progress = record  # type: ignore[method-assign]
    with qtbot.waitSignal(pack_signals().packs_changed, timeout=TIMEOUT):
        dialog.download_button.click()
    qtbot.waitUntil(
        lambda: rows(dialog.installed_tree)[0][0] == "English → Arabic", timeout=TIMEOUT
    )
    assert seen and seen[-1][0] == seen[-1][1] and seen[-1][0] > 0
    assert "English → Arabic language pack is installed" in dialog.status.text()
    assert not dialog.progress.isVisible()
    assert [p.name for p in packages_dir.iterdir()] == ["translate-en_ar-1_0"]
    assert leftovers(packages_dir) == []


def test_cancel_leaves_nothing(
    qtbot: QtBot,
    built_packs: PackSet,
    slow_server: SlowServer,
    packages_dir: Path,
    folders: packs.PackFolders,
) -> None:
    index = PackServer()
    try:
        entry = index_entry(built_packs.ar_en, [slow_server.url("/pack.argosmodel")])
        del entry["sha256"], entry["size"]
        Settings()[INDEX_URL] = index.serve_index([entry])
        dialog = make_dialog(qtbot, folders)
        qtbot.waitUntil(lambda: dialog.available_tree.topLevelItemCount() == 1, timeout=TIMEOUT)
        select(dialog.available_tree, "Arabic → English")
        dialog.download_button.click()
        qtbot.waitUntil(lambda: dialog.progress.maximum() == 1000, timeout=TIMEOUT)
        assert dialog.cancel_button.isVisible()
        dialog.cancel_button.click()
        qtbot.waitUntil(lambda: dialog.task is None, timeout=TIMEOUT)
        assert "cancelled" in dialog.status.text()
        assert not dialog.progress.isVisible()
        assert not packages_dir.exists() or list(packages_dir.iterdir()) == []
        assert leftovers(packages_dir) == []
        assert dialog.download_button.isEnabled()
    finally:
        index.close()


def test_offline_says_so_and_offers_install_from_file(
    qtbot: QtBot, folders: packs.PackFolders
) -> None:
    Settings()[INDEX_URL] = closed_port_url()
    dialog = make_dialog(qtbot, folders)
    qtbot.waitUntil(lambda: "offline" in dialog.status.text(), timeout=TIMEOUT)
    assert "install a pack from a file" in dialog.status.text()
    assert dialog.file_button.isVisible() and dialog.file_button.isEnabled()
    assert dialog.file_button.isDefault()
    assert dialog.refresh_button.isEnabled()


def test_install_from_file_and_a_bad_file(
    qtbot: QtBot,
    built_packs: PackSet,
    tmp_path: Path,
    packages_dir: Path,
    folders: packs.PackFolders,
) -> None:
    dialog = make_dialog(qtbot, folders, fetch_index=False)
    bad = tmp_path / "holiday-photos.argosmodel"
    bad.write_bytes(b"not a zip at all")
    dialog.install_file(str(bad))
    qtbot.waitUntil(lambda: dialog.task is None, timeout=TIMEOUT)
    assert "not a usable language pack" in dialog.status.text()
    assert "Nothing was installed" in dialog.status.text()
    assert not packages_dir.exists() or list(packages_dir.iterdir()) == []

    dialog.install_file(str(built_packs.ar_en.archive))
    qtbot.waitUntil(
        lambda: rows(dialog.installed_tree)[0][0] == "Arabic → English", timeout=TIMEOUT
    )
    assert "Arabic → English language pack is installed" in dialog.status.text()


def test_install_from_file_button_opens_a_file_chooser(
    qtbot: QtBot, folders: packs.PackFolders
) -> None:
    dialog = make_dialog(qtbot, folders, fetch_index=False)
    dialog.file_button.click()
    chooser = dialog.findChild(QFileDialog, "pack_file_dialog")
    assert chooser is not None and chooser.isVisible()
    assert "*.argosmodel" in chooser.nameFilters()[0]
    gone = watch_destroyed(chooser)
    chooser.reject()
    qtbot.waitUntil(gone)


def test_remove_asks_then_removes(
    qtbot: QtBot, built_packs: PackSet, packages_dir: Path, folders: packs.PackFolders
) -> None:
    install_archive(built_packs.ar_en.archive, packages_dir)
    dialog = make_dialog(qtbot, folders, fetch_index=False)
    qtbot.waitUntil(lambda: dialog.installed_tree.topLevelItemCount() == 1, timeout=TIMEOUT)
    assert not dialog.remove_button.isEnabled()
    select(dialog.installed_tree, "Arabic → English")
    dialog.remove_button.click()
    box = dialog.findChild(QMessageBox, "confirm_remove")
    assert box is not None and "Arabic → English" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # destroys a pack
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert (packages_dir / built_packs.ar_en.name).is_dir()

    dialog.remove_button.click()
    box = dialog.findChild(QMessageBox, "confirm_remove")
    assert box is not None
    with qtbot.waitSignal(pack_signals().packs_changed, timeout=TIMEOUT):
        next(button for button in box.buttons() if button.text() == "&Remove").click()
    qtbot.waitUntil(lambda: "was removed" in dialog.status.text(), timeout=TIMEOUT)
    assert not (packages_dir / built_packs.ar_en.name).exists()
    qtbot.waitUntil(
        lambda: rows(dialog.installed_tree)[0][0] == "No language pack is installed yet."
    )


def test_dialog_is_freed_after_closing(qtbot: QtBot, folders: packs.PackFolders) -> None:
    Settings()[INDEX_URL] = closed_port_url()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_pack_dialog(parent, Settings(), folders=folders)
    assert open_pack_dialog(parent, Settings()) is dialog  # one per window
    assert "Refresh List" in dialog.status.text()  # opening it did not go online
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: "offline" in dialog.status.text(), timeout=TIMEOUT)
    gone = watch_destroyed(dialog)
    dialog.close()
    qtbot.waitUntil(gone)
    assert parent.findChild(PackDialog) is None


@pytest.mark.parametrize(
    ("tamper", "message"),
    [("checksum", "damaged"), ("missing file", "The download failed")],
)
def test_a_failed_download_says_why_in_plain_words(
    qtbot: QtBot,
    built_packs: PackSet,
    packages_dir: Path,
    folders: packs.PackFolders,
    tamper: str,
    message: str,
) -> None:
    server = PackServer()
    try:
        path = "/pack.argosmodel"
        if tamper == "checksum":
            server.serve(path, built_packs.ar_en.archive.read_bytes())
        entry = index_entry(built_packs.ar_en, [server.url(path)])
        if tamper == "checksum":
            entry["sha256"] = "0" * 64
        Settings()[INDEX_URL] = server.serve_index([entry])
        dialog = make_dialog(qtbot, folders)
        qtbot.waitUntil(lambda: dialog.available_tree.topLevelItemCount() == 1, timeout=TIMEOUT)
        dialog.download("ar", "en")
        qtbot.waitUntil(lambda: message in dialog.status.text(), timeout=TIMEOUT)
        assert "Nothing was installed" in dialog.status.text()
        assert not packages_dir.exists() or list(packages_dir.iterdir()) == []
        assert leftovers(packages_dir) == []
        assert dialog.download_button.isEnabled() is False  # nothing selected
        assert dialog.file_button.isEnabled()
    finally:
        server.close()
