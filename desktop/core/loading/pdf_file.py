"""PDF files with a text layer, through PDFium (pypdfium2).

PDFium reads each character with its glyph's position, about ten times faster than pdfminer.six
on the same files (`bench/pdf_backends.py`). What it gives is glyphs, not text in reading order:
Nashra rebuilds lines by baseline (`pdf_lines`), orders each line by its direction and repairs
Arabic stored in display order (`arabic_pdf_repair`), and groups lines into paragraphs, columns
apart (`pdf_layout`). A PDF whose pages carry no text at all is almost always a scan; one whose
glyphs have no character mapping cannot be read either, and the user hears both plainly.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

import pypdfium2 as pdfium

from desktop.core.document import Block, BlockKind, Matter, Notice, NoticeKind, RawText
from desktop.core.errors import CorruptFileError, NoTextLayerError, UnsupportedFormatError
from desktop.core.loading.pdf_glyphs import (
    PDFIUM_LOCK,
    Glyph,
    PageGlyphs,
    read_page,
    writes_glyphs_in_display_order,
)
from desktop.core.loading.pdf_layout import PageParagraph, page_paragraphs
from desktop.core.loading.pdf_limits import PageTooComplexError
from desktop.core.loading.pdf_lines import page_lines
from desktop.core.loading.zip_guard import not_valid_reason

logger = logging.getLogger(__name__)

_JUNK_TITLE = re.compile(r"(^microsoft \w+ - )|(\.(docx?|odt|pdf|rtf|txt)$)|^untitled$", re.I)
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:(?:page|p\.|صفحة|ص)\s*)?(?:\d{1,4}|[\u0660-\u0669]{1,4}|[ivxlcdm]{1,6})"
    r"(?:\s*(?:/|of|من)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
_HEADING_SIZE = 1.15  # a short block set this much larger than the body text is a heading
_TOP_HEADING_SIZE = 1.5
_HEADING_WORDS = 14
_MID_SENTENCE = frozenset(",،;؛-–")
_FULL_LINE = 0.85  # a last line this share of the page's widest paragraph is full
_UNREADABLE_SHARE = 0.5  # more unmapped characters than this: the text layer cannot be read
_IMAGE_REACH = 2.0  # font sizes between an image and a block that is its caption

SCANNED_REASON = (
    "the PDF has no text layer; it looks like a scanned document (pages stored as images) "
    "and needs OCR (text recognition) before it can be read"
)


def load_pdf_bytes(data: bytes, source: str) -> RawText:
    """Extract a PDF's paragraphs in reading order, repairing visual-order Arabic.

    Raises:
        CorruptFileError: not a PDF, cut short, or with a page too complex to read.
        UnsupportedFormatError: the PDF needs a password.
        NoTextLayerError: the pages hold no extractable text (a scan), or glyphs without any
            character mapping.
    """
    if b"%PDF-" not in data[:1024]:
        raise CorruptFileError(source, not_valid_reason("PDF"))
    if b"%%EOF" not in data[-2048:]:
        raise CorruptFileError(
            source, "the PDF file is cut short (it may be an incomplete download or damaged)"
        )
    with PDFIUM_LOCK:
        document = _open(data, source)
        try:
            pages: list[PageGlyphs] = []
            total = 0
            display_order = writes_glyphs_in_display_order(_metadata(document, "Producer"))
            for index in range(len(document)):
                page = read_page(document, index, total, glyphs_in_display_order=display_order)
                total += page.characters
                pages.append(page)
            title = _title(document)
        except PageTooComplexError as exc:
            raise CorruptFileError(source, exc.reason) from exc
        finally:
            document.close()
    if not pages:
        raise CorruptFileError(source, not_valid_reason("PDF"))
    return _raw_text(pages, title, source)


def _open(data: bytes, source: str) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise UnsupportedFormatError(
                source, "the PDF is password-protected; save an unprotected copy and open that"
            ) from exc
        logger.info("%s: PDFium could not open it: %s", source, exc)
        raise CorruptFileError(source, not_valid_reason("PDF")) from exc


def _raw_text(pages: Sequence[PageGlyphs], title: str | None, source: str) -> RawText:
    glyphs = [glyph for page in pages for glyph in page.glyphs if not glyph.is_space]
    characters = sum(len(glyph.text) for glyph in glyphs)
    unmapped = sum(glyph.unmapped for glyph in glyphs)
    if characters and unmapped > _UNREADABLE_SHARE * characters:
        raise NoTextLayerError(
            source,
            f"the PDF's text layer cannot be read: {unmapped:,} of its {characters:,} characters "
            "have no character mapping (its fonts do not say which letters they draw); it needs "
            "OCR (text recognition), like a scanned document",
        )
    notices: list[Notice] = []
    if unmapped:
        notices.append(
            Notice(
                NoticeKind.UNMAPPED_CHARACTERS,
                f"{unmapped:,} characters of the PDF's text layer have no character mapping "
                "and are left out",
                count=unmapped,
            )
        )
        logger.info("%s: %d unmapped characters left out", source, unmapped)
    laid_out = [_page_blocks(page) for page in pages]
    body = statistics_size([p for page in laid_out for p, _ in page])
    blocks: list[Block] = []
    last: PageParagraph | None = None  # the body paragraph that ended the page before
    for page, paragraphs in zip(pages, laid_out, strict=True):
        # A page of one line says nothing about how wide its lines run.
        several = sum(p.line_count for p, _ in paragraphs) > 1
        widest = max((p.x1 - p.x0 for p, _ in paragraphs), default=0.0) if several else 0.0
        for index, (paragraph, beside_image) in enumerate(paragraphs):
            block = _block(paragraph, page.number, beside_image, body)
            if index == 0 and last is not None and _goes_on(last, block, paragraph):
                previous = blocks.pop()
                blocks.append(replace(previous, text=f"{previous.text} {block.text}"))
            else:
                blocks.append(block)
        bodies = [p for p, _ in paragraphs if not _PAGE_NUMBER.match(p.text)]
        last = bodies[-1] if bodies and _runs_over(bodies[-1], widest) else None
        if last is not None and blocks and blocks[-1].text != last.text:
            last = None  # a page number or another block came after it
    if not blocks:
        raise NoTextLayerError(source, SCANNED_REASON)
    return RawText(
        source=source, format="pdf", blocks=tuple(blocks), title=title, notices=tuple(notices)
    )


def _page_blocks(page: PageGlyphs) -> list[tuple[PageParagraph, bool]]:
    horizontal = [glyph for glyph in page.glyphs if not glyph.unmapped and not glyph.vertical]
    if len(horizontal) * 2 < _text_count(page.glyphs):
        # A page turned on its side: its lines run along the other axis.
        horizontal = [_turned(glyph) for glyph in page.glyphs if not glyph.unmapped]
    paragraphs = page_paragraphs(page_lines(horizontal), page.width)
    return [(paragraph, _beside_image(paragraph, page.images)) for paragraph in paragraphs]


def _text_count(glyphs: Sequence[Glyph]) -> int:
    return sum(1 for glyph in glyphs if not glyph.is_space and not glyph.unmapped)


def _turned(glyph: Glyph) -> Glyph:
    """A glyph of rotated text as if the page were turned upright (only its line matters)."""
    return Glyph(glyph.text, glyph.x0, glyph.x1, glyph.baseline, glyph.size)


def _beside_image(
    paragraph: PageParagraph, images: Sequence[tuple[float, float, float, float]]
) -> bool:
    reach = _IMAGE_REACH * paragraph.size
    for left, bottom, right, top in images:
        overlaps = paragraph.x0 < right and paragraph.x1 > left
        near = paragraph.top >= bottom - reach and paragraph.bottom <= top + reach
        if overlaps and near:
            return True
    return False


def statistics_size(paragraphs: Sequence[PageParagraph]) -> float:
    """The body text's size: the one most characters are set in."""
    weights: dict[float, int] = {}
    for paragraph in paragraphs:
        key = round(paragraph.size, 1)
        weights[key] = weights.get(key, 0) + len(paragraph.text)
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


def _runs_over(paragraph: PageParagraph, widest: float) -> bool:
    """Whether a page's last paragraph runs on to the next page: it stops inside a sentence (a
    letter, digit or comma last) on a full line, the way a line broken only because the page
    ended does; a short last line (a heading, the end of a paragraph) does not run over."""
    last = paragraph.text[-1:]
    if not last or not widest or not (last.isalnum() or last in _MID_SENTENCE):
        return False
    return paragraph.last_width >= _FULL_LINE * widest


def _goes_on(before: PageParagraph, block: Block, paragraph: PageParagraph) -> bool:
    """Whether the first block of a page continues `before`: body text of the same size."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.matter is Matter.BODY
        and abs(paragraph.size - before.size) <= 0.15 * max(paragraph.size, before.size)
        and paragraph.rtl == before.rtl
    )


def _block(paragraph: PageParagraph, page: int, beside_image: bool, body: float) -> Block:
    text = paragraph.text
    if _PAGE_NUMBER.match(text):
        return Block(text, matter=Matter.PAGE_NUMBER, page=page)
    kind, level = BlockKind.PARAGRAPH, 0
    if body and paragraph.size >= _HEADING_SIZE * body and len(text.split()) <= _HEADING_WORDS:
        kind = BlockKind.HEADING
        level = 1 if paragraph.size >= _TOP_HEADING_SIZE * body else 2
    return Block(text, kind, level, page=page, beside_image=beside_image)


def _metadata(document: pdfium.PdfDocument, key: str) -> str:
    try:
        return str(document.get_metadata_value(key) or "")
    except (pdfium.PdfiumError, KeyError, UnicodeDecodeError):
        return ""


def _title(document: pdfium.PdfDocument) -> str | None:
    """The document-information title, unless it is a producer's placeholder or a file name."""
    try:
        title = str(document.get_metadata_value("Title") or "").strip()
    except (pdfium.PdfiumError, KeyError, UnicodeDecodeError):
        return None
    if title and not _JUNK_TITLE.search(title):
        return title
    return None
