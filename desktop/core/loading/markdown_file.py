"""Markdown files (and MDX): blocks from markdown-it's token stream.

Markdown's syntax has too many corners (setext headings, lazy continuation lines, nested lists,
code fences holding "#" lines) for regular expressions; the parser's tokens say exactly which
text is a heading, a list item, a paragraph or code. Around the CommonMark core, documentation
sites add:

- front matter, YAML between ``---`` lines or TOML between ``+++`` lines: its ``title`` is the
  document's title, and nothing else of it is text;
- heading ids (``## Start here {#start-here}``) and MDX comments (``{/*start-here*/}``);
- HTML, JSX and MDX tags (``<Intro>``, ``<Sandpack>``): the text between them is prose, the tags
  are not;
- footnotes (``[^1]`` and ``[^1]: note``): the notes are kept after the body, marked "[1]".

Fenced and indented code blocks are code blocks: shown as code, never split into sentences,
translated or summarised.
"""

from __future__ import annotations

import logging
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.core.document import Block, BlockKind, RawText
from desktop.core.loading.encoding import decode_bytes
from desktop.core.loading.text_file import split_blocks

logger = logging.getLogger(__name__)

_INLINE_TEXT = frozenset({"text", "code_inline"})
_BREAKS = frozenset({"softbreak", "hardbreak"})
_NO_NESTING_LIMIT = 1_000_000
_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S)
_TITLE_LINE = re.compile(r"""^title\s*[:=]\s*(?P<q>["']?)(?P<title>.*?)(?P=q)\s*$""", re.M)
# A heading's id at the end of an ATX heading line: "{#start-here}" or MDX's "{/*start-here*/}".
# Taken off the source line, before the parser reads "*start-here*" as emphasis.
_HEADING_ID = re.compile(r"^(#{1,6}[ \t].*?)[ \t]*\{(?:#[\w:.-]+|/\*.*?\*/)\}[ \t]*$", re.M)
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
_TAG = re.compile(r"</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>")
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:[ \t]*(.*(?:\n(?: {4}|\t).*)*)", re.M)
_FOOTNOTE_REFERENCE = re.compile(r"\[\^([^\]\s]+)\]")


def load_markdown_bytes(data: bytes, source: str) -> RawText:
    """Decode a Markdown file and split it into blocks.

    Raises:
        NotTextError: the bytes are not text.
    """
    text, encoding = decode_bytes(data)
    title, text = split_front_matter(text)
    text, notes = _take_footnotes(text)
    text = _HEADING_ID.sub(r"\1", text)
    try:
        blocks = markdown_blocks(text)
    except RecursionError:  # nesting in the hundreds: hostile or broken, but the text is there
        logger.info("%s: Markdown nested too deeply to parse; reading it as plain text", source)
        blocks = split_blocks(text)
    blocks += tuple(Block(f"[{mark}] {note}", BlockKind.NOTE) for mark, note in notes)
    return RawText(source=source, format="markdown", blocks=blocks, title=title, encoding=encoding)


def split_front_matter(text: str) -> tuple[str | None, str]:
    """The front matter's title (YAML ``title: ...`` or TOML ``title = "..."``) and the text
    after the front matter."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text
    title_match = _TITLE_LINE.search(match.group(2))
    title = title_match.group("title").strip() if title_match else None
    return title or None, text[match.end() :]


def _take_footnotes(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Footnote definitions out of the text, and references as "[mark]"."""
    notes: list[tuple[str, str]] = []

    def take(match: re.Match[str]) -> str:
        notes.append((match.group(1), " ".join(match.group(2).split())))
        return ""

    text = _FOOTNOTE_DEFINITION.sub(take, text)
    if notes:
        text = _FOOTNOTE_REFERENCE.sub(r"[\1]", text)
    return text, notes


def markdown_blocks(text: str) -> tuple[Block, ...]:
    """Headings with their level, list items, paragraphs (table cells too) and code blocks in
    reading order; tags and heading ids left out."""
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
            content = _prose(_inline_text(token))
            if not content:
                continue
            if heading_level:
                blocks.append(Block(content, BlockKind.HEADING, heading_level))
            elif list_depth:
                blocks.append(Block(content, BlockKind.LIST_ITEM))
            else:
                blocks.append(Block(content))
        elif token.type in ("fence", "code_block"):
            code = token.content.strip("\n")
            if code.strip():
                blocks.append(Block(code, BlockKind.CODE))
        elif token.type == "html_block":
            content = _prose(token.content)
            if content:
                blocks.append(Block(content))
    return tuple(blocks)


def _prose(text: str) -> str:
    """Text without MDX comments and HTML/JSX tags, its spaces tidied."""
    text = _MDX_COMMENT.sub("", text)
    text = _TAG.sub(" ", text)
    return " ".join(text.split())


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
