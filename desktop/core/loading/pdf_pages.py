"""pdfminer's page layout with limits, so a small hostile PDF cannot keep it busy for hours.

pdfminer groups characters into lines and lines into boxes by looking at each line's neighbours.
On real pages a line has a few; when a page draws the same text hundreds of times over one spot,
every line neighbours every other and the grouping takes minutes (500 stacked lines: 12 s, and it
grows faster than the square). Characters are counted as they are drawn, and each page is checked
before its layout is analysed: too many characters, or characters stacked far deeper than
overprinted bold and harakat ever are, and the file is refused.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.utils import Matrix

MAX_PAGE_CHARS = 100_000  # a dense newspaper page holds about 30,000
MAX_DOCUMENT_CHARS = 5_000_000  # a long book; pdfminer draws some 50,000 characters a second
MAX_STACK_DEPTH = 16  # characters per glyph position, on average (bold overprint x harakat ~ 8)
_STACK_CHECK_FROM = 1_000  # pages with fewer characters lay out fast whatever their shape


class PageTooComplexError(Exception):
    """A page whose layout would take unreasonably long; `reason` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _GuardedAggregator(PDFPageAggregator):
    page_chars = 0
    total_chars = 0

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        self.page_chars = 0
        super().begin_page(page, ctm)

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        # Counted as they are drawn: a page of a million characters takes half a minute just
        # to draw, so the limit must stop it there, not after.
        self.page_chars += 1
        self.total_chars += 1
        if self.page_chars > MAX_PAGE_CHARS:
            raise PageTooComplexError(
                f"page {self.pageno} of the PDF holds more than {MAX_PAGE_CHARS:,} characters, "
                "more than any real page; it may be damaged or built to slow readers down"
            )
        if self.total_chars > MAX_DOCUMENT_CHARS:
            raise PageTooComplexError(
                f"the PDF holds more than {MAX_DOCUMENT_CHARS:,} characters, more than Nashra "
                "reads from one file; split it into parts"
            )
        advance: float = super().render_char(*args, **kwargs)
        return advance

    def end_page(self, page: PDFPage) -> None:
        chars = [item for item in self.cur_item if isinstance(item, LTChar)]
        if len(chars) >= _STACK_CHECK_FROM:
            positions = {(round(char.x0, 1), round(char.y0, 1)) for char in chars}
            if len(chars) > MAX_STACK_DEPTH * len(positions):
                raise PageTooComplexError(
                    f"page {self.pageno} of the PDF draws its text over and over in the same "
                    "place; it may be damaged or built to slow readers down"
                )
        super().end_page(page)


def laid_out_pages(data: bytes, laparams: LAParams) -> Iterator[LTPage]:
    """What `pdfminer.high_level.extract_pages` yields, with the page checks above.

    Raises:
        PageTooComplexError: a page over the limits.
    """
    resources = PDFResourceManager(caching=True)
    device = _GuardedAggregator(resources, laparams=laparams)
    interpreter = PDFPageInterpreter(resources, device)
    for page in PDFPage.get_pages(io.BytesIO(data), caching=True):
        interpreter.process_page(page)
        yield device.get_result()
