"""Checks on ZIP-based documents (DOCX, ODT, EPUB) before a reader unpacks them.

The readers trust the archive: a small file whose members inflate to gigabytes (a "zip bomb")
would exhaust memory inside python-docx or ebooklib, long after our size check on the file.
"""

from __future__ import annotations

import io
import logging

from desktop.core.errors import CorruptFileError

logger = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 200 * 1024 * 1024
UNPACKED_RATIO = 50  # unpacked size allowed per byte of the file-size limit


def unpacked_limit(max_bytes: int) -> int:
    """How many bytes the members of an archive may hold in total once unpacked."""
    return min(MAX_UNPACKED_BYTES, UNPACKED_RATIO * max_bytes)


def check_zip(data: bytes, source: str, format_label: str, max_bytes: int) -> None:
    """Refuse archives that are not ZIP files or that unpack to more than the limit.

    Args:
        data: the file's bytes.
        source: the file name, for the error message.
        format_label: the format as users know it ("DOCX"), for the error message.
        max_bytes: the file-size limit in force; the unpacked limit scales with it.

    Raises:
        CorruptFileError: not a ZIP archive, or too large once unpacked.
    """
    import zipfile  # here: the text formats on the way to the first window never need it

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        logger.info("%s: not a readable ZIP archive: %s", source, exc)
        raise CorruptFileError(source, not_valid_reason(format_label)) from exc
    limit = unpacked_limit(max_bytes)
    if total > limit:
        logger.info("%s: archive unpacks to %d bytes (limit %d)", source, total, limit)
        raise CorruptFileError(
            source,
            f"the {format_label} file would unpack to {total // (1024 * 1024)} MB, more than the "
            f"{limit // (1024 * 1024)} MB allowed; it may be damaged or built to crash readers",
        )


def not_valid_reason(format_label: str) -> str:
    """The plain-words reason for a broken document of one format."""
    return f"the file is not a valid {format_label} document (it may be truncated or damaged)"
