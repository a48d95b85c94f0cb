"""The glyphs of a PDF page, as PDFium reads them from the text layer.

A glyph is what the producer drew: usually one character, sometimes several (a lam-alef ligature,
or a whole shaped word that weasyprint maps to its letters at once). PDFium reports each character
with the glyph's box, so characters sharing one origin are one glyph again here. Positions are what
rebuilding lines needs; the order of the content stream means nothing (some producers write every
word as its own text object, in any order).

PDFium is not thread-safe: every call into it here runs under `PDFIUM_LOCK`.
"""

from __future__ import annotations

import ctypes
import math
import threading
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desktop.core.loading.arabic_pdf_repair import canonical_marks, glyph_in_logical_order
from desktop.core.loading.pdf_limits import check_character_count, check_stacking

PDFIUM_LOCK = threading.RLock()

# Characters PDFium adds itself (spaces and line ends it guesses) and controls: positions decide.
_SKIPPED = frozenset({0, 0xFFFE, 0xFFFF})


@dataclass(frozen=True)
class Glyph:
    """One drawn glyph.

    Attributes:
        text: the characters it stands for, in logical order (see
            `arabic_pdf_repair.glyph_in_logical_order`), with the marks drawn on it.
        x0, x1: its advance, left to right, in points.
        baseline: the y of its origin (PDF space: up is larger).
        size: the font size as drawn (the em), in points.
        unmapped: how many of its characters had no character mapping (PDFium's "unicode map
            error": a font without a ToUnicode map, shown by pdfminer as ``(cid:NN)``).
        vertical: drawn rotated by about a quarter turn (text along a margin).
    """

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    unmapped: int = 0
    vertical: bool = False

    @property
    def is_space(self) -> bool:
        return self.text.isspace()

    @property
    def is_mark(self) -> bool:
        """A combining mark on its own (a haraka drawn as a separate glyph)."""
        return all(unicodedata.combining(ch) for ch in self.text)


@dataclass(frozen=True)
class PageGlyphs:
    """A page's glyphs and what else is drawn on it."""

    number: int  # 1-based
    width: float
    height: float
    glyphs: tuple[Glyph, ...]
    images: tuple[tuple[float, float, float, float], ...]  # (left, bottom, right, top) each
    characters: int  # characters PDFium counted, before grouping (for the size limits)


def read_page(
    document: pdfium.PdfDocument,
    index: int,
    characters_so_far: int,
    *,
    glyphs_in_display_order: bool = False,
) -> PageGlyphs:
    """The glyphs and image boxes of page `index` (0-based).

    Args:
        glyphs_in_display_order: the producer maps a right-to-left glyph to its characters in
            display order (see `writes_glyphs_in_display_order`), which PDFium's reversal already
            puts right.

    Raises:
        PageTooComplexError: the page is over the limits in `pdf_limits`, checked before any
            character is read one by one.
    """
    with PDFIUM_LOCK:
        page = document[index]
        try:
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                count = textpage.count_chars()
                check_character_count(index + 1, count, characters_so_far + count)
                glyphs = _glyphs(textpage, count, glyphs_in_display_order)
            finally:
                textpage.close()
            images = _image_boxes(page)
        finally:
            page.close()
    check_stacking(index + 1, [(glyph.x0, glyph.baseline) for glyph in glyphs])
    return PageGlyphs(index + 1, width, height, tuple(glyphs), images, count)


def writes_glyphs_in_display_order(producer: str) -> bool:
    """Whether a PDF's producer maps a multi-character right-to-left glyph (a ligature, a letter
    with its marks) to its characters in display order.

    Producers disagree. Word and weasyprint write logical order, which PDFium then reports
    reversed (`arabic_pdf_repair.glyph_in_logical_order` turns it back). Nashra's own export
    writes display order, as poppler, pdfminer and PDFium all reverse such a glyph's text, so
    that every reader, Nashra included, gets the logical text.
    """
    return producer.strip() == "Nashra"


def _glyphs(
    textpage: pdfium.PdfTextPage, count: int, glyphs_in_display_order: bool = False
) -> list[Glyph]:
    raw = textpage.raw
    box = pdfium_c.FS_RECTF()  # the glyph's advance box (its "loose" box), filled per character
    matrix = pdfium_c.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    glyphs: list[Glyph] = []
    pending: list[str] = []
    pending_key: tuple[float, float, float, float] | None = None
    pending_unmapped = 0
    pending_size = 0.0
    pending_vertical = False

    def flush() -> None:
        nonlocal pending, pending_key, pending_unmapped
        if pending and pending_key is not None:
            x0, x1, baseline, _ = pending_key
            glyphs.append(
                Glyph(
                    canonical_marks(
                        "".join(pending)
                        if glyphs_in_display_order
                        else glyph_in_logical_order("".join(pending))
                    ),
                    x0,
                    x1,
                    baseline,
                    pending_size,
                    pending_unmapped,
                    pending_vertical,
                )
            )
        pending, pending_key, pending_unmapped = [], None, 0

    half = 0  # one half of a UTF-16 surrogate pair (PDFium counts a 😀 as two characters, and
    # gives them in reverse in right-to-left text)
    for index in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code in _SKIPPED or pdfium_c.FPDFText_IsGenerated(raw, index):
            flush()
            half = 0
            continue
        if 0xD800 <= code < 0xE000:
            if not half or (half < 0xDC00) == (code < 0xDC00):
                half = code
                continue
            high, low = (half, code) if half < 0xDC00 else (code, half)
            code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        half = 0
        char = chr(code) if code < 0x110000 else "\ufffd"
        if unicodedata.category(char) == "Cc":
            flush()
            continue
        pdfium_c.FPDFText_GetCharOrigin(raw, index, x, y)
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, box)
        angle = pdfium_c.FPDFText_GetCharAngle(raw, index)
        vertical = 0.6 < abs(angle % 3.14159) < 2.5
        unmapped = 1 if pdfium_c.FPDFText_HasUnicodeMapError(raw, index) == 1 else 0
        key = (round(box.left, 2), round(box.right, 2), round(y.value, 2), round(x.value, 2))
        if pending_key is not None and key == pending_key:
            pending.append(char)  # another character of the same glyph
            pending_unmapped += unmapped
            continue
        flush()
        pending, pending_key = [char], key
        pending_unmapped = unmapped
        # The size as drawn: the font size times the text matrix's vertical scale (many producers
        # set a 1 pt font and scale it). A glyph without one takes the size of the one before.
        pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
        size = pdfium_c.FPDFText_GetFontSize(raw, index) * math.hypot(matrix.c, matrix.d)
        pending_size = size if size > 0.5 or not glyphs else glyphs[-1].size
        pending_vertical = vertical
    flush()
    return glyphs


def _image_boxes(page: pdfium.PdfPage) -> tuple[tuple[float, float, float, float], ...]:
    boxes = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if right - left > 20 and top - bottom > 20:  # icons and rules are no pictures
            boxes.append((float(left), float(bottom), float(right), float(top)))
    return tuple(boxes)
