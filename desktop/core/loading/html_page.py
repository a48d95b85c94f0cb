"""Saved web pages: the article's text and title without menus, teasers and comments.

trafilatura finds the main content of a news page far better than walking the whole page, and it
works on the string we hand it: it is never given a URL, so it cannot fetch anything. Its XML
output keeps headings, lists and tables apart, which its plain-text output flattens.
"""

from __future__ import annotations

import logging
import re
import warnings

import lxml.html
import trafilatura
from lxml import etree

from desktop.core.document import Block, BlockKind, RawText
from desktop.core.loading.encoding import decode_bytes
from desktop.core.loading.flat_html import flat_blocks
from desktop.core.loading.xhtml_blocks import blocks_from_tree, inline_text, title_from_tree

logger = logging.getLogger(__name__)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_HEAD_LEVEL = re.compile(r"h([1-6])")
_SPACES = re.compile(r"\s+")
_DEPTH_LIMIT = "Excessive depth"  # libxml2's message when nesting passes its limit


def declared_charset(data: bytes) -> str | None:
    """The encoding a page names in its ``<meta>`` tags or XML declaration.

    Browsers only look at the start of the page for it; so do we.
    """
    head = data[:4096]
    match = _XML_ENCODING.match(head.lstrip()) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def load_html_bytes(data: bytes, source: str) -> RawText:
    """Decode a saved page honouring its declared charset and extract the article.

    Raises:
        NotTextError: the bytes are not text.
    """
    declared = declared_charset(data)
    html, encoding = decode_bytes(data, declared=declared)
    blocks, title = extract_article(html)
    return RawText(
        source=source, format="html", blocks=tuple(blocks), title=title, encoding=encoding
    )


def extract_article(html: str) -> tuple[list[Block], str | None]:
    """The article's blocks and title; the whole page's text when no article stands out.

    Small pages (a letter saved as HTML) fall below trafilatura's minimum article size; for those
    every paragraph of the body is the article. Pages nested too deeply for libxml2 (which then
    returns an empty tree, for trafilatura too) are read by a flat pass instead.
    """
    page, too_deep = _parse_page(html)
    if too_deep:
        logger.info("the page is nested too deeply for a tree; reading it flat")
        return flat_blocks(html)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        xml = trafilatura.extract(
            html,
            output_format="xml",
            include_comments=False,
            include_tables=True,
            include_formatting=False,
            include_images=False,
            include_links=False,
            with_metadata=True,
        )
    page_title = title_from_tree(page) if page is not None else None
    if xml:
        doc = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False))
        blocks = _blocks_from_trafilatura(doc)
        title = (doc.get("title") or "").strip() or page_title
        if blocks:
            return blocks, title
    logger.info("no main article found; using the whole page")
    if page is None:
        return [], page_title
    return blocks_from_tree(page), page_title


def _parse_page(html: str) -> tuple[etree._Element | None, bool]:
    """The page's tree, and whether libxml2 gave up on its depth (the tree is then empty)."""
    # lxml refuses str input that carries an encoding declaration; the text is decoded already.
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True)
    try:
        page = lxml.html.fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        page = None
    too_deep = any(_DEPTH_LIMIT in entry.message for entry in parser.error_log)
    return page, too_deep


def _blocks_from_trafilatura(doc: etree._Element) -> list[Block]:
    main = doc.find("main")
    if main is None:
        return []
    blocks: list[Block] = []
    _walk(main, blocks)
    return blocks


def _walk(element: etree._Element, blocks: list[Block]) -> None:
    """Turn trafilatura's XML elements (p, head, list/item, table/row/cell, quote) into blocks."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("list", "table", "row", "quote", "div"):
            _walk(child, blocks)
            continue
        if tag in ("graphic", "ref", ""):
            continue
        text = _SPACES.sub(" ", inline_text(child)).strip()
        if not text:
            continue
        if tag == "head":
            level_match = _HEAD_LEVEL.fullmatch(child.get("rend") or "")
            level = int(level_match.group(1)) if level_match else 2
            blocks.append(Block(text, BlockKind.HEADING, level))
        elif tag == "item":
            blocks.append(Block(text, BlockKind.LIST_ITEM))
        else:
            blocks.append(Block(text))
