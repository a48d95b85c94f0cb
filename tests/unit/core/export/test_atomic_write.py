"""An export that fails halfway leaves the earlier file as it was and no temporary file behind."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

import docx.document
import pytest

from desktop.core.document import Document
from desktop.core.export import EXPORT_FORMATS, ExportError, export_document
from desktop.core.export.atomic_write import atomic_write

OLD = b"the previous export\n"


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "article.out"
    path.write_bytes(OLD)
    path.chmod(0o640)
    return path


def _untouched(path: Path) -> None:
    assert path.read_bytes() == OLD
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "temporary file left"


class FailingTranslations(Mapping[int, str]):
    """Has every sentence, but breaks when the export reads the fourth translation."""

    def __init__(self, translations: Mapping[int, str]) -> None:
        self._translations = translations
        self.reads = 0

    def __getitem__(self, key: int) -> str:
        self.reads += 1
        if self.reads == 4:
            raise RuntimeError("translation store went away")
        return self._translations[key]

    def __iter__(self) -> Iterator[int]:
        return iter(self._translations)

    def __len__(self) -> int:
        return len(self._translations)

    def __contains__(self, key: object) -> bool:
        return key in self._translations


@pytest.mark.parametrize("to", EXPORT_FORMATS)
def test_failing_translation_source(
    arabic: Document, to_english: dict[int, str], existing: Path, to: str
) -> None:
    translations = FailingTranslations(to_english)
    with pytest.raises(RuntimeError, match="went away"):
        export_document(arabic, existing, what="bilingual", to=to, translations=translations)
    assert translations.reads == 4
    _untouched(existing)


def test_docx_save_fails_halfway(
    arabic: Document, existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def save_half(self: docx.document.Document, stream: IO[bytes]) -> None:
        stream.write(b"PK\x03\x04 half a zip file")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", save_half)
    with pytest.raises(ExportError) as caught:
        export_document(arabic, existing, what="original", to="docx")
    assert caught.value.reason == "the disk is full"
    assert caught.value.source == str(existing)
    _untouched(existing)


def test_writer_crashes_halfway(existing: Path) -> None:
    with pytest.raises(ZeroDivisionError), atomic_write(existing) as stream:
        stream.write(b"half of the new ")
        stream.flush()
        _ = 1 / 0
    _untouched(existing)


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_failure_while_committing(
    arabic: Document, existing: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    def fail(*args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, step, fail)
    with pytest.raises(ExportError, match=r"could not be written \(Input/output error\)"):
        export_document(arabic, existing, what="original", to="md")
    _untouched(existing)


def test_replaces_and_keeps_permissions(arabic: Document, existing: Path) -> None:
    export_document(arabic, existing, what="original", to="txt")
    assert existing.read_text(encoding="utf-8").startswith(arabic.paragraphs[0].text)
    assert existing.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in existing.parent.iterdir()) == [existing.name]


@pytest.mark.skipif(os.name != "posix", reason="umask is POSIX")
def test_new_file_follows_umask(arabic: Document, tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        path = export_document(arabic, tmp_path / "new.html", what="original", to="html")
    finally:
        os.umask(old_umask)
    assert path.stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_symlink_target_is_replaced(arabic: Document, tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(OLD)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    export_document(arabic, link, what="original", to="txt")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith(arabic.paragraphs[0].text)
