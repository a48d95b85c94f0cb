"""QApplication start-up: logging of Qt's messages, crash handling, fonts, theme, language.

Everything that must be in place before the first window is built happens in
:func:`setup_application`: widgets take their strings and layout direction when they are created.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.gui import i18n, theme
from desktop.gui.crash import install_crash_handler
from desktop.gui.settings import THEME, Settings, settings_signals

log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    log.log(_QT_LEVELS.get(mode, logging.WARNING), message)


_following_settings = False


def _on_setting_changed(key: str) -> None:
    app = QApplication.instance()
    if key == THEME and isinstance(app, QApplication):
        theme.apply_theme(app, Settings().theme)


def setup_application(app: QApplication, settings: Settings | None = None) -> str:
    """Names, bundled fonts, theme (kept live), interface language and the crash handler.

    Returns:
        The interface language in use ("en" or "ar").
    """
    settings = settings or Settings()
    app.setApplicationName("Nashra")
    app.setOrganizationName("Nashra")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nashra")
    theme.load_bundled_fonts()
    theme.apply_theme(app, settings.theme)
    global _following_settings
    if not _following_settings:
        settings_signals().changed.connect(_on_setting_changed)
        _following_settings = True
    language = i18n.install_translations(app, settings.ui_language)
    install_crash_handler(app)
    return language


def run(file: str | None = None) -> int:
    from desktop.gui.main_window import MainWindow  # after the translators are installed

    qInstallMessageHandler(_qt_message_handler)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    setup_application(app)
    window = MainWindow()
    window.show()
    if file:
        window.open_file(file)
    return app.exec()
