"""Limits on what one PDF may ask of the reader, so a small hostile file cannot keep it busy.

PDFium itself is fast and hardened, but Nashra's own work (grouping glyphs into lines and lines
into paragraphs) runs in Python, at some 30,000 characters a second. A page that draws a million
characters, or the same text hundreds of times over one spot, is refused before that work starts:
no real page holds more than about 30,000 characters, and overprinted bold with harakat stacks a
handful of glyphs on one place, never hundreds.
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_PAGE_CHARS = 100_000  # a dense newspaper page holds about 30,000
MAX_DOCUMENT_CHARS = 5_000_000  # a long book
MAX_STACK_DEPTH = 16  # glyphs per position, on average (bold overprint x harakat ~ 8)
_STACK_CHECK_FROM = 1_000  # pages with fewer glyphs are quick whatever their shape


class PageTooComplexError(Exception):
    """A page Nashra will not lay out; `reason` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_character_count(page_number: int, count: int, total: int) -> None:
    """Refuse a page (or a document, `total` so far) with more characters than any real one.

    Raises:
        PageTooComplexError: over `MAX_PAGE_CHARS` or `MAX_DOCUMENT_CHARS`.
    """
    if count > MAX_PAGE_CHARS:
        raise PageTooComplexError(
            f"page {page_number} of the PDF holds more than {MAX_PAGE_CHARS:,} characters, more "
            "than any real page; it may be damaged or built to slow readers down"
        )
    if total > MAX_DOCUMENT_CHARS:
        raise PageTooComplexError(
            f"the PDF holds more than {MAX_DOCUMENT_CHARS:,} characters, more than Nashra reads "
            "from one file; split it into parts"
        )


def check_stacking(page_number: int, positions: Sequence[tuple[float, float]]) -> None:
    """Refuse a page that draws its glyphs over and over in the same places.

    Args:
        positions: each glyph's origin.

    Raises:
        PageTooComplexError: more than `MAX_STACK_DEPTH` glyphs per distinct position.
    """
    if len(positions) < _STACK_CHECK_FROM:
        return
    distinct = {(round(x, 1), round(y, 1)) for x, y in positions}
    if len(positions) > MAX_STACK_DEPTH * len(distinct):
        raise PageTooComplexError(
            f"page {page_number} of the PDF draws its text over and over in the same place; it "
            "may be damaged or built to slow readers down"
        )
