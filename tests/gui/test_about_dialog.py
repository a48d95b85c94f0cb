"""Help ▸ About: versions and licences, freed after closing."""

from __future__ import annotations

import ctranslate2
import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.gui.about_dialog import AboutDialog, open_about_dialog
from tests.fixtures.pack_fixtures import PackSet
from tests.gui.export.checks import watch_destroyed


def versions_shown(dialog: AboutDialog) -> dict[str, str]:
    tree = dialog.versions_tree
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return {item.text(0): item.text(1) for item in items if item is not None}


def test_shows_versions_and_licences(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_about_dialog(parent)
    shown = versions_shown(dialog)
    assert shown["Nashra"] == __version__
    assert shown["Qt"] == qVersion()
    assert shown["PySide6"] == pyside_version
    assert shown["CTranslate2"] == ctranslate2.__version__
    assert shown["argostranslate"].startswith("1.")
    assert shown["sumy"] != "—"

    labels = [dialog.licence_list.item(row).text() for row in range(dialog.licence_list.count())]
    assert labels[0].startswith("Nashra")
    font = next(row for row, label in enumerate(labels) if label.startswith("Noto Naskh"))
    dialog.licence_list.setCurrentRow(font)
    assert "SIL OPEN FONT LICENSE" in dialog.licence_view.toPlainText().upper()
    sample = next(row for row, label in enumerate(labels) if label.startswith("Sample"))
    dialog.licence_list.setCurrentRow(sample)
    assert "CC BY-SA 4.0" in dialog.licence_view.toPlainText()
    assert any(label == "sumy" for label in labels)

    gone = watch_destroyed(dialog)
    dialog.close()
    qtbot.waitUntil(gone)


def test_lists_the_licences_of_installed_packs(
    qtbot: QtBot, built_packs: PackSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    packages = built_packs.packages_dir
    readme = packages / built_packs.ar_en.name / "README.md"
    readme.write_text("Test pack. Licence: CC0.", encoding="utf-8")
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(packages))
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        label = "Language pack Arabic → English (version 1.0)"
        qtbot.waitUntil(lambda: label in dialog.licence_texts, timeout=20_000)
        assert "Licence: CC0." in dialog.licence_texts[label]
    finally:
        readme.unlink()
