"""Bad input gives a typed LoadError naming the file, never a third-party exception."""

from __future__ import annotations

import io
import logging
import os
import random
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import (
    CorruptFileError,
    EmptyDocumentError,
    FileNotReadableError,
    FileTooLargeError,
    LoadError,
    UnsupportedFormatError,
)
from desktop.core.loading import DEFAULT_MAX_BYTES, SUPPORTED_EXTENSIONS, load_file, load_text
from tests.fixtures.document_writers import write_docx, write_epub, write_odt
from tests.fixtures.pdf_builder import Line, build_pdf


def _expect(error: type[LoadError], path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    with pytest.raises(error) as caught:
        load_file(path, max_bytes=max_bytes)
    message = str(caught.value)
    assert str(path) in message
    assert caught.value.source == str(path)
    assert "\n" not in message
    return message


def test_supported_extensions() -> None:
    assert SUPPORTED_EXTENSIONS[".txt"] == "text"
    assert SUPPORTED_EXTENSIONS[".xhtml"] == "html"
    assert SUPPORTED_EXTENSIONS[".markdown"] == "markdown"
    assert {SUPPORTED_EXTENSIONS[ext] for ext in (".docx", ".odt", ".epub", ".pdf")} == {
        "docx",
        "odt",
        "epub",
        "pdf",
    }
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_missing_file(tmp_path: Path) -> None:
    assert "does not exist" in _expect(FileNotReadableError, tmp_path / "missing.txt")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert "folder" in _expect(FileNotReadableError, folder)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("نص", encoding="utf-8")
    path.chmod(0)
    assert "permission" in _expect(FileNotReadableError, path)


def test_permission_denied_is_reported_even_for_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("نص", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    assert "permission" in _expect(FileNotReadableError, path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert "empty" in _expect(EmptyDocumentError, path)


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_text("  \n\n\t\n", encoding="utf-8")
    _expect(EmptyDocumentError, path)


def test_binary_junk_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(4096))
    path.write_bytes(b"\x00\x01\x02" + junk)
    assert "does not look like text" in _expect(CorruptFileError, path)


def test_repeated_byte_with_nuls_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "junk2.txt"
    path.write_bytes(b"\x00\x01\x02" + b"\xa5" * 4096)
    _expect(CorruptFileError, path)


@pytest.mark.parametrize("extension", [".html", ".md"])
def test_binary_junk_named_html_or_markdown(tmp_path: Path, extension: str) -> None:
    path = tmp_path / f"junk{extension}"
    rng = random.Random(11)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(2048)))
    assert "does not look like text" in _expect(CorruptFileError, path)


def test_unknown_extension(tmp_path: Path) -> None:
    path = tmp_path / "data.xyz"
    path.write_text("نص عادي", encoding="utf-8")
    assert ".xyz" in _expect(UnsupportedFormatError, path)


def test_binary_file_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "blob"
    path.write_bytes(bytes(range(256)) * 8)
    _expect(UnsupportedFormatError, path)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("كلمة " * 400, encoding="utf-8")
    message = _expect(FileTooLargeError, path, max_bytes=1000)
    assert "limit" in message
    assert load_file(path, max_bytes=10_000).blocks


def test_not_a_zip_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_text("this is plain text, not a Word document", encoding="utf-8")
    assert "not a valid DOCX" in _expect(CorruptFileError, path)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flip(path: Path) -> None:
    """Damage most of the file, keeping its first bytes and its last line (a PDF's %%EOF)."""
    data = bytearray(path.read_bytes())
    for index in range(len(data) // 8, len(data) - 8):
        data[index] ^= 0x5A
    path.write_bytes(bytes(data))


WRITERS = {
    "docx": write_docx,
    "odt": write_odt,
    "epub": write_epub,
    "pdf": lambda path: path.write_bytes(
        build_pdf([[Line("A real PDF with some text in it for the test", 72, 700, latin=True)]])
    ),
}


@pytest.mark.parametrize("damage", [_truncate, _flip], ids=["truncated", "flipped"])
@pytest.mark.parametrize("extension", sorted(WRITERS))
def test_damaged_documents(tmp_path: Path, extension: str, damage: object) -> None:
    path = tmp_path / f"damaged.{extension}"
    WRITERS[extension](path)
    assert load_file(path).blocks  # the undamaged file loads
    assert callable(damage)
    damage(path)
    message = _expect(CorruptFileError, path)
    assert extension.upper() in message


def test_zip_bomb_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (6 * 1024 * 1024))
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 100_000
    message = _expect(CorruptFileError, path, max_bytes=100_000)
    assert "unpack" in message


def test_a_refused_zip_bomb_logs_no_warning_beside_its_error(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Regression: the CLI shows warnings, so the bomb was reported twice (two stderr lines)."""
    path = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (6 * 1024 * 1024))
    path.write_bytes(buffer.getvalue())
    caplog.set_level(logging.WARNING, logger="desktop")
    _expect(CorruptFileError, path, max_bytes=100_000)
    assert caplog.records == []


def test_real_docx_passes_the_unpacked_size_check_at_a_small_limit(tmp_path: Path) -> None:
    path = tmp_path / "ok.docx"
    write_docx(path)
    assert load_file(path, max_bytes=100_000).blocks


@pytest.mark.parametrize(
    "content", ["\u200f\u202e\u2067\u200b\ufeff\u00ad" * 50, "\u200b \n\u2066\u2069\n" * 50]
)
@pytest.mark.parametrize("extension", [".txt", ".md", ".html"])
def test_a_file_of_only_invisible_characters_is_empty(
    tmp_path: Path, content: str, extension: str
) -> None:
    """Regression: bidi controls and zero-width characters passed the "no text" check, and
    cleaning then removed them all, leaving a document without a paragraph."""
    path = tmp_path / f"invisible{extension}"
    path.write_text(content, encoding="utf-8")
    assert "contains no text" in _expect(EmptyDocumentError, path)


def test_pasted_invisible_characters_are_empty() -> None:
    with pytest.raises(EmptyDocumentError):
        load_text("\u200f\u200b\u2067")


@pytest.mark.parametrize(
    "markdown",
    [
        "First.\n\n" + "> " * 30 + "Deep text.\n\nLast.\n",
        "First.\n\n" + "".join("  " * i + f"- item {i}\n" for i in range(40)) + "\nLast.\n",
        "First.\n\n" + "> " * 5000 + "Deep text.\n\nLast.\n",
    ],
    ids=["quote-30", "list-40", "quote-5000"],
)
def test_deeply_nested_markdown_keeps_all_its_text(tmp_path: Path, markdown: str) -> None:
    """Regression: markdown-it dropped everything nested deeper than 20 levels without a word."""
    path = tmp_path / "deep.md"
    path.write_text(markdown, encoding="utf-8")
    text = " ".join(block.text for block in load_file(path).blocks)
    assert "First." in text and "Last." in text
    assert "Deep text." in text or "item 39" in text
