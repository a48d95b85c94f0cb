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

__all__ = ["NotTextError", "decode_text_file", "load_text_bytes", "split_blocks"]

logger = logging.getLogger(__name__)

# A line that starts like a list item or a heading marker is never a wrapped continuation.
_LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪–]\s|\d{1,3}[.)-]\s|[\u0660-\u0669]{1,3}[.)-]\s|#)")
_MIN_WRAP_WIDTH = 30
_MAX_WRAP_WIDTH = 120
_WRAP_FILL = 0.6
_SENTENCE_END = (
    ".",
    "!",
    "?",
    "؟",
    ":",
    "…",
    '"',
    "»",
    "”",
)  # every line but the last fills at least this share of the widest line


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
    """
    text = text.removeprefix("\ufeff")
    chunks = _chunks(text.splitlines())
    width = _wrap_width(chunks)
    blocks: list[Block] = []
    for chunk in chunks:
        if width is not None and _is_wrapped_paragraph(chunk, width):
            blocks.append(Block(" ".join(chunk)))
        else:
            blocks.extend(Block(line) for line in chunk)
    return tuple(blocks)


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

    Decided over the whole text, not per chunk: in a wrapped file nearly every line that another
    line follows stops near one column, and that column is a typical wrap width.
    """
    inner = [len(line) for chunk in chunks for line in chunk[:-1]]
    if len(inner) < 2:
        return None
    width = max(len(line) for chunk in chunks for line in chunk)
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return None
    filled = sum(1 for length in inner if length >= width * _WRAP_FILL)
    return width if filled >= 0.8 * len(inner) else None


def _is_wrapped_paragraph(chunk: list[str], width: int) -> bool:
    """Whether one chunk of a wrapped text is a single paragraph cut at ``width``.

    Its lines (but the last) fill the width, most do not end a sentence, none starts like a list
    item and none repeats the line before (a caption printed twice is two blocks).
    """
    if len(chunk) < 2:
        return False
    if any(_LIST_MARKER.match(line) for line in chunk[1:]):
        return False
    if any(a == b for a, b in itertools.pairwise(chunk)):
        return False
    if not all(len(line) >= width * _WRAP_FILL for line in chunk[:-1]):
        return False
    # One-paragraph-per-line text of similar lengths ends most lines with a full stop; wrapped
    # text ends a line with one only where a sentence happens to end at the margin.
    stops = sum(1 for line in chunk[:-1] if line.endswith(_SENTENCE_END))
    return stops * 2 <= len(chunk) - 1
