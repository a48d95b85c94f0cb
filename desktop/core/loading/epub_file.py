"""EPUB books through ebooklib, chapters in spine order.

The spine is the reading order the publisher set; the manifest's order is arbitrary. Each chapter
is XHTML, parsed with lxml with entity resolution and network access switched off, since a
document from anywhere must not make us read local files or fetch URLs.

A chapter that is front or back matter (its ``epub:type``: toc, titlepage, copyright-page,
bibliography, index...; or a file named so, for EPUB 2 books) is marked so: it stays readable
but a summary never chooses it. Footnotes and endnotes come after the body as notes.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from typing import Any

import lxml.html
from ebooklib import epub
from lxml import etree

from desktop.core.document import Block, Matter, RawText
from desktop.core.loading.xhtml_blocks import blocks_and_notes

logger = logging.getLogger(__name__)

_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def load_epub_bytes(data: bytes, source: str) -> RawText:
    """Read an EPUB's chapters in spine order into blocks, with the book's DC title.

    Any exception here means a broken file; the caller turns it into a CorruptFileError.
    """
    with warnings.catch_warnings():
        # ebooklib warns (UserWarning, FutureWarning) about its own future defaults on every read.
        warnings.simplefilter("ignore")
        book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    blocks: list[Block] = []
    notes: list[Block] = []
    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None:
            logger.info("%s: spine names a missing chapter %s", source, idref)
            continue
        if isinstance(item, epub.EpubNav) or item.media_type != "application/xhtml+xml":
            continue  # the table of contents would repeat every heading
        tree = _parse_chapter(item.get_content())
        chapter, chapter_notes = blocks_and_notes(
            tree, _matter_by_name(f"{idref} {item.get_name()}")
        )
        blocks.extend(chapter)
        notes.extend(chapter_notes)
    return RawText(source=source, format="epub", blocks=(*blocks, *notes), title=_title(book))


_FRONT_NAMES = re.compile(
    r"(?:^|[\W_])(?:cover|title|toc|contents|copyright|dedication|imprint)", re.I
)
_BACK_NAMES = re.compile(r"(?:^|[\W_])(?:colophon|index|biblio|glossary|endnotes)", re.I)


def _matter_by_name(names: str) -> Matter:
    """Front or back matter by a chapter's id and file name (EPUB 2 books have no
    ``epub:type``); the chapter's own ``epub:type`` overrides it."""
    if _FRONT_NAMES.search(names):
        return Matter.FRONT
    if _BACK_NAMES.search(names):
        return Matter.BACK
    return Matter.BODY


def _parse_chapter(content: bytes) -> etree._Element:
    """Parse a chapter as XML; fall back to the HTML parser for the many books with sloppy XHTML."""
    try:
        return etree.fromstring(content, _XML_PARSER)
    except etree.XMLSyntaxError:
        parser = lxml.html.HTMLParser(no_network=True)
        return lxml.html.fromstring(content, parser=parser)


def _title(book: Any) -> str | None:
    for value, _attributes in book.get_metadata("DC", "title"):
        title = str(value or "").strip()
        if title:
            return title
    return None
