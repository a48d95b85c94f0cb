"""Blocks from an (X)HTML element tree: EPUB chapters, and pages without a clear main article.

HTML mixes block and inline content freely (``<div>text<p>more</p>tail</div>``); walking the
tree and cutting a paragraph at every block-level element keeps the reading order and never glues
a heading to the paragraph after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from desktop.core.document import Block, BlockKind

HEADINGS = {f"h{level}": level for level in range(1, 7)}
BLOCK_TAGS = frozenset(
    {
        *HEADINGS,
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div",
        "dl", "dt", "figcaption", "figure", "footer", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
        "ul", "html",
    }
)  # fmt: skip
SKIPPED_TAGS = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "math", "button", "form", "select"}
)
_SPACES = re.compile(r"\s+")


def local_name(element: etree._Element) -> str:
    """The tag without its namespace, lower-cased; empty for comments and processing steps."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return str(etree.QName(tag).localname).lower()


@dataclass
class _Collector:
    blocks: list[Block] = field(default_factory=list)

    def flush(self, parts: list[str], kind: BlockKind, level: int) -> None:
        text = _SPACES.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            self.blocks.append(Block(text, kind, level))

    def walk(self, element: etree._Element) -> None:
        name = local_name(element)
        kind, level = BlockKind.PARAGRAPH, 0
        if name in HEADINGS:
            kind, level = BlockKind.HEADING, HEADINGS[name]
        elif name == "li":
            kind = BlockKind.LIST_ITEM
        parts: list[str] = [element.text or ""]
        for child in element:
            child_name = local_name(child)
            if child_name in SKIPPED_TAGS or not child_name:
                pass
            elif child_name in BLOCK_TAGS:
                self.flush(parts, kind, level)
                self.walk(child)
            elif child_name == "br":
                parts.append(" ")
            else:
                parts.append(inline_text(child))
            parts.append(child.tail or "")
        self.flush(parts, kind, level)


def inline_text(element: etree._Element) -> str:
    """All text inside an inline element, skipping scripts and styles."""
    parts: list[str] = [element.text or ""]
    for child in element:
        child_name = local_name(child)
        if child_name and child_name not in SKIPPED_TAGS:
            parts.append(" " if child_name == "br" else inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def blocks_from_tree(root: etree._Element) -> list[Block]:
    """Paragraph, heading and list-item blocks of a document's body in reading order."""
    body = next((el for el in root.iter() if local_name(el) == "body"), root)
    collector = _Collector()
    collector.walk(body)
    return collector.blocks


def title_from_tree(root: etree._Element) -> str | None:
    """The text of the document's ``<title>`` in its head (not an SVG's title in the body)."""
    head = next((el for el in root.iter() if local_name(el) == "head"), None)
    if head is None:
        return None
    for element in head.iter():
        if local_name(element) == "title":
            text = _SPACES.sub(" ", inline_text(element)).strip()
            return text or None
    return None
