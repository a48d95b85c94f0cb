"""A reading pane where every sentence is addressable by its id, fast on books as on articles.

A QPlainTextEdit underneath: its layout works block by block and only for what is on screen, so
a 120,000-word document is shown, scrolled and updated without stalling the window, where a rich
text layout would lay out (and move) every paragraph after each change. `pane_text.PaneText`
knows where each sentence is; hovering or clicking a sentence reports its id, `highlight(id)` and
`scroll_to(id)` find it, and streamed translations replace their placeholders in place, touching
only their paragraphs. Highlights are extra selections, so they never touch the text itself.

Each paragraph reads in its own direction (the first strong character decides, as in a browser
with dir=auto); a pane is aligned to the side its language starts from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from desktop.core.document import Document
from desktop.core.fonts import ARABIC_FONT_FAMILY
from desktop.core.language import is_rtl
from desktop.core.translation import SentenceTranslation
from desktop.gui.reading.pane_text import PaneStyle, PaneText, build_pane_text
from desktop.gui.reading.sentence_blocks import (
    PENDING,
    Block,
    original_blocks,
    translation_blocks,
)
from desktop.gui.reading.sentence_notes import translation_note
from desktop.gui.workers import TaskSlot

SUMMARY_COLOUR = QColor(250, 204, 21, 90)
BASE_POINT_SIZE = 13.0
CLICK_SLOP = 4  # pixels a press may move and still be a click
BUILD_ON_WORKER = 400  # sentences: a pane with more is built off the GUI thread


class SentenceView(QPlainTextEdit):
    """Read-only pane of sentences. Signals carry sentence ids (-1: the pointer left them).

    A translation pane shows what its owner's `translations()` holds; it asks again whenever it
    is built anew (a theme, font or threshold change), so it keeps no copy. A long document is
    built on a worker and swapped in when ready (`built` then); until then the pane shows what it
    showed before.
    """

    sentence_hovered = Signal(int)
    sentence_clicked = Signal(int)
    built = Signal()  # the pane shows its new text

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(accessible_name)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.viewport().setMouseTracking(True)
        self.arabic_family = ARABIC_FONT_FAMILY
        self.confidence_threshold = -2.0
        self.translations: Callable[[], Mapping[int, SentenceTranslation]] | None = None
        self.hovered_id: int | None = None
        self.highlighted_id: int | None = None
        self.summary_ids: frozenset[int] = frozenset()
        self.notes: dict[int, str] = {}
        self.text = PaneText(self.document())
        self._press: QPoint | None = None
        self._blocks: list[Block] = []
        self._rtl = False
        self._zoom = 0
        self._build = TaskSlot(self)
        self._render_request = 0  # the latest _render's number: an older one does not start
        self._built_request = 0  # the number of the _render now shown
        self.set_zoom(0)

    # -- content ----------------------------------------------------------------------------------
    def show_original(self, document: Document, *, show_removed: bool = False) -> None:
        self._render(
            lambda: original_blocks(document, show_removed), document, is_rtl(document.language)
        )

    def show_translation(self, document: Document, to_code: str) -> None:
        """Every sentence as a placeholder, or as the translation `translations()` knows."""
        self._render(lambda: translation_blocks(document, to_code), document, is_rtl(to_code))

    def update_translations(self, translations: Mapping[int, SentenceTranslation]) -> None:
        """Put streamed translations in place of their placeholders (unknown ids are ignored);
        only the paragraphs they belong to change."""
        style = self.text.style
        if style is None:
            return
        formats = {flagged: style.sentence(flagged) for flagged in (False, True)}
        texts: dict[int, tuple[str, QTextCharFormat]] = {}
        for sentence_id, translation in translations.items():
            if sentence_id not in self.text:
                continue
            text, flagged = self._shown(sentence_id, translation)
            texts[sentence_id] = (text, formats[flagged])
        self.text.replace(texts)
        # The highlights' cursors move with the text; one over a replaced sentence is redrawn.
        marked = {self.hovered_id, self.highlighted_id, *self.summary_ids}
        if not marked.isdisjoint(texts):
            self._refresh_selections()

    def reset_translations(self) -> None:
        """Every translated sentence back to its placeholder (a new translation starts)."""
        style = self.text.style
        done = [i for i in self.text.ids if i not in self.text.pending]
        if style is None or not done:
            return
        placeholder = style.placeholder()
        self.text.replace({i: (PENDING, placeholder) for i in done})
        for sentence_id in done:
            self.notes.pop(sentence_id, None)
        self._refresh_selections()

    def _shown(self, sentence_id: int, translation: SentenceTranslation) -> tuple[str, bool]:
        """What a translated sentence shows, and whether it is doubtful (its note kept)."""
        note = translation_note(translation, self.confidence_threshold)
        if note:
            self.notes[sentence_id] = note
        else:
            self.notes.pop(sentence_id, None)
        return translation.text.strip() or self.tr("[no translation]"), bool(note)

    def sentence_ids(self) -> list[int]:
        return list(self.text.ids)

    def sentence_text(self, sentence_id: int) -> str:
        return self.text.text(sentence_id)

    def pending_ids(self) -> list[int]:
        return [i for i in self.text.ids if i in self.text.pending]

    @property
    def building(self) -> bool:
        """A new text is being built on a worker (or about to be)."""
        return self._build.running or self._render_request != self._built_request

    def rerender(self) -> None:
        """Build the pane again from what it shows (after a theme, font or threshold change)."""
        blocks = self._blocks
        self._render(lambda: blocks, None, self._rtl, keep_place=True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.text.ids:
            self.rerender()  # placeholder and removed-text colours come from the palette

    def _render(
        self,
        blocks_of: Callable[[], list[Block]],
        document: Document | None,
        rtl: bool,
        *,
        keep_place: bool = False,
    ) -> None:
        """Build the pane's text from `blocks_of()`: here for an article, on a worker for a long
        document (`document`'s size decides; None: the size shown now)."""
        self._rtl = rtl
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        style = PaneStyle.of(self.palette(), self.font(), rtl, self.arabic_family)
        self.notes = {}
        known = dict(self.translations()) if self.translations is not None else {}
        shown = {i: self._shown(i, t) for i, t in known.items()}
        place = self.verticalScrollBar().value() if keep_place else 0
        size = (
            sum(len(p.sentences) for p in document.paragraphs)
            if document is not None
            else len(self.text.ids)
        )

        def build() -> tuple[list[Block], PaneText]:
            blocks = blocks_of()
            return blocks, build_pane_text(blocks, style, shown)

        def done(result: object, error: BaseException | None) -> None:
            if error is None:
                assert isinstance(result, tuple)
                self._blocks = result[0]
                self._swap(result[1], known, place)

        self._build.drop()
        self._render_request += 1
        if size <= BUILD_ON_WORKER:
            done(build(), None)
            return
        # Started from the event loop, once whatever asked for it (opening a tab) is done: a
        # worker running Python competes with the GUI thread for the interpreter.
        request = self._render_request

        def start() -> None:
            if request == self._render_request:
                self._build.start(build, done)

        QTimer.singleShot(0, self, start)

    def _swap(self, text: PaneText, known: Mapping[int, SentenceTranslation], place: int) -> None:
        """Show a newly built text, with the translations that arrived while it was built."""
        self._built_request = self._render_request
        hovered, highlighted = self.hovered_id, self.highlighted_id
        text.document.setParent(self)
        self.text = text
        self.setDocument(text.document)  # the old document is deleted if it was ours
        # The view's own caret is at the start; the view would scroll to keep it visible.
        self.setTextCursor(QTextCursor(self.document()))
        if self.translations is not None:
            arrived = {i: t for i, t in self.translations().items() if known.get(i) is not t}
            if arrived:
                self.update_translations(arrived)
        self.hovered_id, self.highlighted_id = hovered, highlighted
        self._refresh_selections()
        self.verticalScrollBar().setValue(place)
        self.built.emit()

    # -- finding sentences ------------------------------------------------------------------------
    def sentence_at(self, point: QPoint) -> int | None:
        """The id of the sentence under `point` (viewport coordinates), if any."""
        cursor = self.cursorForPosition(point)
        block = cursor.block()
        if self.text.paragraph_of_block(block) is None:
            return None
        line = block.layout().lineForTextPosition(cursor.positionInBlock())
        if not line.isValid():
            return None
        origin = self.blockBoundingGeometry(block).translated(self.contentOffset()).topLeft()
        rect = line.naturalTextRect().translated(origin).adjusted(-CLICK_SLOP, 0, CLICK_SLOP, 0)
        if not rect.contains(QPointF(point)):
            return None
        return self.text.sentence_at(block, cursor.positionInBlock())

    def sentence_rect(self, sentence_id: int) -> QRect:
        """A caret-wide rectangle in the middle of the sentence, in viewport coordinates."""
        start, end = self.text.span(sentence_id)
        cursor = QTextCursor(self.document())
        cursor.setPosition((start + end) // 2)
        return self.cursorRect(cursor)

    def visible_sentence_ids(self, beyond: float = 0.0) -> list[int]:
        """The sentences on screen, in reading order, and those within `beyond` screen heights
        below it."""
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        limit = self.viewport().height() * (1.0 + beyond)
        ids: list[int] = []
        while block.isValid():
            top = self.blockBoundingGeometry(block).translated(offset).top()
            if top > limit:
                break
            paragraph = self.text.paragraph_of_block(block)
            if paragraph is not None:
                ids.extend(self.text.paragraph_ids(paragraph))
            block = block.next()
        return ids

    def _first_line(self, position: int) -> int:
        """The scroll position (in lines) at which `position` is the top line."""
        block = self.document().findBlock(position)
        self.document().documentLayout().blockBoundingRect(block)  # lays the block out
        line = block.layout().lineForTextPosition(position - block.position())
        return block.firstLineNumber() + (line.lineNumber() if line.isValid() else 0)

    def top_sentence(self) -> tuple[int, float] | None:
        """The sentence at the top of the view and how far into it (0-1) the view starts."""
        if not self.text.ids:
            return None
        cursor = self.cursorForPosition(QPoint(self.viewport().width() // 2, 2))
        block = cursor.block()
        while block.isValid() and self.text.paragraph_of_block(block) is None:
            block = block.next()  # a spacer: the paragraph below it
        if not block.isValid():
            return None
        offset = cursor.positionInBlock() if block == cursor.block() else 0
        sentence_id = self.text.sentence_at(block, offset)
        if sentence_id is None:
            paragraph = self.text.paragraph_of_block(block)
            ids = self.text.paragraph_ids(paragraph) if paragraph is not None else []
            if not ids:
                return None
            sentence_id = ids[0]
        start, end = self.text.span(sentence_id)
        first, last = self._first_line(start), self._first_line(end)
        fraction = (self.verticalScrollBar().value() - first) / max(1, last - first + 1)
        return sentence_id, min(1.0, max(0.0, fraction))

    def scroll_to_top_sentence(self, sentence_id: int, fraction: float) -> None:
        """Scroll so that `sentence_id` starts the view, `fraction` of it already passed."""
        if sentence_id not in self.text:
            return
        start, end = self.text.span(sentence_id)
        first, last = self._first_line(start), self._first_line(end)
        self.verticalScrollBar().setValue(round(first + fraction * (last - first + 1)))

    def scroll_to(self, sentence_id: int) -> None:
        """Bring the sentence into view (near the top third) if it is not all visible."""
        if sentence_id not in self.text:
            return
        start, end = self.text.span(sentence_id)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        top = self.cursorRect(cursor)
        cursor.setPosition(end)
        bottom = self.cursorRect(cursor)
        if top.top() >= 0 and bottom.bottom() <= self.viewport().height():
            return
        lines = max(1, self.viewport().height() // max(1, self.fontMetrics().lineSpacing()))
        self.verticalScrollBar().setValue(max(0, self._first_line(start) - lines // 3))

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
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.text.cursor(sentence_id)
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
            self._selection(i, SUMMARY_COLOUR) for i in sorted(self.summary_ids) if i in self.text
        ]
        if self.hovered_id is not None and self.hovered_id in self.text:
            selections.append(self._selection(self.hovered_id, hover))
        if self.highlighted_id is not None and self.highlighted_id in self.text:
            selections.append(self._selection(self.highlighted_id, current))
        self.setExtraSelections(selections)

    # -- zoom -------------------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        """Text size in steps of one point from the default reading size."""
        size = max(6.0, BASE_POINT_SIZE + steps)
        if steps == self._zoom and self.font().pointSizeF() == size:
            return
        self._zoom = steps
        font = QFont(self.font())
        font.setPointSizeF(size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        if self.text.ids:
            self.rerender()  # the headings and the blank lines between paragraphs follow it

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
        if pressed is None or (point - pressed).manhattanLength() > CLICK_SLOP:
            return  # a drag selects text, it is not a click
        sentence_id = self.sentence_at(point)
        if sentence_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.highlight(sentence_id)
            self.sentence_clicked.emit(sentence_id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Type.Leave and self.hovered_id is not None:
            self.set_hovered(None)
            self.sentence_hovered.emit(-1)
        return super().viewportEvent(event)

    def _tooltip_at(self, point: QPoint) -> str:
        sentence_id = self.sentence_at(point)
        if sentence_id is not None:
            return self.notes.get(sentence_id, "")
        paragraph = self.text.paragraph_of_block(self.cursorForPosition(point).block())
        if paragraph is not None and self._blocks[paragraph].removed_text:
            return self.tr("Removed by cleaning")
        return ""
