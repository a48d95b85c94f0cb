"""Markdown (CommonMark with a GitHub pipe table for the bilingual kind).

Markdown has no way to say which way a paragraph reads; renderers that matter (GitHub, GitLab,
Obsidian, pandoc to HTML with `dir=auto`) pick the direction per paragraph from its first strong
letter, which is right for Arabic paragraphs, so the text stays plain Markdown rather than wrapped
in raw HTML.

Article text is escaped so that a stray `*`, `_`, `[` or a line starting with "1." or "#" reads as
written instead of turning into emphasis, links, lists or headings.
"""

from __future__ import annotations

import re

from desktop.core.document import BlockKind
from desktop.core.export.content import (
    LANGUAGE_NAMES,
    BilingualRow,
    ExportBlock,
    ExportContent,
    ExportKind,
    grouped_blocks,
)

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<~])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# An ATX heading mark, a quote, a bullet or a thematic break at the start of a line.
_BLOCK_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[+-](?=\s|$)|-(?=--))")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")
_CLOSING_HASHES = re.compile(r"(#+)$")
_MAX_HEADING = 6


def escape_inline(text: str) -> str:
    """Backslash-escape what CommonMark would read as markup anywhere in a line."""
    return _ENTITY_LIKE.sub(r"\\&", _INLINE_SPECIAL.sub(r"\\\1", text))


def escape_line(text: str) -> str:
    """Escape a whole paragraph line, including what only counts at the start of a line."""
    text = escape_inline(text)
    text = _BLOCK_START.sub(r"\\\1", text)
    return _ORDERED_START.sub(r"\1\\\2", text)


def escape_cell(text: str) -> str:
    """Escape a table cell: pipes would end the cell early."""
    return escape_inline(text).replace("|", r"\|")


def render_markdown(content: ExportContent) -> str:
    """The export as Markdown, ending with a newline."""
    if content.kind is ExportKind.BILINGUAL:
        return _bilingual_table(content)
    parts = [
        _group_markdown(group)
        for section in content.sections
        for group in grouped_blocks(section.blocks)
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def _group_markdown(group: list[ExportBlock]) -> str:
    first = group[0]
    if first.kind is BlockKind.LIST_ITEM:
        return "\n".join("- " + escape_line(block.text) for block in group if block.text)
    if first.kind is BlockKind.HEADING and first.text:
        return _heading(first.text, first.level)
    return escape_line(first.text)


def _heading(text: str, level: int) -> str:
    """An ATX heading; trailing hashes are escaped, else CommonMark drops them as a closing run."""
    marks = "#" * max(1, min(_MAX_HEADING, level))
    body = _CLOSING_HASHES.sub(lambda match: "\\#" * len(match.group(1)), escape_inline(text))
    return f"{marks} {body}"


def _bilingual_table(content: ExportContent) -> str:
    original = LANGUAGE_NAMES.get(content.original_language, content.original_language)
    translation = LANGUAGE_NAMES.get(content.translation_language, content.translation_language)
    lines = [f"| {original} | {translation} |", "| --- | --- |"]
    lines.extend(_bilingual_row(row) for row in content.rows)
    return "\n".join(lines) + "\n"


def _bilingual_row(row: BilingualRow) -> str:
    """A table row; heading rows in bold, since a pipe table cannot hold a real heading."""
    original, translation = escape_cell(row.original), escape_cell(row.translation)
    if row.heading_level:
        original = f"**{original}**" if original else original
        translation = f"**{translation}**" if translation else translation
    return f"| {original} | {translation} |"
