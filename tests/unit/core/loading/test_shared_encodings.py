"""Real Arabic text files in legacy and Unicode encodings decode to the right text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop.core.loading import load_file

CHARDET = "eval/files/chardet_arabic_encodings"
LEGACY = {"windows-1256-arabic": "cp1256", "iso-8859-6-arabic": "iso8859-6"}


def _files(shared: Path, pattern: str) -> list[Path]:
    return sorted(p for p in shared.glob(pattern) if "LICENSE" not in p.name)


def _assert_clean_arabic(text: str) -> None:
    """No mojibake: no replacement characters, no accented Latin letters, mostly Arabic letters."""
    assert "\ufffd" not in text
    letters = [ch for ch in text if ch.isalpha()]
    arabic = [ch for ch in letters if "\u0600" <= ch <= "\u06ff"]
    assert len(arabic) > 0.6 * len(letters), text[:200]
    # Mojibake puts accented Latin letters in most words; one source quotes two on purpose.
    accented = [ch for ch in text if "\u00c0" <= ch <= "\u024f"]
    assert len(accented) <= len(text) / 500, accented[:10]
    assert all(unicodedata.category(ch) != "Cc" or ch in "\n\t" for ch in text)


def _comparable(text: str) -> str:
    """Text as ISO-8859-6 files in the corpus hold it: the Arabic comma was written as ','."""
    return text.replace("،", ",")


def test_every_shared_arabic_file_decodes_without_mojibake(shared_dir: Path) -> None:
    paths = _files(shared_dir, f"{CHARDET}/*/*") + _files(
        shared_dir, "eval/files/charset_normalizer_arabic/*.txt"
    )
    assert len(paths) >= 15
    for path in paths:
        _assert_clean_arabic(load_file(path).text)


@pytest.mark.parametrize(("folder", "encoding"), sorted(LEGACY.items()))
def test_legacy_files_are_detected_as_their_code_page(
    shared_dir: Path, folder: str, encoding: str
) -> None:
    for path in _files(shared_dir, f"{CHARDET}/{folder}/*.txt"):
        assert load_file(path).encoding == encoding, path.name


@pytest.mark.parametrize("folder", sorted(LEGACY))
def test_legacy_versions_match_the_utf8_version(shared_dir: Path, folder: str) -> None:
    utf8_dir = shared_dir / CHARDET / "utf-8-arabic"
    compared = 0
    for path in _files(shared_dir, f"{CHARDET}/{folder}/*.txt"):
        reference = utf8_dir / path.name
        if not reference.exists():
            continue
        expected = load_file(reference).text
        decoded = load_file(path).text
        if folder.startswith("iso"):
            expected, decoded = _comparable(expected), _comparable(decoded)
        assert decoded == expected, path.name
        compared += 1
    assert compared >= 2


def test_windows_1256_and_iso_8859_6_versions_agree(shared_dir: Path) -> None:
    """Articles with no UTF-8 copy: the two legacy copies must decode to the same text."""
    cp1256_dir = shared_dir / CHARDET / "windows-1256-arabic"
    compared = 0
    for path in _files(shared_dir, f"{CHARDET}/iso-8859-6-arabic/*"):
        twin = cp1256_dir / path.name.replace("ISO-8859-6", "windows-1256")
        if not twin.exists():
            continue
        iso, cp1256 = load_file(path).text, load_file(twin).text
        # Characters ISO-8859-6 cannot hold were replaced when the corpus was made.
        iso_codec = "iso8859-6"
        representable = _comparable(cp1256).encode(iso_codec, errors="replace").decode(iso_codec)
        assert _comparable(iso) == representable, path.name
        compared += 1
    assert compared >= 4


def test_utf8_and_cp1256_samples_of_charset_normalizer_agree(shared_dir: Path) -> None:
    folder = shared_dir / "eval/files/charset_normalizer_arabic"
    utf8 = load_file(folder / "sample-arabic.txt")
    cp1256 = load_file(folder / "sample-arabic-1.txt")
    assert utf8.encoding == "utf-8"
    assert cp1256.encoding == "cp1256"
    assert cp1256.text.split()[:5] == utf8.text.split()[:5]
    assert utf8.text.startswith("بالموازاة مع ذلك")
