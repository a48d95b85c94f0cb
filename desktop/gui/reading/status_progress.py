"""The status bar's translation progress: a bar with "n / total" and a Cancel button.

A long document streams hundreds of batches; the bar shows the latest count at most a few times
a second (a progress bar repaints at once when its text changes, and that adds up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

if TYPE_CHECKING:
    from desktop.gui.reading.document_tab import DocumentTab

REFRESH_MS = 200


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
        self._tab: DocumentTab | None = None
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_MS)
        self._refresh.timeout.connect(self._show_progress)
        self.show_idle()

    def show_idle(self) -> None:
        self._tab = None
        self._refresh.stop()
        self.setVisible(False)

    def show_tab(self, tab: DocumentTab) -> None:
        """Mirror `tab`'s translation: visible with its progress while it runs."""
        if not tab.translating:
            self.show_idle()
            return
        first = self._tab is not tab or not self.isVisible()
        self._tab = tab
        if first:
            self.cancel_button.setEnabled(True)
            self._show_progress()
            self.setVisible(True)
        elif not self._refresh.isActive():
            self._refresh.start()

    def _show_progress(self) -> None:
        tab = self._tab
        if tab is None:
            return
        runner = tab.runner
        total = max(runner.total, 1)
        self.bar.setRange(0, total)
        self.bar.setValue(min(runner.done, total))

    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()
