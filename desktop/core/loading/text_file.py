"""Plain text (files and pasted text) into paragraph blocks.

Plain text marks paragraphs in two ways: a blank line between them, or one paragraph per line
(what copying from a web page gives). Old mail and Usenet-style files also hard-wrap paragraphs
at a fixed width; those lines belong together, or every sentence would be cut in two.
"""

from __future__ import annotations

import itertools
import logging
import re

from desktop.core.document import Block, RawText
from desktop.core.loading.encoding import NotTextError, decode_bytes
from desktop.core.loading.text_headings import heading_blocks

__all__ = ["NotTextError", "decode_text_file", "load_text_bytes", "split_blocks"]

logger = logging.getLogger(__name__)

# A line that starts like a list item or a heading marker is never a wrapped continuation.
_LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪–]\s|\d{1,3}[.)-]\s|[\u0660-\u0669]{1,3}[.)-]\s|#)")
_MIN_WRAP_WIDTH = 30
_MAX_WRAP_WIDTH = 120
_WRAP_FILL = 0.6  # a wrapped line reaches at least this share of the margin
_FULL_LINE = 0.9  # a line this close to the margin was cut there, whatever it ends with
# Endings of a line that may close a paragraph (a quotation closes after its full stop).
_SENTENCE_END = (".", "!", "?", "؟", ":", "…", '"', "»", "”")


def decode_text_file(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text file.

    Raises:
        NotTextError: the bytes are binary data, not text in any encoding we know.
    """
    return decode_bytes(data)


def load_text_bytes(data: bytes, source: str) -> RawText:
    """Decode and split a text file's bytes.

    Raises:
        NotTextError: the bytes are not text.
    """
    text, encoding = decode_text_file(data)
    return RawText(source=source, format="text", blocks=split_blocks(text), encoding=encoding)


def split_blocks(text: str) -> tuple[Block, ...]:
    """Split plain text into paragraph blocks, keeping each line's text as it is.

    Chunks are separated by blank (or whitespace-only) lines; inside a chunk each line is its own
    paragraph unless the text is hard-wrapped, in which case a chunk's lines are joined with spaces.
    Chapter lines and short title lines become headings (`text_headings`).
    """
    text = text.removeprefix("\ufeff")
    chunks = _chunks(text.splitlines())
    width = _wrap_width(chunks)
    blocks_of: list[list[Block]] = []
    for chunk in chunks:
        if width is None:
            blocks_of.append([Block(line) for line in chunk])
        else:
            blocks_of.append(
                [Block(" ".join(lines)) for lines in _wrapped_paragraphs(chunk, width)]
            )
    heading_blocks(chunks, blocks_of)
    return tuple(block for blocks in blocks_of for block in blocks)


def _chunks(lines: list[str]) -> list[list[str]]:
    chunks: list[list[str]] = []
    current: list[str] = []
    for raw in lines:
        if not raw.strip():
            if current:
                chunks.append(current)
                current = []
            continue
        current.append(raw.strip())
    if current:
        chunks.append(current)
    return chunks


def _wrap_width(chunks: list[list[str]]) -> int | None:
    """The column the whole text is wrapped at, or None when it is not hard-wrapped.

    Decided over the whole text, not per chunk: in a wrapped file most lines stop near one column
    in the middle of a sentence, and that column is a typical wrap width. Text with one paragraph
    per line has lines of every length, and those that run long end with a full stop.
    """
    lines = [line for chunk in chunks for line in chunk]
    if len(lines) < 3:
        return None
    width = max(len(line) for line in lines)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    open_full_lines = sum(
        1 for line in lines if len(line) >= width * _WRAP_FILL and not line.endswith(_SENTENCE_END)
    )
    return width if open_full_lines >= 0.5 * len(lines) else None


def _wrapped_paragraphs(chunk: list[str], width: int) -> list[list[str]]:
    """Cut one chunk of a wrapped text into paragraphs.

    A paragraph goes on while its lines reach the margin; it ends at a line that stops short (or
    stops at a full stop before the margin), before a list item, and between a line and its
    repetition (a caption printed twice is two blocks, later removed as such).
    """
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line, following in itertools.zip_longest(chunk, chunk[1:]):
        current.append(line)
        ends_here = (
            following is None
            or len(line) < width * _WRAP_FILL
            or (line.endswith(_SENTENCE_END) and len(line) < width * _FULL_LINE)
            or bool(_LIST_MARKER.match(following))
            or following == line
        )
        if ends_here:
            paragraphs.append(current)
            current = []
    return paragraphs
