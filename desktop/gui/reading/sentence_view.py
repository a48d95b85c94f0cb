"""A reading pane where every sentence is addressable by its id.

The text is built with QTextCursor (not HTML) so the view knows where each sentence starts and
ends: hovering or clicking a sentence reports its id, `highlight(id)` and `scroll_to(id)` find it,
and streamed translations replace their placeholder in place without re-rendering the pane.
Highlights are extra selections, so they never touch the text itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from desktop.core.document import BlockKind, Document
from desktop.core.fonts import ARABIC_FONT_FAMILY
from desktop.core.language import is_rtl
from desktop.core.translation import SentenceTranslation
from desktop.gui.reading.sentence_blocks import (
    PENDING,
    Block,
    original_blocks,
    translation_blocks,
)
from desktop.gui.reading.sentence_notes import translation_note

FLAG_COLOUR = QColor("#d97706")
SUMMARY_COLOUR = QColor(250, 204, 21, 90)
BASE_POINT_SIZE = 13.0


class SentenceView(QTextBrowser):
    """Read-only pane of sentences. Signals carry sentence ids (-1: the pointer left them).

    A translation pane shows what its owner's `translations()` holds; it asks again whenever it
    is built anew (a theme, font or threshold change), so it keeps no copy.
    """

    sentence_hovered = Signal(int)
    sentence_clicked = Signal(int)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(accessible_name)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setMouseTracking(True)
        self.document().setUndoRedoEnabled(False)
        self.arabic_family = ARABIC_FONT_FAMILY
        self.confidence_threshold = -2.0
        self.hovered_id: int | None = None
        self.highlighted_id: int | None = None
        self.summary_ids: frozenset[int] = frozenset()
        self.notes: dict[int, str] = {}
        self._ids: list[int] = []
        self._index: dict[int, int] = {}
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._press: QPoint | None = None
        self._blocks: list[Block] = []
        self._rtl = False
        self.translations: Callable[[], Mapping[int, SentenceTranslation]] | None = None
        self._zoom = 0
        self.set_zoom(0)

    # -- content ----------------------------------------------------------------------------------
    def show_original(self, document: Document, *, show_removed: bool = False) -> None:
        self._render(original_blocks(document, show_removed), is_rtl(document.language))

    def show_translation(
        self,
        document: Document,
        to_code: str,
        translations: Mapping[int, SentenceTranslation] | None = None,
    ) -> None:
        """Every sentence as a placeholder, then the translations already known."""
        self._render(translation_blocks(document, to_code), is_rtl(to_code))
        if translations:
            self.update_translations(translations)

    def update_translations(self, translations: Mapping[int, SentenceTranslation]) -> None:
        """Put streamed translations in place of their placeholders (unknown ids are ignored)."""
        for sentence_id, translation in translations.items():
            index = self._index.get(sentence_id)
            if index is None:
                continue
            note = translation_note(translation, self.confidence_threshold)
            if note:
                self.notes[sentence_id] = note
            else:
                self.notes.pop(sentence_id, None)
            text = translation.text.strip() or self.tr("[no translation]")
            self._replace(index, text, self._sentence_format(flagged=bool(note)))
        self._refresh_selections()

    def sentence_ids(self) -> list[int]:
        return list(self._ids)

    def sentence_text(self, sentence_id: int) -> str:
        index = self._index[sentence_id]
        cursor = self._cursor(self._starts[index], self._ends[index])
        return cursor.selectedText()

    def pending_ids(self) -> list[int]:
        return [i for i in self._ids if self.sentence_text(i) == PENDING]

    def rerender(self) -> None:
        """Build the pane again from what it shows (after a theme, font or threshold change)."""
        hovered, highlighted = self.hovered_id, self.highlighted_id
        bar = self.verticalScrollBar()
        position = bar.value()
        self._render(self._blocks, self._rtl)
        if self.translations is not None:
            self.update_translations(self.translations())
        self.hovered_id, self.highlighted_id = hovered, highlighted
        self._refresh_selections()
        bar.setValue(position)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._ids:
            self.rerender()  # placeholder and removed-text colours come from the palette

    def _render(self, blocks: Iterable[Block], rtl: bool) -> None:
        self._blocks, self._rtl = list(blocks), rtl
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        document = self.document()
        document.clear()
        self._ids, self._index, self._starts, self._ends = [], {}, [], []
        self.notes = {}
        self.hovered_id = self.highlighted_id = None
        cursor = QTextCursor(document)
        for number, block in enumerate(self._blocks):
            block_format = self._block_format(block)
            if number == 0:
                cursor.setBlockFormat(block_format)
            else:
                cursor.insertBlock(block_format)
            char_format = self._char_format(block)
            if block.removed_text:
                char_format.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                char_format.setFontItalic(True)
                char_format.setToolTip(self.tr("Removed by cleaning"))
                cursor.insertText(block.removed_text, char_format)
                continue
            for position, (sentence_id, text) in enumerate(block.sentences):
                if position:
                    cursor.insertText(" ", char_format)
                self._index[sentence_id] = len(self._ids)
                self._ids.append(sentence_id)
                self._starts.append(cursor.position())
                fmt = QTextCharFormat(char_format)
                if text == PENDING:
                    fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                cursor.insertText(text, fmt)
                self._ends.append(cursor.position())
        # The view's own caret was pushed to the end by the insertions: bring it back, or the view
        # scrolls to the end to keep it visible.
        self.setTextCursor(QTextCursor(document))
        self.verticalScrollBar().setValue(0)
        self._refresh_selections()

    def _block_format(self, block: Block) -> QTextBlockFormat:
        block_format = QTextBlockFormat()
        block_format.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if block.rtl else Qt.LayoutDirection.LeftToRight
        )
        block_format.setAlignment(Qt.AlignmentFlag.AlignLeading)
        block_format.setBottomMargin(10)
        block_format.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if block.kind is BlockKind.HEADING:
            block_format.setTopMargin(6)
            block_format.setHeadingLevel(max(1, block.level))
        return block_format

    def _char_format(self, block: Block) -> QTextCharFormat:
        char_format = QTextCharFormat()
        if block.rtl:
            char_format.setFontFamilies([self.arabic_family])
        if block.kind is BlockKind.HEADING:
            char_format.setFontWeight(QFont.Weight.Bold)
            char_format.setProperty(
                QTextFormat.Property.FontSizeAdjustment, 2 if block.level <= 1 else 1
            )
        return char_format

    def _sentence_format(self, *, flagged: bool) -> QTextCharFormat:
        """The paragraph's own format with the placeholder colour reset, marked if doubtful."""
        fmt = QTextCharFormat()
        fmt.setForeground(self.palette().color(QPalette.ColorRole.Text))
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline
            if flagged
            else QTextCharFormat.UnderlineStyle.NoUnderline
        )
        fmt.setUnderlineColor(FLAG_COLOUR)
        return fmt

    def _replace(self, index: int, text: str, fmt: QTextCharFormat) -> None:
        start, end = self._starts[index], self._ends[index]
        cursor = self._cursor(start, end)
        merged = cursor.charFormat()
        merged.merge(fmt)
        cursor.insertText(text, merged)
        delta = len(text) - (end - start)
        self._ends[index] = end + delta
        for later in range(index + 1, len(self._ids)):
            self._starts[later] += delta
            self._ends[later] += delta

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- finding sentences ------------------------------------------------------------------------
    def sentence_at(self, point: QPoint) -> int | None:
        """The id of the sentence under `point` (viewport coordinates), if any."""
        layout = self.document().documentLayout()
        content = QPointF(
            point.x() + self.horizontalScrollBar().value(),
            point.y() + self.verticalScrollBar().value(),
        )
        position = layout.hitTest(content, Qt.HitTestAccuracy.ExactHit)
        return self._id_at_position(position) if position >= 0 else None

    def _id_at_position(self, position: int) -> int | None:
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and position <= self._ends[index]:
            return self._ids[index]
        return None

    def sentence_rect(self, sentence_id: int) -> QRect:
        """A caret-wide rectangle in the middle of the sentence, in viewport coordinates."""
        index = self._index[sentence_id]
        middle = (self._starts[index] + self._ends[index]) // 2
        return self.cursorRect(self._cursor(middle, middle))

    def _content_span(self, sentence_id: int) -> tuple[int, int]:
        """Top and bottom of a sentence in content coordinates."""
        index = self._index[sentence_id]
        offset = self.verticalScrollBar().value()
        top = self.cursorRect(self._cursor(self._starts[index], self._starts[index]))
        bottom = self.cursorRect(self._cursor(self._ends[index], self._ends[index]))
        return top.top() + offset, max(bottom.bottom(), top.bottom()) + offset

    def top_sentence(self) -> tuple[int, float] | None:
        """The sentence at the top of the view and how far into it (0-1) the view starts."""
        if not self._ids:
            return None
        layout = self.document().documentLayout()
        offset = self.verticalScrollBar().value()
        position = layout.hitTest(QPointF(4, offset + 2), Qt.HitTestAccuracy.FuzzyHit)
        index = max(0, bisect.bisect_right(self._starts, max(0, position)) - 1)
        sentence_id = self._ids[index]
        top, bottom = self._content_span(sentence_id)
        fraction = (offset - top) / max(1, bottom - top)
        return sentence_id, min(1.0, max(0.0, fraction))

    def scroll_to_top_sentence(self, sentence_id: int, fraction: float) -> None:
        """Scroll so that `sentence_id` starts the view, `fraction` of it already passed."""
        if sentence_id not in self._index:
            return
        top, bottom = self._content_span(sentence_id)
        self.verticalScrollBar().setValue(round(top + fraction * (bottom - top)))

    def scroll_to(self, sentence_id: int) -> None:
        """Bring the sentence into view (a third of the way down) if it is not visible."""
        if sentence_id not in self._index:
            return
        top, bottom = self._content_span(sentence_id)
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        if top < bar.value() or bottom > bar.value() + height:
            bar.setValue(round(top - height / 3))

    # -- highlights -------------------------------------------------------------------------------
    def set_hovered(self, sentence_id: int | None) -> None:
        if sentence_id != self.hovered_id:
            self.hovered_id = sentence_id
            self._refresh_selections()

    def set_hovered_id(self, sentence_id: int) -> None:
        """Slot for the other pane's `sentence_hovered` (-1: none)."""
        self.set_hovered(None if sentence_id < 0 else sentence_id)

    def highlight(self, sentence_id: int | None) -> None:
        """Mark the current sentence (the one clicked or reached with the keyboard)."""
        if sentence_id != self.highlighted_id:
            self.highlighted_id = sentence_id
            self._refresh_selections()

    def set_summary_ids(self, ids: Iterable[int]) -> None:
        self.summary_ids = frozenset(ids)
        self._refresh_selections()

    def _selection(self, sentence_id: int, background: QColor) -> QTextEdit.ExtraSelection:
        index = self._index[sentence_id]
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(self._starts[index], self._ends[index])
        fmt = QTextCharFormat()
        fmt.setBackground(background)
        selection.format = fmt
        return selection

    def _refresh_selections(self) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        hover, current = QColor(highlight), QColor(highlight)
        hover.setAlpha(45)
        current.setAlpha(95)
        selections = [
            self._selection(i, SUMMARY_COLOUR) for i in self.summary_ids if i in self._index
        ]
        if self.hovered_id in self._index:
            selections.append(self._selection(self.hovered_id, hover))
        if self.highlighted_id in self._index:
            selections.append(self._selection(self.highlighted_id, current))
        self.setExtraSelections(selections)

    # -- zoom -------------------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        """Text size in steps of one point from the default reading size."""
        self._zoom = steps
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, BASE_POINT_SIZE + steps))
        self.setFont(font)

    @property
    def zoom(self) -> int:
        return self._zoom

    # -- pointer ----------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        sentence_id = self.sentence_at(event.position().toPoint())
        if sentence_id != self.hovered_id:
            self.set_hovered(sentence_id)
            self.sentence_hovered.emit(-1 if sentence_id is None else sentence_id)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        pressed, self._press = self._press, None
        if pressed is None or (point - pressed).manhattanLength() > 4:
            return  # a drag selects text, it is not a click
        sentence_id = self.sentence_at(point)
        if sentence_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.highlight(sentence_id)
            self.sentence_clicked.emit(sentence_id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            sentence_id = self.sentence_at(event.pos())
            note = self.notes.get(sentence_id, "") if sentence_id is not None else ""
            if note:
                QToolTip.showText(event.globalPos(), note, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Leave and self.hovered_id is not None:
            self.set_hovered(None)
            self.sentence_hovered.emit(-1)
        return super().viewportEvent(event)
