"""Blocks from an (X)HTML element tree: EPUB chapters, and pages without a clear main article.

HTML mixes block and inline content freely (``<div>text<p>more</p>tail</div>``); walking the
tree and cutting a paragraph at every block-level element keeps the reading order and never glues
a heading to the paragraph after it. EPUB marks notes (``epub:type="footnote"``, "endnote",
"rearnote") and the links to them ("noteref"): the link stays as "[1]" in its sentence and the
note's text is collected apart, to come after the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from desktop.core.document import Block, BlockKind, Matter

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
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"
_NOTE_TYPES = frozenset({"footnote", "endnote", "rearnote", "note"})
FRONT_TYPES = frozenset(
    {"toc", "titlepage", "halftitlepage", "copyright-page", "dedication", "epigraph",
     "frontmatter", "cover", "landmarks", "loi", "lot", "imprint", "acknowledgments",
     "imprimatur", "contributors", "other-credits", "errata", "seriespage"}
)  # fmt: skip
BACK_TYPES = frozenset(
    {"bibliography", "index", "glossary", "backmatter", "colophon", "appendix", "endnotes",
     "rearnotes", "footnotes"}
)  # fmt: skip
_BODY_TYPES = frozenset({"bodymatter", "chapter", "part", "division", "volume"})


def matter_of(element: etree._Element, inherited: Matter) -> Matter:
    """The matter an element's ``epub:type`` declares for its content, else the inherited one."""
    types = epub_types(element)
    if types & FRONT_TYPES:
        return Matter.FRONT
    if types & BACK_TYPES:
        return Matter.BACK
    if types & _BODY_TYPES:
        return Matter.BODY
    return inherited


def epub_types(element: etree._Element) -> set[str]:
    """The element's ``epub:type`` tokens (also read from a plain ``type`` or ``role``)."""
    value = element.get(EPUB_TYPE) or ""
    role = element.get("role") or ""
    return set(value.split()) | {token.removeprefix("doc-") for token in role.split()}


def local_name(element: etree._Element) -> str:
    """The tag without its namespace, lower-cased; empty for comments and processing steps."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    if tag.startswith("{"):
        return tag.rsplit("}", 1)[1].lower()
    return tag.rsplit(":", 1)[-1].lower()  # "fb:share-button" from the HTML parser: no namespace


@dataclass
class _Collector:
    blocks: list[Block] = field(default_factory=list)
    notes: list[Block] = field(default_factory=list)

    def flush(self, parts: list[str], kind: BlockKind, level: int, matter: Matter) -> None:
        text = _SPACES.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            self.blocks.append(Block(text, kind, level, matter=matter))

    def walk(self, element: etree._Element, matter: Matter = Matter.BODY) -> None:
        matter = matter_of(element, matter)
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
            elif epub_types(child) & _NOTE_TYPES and child_name != "a":
                self.flush(parts, kind, level, matter)
                text = _SPACES.sub(" ", inline_text(child)).strip()
                if text:
                    self.notes.append(Block(text, BlockKind.NOTE))
            elif child_name in BLOCK_TAGS:
                self.flush(parts, kind, level, matter)
                self.walk(child, matter)
            elif child_name == "br":
                parts.append(" ")
            else:
                parts.append(inline_text(child))
            parts.append(child.tail or "")
        self.flush(parts, kind, level, matter)


def inline_text(element: etree._Element) -> str:
    """All text inside an inline element, skipping scripts and styles; a note reference as
    "[mark]"."""
    parts: list[str] = [element.text or ""]
    for child in element:
        child_name = local_name(child)
        if child_name and child_name not in SKIPPED_TAGS:
            if child_name == "br":
                parts.append(" ")
            elif "noteref" in epub_types(child):
                mark = _SPACES.sub("", inline_text(child)).strip("[]()")
                parts.append(f"[{mark}]")
            else:
                parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def blocks_from_tree(root: etree._Element) -> list[Block]:
    """Paragraph, heading and list-item blocks of a document's body in reading order (notes
    last)."""
    body, notes = blocks_and_notes(root)
    return body + notes


def blocks_and_notes(
    root: etree._Element, matter: Matter = Matter.BODY
) -> tuple[list[Block], list[Block]]:
    """The body's blocks in reading order (with the matter their sections declare, `matter`
    where they declare none), and its notes apart."""
    html = next((el for el in root.iter() if local_name(el) == "html"), None)
    if html is not None:
        matter = matter_of(html, matter)
    body = next((el for el in root.iter() if local_name(el) == "body"), root)
    collector = _Collector()
    collector.walk(body, matter)
    return collector.blocks, collector.notes


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
