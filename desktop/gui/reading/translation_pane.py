"""The translation side of a tab: the pane of translated sentences, or, when nothing can
translate the article, one clear notice in its place.

Placeholders that look like loading ("…" for every sentence) would say "wait" when the truth is
"a language pack is missing": the notice (what is missing, and the buttons to get it) takes the
whole pane instead, and the pane comes back when a translation starts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from desktop.gui.reading.sentence_view import SentenceView

NOTICE_MAX_WIDTH = 560


class TranslationPane(QStackedWidget):
    def __init__(self, view: SentenceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translation_pane")
        self.view = view
        self.addWidget(view)
        self.notice: QWidget | None = None
        self._notice_page: QWidget | None = None

    def show_notice(self, notice: QWidget) -> None:
        """Show `notice` (centred, at a readable width) instead of the sentences."""
        self.show_view()
        page = QWidget(self)
        page.setObjectName("translation_notice_page")
        page.setAutoFillBackground(True)
        page.setBackgroundRole(self.view.viewport().backgroundRole())
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        notice.setParent(page)
        notice.setMaximumWidth(NOTICE_MAX_WIDTH)
        row.addWidget(notice, 10)  # as wide as it may be: its lines wrap, they are not cut
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.addWidget(page)
        self.setCurrentWidget(page)
        self.notice, self._notice_page = notice, page

    def show_view(self) -> None:
        """The sentences again (the notice, if any, goes)."""
        self.setCurrentWidget(self.view)
        page, self._notice_page, self.notice = self._notice_page, None, None
        if page is not None:
            self.removeWidget(page)
            page.deleteLater()
