"""PDF files with a text layer, through pdfminer.six.

pdfminer gives each character with its glyph position, which is what telling visual-order Arabic
from logical-order Arabic needs (see arabic_pdf_repair). A PDF whose pages carry no text at all is
almost always a scan; the user needs to hear that it wants OCR, not that it is "empty".
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass

from pdfminer.layout import LAParams, LTChar, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from desktop.core.document import Block, RawText
from desktop.core.errors import CorruptFileError, NoTextLayerError, UnsupportedFormatError
from desktop.core.loading.arabic_pdf_repair import form_evidence, position_evidence, repair_line
from desktop.core.loading.pdf_pages import PageTooComplexError, laid_out_pages
from desktop.core.loading.zip_guard import not_valid_reason

logger = logging.getLogger(__name__)

_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
_JUNK_TITLE = re.compile(r"(^microsoft \w+ - )|(\.(docx?|odt|pdf|rtf|txt)$)|^untitled$", re.I)
_SPACES = re.compile(r"[^\S\n]+")

SCANNED_REASON = (
    "the PDF has no text layer; it looks like a scanned document (pages stored as images) "
    "and needs OCR (text recognition) before it can be read"
)


@dataclass
class _Line:
    text: str
    chars: list[tuple[str, float]]

    @property
    def evidence(self) -> int:
        """Positive when this line looks stored in visual order, negative when logical."""
        return form_evidence(self.text) + position_evidence(self.chars)


def load_pdf_bytes(data: bytes, source: str) -> RawText:
    """Extract a PDF's text boxes as paragraphs, repairing visual-order Arabic.

    Raises:
        CorruptFileError: not a PDF, cut short, or with a page too complex to lay out.
        UnsupportedFormatError: the PDF needs a password.
        NoTextLayerError: the pages hold no extractable text (a scan).
    """
    if b"%PDF-" not in data[:1024]:
        raise CorruptFileError(source, not_valid_reason("PDF"))
    if b"%%EOF" not in data[-2048:]:
        raise CorruptFileError(
            source, "the PDF file is cut short (it may be an incomplete download or damaged)"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pages = list(laid_out_pages(data, LAParams()))
            title = _title(data)
    except PDFPasswordIncorrect as exc:
        raise UnsupportedFormatError(
            source, "the PDF is password-protected; save an unprotected copy and open that"
        ) from exc
    except PageTooComplexError as exc:
        raise CorruptFileError(source, exc.reason) from exc

    if not pages:
        raise CorruptFileError(source, not_valid_reason("PDF"))
    boxes = [_box_lines(box) for page in pages for box in _text_boxes(page)]
    # A producer writes the whole file one way; lines too short to tell follow the majority.
    evidence = sum(line.evidence for box in boxes for line in box)
    visual_by_default = evidence > 0
    logger.debug("%s: visual-order evidence %d", source, evidence)

    blocks: list[Block] = []
    for box in boxes:
        lines = [
            repair_line(line.text, visual=line.evidence > 0 if line.evidence else visual_by_default)
            for line in box
        ]
        text = _SPACES.sub(" ", " ".join(line.strip() for line in lines if line.strip())).strip()
        if text:
            blocks.append(Block(text))
    if not blocks:
        raise NoTextLayerError(source, SCANNED_REASON)
    return RawText(source=source, format="pdf", blocks=tuple(blocks), title=title)


def _text_boxes(page: LTPage) -> list[LTTextBox]:
    return [element for element in page if isinstance(element, LTTextBox)]


def _box_lines(box: LTTextBox) -> list[_Line]:
    lines: list[_Line] = []
    for line in box:
        if not isinstance(line, LTTextLine):
            continue
        text = _UNMAPPED_GLYPH.sub("", line.get_text()).replace("\n", "")
        chars = [(char.get_text(), float(char.x0)) for char in line if isinstance(char, LTChar)]
        lines.append(_Line(text, chars))
    return lines


def _title(data: bytes) -> str | None:
    """The document-information title, unless it is a producer's placeholder or a file name."""
    document = PDFDocument(PDFParser(io.BytesIO(data)))
    for info in document.info:
        raw = resolve1(info.get("Title"))
        if isinstance(raw, bytes | str):
            title = str(decode_text(raw) if isinstance(raw, bytes) else raw).strip()
            if title and not _JUNK_TITLE.search(title):
                return title
    return None
