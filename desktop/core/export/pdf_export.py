"""PDF: the export laid out on A4 (or Letter) pages, with a text layer that reads back exactly.

Qt's PDF writer draws Arabic correctly but writes a text layer of presentation forms and broken
ligatures ("ا ﺣﻴﺎء" for "الأحياء"), so copying, searching and re-opening the file fail. This
writer shapes with HarfBuzz and maps every glyph to the characters it stands for (see
`desktop.core.export.pdf.shaping` for the two rules that make this exact), so `pdftotext`, viewers
and Nashra itself get the article's own text back. It needs no Qt, so the CLI writes PDF too.

Pages follow the HTML export: headings, paragraphs and bulleted lists (the bullet on the reading
side), a rule between the two languages of a summary, and for the bilingual kind a two-column
table with each language's column on its reading side (`desktop.core.export.pdf.table`). Margins
are 2 cm; each page is numbered at its foot; the document's title and language go into the file's
properties.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from typing import IO

from desktop.core.cancel import CancelFlag, is_cancelled
from desktop.core.document import BlockKind
from desktop.core.export.content import ExportBlock, ExportContent, ExportKind, grouped_blocks
from desktop.core.export.errors import ExportCancelledError, ExportError
from desktop.core.export.pdf.canvas import Canvas
from desktop.core.export.pdf.flow import Flow
from desktop.core.export.pdf.table import write_bilingual_table
from desktop.core.export.pdf.typeface import MissingFontError
from desktop.core.export.pdf.typesetting import (
    BODY_STYLE,
    TextStyle,
    Typesetter,
    bundled_typesetter,
)
from desktop.core.fonts import ARABIC_SCALE
from desktop.core.language import is_rtl

A4 = "a4"
LETTER = "letter"
PAGE_SIZES = {A4: (595.276, 841.89), LETTER: (612.0, 792.0)}  # points
MARGIN = 2 / 2.54 * 72  # 2 cm
# Where CLDR's paper-size data says Letter; A4 everywhere else.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "PA", "CR", "NI", "SV", "BZ"}
)
LETTER_TERRITORY_NAMES = ("United States", "Canada", "Mexico", "Philippines", "Puerto Rico")

HEADING_SIZES = (19.0, 15.5, 13.0, 12.0)
HEADING_SPACE_BELOW = 0.55  # per point of the heading's Arabic size
BULLET_RADIUS = 1.6  # points: the size of a text bullet at 11 pt
LIST_INDENT = 16.0
SECTION_GAP = 16.0
RULE_GRAY = 0.75


def default_page_size() -> str:
    """ "letter" where the user's locale is in a Letter country, else "a4".

    Reads the locale the way the C library does (LC_ALL, LC_PAPER, LANG), then Python's view of it
    (on Windows, names such as "English_United States").
    """
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable)
        if value:
            return _page_size_for(value)
    current = locale.getlocale()[0] or ""
    return _page_size_for(current)


def _page_size_for(locale_name: str) -> str:
    name = locale_name.split(".", 1)[0].split("@", 1)[0]
    territory = name.split("_", 1)[1] if "_" in name else ""
    if territory.upper() in LETTER_TERRITORIES or any(
        country in territory for country in LETTER_TERRITORY_NAMES
    ):
        return LETTER
    return A4


def check_page_size(page_size: str | None) -> str:
    """The page size to use: `page_size`, or the locale's when None.

    Raises:
        ValueError: an unknown page size.
    """
    size = page_size or default_page_size()
    if size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {size!r}; expected one of {tuple(PAGE_SIZES)}")
    return size


def write_pdf(
    content: ExportContent,
    stream: IO[bytes],
    *,
    source: str,
    page_size: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
) -> None:
    """Lay out `content` and write the PDF into `stream`.

    Args:
        source: the name errors give (the output file).
        page_size: "a4" or "letter"; by default from the locale (`default_page_size`).
        progress: called with (blocks or rows laid out, total) after each one.
        cancel: checked before each block or row.

    Raises:
        ExportError: a bundled font is missing (a damaged installation).
        ExportCancelledError: `cancel` was set.
        ValueError: an unknown page size.
    """
    width, height = PAGE_SIZES[check_page_size(page_size)]
    try:
        typesetter = bundled_typesetter()
    except MissingFontError as error:
        raise ExportError(
            source,
            f"the font {error.path.name} that PDF exports use is missing from {error.path.parent}; "
            "reinstall Nashra",
        ) from error
    canvas = Canvas(width, height)
    flow = Flow(canvas, MARGIN)
    if content.kind is ExportKind.BILINGUAL:
        steps = _Steps(len(content.rows), progress, cancel, source)
        write_bilingual_table(flow, typesetter, content, steps.next)
    else:
        steps = _Steps(sum(len(s.blocks) for s in content.sections), progress, cancel, source)
        for index, section in enumerate(content.sections):
            if index:
                _section_rule(flow)
            for group in grouped_blocks(section.blocks):
                for _ in group:
                    steps.next()
                _write_group(flow, typesetter, group)
    steps.next()  # the last report: everything laid out
    flow.number_pages(typesetter)
    canvas.write(
        stream, title=_shown_title(content), language=content.language, rtl=is_rtl(content.language)
    )


def _shown_title(content: ExportContent) -> str | None:
    """The file's Title: the headline the first page shows, when the export has one.

    A document without a headline gets no Title rather than the file name `content.title` falls
    back to: viewers show the file name themselves, and a reader (Nashra too) would take a Title
    for the first heading of the text.
    """
    if content.kind is ExportKind.BILINGUAL:
        first = content.rows[0] if content.rows else None
        return content.title if first and first.heading_level == 1 else None
    blocks = content.sections[0].blocks if content.sections else ()
    if blocks and blocks[0].kind is BlockKind.HEADING and blocks[0].level == 1:
        return blocks[0].text or None
    return None


class _Steps:
    """Counts blocks laid out for `progress`, and stops the export when `cancel` is set."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancel: CancelFlag | None,
        source: str,
    ) -> None:
        self.total = total
        self.progress = progress
        self.cancel = cancel
        self.source = source
        self._started = 0

    def next(self) -> None:
        """Report the units finished so far, then refuse to start another after a cancel."""
        done = min(self._started, self.total)
        if self.progress is not None and (done or self.total == 0):
            self.progress(done, self.total)
        if is_cancelled(self.cancel):
            raise ExportCancelledError(self.source, "the export was cancelled; nothing was written")
        self._started += 1


def _section_rule(flow: Flow) -> None:
    """The line between a summary's two languages (the HTML export's section border)."""
    flow.space(SECTION_GAP)
    flow.keep(3 * SECTION_GAP)
    if not flow.at_top:
        flow.canvas.rule(flow.page, flow.left, flow.y, flow.right, flow.y, 0.6, RULE_GRAY)
        flow.space(SECTION_GAP)


def _write_group(flow: Flow, typesetter: Typesetter, group: list[ExportBlock]) -> None:
    first = group[0]
    if first.kind is BlockKind.LIST_ITEM:
        for block in group:
            _write_list_item(flow, typesetter, block)
        flow.space(BODY_STYLE.size * 0.5)
        return
    text = first.text
    if not text:
        return
    rtl = is_rtl(first.language)
    if first.kind is BlockKind.HEADING:
        style = _heading_style(first.level)
        flow.space(style.size * 0.7)
        heading = typesetter.set(text, rtl=rtl, style=style, width=flow.width)
        # Keep a heading with the first lines under it.
        flow.keep(heading.height + 2 * typesetter.pitch(rtl=rtl, style=BODY_STYLE))
        flow.paragraph(heading)
        # More than half the heading's Arabic size below it: readers (pdfminer, so Nashra) take
        # lines closer than that for one paragraph.
        flow.space(style.size * ARABIC_SCALE * HEADING_SPACE_BELOW)
        return
    paragraph = typesetter.set(text, rtl=rtl, style=BODY_STYLE, width=flow.width)
    flow.paragraph(paragraph)
    flow.space(BODY_STYLE.size * 0.6)


def _write_list_item(flow: Flow, typesetter: Typesetter, block: ExportBlock) -> None:
    if not block.text:
        return
    rtl = is_rtl(block.language)
    item = typesetter.set(block.text, rtl=rtl, style=BODY_STYLE, width=flow.width - LIST_INDENT)
    flow.paragraph(item, indent=LIST_INDENT, bullet=BULLET_RADIUS)
    flow.space(BODY_STYLE.size * 0.25)


def _heading_style(level: int) -> TextStyle:
    index = max(1, min(len(HEADING_SIZES), level)) - 1
    return TextStyle(HEADING_SIZES[index], bold=True)
