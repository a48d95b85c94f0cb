"""Checks on a PDF's compressed streams before pdfminer reads it.

A PDF stream compressed with Flate can inflate a thousand times over, and pdfminer inflates a
stream whole, in memory, and keeps it: a 1 MB file could demand gigabytes, the PDF form of a zip
bomb. Inflating each stream here, a piece at a time and counting, costs a fraction of a second
on ordinary files and refuses the bombs before any memory is spent on them.
"""

from __future__ import annotations

import logging
import re
import zlib

from desktop.core.errors import CorruptFileError
from desktop.core.loading.zip_guard import unpacked_limit

logger = logging.getLogger(__name__)

_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
_INPUT_CHUNK = 64 * 1024
_OUTPUT_CHUNK = 1024 * 1024


def check_pdf_streams(data: bytes, source: str, max_bytes: int) -> None:
    """Refuse a PDF whose Flate streams together inflate past the unpacked limit.

    Images count too: a stream's dictionary may say "image" while the page uses it as content.

    Raises:
        CorruptFileError: the streams together inflate to more than `unpacked_limit(max_bytes)`.
    """
    limit = unpacked_limit(max_bytes)
    total = 0
    for match in _STREAM_START.finditer(data):
        total += _inflated_size(data, match.end(), limit - total)
        if total > limit:
            logger.info("%s: PDF streams inflate past %d bytes", source, limit)
            raise CorruptFileError(
                source,
                f"the PDF would unpack to more than the {limit // (1024 * 1024)} MB allowed; "
                "it may be damaged or built to crash readers",
            )


def _inflated_size(data: bytes, start: int, budget: int) -> int:
    """Bytes the Flate stream at `start` inflates to, counting no further than past `budget`;
    0 when no Flate stream starts there (raw or otherwise encoded data)."""
    inflater = zlib.decompressobj()
    size = 0
    position = start
    try:
        while not inflater.eof and position < len(data) and size <= budget:
            pending = data[position : position + _INPUT_CHUNK]
            position += len(pending)
            while pending and size <= budget and not inflater.eof:
                size += len(inflater.decompress(pending, _OUTPUT_CHUNK))
                pending = inflater.unconsumed_tail
    except zlib.error:
        pass  # not Flate, or damaged: pdfminer will judge it; only what inflated counts
    return size
