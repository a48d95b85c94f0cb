"""OpenDocument text (ODT) through odfpy.

ODF marks structure explicitly: ``text:h`` carries its outline level, lists are ``text:list``
elements, tables ``table:table``. Walking the body in document order gives the reading order;
odfpy's teletype turns ``text:s``/``text:tab``/``text:line-break`` back into spaces.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from odf import teletype
from odf.namespaces import DCNS, TABLENS, TEXTNS
from odf.opendocument import load

from desktop.core.document import Block, BlockKind, RawText

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
    }
)


def load_odt_bytes(data: bytes, source: str) -> RawText:
    """Read an ODT file's headings, paragraphs, list items and table cells in reading order.

    Any exception here means a broken file; the caller turns it into a CorruptFileError.
    """
    document = load(io.BytesIO(data))
    blocks: list[Block] = []
    _walk(document.text, blocks, in_list=False)
    return RawText(source=source, format="odt", blocks=tuple(blocks), title=_title(document))


def _walk(element: Any, blocks: list[Block], *, in_list: bool) -> None:
    for child in element.childNodes:
        qname = getattr(child, "qname", None)
        if qname is None:
            continue
        if qname == (TEXTNS, "h"):
            text = _text(child)
            if text:
                level = _int(child.getAttrNS(TEXTNS, "outline-level"), default=1)
                blocks.append(Block(text, BlockKind.HEADING, level))
        elif qname == (TEXTNS, "p"):
            text = _text(child)
            if text:
                blocks.append(Block(text, BlockKind.LIST_ITEM if in_list else BlockKind.PARAGRAPH))
        elif qname == (TEXTNS, "list-item"):
            _walk(child, blocks, in_list=True)
        elif qname in _CONTAINERS:
            _walk(child, blocks, in_list=in_list and qname[1] != "table")


def _text(element: Any) -> str:
    return str(teletype.extractText(element)).strip()


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
