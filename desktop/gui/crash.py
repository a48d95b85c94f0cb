"""Unexpected exceptions: logged with their traceback and shown in a dialog, never fatal.

sys.excepthook catches exceptions raised in slots and event handlers (PySide6 reports them
through it); threading.excepthook those of plain Python threads, which are handed to the GUI
thread through a queued signal before anything is shown.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from desktop import __version__
from desktop.core.logs import ensure_log_file
from desktop.gui.error_dialog import ErrorDialog

log = logging.getLogger(__name__)


class CrashHandler(QObject):
    """Installs the hooks; shows one dialog at a time, later errors are added to it."""

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: ErrorDialog | None = None
        self.reported.connect(self._on_reported)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._log_handler: logging.FileHandler | None = None

    def install(self) -> None:
        if self._log_handler is None:
            self._log_handler = ensure_log_file()
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.handle_thread:
            threading.excepthook = self._previous_thread_hook
        if self._log_handler is not None:
            logging.getLogger().removeHandler(self._log_handler)
            self._log_handler.close()
            self._log_handler = None

    def handle(
        self,
        kind: type[BaseException],
        value: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, value, trace)
            return
        log.critical("Unexpected error", exc_info=(kind, value, trace))
        details = f"Nashra {__version__}\n" + "".join(
            traceback.format_exception(kind, value, trace)
        )
        self.reported.emit(details)  # queued when raised outside the GUI thread

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str)
    def _on_reported(self, details: str) -> None:
        try:
            if self.dialog is not None:
                self.dialog.add_details(details)
                self.dialog.raise_()
                return
            parent = QApplication.activeWindow()
            self.dialog = ErrorDialog(details, parent if isinstance(parent, QWidget) else None)
            self.dialog.destroyed.connect(self._on_dialog_destroyed)
            self.dialog.open()
        except Exception:  # the dialog itself failed: the log still has it
            log.exception("Could not show the error dialog")

    @Slot()
    def _on_dialog_destroyed(self) -> None:
        self.dialog = None


_handler: CrashHandler | None = None


def install_crash_handler(app: QApplication) -> CrashHandler:
    """Route unexpected exceptions to the log and a dialog for the rest of the session."""
    global _handler
    if _handler is None:
        _handler = CrashHandler(app)
    _handler.install()
    return _handler
