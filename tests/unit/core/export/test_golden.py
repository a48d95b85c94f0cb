"""Every text format × kind on the Arabic sample, compared with golden files."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.document import Document
from desktop.core.export import EXPORT_KINDS, TEXT_FORMATS, export_document, render
from tests.unit.core.export import golden
from tests.unit.core.export.conftest import SUMMARY_IDS
from tests.unit.core.export.golden import assert_matches_golden


@pytest.mark.parametrize("to", TEXT_FORMATS)
@pytest.mark.parametrize("what", EXPORT_KINDS)
def test_golden(arabic: Document, to_english: dict[int, str], what: str, to: str) -> None:
    text = render(arabic, what, to, translations=to_english, summary_ids=SUMMARY_IDS)
    assert_matches_golden(text, f"wikinews-ar.{what}.{to}")


@pytest.mark.parametrize("to", TEXT_FORMATS)
def test_summary_without_translation_golden(arabic: Document, to: str) -> None:
    """With no translation yet, the summary is exported in the original language only."""
    text = render(arabic, "summary", to, summary_ids=SUMMARY_IDS)
    assert_matches_golden(text, f"wikinews-ar.summary-original-only.{to}")


@pytest.mark.parametrize("to", TEXT_FORMATS)
def test_file_is_the_rendered_text(
    arabic: Document, to_english: dict[int, str], tmp_path: Path, to: str
) -> None:
    """The file holds exactly the rendered text: UTF-8, no BOM, "\\n" line endings."""
    path = tmp_path / f"article.{to}"
    written = export_document(
        arabic, path, what="bilingual", to=to, translations=to_english, summary_ids=SUMMARY_IDS
    )
    assert written == path
    data = path.read_bytes()
    assert data == render(arabic, "bilingual", to, translations=to_english).encode("utf-8")
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in data
    assert data.endswith(b"\n")


def test_mismatch_shows_a_diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(golden, "GOLDEN_DIR", tmp_path)
    monkeypatch.delenv(golden.UPDATE_VARIABLE, raising=False)
    (tmp_path / "case.md").write_bytes("# عنوان\n\nold line\n".encode())
    golden.assert_matches_golden("# عنوان\n\nold line\n", "case.md")
    with pytest.raises(pytest.fail.Exception) as caught:
        golden.assert_matches_golden("# عنوان\n\nnew line\n", "case.md")
    message = str(caught.value)
    assert "--- golden/case.md" in message
    assert "-old line\n+new line" in message
    with pytest.raises(pytest.fail.Exception, match="no golden file"):
        golden.assert_matches_golden("x", "missing.md")


@pytest.mark.parametrize("what", EXPORT_KINDS)
def test_pdf_text_layer_golden(
    arabic: Document, to_english: dict[int, str], tmp_path: Path, what: str
) -> None:
    """The PDF's text layer line by line as stored (display order), as pdfminer reads it.

    The same on every machine: the fonts are bundled, no date is written, and nothing depends
    on the system's poppler; a change in line breaking or in the glyph-to-text map shows here.
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextBox

    path = export_document(
        arabic,
        tmp_path / "export.pdf",
        what=what,
        to="pdf",
        translations=to_english,
        summary_ids=SUMMARY_IDS,
        page_size="a4",
    )
    lines = []
    for number, page in enumerate(extract_pages(path), start=1):
        lines.append(f"--- page {number}")
        for box in page:
            if isinstance(box, LTTextBox):
                lines.extend(line.get_text().rstrip("\n") for line in box)
                lines.append("")
    assert_matches_golden("\n".join(lines) + "\n", f"wikinews-ar.{what}.pdf-text-layer.txt")
