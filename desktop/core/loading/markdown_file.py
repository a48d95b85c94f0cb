"""Markdown files: blocks from markdown-it's token stream.

Markdown's syntax has too many corners (setext headings, lazy continuation lines, nested lists,
code fences holding "#" lines) for regular expressions; the parser's tokens say exactly which
text is a heading, a list item or a paragraph.
"""

from __future__ import annotations

import logging

from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.core.document import Block, BlockKind, RawText
from desktop.core.loading.encoding import decode_bytes
from desktop.core.loading.text_file import split_blocks

logger = logging.getLogger(__name__)

_INLINE_TEXT = frozenset({"text", "code_inline"})
_BREAKS = frozenset({"softbreak", "hardbreak"})
_NO_NESTING_LIMIT = 1_000_000


def load_markdown_bytes(data: bytes, source: str) -> RawText:
    """Decode a Markdown file and split it into blocks.

    Raises:
        NotTextError: the bytes are not text.
    """
    text, encoding = decode_bytes(data)
    try:
        blocks = markdown_blocks(text)
    except RecursionError:  # nesting in the hundreds: hostile or broken, but the text is there
        logger.info("%s: Markdown nested too deeply to parse; reading it as plain text", source)
        blocks = split_blocks(text)
    return RawText(source=source, format="markdown", blocks=blocks, encoding=encoding)


def markdown_blocks(text: str) -> tuple[Block, ...]:
    """Headings with their level, list items and paragraphs (table cells too) in reading order.

    Code blocks are kept as paragraphs: they are part of what the author wrote, and dropping text
    silently is worse than translating a line of code.
    """
    # markdown-it silently drops whatever is nested deeper than maxNesting (20 in CommonMark
    # mode: a quote in a quote ... or a list 10 levels deep); no limit, so no text is lost.
    parser = MarkdownIt("commonmark", {"maxNesting": _NO_NESTING_LIMIT}).enable("table")
    blocks: list[Block] = []
    heading_level = 0
    list_depth = 0
    for token in parser.parse(text):
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "inline":
            content = _inline_text(token).strip()
            if not content:
                continue
            if heading_level:
                blocks.append(Block(content, BlockKind.HEADING, heading_level))
            elif list_depth:
                blocks.append(Block(content, BlockKind.LIST_ITEM))
            else:
                blocks.append(Block(content))
        elif token.type in ("fence", "code_block"):
            blocks.extend(Block(line) for line in token.content.splitlines() if line.strip())
    return tuple(blocks)


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in _INLINE_TEXT:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)  # the alt text
    return "".join(parts)
