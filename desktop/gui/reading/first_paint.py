"""Run work once a widget is on screen, so that what the user opened is painted first.

A new document tab starts its summary and translation workers this way: their imports (numpy,
CTranslate2) and model loading would otherwise compete with the tab's first layout and paint for
the interpreter. A widget that is not visible (a hidden window, a minimised one that gets no paint)
does not wait: the work starts from the event loop at once, or after `FALLBACK_MS` at the latest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 500


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)  # deleted with the widget: a closed tab starts nothing
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fire)  # once the paint has been delivered
        return False

    def fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` on the GUI thread when `widget` has next been painted (or cannot be)."""
    watch = _PaintWatch(widget, callback)
    QTimer.singleShot(FALLBACK_MS if widget.isVisible() else 0, watch, watch.fire)
