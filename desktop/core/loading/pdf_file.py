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
from desktop.core.language import ARABIC, ENGLISH, detect_language
from desktop.core.loading.arabic_pdf_repair import form_evidence, position_evidence, repair_line
from desktop.core.loading.pdf_pages import PageTooComplexError, laid_out_pages
from desktop.core.loading.zip_guard import not_valid_reason

logger = logging.getLogger(__name__)

_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
_JUNK_TITLE = re.compile(r"(^microsoft \w+ - )|(\.(docx?|odt|pdf|rtf|txt)$)|^untitled$", re.I)
_SPACES = re.compile(r"[^\S\n]+")
_MID_SENTENCE = frozenset(",،;؛-–")
_FULL_LINE = 0.85  # a line this share of its paragraph's widest is full

SCANNED_REASON = (
    "the PDF has no text layer; it looks like a scanned document (pages stored as images) "
    "and needs OCR (text recognition) before it can be read"
)


@dataclass
class _Line:
    text: str
    chars: list[tuple[str, float]]
    width: float = 0.0

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
    boxes = [
        (index == 0, _box_lines(box))
        for page in pages
        for index, box in enumerate(_text_boxes(page))
    ]
    widest = _widest_lines(boxes)
    # A producer writes the whole file one way; lines too short to tell follow the majority.
    evidence = sum(line.evidence for _, box in boxes for line in box)
    visual_by_default = evidence > 0
    logger.debug("%s: visual-order evidence %d", source, evidence)

    texts: list[str] = []
    previous: list[_Line] = []
    page = -1
    for first_on_page, box in boxes:
        page += first_on_page
        # A paragraph cut by a page break goes on in the first box of the next page.
        continues = (
            first_on_page and bool(texts) and _runs_over(previous, texts[-1], widest[page - 1])
        )
        previous = box
        rtl = _box_is_rtl(box)  # a box is a paragraph: its lines share one direction
        lines = [
            repair_line(
                line.text,
                visual=line.evidence > 0 if line.evidence else visual_by_default,
                rtl=rtl,
                continued=continues or index > 0,
            )
            for index, line in enumerate(box)
        ]
        text = _SPACES.sub(" ", " ".join(line.strip() for line in lines if line.strip())).strip()
        if not text:
            continue
        if continues:
            texts[-1] = f"{texts[-1]} {text}"
        else:
            texts.append(text)
    blocks = [Block(text) for text in texts]
    if not blocks:
        raise NoTextLayerError(source, SCANNED_REASON)
    return RawText(source=source, format="pdf", blocks=tuple(blocks), title=title)


def _widest_lines(boxes: list[tuple[bool, list[_Line]]]) -> list[float]:
    """Per page, the width of its widest line, or 0 for a page of fewer than two lines."""
    pages: list[list[float]] = []
    for first_on_page, box in boxes:
        if first_on_page:
            pages.append([])
        pages[-1].extend(line.width for line in box)
    return [max(widths) if len(widths) > 1 else 0.0 for widths in pages]


def _runs_over(box: list[_Line], text: str, widest: float) -> bool:
    """Whether a page's last paragraph runs on to the next page.

    It does when it stops inside a sentence (a letter, digit or comma last) on a full line (as
    wide as the page's widest), the way a line broken only because the page ended is; a short
    last line (a heading, the end of a paragraph) does not run over.
    """
    last = text[-1]
    if not box or not widest or not (last.isalnum() or last in _MID_SENTENCE):
        return False
    return box[-1].width >= _FULL_LINE * widest


def _box_is_rtl(lines: list[_Line]) -> bool | None:
    """Whether a text box reads right to left; None when it has no letters.

    By the rule that calls a paragraph Arabic (`desktop.core.language`), so that a paragraph laid
    out right to left, Nashra's own exports included, is read back that way.
    """
    text = "".join(line.text for line in lines)
    if not any(char.isalpha() for char in text):
        return None
    return detect_language(text, default=ENGLISH) == ARABIC


def _text_boxes(page: LTPage) -> list[LTTextBox]:
    return [element for element in page if isinstance(element, LTTextBox)]


def _box_lines(box: LTTextBox) -> list[_Line]:
    lines: list[_Line] = []
    for line in box:
        if not isinstance(line, LTTextLine):
            continue
        text = _UNMAPPED_GLYPH.sub("", line.get_text()).replace("\n", "")
        chars = [(char.get_text(), float(char.x0)) for char in line if isinstance(char, LTChar)]
        lines.append(_Line(text, chars, float(line.width)))
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
