"""Word documents (DOCX) through python-docx.

Headings are found by their paragraph style (Word writes the built-in "heading N" style names in
English whatever the interface language) or by an explicit outline level; list items by a list
style or by list numbering. Tables are read cell by cell in the body's order.

The title is the first paragraph when it is styled Title; else the core properties' title (unless
it is a placeholder such as "Microsoft Word - x.doc"); else the first paragraph when it is a
heading. A Title-styled paragraph in the middle is a heading, not the document's name. Footnotes
and endnotes keep their mark in the sentence ("[1]", "[i]") and their text comes after the body
as notes; table-of-contents paragraphs (styles "TOC 1", ...) are front matter.
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
from lxml import etree

from desktop.core.document import Block, BlockKind, Matter, RawText

logger = logging.getLogger(__name__)

_HEADING_STYLE = re.compile(r"heading\s*([1-9])", re.IGNORECASE)
_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def load_docx_bytes(data: bytes, source: str) -> RawText:
    """Read a DOCX file's paragraphs, headings, list items and table cells in reading order.

    Any exception here means a broken file; the caller turns it into a CorruptFileError.
    """
    document = docx.Document(io.BytesIO(data))
    marks = _NoteMarks()
    blocks: list[Block] = []
    first_is_title = first_is_styled_title = False
    for paragraph in _paragraphs(document.iter_inner_content()):
        text = _paragraph_text(paragraph, marks).strip()
        if not text:
            continue
        kind, level = _kind(paragraph)
        style = _style_name(paragraph).lower()
        if style == "title":
            kind, level = BlockKind.HEADING, 1
        if not blocks:
            first_is_styled_title = style == "title"
            first_is_title = first_is_styled_title or kind is BlockKind.HEADING
        matter = Matter.FRONT if _TOC_STYLE.match(style) else Matter.BODY
        blocks.append(Block(text, kind, level, matter=matter))
    declared = (document.core_properties.title or "").strip()
    title: str | None
    if first_is_styled_title:
        title = blocks[0].text
    elif declared and not _PLACEHOLDER_TITLE.search(declared):
        title = declared
    else:
        title = blocks[0].text if first_is_title else None
    blocks.extend(_notes(document, marks))
    return RawText(source=source, format="docx", blocks=tuple(blocks), title=title)


# What Word and converters leave in the title property when nobody set one.
_PLACEHOLDER_TITLE = re.compile(
    r"^microsoft \w+ - |\.(docx?|rtf|odt|pdf)$|^(untitled|document\d*)$", re.I
)
_TOC_STYLE = re.compile(r"^(?:toc|table of contents|toc heading)\b")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOTE_PARTS = (
    ("footnotes", f"{_W}footnote", f"{_W}footnoteReference"),
    ("endnotes", f"{_W}endnote", f"{_W}endnoteReference"),
)


class _NoteMarks:
    """The mark each referenced note gets, in the order the body refers to them."""

    def __init__(self) -> None:
        self.footnotes: dict[str, str] = {}
        self.endnotes: dict[str, str] = {}

    def mark(self, tag: str, note_id: str) -> str:
        if tag == f"{_W}footnoteReference":
            return self.footnotes.setdefault(note_id, str(len(self.footnotes) + 1))
        return self.endnotes.setdefault(note_id, _roman(len(self.endnotes) + 1))


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def _paragraph_text(paragraph: Paragraph, marks: _NoteMarks) -> str:
    """The paragraph's text with a note's mark where the body refers to it.

    python-docx's ``paragraph.text`` leaves note references out, which glues nothing but loses
    the place of the note; the runs are read here in order instead.
    """
    parts: list[str] = []
    for element in paragraph._p.iter():
        tag = element.tag
        if tag == f"{_W}t":
            parts.append(element.text or "")
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
            parts.append(" ")
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
            parts.append(f"[{marks.mark(tag, element.get(f'{_W}id', ''))}]")
    return "".join(parts)


def _notes(document: Any, marks: _NoteMarks) -> list[Block]:
    """The referenced footnotes, then endnotes, as notes marked like their references."""
    blocks: list[Block] = []
    for part_name, note_tag, _reference in _NOTE_PARTS:
        numbers = marks.footnotes if part_name == "footnotes" else marks.endnotes
        if not numbers:
            continue
        texts = _note_texts(document, part_name, note_tag)
        for note_id, mark in numbers.items():
            text = " ".join(texts.get(note_id, "").split())
            if text:
                blocks.append(Block(f"[{mark}] {text}", BlockKind.NOTE))
    return blocks


def _note_texts(document: Any, part_name: str, note_tag: str) -> dict[str, str]:
    for relationship in document.part.rels.values():
        if relationship.reltype.endswith(f"/{part_name}") and not relationship.is_external:
            root = etree.fromstring(
                relationship.target_part.blob, etree.XMLParser(resolve_entities=False)
            )
            return {
                note.get(f"{_W}id", ""): " ".join(
                    "".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")
                )
                for note in root.iter(note_tag)
            }
    return {}


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
