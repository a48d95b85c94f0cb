"""The text layer of an exported PDF is the article's own text, for poppler and for Nashra.

These are the checks issue 16 asked for: Arabic with lam-alef and other ligatures, English, and
mixed Arabic/English lines with numbers, written to PDF and read back by `pdftotext` (logical
text, no presentation forms, words and numbers in reading order) and by Nashra's own PDF reader
(every sentence exactly as exported).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.document import Document
from desktop.core.export import export_document
from desktop.core.export.pdf.shaping import shape_paragraph
from desktop.core.export.pdf.typesetting import bundled_typesetter
from tests.unit.core.export.pdf import articles
from tests.unit.core.export.pdf.readers import PRESENTATION_FORMS, pdftotext, read_back, tokens


@pytest.fixture(scope="module")
def arabic() -> Document:
    return articles.arabic()


@pytest.fixture(scope="module")
def english() -> Document:
    return articles.english()


def _original_pdf(document: Document, folder: Path) -> Path:
    return export_document(document, folder / "article.pdf", what="original", to="pdf")


def test_the_fonts_really_make_the_ligatures_under_test() -> None:
    """The premise: Naskh draws لله as one glyph for three letters and a letter's marks as glyphs of
    their own; Noto Serif draws "ffi" as one glyph. Without these the checks below prove less."""
    fonts = bundled_typesetter().regular
    (run,) = shape_paragraph("لله", rtl=True, size=11, fonts=fonts).runs
    assert [glyph.text for glyph in run.glyphs] == [
        "هلل"
    ]  # one glyph, its letters in display order
    (run,) = shape_paragraph("مُ", rtl=True, size=11, fonts=fonts).runs
    assert len(run.glyphs) == 2 and sorted(glyph.text for glyph in run.glyphs) == ["", "ُم"]
    (run,) = shape_paragraph("ffi", rtl=False, size=11, fonts=fonts).runs
    assert [glyph.text for glyph in run.glyphs] == ["ffi"]


def test_pdftotext_reads_arabic_in_logical_order(arabic: Document, tmp_path: Path) -> None:
    text = pdftotext(_original_pdf(arabic, tmp_path))
    assert not PRESENTATION_FORMS.search(text)
    expected = " ".join(paragraph.text for paragraph in arabic.paragraphs)
    assert tokens(text) == tokens(expected)
    for word in ("لا", "الأحياء", "إعلام", "لله", "مُحَمَّد", "لأسباب", "ولإعلام", "لآلاف", "١٠"):
        assert word in text, word


def test_pdftotext_reads_english_with_arabic_inside(english: Document, tmp_path: Path) -> None:
    text = pdftotext(_original_pdf(english, tmp_path))
    assert not PRESENTATION_FORMS.search(text)
    assert tokens(text) == tokens(" ".join(p.text for p in english.paragraphs))
    assert "مرحبا بكم" in text and "fi, fl and ffi" in text


def test_nashra_reads_back_every_sentence(
    arabic: Document, english: Document, tmp_path: Path
) -> None:
    for name, document in (("ar", arabic), ("en", english)):
        path = export_document(document, tmp_path / f"{name}.pdf", what="original", to="pdf")
        assert read_back(path) == [sentence.text for sentence in document.sentences()]


def test_mixed_lines_keep_numbers_and_names_in_place(tmp_path: Path) -> None:
    """Numbers and English names inside Arabic, at the start, middle and end of lines."""
    from desktop.core.pipeline import document_from_text

    lines = [
        "قال 25 شخصا إن عام 2024 كان صعبا.",
        "بلغ عدد السكان 1,200,000 نسمة بحسب BBC News اليوم.",
        "أعلنت شركة Apple عن هاتف iPhone 15 الجديد بسعر 999 دولارا.",
        "وصل ١٢٣ زائرا في الساعة 10:30 صباحا.",
    ]
    document = document_from_text("\n\n".join(lines), source="mixed.txt")
    path = _original_pdf(document, tmp_path)
    assert read_back(path) == lines
    text = pdftotext(path)
    assert tokens(text) == tokens(" ".join(lines))
