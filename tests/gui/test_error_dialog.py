"""Unexpected exceptions: shown in a dialog with details to copy, logged to nashra.log."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.gui.crash import CrashHandler
from desktop.gui.error_dialog import ErrorDialog
from tests.gui.export.checks import watch_destroyed

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def handler() -> Iterator[CrashHandler]:
    installed = CrashHandler()
    installed.install()
    try:
        yield installed
    finally:
        installed.uninstall()


def error_dialog() -> ErrorDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ErrorDialog) and widget.isVisible():
            return widget
    return None


def test_an_exception_in_a_slot_shows_the_details_and_is_logged(
    qtbot: QtBot, handler: CrashHandler
) -> None:
    button = QPushButton("Break")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise RuntimeError("the reading pane fell over")

    button.clicked.connect(broken_slot)
    button.click()
    qtbot.waitUntil(lambda: error_dialog() is not None)
    dialog = error_dialog()
    assert dialog is not None
    details = dialog.details.toPlainText()
    assert "RuntimeError: the reading pane fell over" in details
    assert "broken_slot" in details
    assert dialog.details.isReadOnly()
    assert str(paths.log_dir() / "nashra.log") in dialog.message.text()
    log = (paths.log_dir() / "nashra.log").read_text(encoding="utf-8")
    assert "Unexpected error" in log and "Traceback" in log
    assert "RuntimeError: the reading pane fell over" in log

    dialog.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and "the reading pane fell over" in clipboard.text()

    button.click()  # a second error goes into the same dialog
    qtbot.waitUntil(lambda: dialog.details.toPlainText().count("RuntimeError: the reading") == 2)
    gone = watch_destroyed(dialog)
    dialog.close()
    qtbot.waitUntil(gone)
    assert handler.dialog is None


def test_an_exception_in_a_thread_reaches_the_dialog(qtbot: QtBot, handler: CrashHandler) -> None:
    def work() -> None:
        raise ValueError("worker thread failure")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: error_dialog() is not None)
    dialog = error_dialog()
    assert dialog is not None
    assert "ValueError: worker thread failure" in dialog.details.toPlainText()
    gone = watch_destroyed(dialog)
    dialog.close()
    qtbot.waitUntil(gone)
