"""Interface language (Arabic mirrors the layout), bundled fonts, themes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFontDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.core.fonts import ARABIC_FONT_FAMILY
from desktop.gui import i18n, theme
from desktop.gui.application import setup_application
from desktop.gui.crash import install_crash_handler
from desktop.gui.packs.dialog import PackDialog
from desktop.gui.settings import THEME, UI_LANGUAGE, Settings


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, put back to English, left-to-right and the default look afterwards."""
    try:
        yield qapp
    finally:
        i18n.install_translations(qapp, "en")
        theme.apply_theme(qapp, "system")
        install_crash_handler(qapp).uninstall()


def test_arabic_interface_is_translated_and_mirrored(qtbot: QtBot, app: QApplication) -> None:
    settings = Settings()
    settings[UI_LANGUAGE] = "ar"
    assert setup_application(app, settings) == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainMenus", "&File") == "&ملف"
    assert QCoreApplication.translate("MainMenus", "&Language Packs…") == "&حزم اللغات…"
    qm = i18n.compiled_translation("ar")  # a build's beside the .ts, else compiled to the cache
    assert qm is not None and qm.is_file()

    dialog = PackDialog(settings, fetch_index=False)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "حزم اللغات"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    close = box.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.text() != "&Close"  # Qt's own strings: qtbase_ar.qm

    assert i18n.install_translations(app, "en") == "en"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainMenus", "&File") == "&File"


def test_the_system_language_is_the_default() -> None:
    assert i18n.resolve_language("system", QLocale(QLocale.Language.Arabic)) == "ar"
    assert i18n.resolve_language("system", QLocale(QLocale.Language.French)) == "en"
    assert i18n.resolve_language("en", QLocale(QLocale.Language.Arabic)) == "en"


def test_a_stale_compiled_translation_is_rebuilt(
    app: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the committed .ts (a build may have put a .qm beside the real one).
    sources = tmp_path / "translations"
    sources.mkdir()
    shutil.copy2(i18n.translations_dir() / "nashra_ar.ts", sources / "nashra_ar.ts")
    monkeypatch.setattr(i18n, "translations_dir", lambda: sources)
    first = i18n.compiled_translation("ar")
    assert first == paths.cache_dir() / "translations" / "nashra_ar.qm"
    assert first is not None
    first.write_bytes(b"stale")
    source = i18n.translations_dir() / "nashra_ar.ts"
    os.utime(first, (source.stat().st_mtime - 10, source.stat().st_mtime - 10))
    again = i18n.compiled_translation("ar")
    assert again == first and again.read_bytes() != b"stale"


def test_bundled_font_and_themes(qtbot: QtBot, app: QApplication) -> None:
    settings = Settings()
    settings[THEME] = "dark"
    setup_application(app, settings)
    assert ARABIC_FONT_FAMILY in QFontDatabase.families()
    assert theme.is_dark()
    assert app.style() is not None and app.style().name().lower() == "fusion"
    settings[THEME] = "light"  # applied at once, without a restart
    assert not theme.is_dark()
    assert app.palette().color(QPalette.ColorRole.Base).name() == "#ffffff"
    settings[THEME] = "system"
    assert theme.reading_font().family() == ARABIC_FONT_FAMILY


def test_the_system_theme_puts_the_platform_style_back(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = app.style().name()
    monkeypatch.setattr(theme, "_native_style", None)  # as when the app starts
    app.setStyle("Windows")  # stands in for the platform's own style
    try:
        theme.apply_theme(app, "system")
        assert app.style().name().lower() == "windows"
        theme.apply_theme(app, "dark")
        assert app.style().name().lower() == "fusion"
        theme.apply_theme(app, "system")
        assert app.style().name().lower() == "windows"
    finally:
        app.setStyle(before)


def test_the_font_dialog_is_non_modal_and_reports_the_choice(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen: list[str] = []
    dialog = theme.open_font_dialog(
        parent, theme.reading_font(), lambda font: chosen.append(font.family())
    )
    assert dialog.isVisible()
    assert dialog.windowModality() != Qt.WindowModality.ApplicationModal
    dialog.setCurrentFont(QFont(ARABIC_FONT_FAMILY))
    dialog.accept()
    assert chosen == [ARABIC_FONT_FAMILY]
    qtbot.waitUntil(lambda: parent.findChild(QFontDialog) is None)  # freed


@pytest.mark.usefixtures("inline_workers", "no_auto_translate")
def test_a_theme_change_reaches_every_widget_of_every_open_tab(
    qtbot: QtBot, app: QApplication, tmp_path: Path
) -> None:
    """Dark while articles are open: every tab's summary and panes take the dark colours at
    once, without being recomputed."""
    from desktop.gui.main_window import MainWindow
    from tests.gui.helpers import SAMPLE, open_and_wait

    settings = Settings()
    settings[THEME] = "light"
    setup_application(app, settings)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    other = tmp_path / "other.txt"
    other.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    tabs = [open_and_wait(qtbot, window, path) for path in (SAMPLE, other)]
    for tab in tabs:
        qtbot.waitUntil(lambda tab=tab: bool(tab.summary_panel.summary_ids()))

    settings[THEME] = "dark"

    text = app.palette().color(QPalette.ColorRole.Text).name()
    base = app.palette().color(QPalette.ColorRole.Base).name()
    assert theme.is_dark()
    for tab in tabs:
        qtbot.waitUntil(lambda tab=tab: text in tab.summary_panel.view.toHtml())
        assert tab.summary_panel.view.palette().color(QPalette.ColorRole.Base).name() == base
        assert tab.original.palette().color(QPalette.ColorRole.Base).name() == base
    settings[THEME] = "system"
