"""The text of a reading pane as a QTextDocument, and where every sentence is in it.

One block per paragraph, with a thin spacer block between paragraphs (a plain-text layout draws
no paragraph margins). A sentence is known by its paragraph and its start and end inside that
paragraph's block, so replacing a sentence (a translation arriving) shifts only the sentences
after it in the same paragraph: the cost of an update is proportional to the paragraphs it
touches, never to the document.

`build_pane_text` makes a new document from plain data and formats, so a long document can be
built on a worker thread (QTextDocument is reentrant) and handed to the GUI thread, which then
only swaps it in. Qt counts positions in UTF-16 units; so does everything here. Line breaks
inside a sentence are kept as Unicode line separators, which break the line without starting a
new block.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextDocumentLayout

from desktop.core.document import BlockKind, Matter
from desktop.core.fonts import ARABIC_SCALE, LATIN_FONT_FAMILY
from desktop.core.scripts import script_runs
from desktop.gui.reading.sentence_blocks import PENDING, Block

SPACER = 1  # the block state of the blank line between paragraphs
LINE_SEPARATOR = "\u2028"
SPACER_SCALE = 0.45  # the blank line between paragraphs, as a share of the text size
FLAG_COLOUR = QColor("#d97706")
HEADING_LEVEL = QTextFormat.Property.UserProperty + 1  # a paragraph format's heading level
HEADING_SCALE = {1: 1.44, 2: 1.2}  # text size of headings by level (deeper: 1.2)
ROLE = QTextFormat.Property.UserProperty + 2  # "code", "note" or "divider": drawn apart
ROLE_SCALE = {"code": 0.9, "note": 0.85, "divider": 0.85}
DOCUMENT_MARGIN = 10

Shown = Mapping[int, tuple[str, bool]]  # sentence id -> (text shown, doubtful?)


def units(text: str) -> int:
    """The length of `text` as Qt counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def shown(text: str) -> str:
    """`text` as a block holds it: line breaks become line separators (no new block)."""
    return text.replace("\r\n", LINE_SEPARATOR).replace("\n", LINE_SEPARATOR)


@dataclass(frozen=True)
class PaneStyle:
    """What a pane's text is drawn with, read on the GUI thread (the palette, the font)."""

    font: QFont
    rtl: bool  # the pane's language reads right to left: align to the right
    arabic_family: str
    text_colour: QColor
    placeholder_colour: QColor
    code_family: str = "monospace"

    @classmethod
    def of(cls, palette: QPalette, font: QFont, rtl: bool, arabic_family: str) -> PaneStyle:
        return cls(
            QFont(font),
            rtl,
            arabic_family,
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.PlaceholderText),
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family(),
        )

    def paragraph(self, block: Block, pending: bool) -> QTextCharFormat:
        """The paragraph's format: weight, colour, style (fonts and sizes go by script run)."""
        fmt = QTextCharFormat()
        heading = block.kind is BlockKind.HEADING
        fmt.setProperty(HEADING_LEVEL, max(1, block.level) if heading else 0)
        if block.kind is BlockKind.HEADING:
            fmt.setFontWeight(QFont.Weight.Bold)
        if block.kind is BlockKind.CODE:
            fmt.setProperty(ROLE, "code")
        elif block.kind is BlockKind.NOTE:
            fmt.setProperty(ROLE, "note")
        elif block.divider:
            fmt.setProperty(ROLE, "divider")
            fmt.setFontWeight(QFont.Weight.Bold)
        if block.removed_text:
            fmt.setForeground(self.placeholder_colour)
            fmt.setFontItalic(True)
        elif pending or block.divider or block.matter is not Matter.BODY:
            fmt.setForeground(self.placeholder_colour)
        return fmt

    def insert(self, cursor: QTextCursor, text: str, fmt: QTextCharFormat) -> None:
        """Insert `text` in `fmt`, each script run in its own font: Arabic in the Arabic family,
        the rest in the Latin one, sized so that mixed lines look even."""
        level = int(fmt.property(HEADING_LEVEL) or 0)
        role = fmt.property(ROLE) or ""
        size = self.font.pointSizeF() * (HEADING_SCALE.get(level, 1.2) if level else 1.0)
        size *= ROLE_SCALE.get(role, 1.0)
        if role == "code":  # program text: one monospaced run, whatever its letters
            piece = QTextCharFormat(fmt)
            piece.setFontFamilies([self.code_family])
            piece.setFontPointSize(size)
            cursor.insertText(text, piece)
            return
        for run, arabic in script_runs(text, self.rtl):
            piece = QTextCharFormat(fmt)
            piece.setFontFamilies([self.arabic_family if arabic else LATIN_FONT_FAMILY])
            piece.setFontPointSize(size * ARABIC_SCALE if arabic else size)
            cursor.insertText(run, piece)

    def sentence(self, flagged: bool) -> QTextCharFormat:
        """A translated sentence: the text colour (not the placeholder's), marked if doubtful."""
        fmt = QTextCharFormat()
        fmt.setForeground(self.text_colour)
        fmt.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.WaveUnderline
            if flagged
            else QTextCharFormat.UnderlineStyle.NoUnderline
        )
        fmt.setUnderlineColor(FLAG_COLOUR)
        return fmt

    def placeholder(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(self.placeholder_colour)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        return fmt

    def spacer(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(max(2.0, self.font.pointSizeF() * SPACER_SCALE))
        return fmt

    @staticmethod
    def block(block: Block) -> QTextBlockFormat:
        """A paragraph's heading level and direction: the plain-text layout does not draw them,
        but they say what the paragraph is to whoever reads the document (accessibility,
        copying, tests)."""
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if block.rtl else Qt.LayoutDirection.LeftToRight
        )
        if block.kind is BlockKind.HEADING:
            fmt.setHeadingLevel(max(1, block.level))
        return fmt

    def text_option(self) -> QTextOption:
        """Each paragraph in its own direction (the first strong character decides, as a
        browser's dir=auto); the pane aligned to the side its language starts from."""
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        side = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        return option


@dataclass
class _Paragraph:
    block: Block
    ids: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # inside the paragraph's block, UTF-16
    ends: list[int] = field(default_factory=list)


class PaneText:
    """A pane's document and the place of each sentence in it; see `build_pane_text`."""

    def __init__(self, document: QTextDocument, style: PaneStyle | None = None) -> None:
        self.document = document
        self.style = style
        self.paragraphs: list[_Paragraph] = []
        self.ids: list[int] = []
        self.pending: set[int] = set()  # sentences showing the placeholder
        self._where: dict[int, tuple[int, int]] = {}  # id -> (paragraph, index in it)
        self.rebuilt_paragraphs = 0  # paragraphs changed by `replace` (tests count them)

    # -- finding ----------------------------------------------------------------------------------
    def __contains__(self, sentence_id: object) -> bool:
        return sentence_id in self._where

    def block_of(self, paragraph: int) -> QTextBlock:
        return self.document.findBlockByNumber(2 * paragraph)

    def paragraph_of_block(self, block: QTextBlock) -> int | None:
        """The paragraph a block shows (None for a spacer, or a block of another document)."""
        number = block.blockNumber()
        if block.document() is not self.document or number < 0 or number % 2:
            return None
        return number // 2 if number // 2 < len(self.paragraphs) else None

    def span(self, sentence_id: int) -> tuple[int, int]:
        """The sentence's start and end in the document."""
        paragraph, index = self._where[sentence_id]
        base = self.block_of(paragraph).position()
        part = self.paragraphs[paragraph]
        return base + part.starts[index], base + part.ends[index]

    def cursor(self, sentence_id: int) -> QTextCursor:
        """A cursor selecting the sentence."""
        start, end = self.span(sentence_id)
        cursor = QTextCursor(self.document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def text(self, sentence_id: int) -> str:
        paragraph, index = self._where[sentence_id]
        part = self.paragraphs[paragraph]
        encoded = self.block_of(paragraph).text().encode("utf-16-le")
        piece = encoded[2 * part.starts[index] : 2 * part.ends[index]].decode("utf-16-le")
        return piece.replace(LINE_SEPARATOR, "\n")

    def sentence_at(self, block: QTextBlock, offset: int) -> int | None:
        """The sentence at `offset` (UTF-16 units) in `block`, if any."""
        paragraph = self.paragraph_of_block(block)
        if paragraph is None:
            return None
        part = self.paragraphs[paragraph]
        index = bisect.bisect_right(part.starts, offset) - 1
        if index >= 0 and offset <= part.ends[index]:
            return part.ids[index]
        return None

    def paragraph_ids(self, paragraph: int) -> list[int]:
        return list(self.paragraphs[paragraph].ids)

    def style_for_insert(self) -> PaneStyle:
        assert self.style is not None, "replace() on a pane that build_pane_text did not make"
        return self.style

    # -- replacing --------------------------------------------------------------------------------
    def replace(self, texts: Mapping[int, tuple[str, QTextCharFormat]]) -> None:
        """Put new texts in place of sentences (unknown ids are ignored), in one edit.

        Within a paragraph the sentences are replaced from the last to the first, so the ones
        still to replace keep their positions; the paragraph's later offsets then move once.
        """
        touched: dict[int, list[int]] = {}
        for sentence_id in texts:
            where = self._where.get(sentence_id)
            if where is not None:
                touched.setdefault(where[0], []).append(where[1])
        if not touched:
            return
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for paragraph, indexes in touched.items():
            part = self.paragraphs[paragraph]
            base = self.block_of(paragraph).position()
            for index in sorted(indexes, reverse=True):
                sentence_id = part.ids[index]
                text, fmt = texts[sentence_id]
                piece = shown(text)
                cursor.setPosition(base + part.starts[index])
                cursor.setPosition(base + part.ends[index], QTextCursor.MoveMode.KeepAnchor)
                merged = cursor.charFormat()
                merged.merge(fmt)
                cursor.removeSelectedText()
                self.style_for_insert().insert(cursor, piece, merged)
                if text == PENDING:
                    self.pending.add(sentence_id)
                else:
                    self.pending.discard(sentence_id)
                delta = units(piece) - (part.ends[index] - part.starts[index])
                part.ends[index] += delta
                for later in range(index + 1, len(part.ids)):
                    part.starts[later] += delta
                    part.ends[later] += delta
        cursor.endEditBlock()
        self.rebuilt_paragraphs += len(touched)


def build_pane_text(blocks: Iterable[Block], style: PaneStyle, known: Shown) -> PaneText:
    """A new document holding `blocks`, with the sentences of `known` shown as given.

    Safe on a worker thread: the document is moved to the GUI thread before it is returned.
    """
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(DOCUMENT_MARGIN)
    document.setDefaultFont(style.font)
    document.setDefaultTextOption(style.text_option())
    pane = PaneText(document, style)
    spacer = style.spacer()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for number, block in enumerate(blocks):
        if number:
            cursor.insertBlock(QTextBlockFormat())
            cursor.insertText(" ", spacer)
            cursor.block().setUserState(SPACER)
            cursor.insertBlock(style.block(block))
        else:
            cursor.setBlockFormat(style.block(block))
        _insert_paragraph(pane, cursor, block, style, known)
    cursor.endEditBlock()
    # The layout comes last: attached before, it would follow every insertion (and, on a worker,
    # hold the interpreter through one long call at the end of the edit). The view lays out
    # only what it shows.
    document.setDocumentLayout(QPlainTextDocumentLayout(document))
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is not app.thread():
        document.moveToThread(app.thread())
    return pane


def _insert_paragraph(
    pane: PaneText, cursor: QTextCursor, block: Block, style: PaneStyle, known: Shown
) -> None:
    part = _Paragraph(block)
    number = len(pane.paragraphs)
    pending = bool(block.sentences) and all(text == PENDING for _, text in block.sentences)
    paragraph_format = style.paragraph(block, pending)
    if block.removed_text or block.divider:
        style.insert(cursor, shown(block.removed_text or block.divider), paragraph_format)
    overridden = any(sentence_id in known for sentence_id, _ in block.sentences)
    position = 0
    pieces: list[str] = []
    for index, (sentence_id, text) in enumerate(block.sentences):
        if index:
            pieces.append(" ")
            position += 1
        doubtful = False
        if sentence_id in known:
            text, doubtful = known[sentence_id]
        elif text == PENDING:
            pane.pending.add(sentence_id)
        piece = shown(text)
        part.ids.append(sentence_id)
        part.starts.append(position)
        position += units(piece)
        part.ends.append(position)
        pane._where[sentence_id] = (number, index)
        pane.ids.append(sentence_id)
        if overridden:  # sentence by sentence, each in its own format
            if index:
                style.insert(cursor, " ", paragraph_format)
            fmt = QTextCharFormat(paragraph_format)
            if sentence_id in known:
                fmt.merge(style.sentence(doubtful))
            style.insert(cursor, piece, fmt)
        else:
            pieces.append(piece)
    if pieces and not overridden:
        style.insert(cursor, "".join(pieces), paragraph_format)
    pane.paragraphs.append(part)
