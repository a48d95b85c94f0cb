"""Where a tab puts its parts: the two reading panes lead, the summary is a side panel, and a
document with headings has its outline on the leading side.

The panes share most of the width (side by side, or stacked); the summary sits beside them or
below them (View ▸ Summary), can be resized, collapsed by dragging its edge or hidden (F9), and
the positions the user leaves are kept for the next tab and the next start. Until the summary
panel is built (after the article's first paint) a placeholder of the panel's width holds its
place, so nothing moves when it comes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from desktop.gui.reading.outline import Outline
from desktop.gui.settings import LAYOUT, SHOW_OUTLINE, SHOW_SUMMARY, SUMMARY_POSITION, Settings

SUMMARY_MIN_WIDTH = 300  # about what the panel's controls need
SUMMARY_MIN_HEIGHT = 160  # below the panes
SUMMARY_SHARE = 0.28  # of the tab's width the first time
PANE_MIN_WIDTH = 160
OUTLINE_WIDTH = 200
SAVE_DELAY_MS = 400  # a dragged splitter settles before it is written down


class TabLayout(QWidget):
    """The reading splitter (original | translation) inside the outer one (panes | summary)."""

    def __init__(
        self,
        original: QWidget,
        translation: QWidget,
        outline: Outline,
        settings: Settings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.outline = outline
        for pane in (original, translation):
            pane.setMinimumWidth(PANE_MIN_WIDTH)
        self.reading_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.reading_splitter.setObjectName("reading_splitter")
        self.reading_splitter.setChildrenCollapsible(False)
        self.reading_splitter.addWidget(original)
        self.reading_splitter.addWidget(translation)
        # The outline on the side the reading starts from (the interface's leading side).
        self.text_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.text_splitter.setObjectName("text_splitter")
        self.text_splitter.addWidget(outline)
        self.text_splitter.addWidget(self.reading_splitter)
        self.text_splitter.setCollapsible(1, False)
        self.text_splitter.setStretchFactor(0, 0)
        self.text_splitter.setStretchFactor(1, 1)
        self.text_splitter.setSizes([OUTLINE_WIDTH, 1000])
        self.outer_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer_splitter.setObjectName("outer_splitter")
        self.outer_splitter.addWidget(self.text_splitter)
        placeholder = QWidget(self)
        placeholder.setObjectName("summary_placeholder")
        placeholder.setMinimumWidth(SUMMARY_MIN_WIDTH)
        self.outer_splitter.addWidget(placeholder)
        self.outer_splitter.setCollapsible(0, False)
        self.outer_splitter.setCollapsible(1, True)
        self.outer_splitter.setStretchFactor(0, 1)
        self.outer_splitter.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outer_splitter)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save)
        self._restore()
        for splitter in (self.reading_splitter, self.text_splitter, self.outer_splitter):
            splitter.splitterMoved.connect(self._on_splitter_moved)

    @property
    def summary(self) -> QWidget | None:
        """The summary panel, or its placeholder."""
        return self.outer_splitter.widget(1)

    def set_summary(self, panel: QWidget) -> None:
        """Put the real panel where the placeholder was (same size, same visibility)."""
        placeholder = self.outer_splitter.replaceWidget(1, panel)
        if placeholder is not None:
            placeholder.deleteLater()
        self._apply_summary_minimum()

    def apply_settings(self) -> None:
        """Panes side by side or stacked, the summary beside or below, shown or hidden."""
        stacked = self.settings[LAYOUT] == "stacked"
        self.reading_splitter.setOrientation(
            Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        )
        below = self.settings[SUMMARY_POSITION] == "below"
        orientation = Qt.Orientation.Vertical if below else Qt.Orientation.Horizontal
        if self.outer_splitter.orientation() != orientation:
            self.outer_splitter.setOrientation(orientation)
            self._apply_summary_minimum()
            self._share_out()
        summary = self.summary
        if summary is not None:
            summary.setVisible(self.settings[SHOW_SUMMARY])
        self.outline.setVisible(self.settings[SHOW_OUTLINE] and self.outline.worth_showing)

    def _apply_summary_minimum(self) -> None:
        summary = self.summary
        if summary is None:
            return
        below = self.outer_splitter.orientation() == Qt.Orientation.Vertical
        summary.setMinimumSize(
            0 if below else SUMMARY_MIN_WIDTH, SUMMARY_MIN_HEIGHT if below else 0
        )

    def _share_out(self) -> None:
        """The first proportions: the panes lead, the summary takes a modest share."""
        vertical = self.outer_splitter.orientation() == Qt.Orientation.Vertical
        total = 1000
        summary = round(total * SUMMARY_SHARE if not vertical else total * 0.3)
        self.outer_splitter.setSizes([total - summary, summary])

    # -- what the user left ---------------------------------------------------------------------
    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._save_timer.start()

    def save(self) -> None:
        for name, splitter in self._splitters():
            self.settings.set_window_state(name, splitter.saveState())

    def _splitters(self) -> list[tuple[str, QSplitter]]:
        return [
            ("reading_splitter", self.reading_splitter),
            ("text_splitter", self.text_splitter),
            ("outer_splitter", self.outer_splitter),
        ]

    def _restore(self) -> None:
        self._share_out()
        for name, splitter in self._splitters():
            state: QByteArray | None = self.settings.window_state(name)
            if state is not None:
                splitter.restoreState(state)
        self.outer_splitter.setCollapsible(0, False)  # restoreState brings back the flags too
        self.apply_settings()  # and the orientations: the settings decide those
