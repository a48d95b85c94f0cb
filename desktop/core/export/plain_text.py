"""Plain text: for the clipboard, e-mail and any editor.

Paragraphs are single lines separated by a blank line, so the text re-flows wherever it is pasted.
Files are UTF-8 without a byte-order mark and with "\\n" line endings: every current editor,
Windows Notepad included (since 2019), reads that as UTF-8, while a BOM would leak into tools that
concatenate or grep the file.
"""

from __future__ import annotations

from desktop.core.document import BlockKind
from desktop.core.export.content import (
    BilingualRow,
    ExportBlock,
    ExportContent,
    ExportKind,
    grouped_blocks,
)

LIST_MARK = "- "

# Heading pairs in the bilingual text are underlined so they stand out from sentence pairs.
_RULE_MAX = 72


def render_plain_text(content: ExportContent) -> str:
    """The export as plain text, ending with a newline."""
    if content.kind is ExportKind.BILINGUAL:
        parts = [_bilingual_pair(row) for row in content.rows]
    else:
        parts = [
            _group_text(group)
            for section in content.sections
            for group in grouped_blocks(section.blocks)
        ]
    return "\n\n".join(part for part in parts if part) + "\n"


def _group_text(group: list[ExportBlock]) -> str:
    if group[0].kind is BlockKind.LIST_ITEM:
        return "\n".join(LIST_MARK + block.text for block in group)
    return group[0].text


def _bilingual_pair(row: BilingualRow) -> str:
    """The sentence above its translation; a heading pair gets a rule under it."""
    pair = f"{row.original}\n{row.translation}"
    if not row.heading_level:
        return pair
    width = max(3, min(_RULE_MAX, max(len(row.original), len(row.translation))))
    return f"{pair}\n{('=' if row.heading_level == 1 else '-') * width}"
