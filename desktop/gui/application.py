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
from desktop.gui.settings import THEME, UI_LANGUAGE, Settings

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


def setup_application(app: QApplication, settings: Settings) -> str:
    """Names, bundled fonts, theme (following `settings`), interface language and the crash
    handler.

    Returns:
        The interface language in use ("en" or "ar").
    """
    app.setApplicationName("Nashra")
    app.setOrganizationName("Nashra")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("nashra")
    theme.load_bundled_fonts()
    theme.apply_theme(app, settings[THEME])

    def on_setting_changed(key: str) -> None:
        if key == THEME.key:
            theme.apply_theme(app, settings[THEME])

    settings.changed.connect(on_setting_changed)
    language = i18n.install_translations(app, settings[UI_LANGUAGE])
    install_crash_handler(app)
    return language


def run(file: str | None = None) -> int:
    from desktop.gui.main_window import MainWindow  # after the translators are installed

    qInstallMessageHandler(_qt_message_handler)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    settings = Settings()
    setup_application(app, settings)
    window = MainWindow(settings)
    window.show()
    if file:
        window.open_file(file)
    return app.exec()
