"""Word documents (DOCX) through python-docx.

Headings are found by their paragraph style (Word writes the built-in "heading N" style names in
English whatever the interface language) or by an explicit outline level; list items by a list
style or by list numbering. Tables are read cell by cell in the body's order.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from typing import Any

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop.core.document import Block, BlockKind, RawText

logger = logging.getLogger(__name__)

_HEADING_STYLE = re.compile(r"heading\s*([1-9])", re.IGNORECASE)
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load_docx_bytes(data: bytes, source: str) -> RawText:
    """Read a DOCX file's paragraphs, headings, list items and table cells in reading order.

    Any exception here means a broken file; the caller turns it into a CorruptFileError.
    """
    document = docx.Document(io.BytesIO(data))
    blocks: list[Block] = []
    styled_title: str | None = None
    for paragraph in _paragraphs(document.iter_inner_content()):
        text = paragraph.text.strip()
        if not text:
            continue
        kind, level = _kind(paragraph)
        if _style_name(paragraph).lower() == "title":
            styled_title = styled_title or text
            kind, level = BlockKind.HEADING, 1
        blocks.append(Block(text, kind, level))
    title = (document.core_properties.title or "").strip() or styled_title
    return RawText(source=source, format="docx", blocks=tuple(blocks), title=title)


def _paragraphs(items: Iterator[Any]) -> Iterator[Paragraph]:
    """Every paragraph in order, descending into table cells (merged cells only once)."""
    for item in items:
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            seen: set[Any] = set()  # holding the elements keeps lxml's proxies (and hashes) stable
            for row in item.rows:
                for cell in row.cells:
                    if cell._tc in seen:
                        continue
                    seen.add(cell._tc)
                    yield from _paragraphs(cell.iter_inner_content())


def _style_name(paragraph: Paragraph) -> str:
    style = paragraph.style
    return str(style.name) if style is not None and style.name else ""


def _kind(paragraph: Paragraph) -> tuple[BlockKind, int]:
    name = _style_name(paragraph)
    match = _HEADING_STYLE.fullmatch(name.strip())
    if match:
        return BlockKind.HEADING, int(match.group(1))
    outline = _outline_level(paragraph)
    if outline is not None:
        return BlockKind.HEADING, outline
    if name.lower().startswith("list") or _has_numbering(paragraph):
        return BlockKind.LIST_ITEM, 0
    return BlockKind.PARAGRAPH, 0


def _outline_level(paragraph: Paragraph) -> int | None:
    """The heading level set directly on the paragraph (custom heading styles use this)."""
    ppr = paragraph._p.pPr
    if ppr is None:
        return None
    outline = ppr.find(f"{_W_NS}outlineLvl")
    if outline is None:
        return None
    value = outline.get(f"{_W_NS}val", "")
    # Level 9 means "body text" in Word.
    return int(value) + 1 if value.isdigit() and int(value) < 9 else None


def _has_numbering(paragraph: Paragraph) -> bool:
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.find(f"{_W_NS}numPr") is not None
