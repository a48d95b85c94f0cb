"""The status bar's word that an export was written: where it went, and a button to its folder.

It stays a while (long enough to read the path and click), then goes by itself; the next export
replaces it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.gui.bidi import isolate, left_to_right

SHOWN_MS = 20_000


class ExportNotice(QWidget):
    """ "Exported to NAME in FOLDER" and [Show in Folder]."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_notice")
        self.path = Path(path)
        self.label = QLabel(
            self.tr("Exported to %1 in %2")
            .replace("%1", isolate(self.path.name))
            .replace("%2", left_to_right(str(self.path.parent))),
            self,
        )
        self.label.setObjectName("export_notice_text")
        self.label.setToolTip(left_to_right(str(self.path)))
        self.button = QPushButton(self.tr("Show in &Folder"), self)
        self.button.setObjectName("show_export_folder")
        self.button.setAccessibleName(self.tr("Show the exported file's folder"))
        self.button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        QTimer.singleShot(SHOWN_MS, self, self.dismiss)

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
