"""Saved web pages: the article's text and title without menus, teasers and comments.

trafilatura finds the main content of a news page far better than walking the whole page, and it
works on the string we hand it: it is never given a URL, so it cannot fetch anything. Its XML
output keeps headings, lists and tables apart, which its plain-text output flattens; but its XML
output drops a standfirst set in a ``div`` of its own that its text output keeps, so the two are
compared and a lead only the text has is put back before the body. A paragraph the page broke
with ``<br>`` after each sentence is split back there, and the site's name is cut from the title
("… - اليوم السابع", "المدينة نيوز - …").
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
        sitename = (doc.get("sitename") or "").strip() or None
        title = without_site_name((doc.get("title") or "").strip() or page_title, sitename)
        if blocks:
            blocks = _with_lead(blocks, _text_output(html))
            if page is not None:
                blocks = _with_standfirst(blocks, page)
            return blocks, title
    logger.info("no main article found; using the whole page")
    if page is None:
        return [], without_site_name(page_title, None)
    return blocks_from_tree(page), without_site_name(page_title, None)


_TITLE_SEPARATORS = re.compile(r"\s+[-–—|:»«·•]{1,2}\s+")
_SITE_NAME_WORDS = 3  # a part this short beside one longer by three words is the site's name


def without_site_name(title: str | None, sitename: str | None) -> str | None:
    """The title without the site's name pages put before or after it.

    The name is the part the page declares as its site name (``og:site_name``), or else a
    short part (a few words) at either end beside a much longer one.
    """
    if not title:
        return title
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(title) if part.strip()]
    if len(parts) < 2:
        return title
    if sitename:
        site = _SPACES.sub(" ", sitename).strip().casefold()
        kept = [part for part in parts if part.casefold() != site]
        if len(kept) < len(parts) and kept:
            return " - ".join(kept)
    words = [len(part.split()) for part in parts]
    longest = max(words)
    for end in (0, len(parts) - 1):
        if words[end] <= _SITE_NAME_WORDS and longest >= words[end] + 3:
            rest = parts[1:] if end == 0 else parts[:-1]
            return " - ".join(rest)
    return title


def _text_output(html: str) -> list[str]:
    """trafilatura's plain-text output, one paragraph a line."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=True
        )
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


_LEAD_WORDS = 6


def _with_lead(blocks: list[Block], text_lines: list[str]) -> list[Block]:
    """`blocks` with the lead paragraphs only the text output has put back in their place.

    Only what comes before the second paragraph both outputs share is looked at: later lines
    the XML output left out it left out on purpose (and they are not the lead).
    """
    known = {_SPACES.sub(" ", block.text) for block in blocks}
    joined = " ".join(known)
    shared = 0
    lead: list[str] = []
    for line in text_lines:
        line = _SPACES.sub(" ", line)
        if line in known or line in joined:
            shared += 1
            if shared >= 2:
                break
            continue
        if len(line.split()) >= _LEAD_WORDS:
            lead.append(line)
    if not lead:
        return blocks
    logger.info("the lead was left out of trafilatura's XML output; put back from its text")
    first_body = next(
        (i for i, block in enumerate(blocks) if block.kind is not BlockKind.HEADING), len(blocks)
    )
    return blocks[:first_body] + [Block(line) for line in lead] + blocks[first_body:]


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
        if tag == "p" and child.find("lb") is not None:
            blocks.extend(Block(piece) for piece in _split_at_breaks(child))
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


def _with_standfirst(blocks: list[Block], page: etree._Element) -> list[Block]:
    """The standfirst both trafilatura outputs left out: text between the page's headline and
    the first paragraph kept, in an element of its own (a ``div`` of class "lead" or none)."""
    first = next((b for b in blocks if b.kind is not BlockKind.HEADING), None)
    headline = next((b for b in blocks if b.kind is BlockKind.HEADING), None)
    if first is None or headline is None:
        return blocks
    known = {_SPACES.sub(" ", block.text).strip() for block in blocks}
    between: list[str] = []
    seen_headline = False
    for element in page.iter():
        if not isinstance(element.tag, str) or element.tag in _NOT_TEXT:
            continue
        own = _SPACES.sub(" ", inline_text(element)).strip()
        if not seen_headline:
            seen_headline = element.tag in _HEADLINE_TAGS and own == headline.text
            continue
        if _SPACES.sub(" ", first.text).strip() in own or own in known:
            break  # the body starts here (a paragraph split at its breaks holds the first block)
        holds_blocks = any(
            isinstance(child.tag, str) and child.tag in ("div", "p", "section") for child in element
        )
        lead_like = element.tag in ("div", "p", "section", "aside") and not holds_blocks
        if lead_like and len(own.split()) >= _LEAD_WORDS:
            between.append(own)
    if not between:
        return blocks
    at = blocks.index(first)
    return blocks[:at] + [Block(text) for text in between] + blocks[at:]


_HEADLINE_TAGS = frozenset({"h1", "h2"})
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer"})

_SENTENCE_END = re.compile(r"[.!?؟…:»”\")]\s*$")


def _split_at_breaks(paragraph: etree._Element) -> list[str]:
    """A paragraph the page broke with ``<br>`` (trafilatura's ``<lb/>``): a new paragraph
    after each break that follows the end of a sentence; other breaks are spaces."""
    pieces: list[str] = [paragraph.text or ""]
    for child in paragraph:
        if child.tag == "lb":
            pieces.append("")
        else:
            pieces[-1] += inline_text(child)
        pieces[-1] += child.tail or ""
    paragraphs: list[str] = []
    for piece in (_SPACES.sub(" ", piece).strip() for piece in pieces):
        if not piece:
            continue
        if paragraphs and not _SENTENCE_END.search(paragraphs[-1]):
            paragraphs[-1] += " " + piece
        else:
            paragraphs.append(piece)
    return paragraphs
