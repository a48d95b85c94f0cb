"""OPUS-MT models in the interface: installed from a release zip (after saying what conversion
takes) or downloaded from a loopback server, listed with quality and licence, cancelled with
nothing left, removed; chosen per direction in Translation ▸ Model; credited in About."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.gui.about_dialog import AboutDialog
from desktop.gui.packs.dialog import PackDialog
from desktop.gui.packs.model_menu import ModelMenu
from desktop.gui.packs.opus_models import ID_ROLE
from desktop.gui.settings import MODEL_AR_EN, Settings
from tests.fixtures.opus_fixtures import OpusSet
from tests.fixtures.pack_server import PackServer

TIMEOUT = 60_000


@pytest.fixture
def dialog(qtbot: QtBot) -> PackDialog:
    dialog = PackDialog(Settings(), fetch_index=False)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(dialog: PackDialog, name: str, text: str) -> None:
    box = dialog.findChild(QMessageBox, name)
    assert box is not None, name
    next(button for button in box.buttons() if button.text() == text).click()


def _status_of(dialog: PackDialog, model_id: str) -> str:
    tree = dialog.opus_box.tree
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        if item.data(0, ID_ROLE) == model_id:
            return item.text(2)
    raise AssertionError(f"{model_id} not listed")


def test_a_release_zip_installs_after_the_conversion_is_explained(
    qtbot: QtBot, dialog: PackDialog, opus_models: OpusSet
) -> None:
    assert _status_of(dialog, "opus-mt-big-ar-en") == "Not installed"
    dialog.install_file(str(opus_models.ar_en_release.archive))
    box = dialog.findChild(QMessageBox, "confirm_conversion")
    assert box is not None and "1-1.5 GB of memory" in box.text()
    _click(dialog, "confirm_conversion", "&Install")
    qtbot.waitUntil(lambda: "OPUS-MT model is installed" in dialog.status.text(), timeout=TIMEOUT)
    assert (paths.models_dir() / "opus-mt-big-ar-en").is_dir()
    qtbot.waitUntil(lambda: _status_of(dialog, "opus-mt-big-ar-en").startswith("Installed"))

    dialog.opus_box.tree.topLevelItem(0).setSelected(True)
    assert dialog.opus_box.remove_button.isEnabled()
    dialog.opus_box.remove_button.click()
    _click(dialog, "confirm_remove_model", "&Remove")
    qtbot.waitUntil(lambda: "model was removed" in dialog.status.text(), timeout=TIMEOUT)
    assert not (paths.models_dir() / "opus-mt-big-ar-en").exists()


def test_a_cancelled_install_leaves_nothing(
    qtbot: QtBot, dialog: PackDialog, opus_models: OpusSet
) -> None:
    dialog.install_model_file(str(opus_models.ar_en_release.archive))
    assert dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=TIMEOUT)
    folder = paths.models_dir()
    assert not folder.exists() or [p for p in folder.iterdir()] == []
    assert "cancel" in dialog.status.text().casefold()


def test_a_download_asks_with_the_size_and_installs(
    qtbot: QtBot, dialog: PackDialog, opus_models: OpusSet
) -> None:
    server = PackServer()
    try:
        archive = opus_models.ar_en_release.archive
        server.serve("/model.zip", archive.read_bytes())
        dialog.ask_download_model("opus-mt-big-ar-en", url=server.url("/model.zip"))
        qtbot.waitUntil(
            lambda: dialog.findChild(QMessageBox, "confirm_model_download") is not None,
            timeout=TIMEOUT,
        )
        box = dialog.findChild(QMessageBox, "confirm_model_download")
        assert server.url("/model.zip") in box.text() and "1-1.5 GB" in box.text()
        _click(dialog, "confirm_model_download", "&Download")
        qtbot.waitUntil(
            lambda: "OPUS-MT model is installed" in dialog.status.text(), timeout=TIMEOUT
        )
    finally:
        server.close()
    assert (paths.models_dir() / "opus-mt-big-ar-en").is_dir()


@pytest.mark.usefixtures("with_packs")
def test_the_model_menu_offers_each_installed_model_per_direction(
    qtbot: QtBot, opus_models: OpusSet
) -> None:
    shutil.copytree(opus_models.ar_en.path, paths.models_dir() / opus_models.ar_en.path.name)
    settings = Settings()
    menu = ModelMenu(settings)
    menu.fill()
    labels = [action.text() for action in menu.actions() if action.isCheckable()]
    assert labels[0] == "Best Installed"
    assert labels[1].startswith("Best: OPUS-MT") and labels[2].startswith("Fast: argos")
    argos = next(a for a in menu.actions() if a.text().startswith("Fast: argos"))
    argos.trigger()
    assert settings[MODEL_AR_EN] == argos.data()
    menu.fill()
    checked = [a.text() for a in menu.actions() if a.isChecked()]
    assert checked[0].startswith("Fast: argos")


def test_about_credits_installed_opus_models(qtbot: QtBot, opus_models: OpusSet) -> None:
    shutil.copytree(opus_models.ar_en.path, paths.models_dir() / opus_models.ar_en.path.name)
    about = AboutDialog()
    qtbot.addWidget(about)

    def credited() -> bool:
        rows = [about.licence_list.item(i).text() for i in range(about.licence_list.count())]
        return any(row.startswith("OPUS-MT model Arabic → English") for row in rows)

    qtbot.waitUntil(credited, timeout=TIMEOUT)
    label = next(k for k in about.licence_texts if k.startswith("OPUS-MT model"))
    assert "Helsinki-NLP" in about.licence_texts[label] and "CC-BY 4.0" in label
