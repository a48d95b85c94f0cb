"""The dialog for an unexpected error: a plain message, the details to copy, the log folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import paths
from desktop.core.logs import log_file
from desktop.gui.bidi import left_to_right


def open_log_folder() -> bool:
    """Show the folder holding nashra.log in the file manager (Help ▸ Open Log Folder)."""
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ErrorDialog(QDialog):
    """Says that something went wrong, that Nashra keeps running, and shows the details.

    Non-modal and deleted when closed; more errors while it is open are appended to it.
    """

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.resize(640, 420)

        self.message = message = QLabel(
            self.tr(
                "Something went wrong inside Nashra. You can keep working, but it may be wise to "
                "save your work and restart.\n\nIf you report this problem, please include the "
                "details below. They are also in the log file:\n%1"
            ).replace("%1", left_to_right(str(log_file()))),
            self,
        )
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(details, self)
        self.details.setObjectName("error_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Error details"))
        # Tracebacks read left to right even in a mirrored interface.
        self.details.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy Details"), self)
        self.copy_button.setObjectName("copy_details")
        self.copy_button.setAccessibleName(self.tr("Copy the error details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        log_button = QPushButton(self.tr("Open &Log Folder"), self)
        log_button.setObjectName("open_log_folder")
        buttons.addButton(log_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        log_button.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def add_details(self, details: str) -> None:
        self.details.appendPlainText("\n" + details)

    def _on_copy_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details.toPlainText())
