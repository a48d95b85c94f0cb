"""The bilingual export as a two-column table: each sentence beside its translation.

Each language's column stands on its reading side: the Arabic column on the right, whichever is
the original (the HTML export's table follows the page direction to the same effect, the DOCX
export's `bidiVisual`). A header row names the languages and repeats at the top of every page;
heading rows are bold on a grey ground, and a heavier rule marks where a new paragraph of the
article begins. A row that does not fit at the foot of a page moves to the next, and a row taller
than a page is split between lines.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.export.content import LANGUAGE_NAMES, ExportContent
from desktop.core.export.pdf.flow import Flow
from desktop.core.export.pdf.typesetting import BODY_STYLE, SetParagraph, TextStyle, Typesetter
from desktop.core.language import is_rtl

HEADER_STYLE = TextStyle(BODY_STYLE.size, bold=True)
PAD_X = 6.0
# Either side of the middle border: a gutter wider than two of Naskh's widest letters, which is
# what PDF readers (pdfminer) need to keep the two cells of a row apart instead of reading their
# lines as one.
GUTTER = 14.0
PAD_Y = 4.0
BORDER_GRAY = 0.8
BORDER_WIDTH = 0.5
PARAGRAPH_RULE_GRAY = 0.55
PARAGRAPH_RULE_WIDTH = 1.2
HEADER_FILL = 0.93
HEADING_FILL = 0.96


@dataclass(frozen=True)
class _Cell:
    """A cell's text and the edges of its text (inside the padding)."""

    paragraph: SetParagraph
    left: float
    right: float


def write_bilingual_table(
    flow: Flow, typesetter: Typesetter, content: ExportContent, before_row: Callable[[], None]
) -> None:
    """Lay the table out; `before_row` runs before each row (progress and cancel)."""
    table = _Table(flow, typesetter, content)
    table.header()
    paragraph: int | None = None
    for row in content.rows:
        before_row()
        table.row(
            (row.original, row.original_language),
            (row.translation, row.translation_language),
            heading=bool(row.heading_level),
            new_paragraph=paragraph is not None and row.paragraph != paragraph,
        )
        paragraph = row.paragraph


class _Table:
    def __init__(self, flow: Flow, typesetter: Typesetter, content: ExportContent) -> None:
        self.flow = flow
        self.typesetter = typesetter
        self.content = content
        middle = (flow.left + flow.right) / 2
        # The original's column on its reading side: the right for right-to-left languages.
        if is_rtl(content.original_language):
            self.columns = ((middle, flow.right), (flow.left, middle))
        else:
            self.columns = ((flow.left, middle), (middle, flow.right))
        self._fresh_y = flow.y

    def header(self) -> None:
        names = [
            (LANGUAGE_NAMES.get(language, language), language)
            for language in (self.content.original_language, self.content.translation_language)
        ]
        cells = self._cells(names, HEADER_STYLE)
        self._draw(cells, [0, 0], [len(c.paragraph.lines) for c in cells], fill=HEADER_FILL)
        self._fresh_y = self.flow.y

    def row(
        self,
        original: tuple[str, str],
        translation: tuple[str, str],
        *,
        heading: bool,
        new_paragraph: bool,
    ) -> None:
        cells = self._cells([original, translation], HEADER_STYLE if heading else BODY_STYLE)
        fill = HEADING_FILL if heading else None
        starts = [0, 0]
        rule = new_paragraph
        while True:
            ends = [len(cell.paragraph.lines) for cell in cells]
            if self._height(cells, starts, ends) <= self.flow.room:
                self._draw(cells, starts, ends, fill=fill, rule=rule)
                return
            if (
                self.flow.y < self._fresh_y
                and self._height(cells, starts, ends) <= self._page_room()
            ):
                self._next_page()
                continue
            fitting = [
                min(end, start + int((self.flow.room - 2 * PAD_Y) // cell.paragraph.pitch))
                for cell, start, end in zip(cells, starts, ends, strict=True)
            ]
            if fitting == starts:  # not even one line fits here
                self._next_page()
                continue
            self._draw(cells, starts, fitting, fill=fill, rule=rule)
            starts, rule = fitting, False
            self._next_page()

    def _cells(self, texts: list[tuple[str, str]], style: TextStyle) -> list[_Cell]:
        cells = []
        middle = (self.flow.left + self.flow.right) / 2
        for (text, language), (left, right) in zip(texts, self.columns, strict=True):
            inner_left = left + (GUTTER if left == middle else PAD_X)
            inner_right = right - (GUTTER if right == middle else PAD_X)
            paragraph = self.typesetter.set(
                text, rtl=is_rtl(language), style=style, width=inner_right - inner_left
            )
            cells.append(_Cell(paragraph, inner_left, inner_right))
        return cells

    def _page_room(self) -> float:
        """The room under the header on a new page."""
        header_height = self.flow.top - self._fresh_y
        return self.flow.top - self.flow.bottom - header_height

    def _next_page(self) -> None:
        self.flow.new_page()
        self.header()

    def _height(self, cells: list[_Cell], starts: list[int], ends: list[int]) -> float:
        return 2 * PAD_Y + max(
            cell.paragraph.pitch * (end - start)
            for cell, start, end in zip(cells, starts, ends, strict=True)
        )

    def _draw(
        self,
        cells: list[_Cell],
        starts: list[int],
        ends: list[int],
        *,
        fill: float | None,
        rule: bool = False,
    ) -> None:
        flow, canvas = self.flow, self.flow.canvas
        top = flow.y
        height = self._height(cells, starts, ends)
        bottom = top - height
        if fill is not None:
            canvas.fill_rect(flow.page, flow.left, bottom, flow.width, height, fill)
        for cell, start, end in zip(cells, starts, ends, strict=True):
            paragraph = cell.paragraph
            baseline = top - PAD_Y - paragraph.ascent
            for line in paragraph.lines[start:end]:
                flow.line(
                    line,
                    baseline,
                    rtl=paragraph.rtl,
                    left=cell.left,
                    right=cell.right,
                )
                baseline -= paragraph.pitch
        middle = (flow.left + flow.right) / 2
        for x in (flow.left, middle, flow.right):
            canvas.rule(flow.page, x, top, x, bottom, BORDER_WIDTH, BORDER_GRAY)
        canvas.rule(flow.page, flow.left, bottom, flow.right, bottom, BORDER_WIDTH, BORDER_GRAY)
        if rule:
            canvas.rule(
                flow.page,
                flow.left,
                top,
                flow.right,
                top,
                PARAGRAPH_RULE_WIDTH,
                PARAGRAPH_RULE_GRAY,
            )
        elif top >= flow.top:  # the header at the top of a page; other rows share a border
            canvas.rule(flow.page, flow.left, top, flow.right, top, BORDER_WIDTH, BORDER_GRAY)
        flow.y = bottom
