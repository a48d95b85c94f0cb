"""The missing-pack banner: what is missing, the size from the cached index, its own actions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.core import packs
from desktop.gui.packs.banner import MissingPackBanner
from desktop.gui.packs.labels import format_size
from desktop.gui.packs.signals import pack_signals
from desktop.gui.settings import INDEX_URL, Settings
from tests.fixtures.pack_fixtures import PackSet, install_archive
from tests.fixtures.pack_server import PackServer, closed_port_url
from tests.gui.export.checks import watch_destroyed

TIMEOUT = 20_000


@pytest.fixture
def folders(tmp_path: Path) -> packs.PackFolders:
    return packs.PackFolders.only(tmp_path / "argos" / "packages")


def make_banner(qtbot: QtBot, folders: packs.PackFolders) -> MissingPackBanner:
    banner = MissingPackBanner("ar", "en", folders=folders, index_url=Settings()[INDEX_URL] or None)
    qtbot.addWidget(banner)
    banner.show()
    return banner


def test_says_what_is_missing_and_the_size_from_the_cached_index_only(
    qtbot: QtBot,
    built_packs: PackSet,
    pack_server: PackServer,
    folders: packs.PackFolders,
) -> None:
    url = Settings()[INDEX_URL] = pack_server.url("/index.json")
    banner = make_banner(qtbot, folders)
    assert banner.title.text() == "No Arabic → English language pack is installed"
    assert banner.download_button.text() == "&Download"  # no cached index: size unknown
    assert pack_server.hits["/index.json"] == 0  # and the network was not touched

    packs.fetch_index(url)  # what the Language Packs dialog or an earlier download leaves
    banner = make_banner(qtbot, folders)
    size = format_size(built_packs.ar_en.archive.stat().st_size)
    assert banner.download_button.text() == f"&Download ({size})"
    assert size in banner.message.text()
    assert "summary works meanwhile" in banner.message.text()
    assert banner.download_button.accessibleName()
    assert pack_server.hits["/index.json"] == 1


def test_download_emits_its_signals_and_installs(
    qtbot: QtBot,
    pack_server: PackServer,
    folders: packs.PackFolders,
) -> None:
    Settings()[INDEX_URL] = pack_server.url("/index.json")
    banner = make_banner(qtbot, folders)
    with (
        qtbot.waitSignal(banner.download_requested, timeout=TIMEOUT) as requested,
        qtbot.waitSignal(banner.pack_installed, timeout=TIMEOUT) as installed,
        qtbot.waitSignal(pack_signals().packs_changed, timeout=TIMEOUT),
    ):
        banner.download_button.click()
        assert banner.progress.isVisible() and banner.cancel_button.isVisible()
    assert requested.args == ["ar", "en"]
    assert installed.args == ["ar", "en"]
    assert (folders.install_dir / "translate-ar_en-1_0").is_dir()
    assert "is installed" in banner.title.text()
    assert not banner.progress.isVisible()


def test_offline_download_explains_and_keeps_the_buttons(
    qtbot: QtBot, folders: packs.PackFolders
) -> None:
    Settings()[INDEX_URL] = closed_port_url()
    banner = make_banner(qtbot, folders)
    banner.download_button.click()
    qtbot.waitUntil(lambda: "offline" in banner.message.text(), timeout=TIMEOUT)
    assert banner.download_button.isEnabled() and banner.file_button.isEnabled()
    assert not banner.progress.isVisible()


def test_install_from_file(
    qtbot: QtBot, built_packs: PackSet, tmp_path: Path, folders: packs.PackFolders
) -> None:
    banner = make_banner(qtbot, folders)
    with qtbot.waitSignal(banner.install_from_file_requested):
        banner.file_button.click()
    chooser = banner.findChild(QFileDialog, "pack_file_dialog")
    assert chooser is not None and chooser.isVisible()
    gone = watch_destroyed(chooser)
    chooser.reject()
    qtbot.waitUntil(gone)

    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(b"PK\x03\x04 truncated")
    banner.install_file(str(bad))
    qtbot.waitUntil(lambda: "not a usable language pack" in banner.message.text(), timeout=TIMEOUT)

    banner.install_file(str(built_packs.en_ar.archive))  # the wrong direction
    qtbot.waitUntil(lambda: "this article needs" in banner.message.text(), timeout=TIMEOUT)

    with qtbot.waitSignal(banner.pack_installed, timeout=TIMEOUT):
        banner.install_file(str(built_packs.ar_en.archive))


def test_notices_a_pack_installed_elsewhere(
    qtbot: QtBot, built_packs: PackSet, folders: packs.PackFolders
) -> None:
    banner = make_banner(qtbot, folders)
    install_archive(built_packs.ar_en.archive, folders.install_dir)
    with qtbot.waitSignal(banner.pack_installed, timeout=TIMEOUT):
        pack_signals().packs_changed.emit()
