"""Loading article files (and pasted text) into RawText blocks.

Everything a user can point Nashra at passes through ``load_file``: it does the checks every
format shares (the file exists, is readable, is under the size limit, is not empty) before a
format's reader sees a byte, and turns whatever a third-party reader raises on broken input into a
typed LoadError naming the file, so the CLI and GUI never show a traceback.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from desktop.core.document import Block, RawText
from desktop.core.errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileNotReadableError,
    FileTooLargeError,
    LoadError,
    UnsupportedFormatError,
)
from desktop.core.loading.pdf_guard import check_pdf_streams
from desktop.core.loading.text_file import (
    NotTextError,
    decode_text_file,
    load_text_bytes,
    split_blocks,
)
from desktop.core.loading.zip_guard import check_zip, not_valid_reason
from desktop.core.normalize import normalize_paragraph

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READABLE_EXTENSIONS",
    "SUBTITLE_EXTENSIONS",
    "SUPPORTED_EXTENSIONS",
    "load_file",
    "load_text",
]

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

SUPPORTED_EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
    ".odt": "odt",
    ".epub": "epub",
    ".pdf": "pdf",
}
# Subtitle files open like the formats above: cues become paragraphs, their timing kept for the
# SRT export.
SUBTITLE_EXTENSIONS: dict[str, str] = {".srt": "subtitles", ".vtt": "subtitles"}
SUPPORTED_EXTENSIONS.update(SUBTITLE_EXTENSIONS)
READABLE_EXTENSIONS: dict[str, str] = SUPPORTED_EXTENSIONS  # the name the CLI's batch input uses

# Readers of the other formats are imported when first needed: trafilatura, lxml, pdfminer and
# python-docx together take most of a second to import, which would delay the app's first window.
_READER_MODULES: dict[str, tuple[str, str]] = {
    "html": ("desktop.core.loading.html_page", "load_html_bytes"),
    "markdown": ("desktop.core.loading.markdown_file", "load_markdown_bytes"),
    "docx": ("desktop.core.loading.docx_file", "load_docx_bytes"),
    "odt": ("desktop.core.loading.odt_file", "load_odt_bytes"),
    "epub": ("desktop.core.loading.epub_file", "load_epub_bytes"),
    "pdf": ("desktop.core.loading.pdf_file", "load_pdf_bytes"),
    "subtitles": ("desktop.core.loading.subtitle_file", "load_subtitle_bytes"),
}


def _reader(format_name: str) -> Callable[[bytes, str], RawText]:
    if format_name == "text":
        return load_text_bytes
    module_name, function_name = _READER_MODULES[format_name]
    reader: Callable[[bytes, str], RawText] = getattr(
        importlib.import_module(module_name), function_name
    )
    return reader


_ZIP_FORMATS = frozenset({"docx", "odt", "epub"})
_LABELS = {"text": "text", "html": "HTML", "markdown": "Markdown", "subtitles": "subtitle"}


def load_text(text: str, source: str = "<pasted text>") -> RawText:
    """Pasted text (or standard input), split into blocks exactly as a text file would be.

    Raises:
        EmptyDocumentError: the text holds nothing but whitespace.
    """
    blocks = split_blocks(text)
    if not has_visible_text(blocks):
        raise EmptyDocumentError(source, "there is no text to read")
    return RawText(source=source, format="text", blocks=blocks)


def load_text_data(data: bytes, source: str = "<stdin>") -> RawText:
    """Piped bytes (standard input) in any encoding, read as a text file would be.

    Raises:
        CorruptFileError: the bytes are not text.
        EmptyDocumentError: there is nothing but whitespace.
    """
    try:
        text, _encoding = decode_text_file(data)
    except NotTextError as exc:
        raise CorruptFileError(source, "the input does not look like text") from exc
    return load_text(text, source)


def load_file(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawText:
    """Read an article file of any supported format.

    Args:
        path: the file to read; its extension chooses the reader (files without one are read as
            text when their content is text).
        max_bytes: files larger than this are refused before they are read.

    Raises:
        LoadError: a subclass saying what is wrong, with the file name in its message.
    """
    source = os.fspath(path)
    file = Path(source)
    data = _read_checked(file, source, max_bytes)
    format_name = _format_for(file, source, data)
    if format_name in _ZIP_FORMATS:
        check_zip(data, source, _label(format_name), max_bytes)
    elif format_name == "pdf":
        check_pdf_streams(data, source, max_bytes)
    try:
        raw = _reader(format_name)(data, source)
    except LoadError:
        raise
    except NotTextError as exc:
        raise CorruptFileError(
            source, "the file does not look like text (it may be a binary file with a text name)"
        ) from exc
    except Exception as exc:  # third-party readers raise anything on broken input
        logger.info("%s: %s reader failed: %r", source, format_name, exc)
        raise CorruptFileError(source, not_valid_reason(_label(format_name))) from exc
    if not has_visible_text(raw.blocks):
        raise EmptyDocumentError(source, f"the {_label(format_name)} file contains no text")
    logger.info("%s: loaded %d blocks as %s", source, len(raw.blocks), format_name)
    return raw


def has_visible_text(blocks: Iterable[Block]) -> bool:
    """Whether any block holds more than whitespace and invisible marks (bidi controls,
    zero-width characters), which cleaning removes: a file of nothing else is empty."""
    return any(normalize_paragraph(block.text) for block in blocks)


def _read_checked(file: Path, source: str, max_bytes: int) -> bytes:
    if not file.exists():
        raise FileNotReadableError(source, "the file does not exist")
    if file.is_dir():
        raise FileNotReadableError(source, "this is a folder, not a file")
    if not file.is_file():
        raise FileNotReadableError(source, "this is not a regular file (a device or a pipe)")
    try:
        size = file.stat().st_size
        if size > max_bytes:
            raise FileTooLargeError(
                source,
                f"the file is {_megabytes(size)}, larger than the {_megabytes(max_bytes)} limit",
            )
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError as exc:
        raise FileNotReadableError(source, "you do not have permission to read this file") from exc
    except OSError as exc:
        raise FileNotReadableError(source, f"the file cannot be read ({exc.strerror})") from exc
    if len(data) > max_bytes:  # grew since stat(), or a device that reports no size
        raise FileTooLargeError(
            source, f"the file is larger than the {_megabytes(max_bytes)} limit"
        )
    if not data:
        raise EmptyDocumentError(source, "the file is empty")
    return data


def _format_for(file: Path, source: str, data: bytes) -> str:
    extension = file.suffix.lower()
    if extension in READABLE_EXTENSIONS:
        return READABLE_EXTENSIONS[extension]
    if extension:
        raise UnsupportedFormatError(
            source,
            f"Nashra cannot read {extension} files; it reads "
            + ", ".join(sorted(READABLE_EXTENSIONS))
            + " files",
        )
    if _sniffs_as_text(data):
        return "text"
    raise UnsupportedFormatError(
        source, "the file has no extension and its content is not text Nashra can read"
    )


def _sniffs_as_text(data: bytes) -> bool:
    """Whether a file without an extension holds text, judged by decoding its start."""
    try:
        decode_text_file(data[:65536])
    except NotTextError:
        return False
    return True


def _label(format_name: str) -> str:
    return _LABELS.get(format_name, format_name.upper())


def _megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size:,} bytes"
    return f"{size / (1024 * 1024):.1f} MB"
