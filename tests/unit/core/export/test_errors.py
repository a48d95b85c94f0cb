"""Missing translations, bad arguments and bad output paths give typed, readable errors."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop.core.document import Document
from desktop.core.errors import NashraError
from desktop.core.export import (
    EXPORT_FORMATS,
    ExportError,
    IncompleteTranslationError,
    export_document,
    render,
)
from tests.unit.core.export.conftest import SUMMARY_IDS


@pytest.mark.parametrize("what", ["translation", "bilingual"])
@pytest.mark.parametrize("to", EXPORT_FORMATS)
def test_incomplete_translation(
    arabic: Document, to_english: dict[int, str], tmp_path: Path, what: str, to: str
) -> None:
    partial = {k: v for k, v in to_english.items() if k not in (2, 5, 6)}
    path = tmp_path / f"out.{to}"
    with pytest.raises(IncompleteTranslationError) as caught:
        export_document(arabic, path, what=what, to=to, translations=partial)
    error = caught.value
    assert isinstance(error, ExportError)
    assert isinstance(error, NashraError)
    assert error.source == str(path)
    assert error.reason == (
        "the translation is incomplete: 3 of 7 sentences have no translation yet"
    )
    assert error.missing == (2, 5, 6)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_one_missing_sentence_is_singular(arabic: Document, to_english: dict[int, str]) -> None:
    partial = {k: v for k, v in to_english.items() if k != 0}
    with pytest.raises(IncompleteTranslationError, match="1 of 7 sentences has no translation"):
        render(arabic, "translation", "txt", translations=partial)


def test_no_translation_at_all(arabic: Document, tmp_path: Path) -> None:
    with pytest.raises(IncompleteTranslationError, match="there is no translation yet") as caught:
        export_document(arabic, tmp_path / "a.md", what="bilingual", to="md")
    assert caught.value.missing == tuple(range(7))


def test_summary_needs_only_its_own_translations(
    arabic: Document, to_english: dict[int, str]
) -> None:
    title_and_summary = {k: to_english[k] for k in (0, *SUMMARY_IDS)}
    assert "Summary" in render(
        arabic, "summary", "txt", translations=title_and_summary, summary_ids=SUMMARY_IDS
    )
    without_title = {k: to_english[k] for k in SUMMARY_IDS}
    with pytest.raises(IncompleteTranslationError, match="1 of 3 sentences has no translation"):
        render(arabic, "summary", "txt", translations=without_title, summary_ids=SUMMARY_IDS)


def test_bad_arguments(arabic: Document, to_english: dict[int, str]) -> None:
    with pytest.raises(ValueError, match="unknown export 'everything'"):
        render(arabic, "everything", "txt")
    with pytest.raises(ValueError, match="unknown format 'rtf'"):
        render(arabic, "original", "rtf")
    with pytest.raises(ValueError, match="DOCX is a binary format"):
        render(arabic, "original", "docx")
    with pytest.raises(ValueError, match="PDF is a binary format"):
        render(arabic, "original", "pdf")
    with pytest.raises(ValueError, match="summary_ids"):
        render(arabic, "summary", "md", translations=to_english)
    with pytest.raises(ValueError, match=r"not in the document: \[99\]"):
        render(arabic, "summary", "md", summary_ids=[1, 99])


def _export_error(arabic: Document, path: Path, to: str = "txt") -> ExportError:
    with pytest.raises(ExportError) as caught:
        export_document(arabic, path, what="original", to=to)
    error = caught.value
    assert error.source == str(path)
    assert str(path) in str(error)
    assert "\n" not in str(error)
    return error


@pytest.mark.parametrize("to", EXPORT_FORMATS)
def test_missing_folder(arabic: Document, tmp_path: Path, to: str) -> None:
    path = tmp_path / "no such folder" / f"out.{to}"
    error = _export_error(arabic, path, to)
    assert error.reason == f"the folder {path.parent} does not exist"
    assert not path.parent.exists()


def test_path_is_a_folder(arabic: Document, tmp_path: Path) -> None:
    folder = tmp_path / "out.txt"
    folder.mkdir()
    error = _export_error(arabic, folder)
    assert error.reason == "this is a folder, not a file; choose a file name"
    assert list(folder.iterdir()) == []


def test_parent_is_a_file(arabic: Document, tmp_path: Path) -> None:
    file = tmp_path / "notes"
    file.write_text("x")
    error = _export_error(arabic, file / "out.txt")
    assert error.reason == f"{file} is a file, not a folder"


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user"
)
def test_read_only_folder(arabic: Document, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        error = _export_error(arabic, folder / "out.txt")
    finally:
        folder.chmod(0o700)
    assert error.reason.startswith("no permission to write in the folder")


def test_permission_refused(
    arabic: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root ignores folder permissions, so the refusal is simulated where the OS would raise it."""

    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        if Path(path).parent == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    error = _export_error(arabic, tmp_path / "out.docx", "docx")
    assert error.reason == (
        f"no permission to write in the folder {tmp_path}, or the file is open in another program"
    )
    assert list(tmp_path.iterdir()) == []
