"""The status bar's translation progress: a bar with "n / total" and a Cancel button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

if TYPE_CHECKING:
    from desktop.gui.reading.document_tab import DocumentTab


class StatusProgress(QWidget):
    """Visible while the current tab translates. `cancel_requested` when Cancel is clicked."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("translation_progress")
        self.bar.setAccessibleName(self.tr("Translation progress"))
        self.bar.setMaximumWidth(220)
        self.bar.setFormat(self.tr("%v / %m sentences"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancel_translation")
        self.cancel_button.setAccessibleName(self.tr("Cancel the translation"))
        self.cancel_button.setToolTip(self.tr("Stop translating this article (Esc)"))
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.show_idle()

    def show_idle(self) -> None:
        self.setVisible(False)

    def show_tab(self, tab: DocumentTab) -> None:
        """Mirror `tab`'s translation: visible with its progress while it runs."""
        if not tab.translating:
            self.show_idle()
            return
        runner = tab.runner
        total = max(runner.total, 1)
        self.bar.setRange(0, total)
        self.bar.setValue(min(runner.done, total))
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()
