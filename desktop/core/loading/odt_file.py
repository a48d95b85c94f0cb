"""OpenDocument text (ODT) through odfpy.

ODF marks structure explicitly: ``text:h`` carries its outline level, lists are ``text:list``
elements, tables ``table:table``. Walking the body in document order gives the reading order.
A note (``text:note``) sits inside the paragraph that refers to it: its citation stays there as
"[1]" and its body comes after the document as a note, instead of being glued into the sentence
as odfpy's teletype would. Tables of contents and indexes are front and back matter.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from odf import teletype
from odf.namespaces import DCNS, TABLENS, TEXTNS
from odf.opendocument import load

from desktop.core.document import Block, BlockKind, Matter, RawText

logger = logging.getLogger(__name__)

_CONTAINERS = frozenset(
    {
        (TEXTNS, "section"),
        (TEXTNS, "list"),
        (TEXTNS, "list-header"),
        (TABLENS, "table"),
        (TABLENS, "table-header-rows"),
        (TABLENS, "table-rows"),
        (TABLENS, "table-row"),
        (TABLENS, "table-cell"),
        (TEXTNS, "index-body"),
        (TEXTNS, "table-of-content"),
        (TEXTNS, "alphabetical-index"),
        (TEXTNS, "bibliography"),
        (TEXTNS, "illustration-index"),
        (TEXTNS, "table-index"),
    }
)
_MATTER = {
    "table-of-content": Matter.FRONT,
    "illustration-index": Matter.FRONT,
    "table-index": Matter.FRONT,
    "alphabetical-index": Matter.BACK,
    "bibliography": Matter.BACK,
}


def load_odt_bytes(data: bytes, source: str) -> RawText:
    """Read an ODT file's headings, paragraphs, list items and table cells in reading order.

    Any exception here means a broken file; the caller turns it into a CorruptFileError.
    """
    document = load(io.BytesIO(data))
    blocks: list[Block] = []
    notes: list[Block] = []
    _walk(document.text, blocks, notes, in_list=False, matter=Matter.BODY)
    return RawText(source=source, format="odt", blocks=(*blocks, *notes), title=_title(document))


def _walk(
    element: Any, blocks: list[Block], notes: list[Block], *, in_list: bool, matter: Matter
) -> None:
    for child in element.childNodes:
        qname = getattr(child, "qname", None)
        if qname is None:
            continue
        if qname == (TEXTNS, "h"):
            text = _paragraph_text(child, notes)
            if text:
                level = _int(child.getAttrNS(TEXTNS, "outline-level"), default=1)
                blocks.append(Block(text, BlockKind.HEADING, level, matter=matter))
        elif qname == (TEXTNS, "p"):
            text = _paragraph_text(child, notes)
            if text:
                kind = BlockKind.LIST_ITEM if in_list else BlockKind.PARAGRAPH
                blocks.append(Block(text, kind, matter=matter))
        elif qname == (TEXTNS, "list-item"):
            _walk(child, blocks, notes, in_list=True, matter=matter)
        elif qname in _CONTAINERS:
            inner = _MATTER.get(qname[1], matter)
            _walk(child, blocks, notes, in_list=in_list and qname[1] != "table", matter=inner)


def _paragraph_text(element: Any, notes: list[Block]) -> str:
    """A paragraph's text with each note's citation in brackets; the notes go to `notes`."""
    parts: list[str] = []
    _inline(element, parts, notes)
    return " ".join("".join(parts).split())


def _inline(element: Any, parts: list[str], notes: list[Block]) -> None:
    for child in element.childNodes:
        qname = getattr(child, "qname", None)
        if qname is None:  # a text node
            parts.append(str(getattr(child, "data", "")))
        elif qname == (TEXTNS, "note"):
            citation = body = ""
            for part in child.childNodes:
                name = getattr(part, "qname", None)
                if name == (TEXTNS, "note-citation"):
                    citation = _text(part)
                elif name == (TEXTNS, "note-body"):
                    body = " ".join(_text(p) for p in part.childNodes if _text(p))
            parts.append(f"[{citation}]")
            if body:
                notes.append(Block(f"[{citation}] {body}", BlockKind.NOTE))
        elif qname == (TEXTNS, "s"):
            parts.append(" " * _int(child.getAttrNS(TEXTNS, "c"), default=1))
        elif qname in ((TEXTNS, "tab"), (TEXTNS, "line-break")):
            parts.append(" ")
        else:
            _inline(child, parts, notes)


def _text(element: Any) -> str:
    return " ".join(str(teletype.extractText(element)).split())


def _int(value: Any, *, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _title(document: Any) -> str | None:
    """The title stored in the document's metadata (File > Properties in LibreOffice)."""
    for child in document.meta.childNodes:
        if getattr(child, "qname", None) == (DCNS, "title"):
            title = _text(child)
            return title or None
    return None
