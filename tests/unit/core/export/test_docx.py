"""Word exports read back with python-docx: structure, text, and right-to-left markup."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph

from desktop.core.document import BlockKind, Document
from desktop.core.export import export_document
from tests.unit.core.export.conftest import SUMMARY_IDS, hand_built


def _export(
    document: Document, tmp_path: Path, what: str, translations: dict[int, str] | None = None
) -> DocxDocument:
    path = export_document(
        document,
        tmp_path / f"{what}.docx",
        what=what,
        to="docx",
        translations=translations,
        summary_ids=SUMMARY_IDS,
    )
    return docx.Document(str(path))


def _is_rtl(paragraph: DocxParagraph) -> bool:
    """Right-to-left as Word needs it: paragraph base direction, run order, Arabic language."""
    properties = paragraph._p.pPr
    bidi = properties is not None and properties.find(qn("w:bidi")) is not None
    runs = paragraph.runs
    assert runs, "every exported paragraph has text"
    run_marks = []
    for run in runs:
        run_properties = run._r.rPr
        assert run_properties is not None
        lang = run_properties.find(qn("w:lang"))
        fonts = run_properties.find(qn("w:rFonts"))
        run_marks.append(
            run_properties.find(qn("w:rtl")) is not None
            and lang is not None
            and lang.get(qn("w:bidi")) == "ar-SA"
            and fonts is not None
            and bool(fonts.get(qn("w:cs")))
        )
    assert all(run_marks) == any(run_marks) == bidi, "paragraph and runs disagree on direction"
    return bidi


def _paragraph_texts(document: Document) -> list[str]:
    return [" ".join(s.text for s in p.sentences) for p in document.paragraphs]


def test_original_headings_text_and_direction(arabic: Document, tmp_path: Path) -> None:
    exported = _export(arabic, tmp_path, "original")
    paragraphs = exported.paragraphs
    assert [p.text for p in paragraphs] == _paragraph_texts(arabic)
    assert paragraphs[0].style is not None and paragraphs[0].style.name == "Heading 1"
    assert all(p.style is not None and p.style.name == "Normal" for p in paragraphs[1:])
    assert all(_is_rtl(p) for p in paragraphs)
    assert exported.core_properties.title == arabic.title
    assert exported.core_properties.author == ""  # not python-docx's name


def test_translation_is_left_to_right(
    arabic: Document, english: Document, to_english: dict[int, str], tmp_path: Path
) -> None:
    exported = _export(arabic, tmp_path, "translation", to_english)
    paragraphs = exported.paragraphs
    assert [p.text for p in paragraphs] == _paragraph_texts(english)
    assert paragraphs[0].style is not None and paragraphs[0].style.name == "Heading 1"
    assert not any(_is_rtl(p) for p in paragraphs)
    for paragraph in paragraphs:
        for run in paragraph.runs:
            assert run.font.rtl is None
    assert exported.core_properties.title == english.title


def test_english_to_arabic_translation_is_right_to_left(
    english: Document, to_arabic: dict[int, str], tmp_path: Path
) -> None:
    exported = _export(english, tmp_path, "translation", to_arabic)
    assert all(_is_rtl(p) for p in exported.paragraphs)


def test_bilingual_table(
    arabic: Document, english: Document, to_english: dict[int, str], tmp_path: Path
) -> None:
    exported = _export(arabic, tmp_path, "bilingual", to_english)
    assert len(exported.tables) == 1
    table = exported.tables[0]
    assert len(table.columns) == 2
    header, *rows = table.rows
    assert [cell.text for cell in header.cells] == ["العربية", "English"]
    # One row per sentence; the headline's row is the heading row.
    assert [(row.cells[0].text, row.cells[1].text) for row in rows] == [
        (a.text, e.text) for a, e in zip(arabic.sentences(), english.sentences(), strict=True)
    ]
    heading_ids = {
        s.id for p in arabic.paragraphs if p.kind is BlockKind.HEADING for s in p.sentences
    }
    for row, sentence in zip(rows, arabic.sentences(), strict=True):
        arabic_cell, english_cell = row.cells
        assert all(_is_rtl(p) for p in arabic_cell.paragraphs)
        assert not any(_is_rtl(p) for p in english_cell.paragraphs)
        bold = {run.bold for cell in row.cells for p in cell.paragraphs for run in p.runs}
        assert bold == ({True} if sentence.id in heading_ids else {None})
    # The Arabic column sits on the right in an Arabic document.
    table_properties = table._tbl.tblPr
    assert table_properties.find(qn("w:bidiVisual")) is not None


def test_bilingual_english_document_is_left_to_right_table(
    english: Document, to_arabic: dict[int, str], tmp_path: Path
) -> None:
    exported = _export(english, tmp_path, "bilingual", to_arabic)
    table = exported.tables[0]
    assert table._tbl.tblPr.find(qn("w:bidiVisual")) is None
    assert [cell.text for cell in table.rows[0].cells] == ["English", "العربية"]
    for row in table.rows:
        assert not _is_rtl(row.cells[0].paragraphs[0])
        assert _is_rtl(row.cells[1].paragraphs[0])


@pytest.mark.parametrize("translated", [True, False])
def test_summary(
    arabic: Document,
    english: Document,
    to_english: dict[int, str],
    tmp_path: Path,
    translated: bool,
) -> None:
    exported = _export(arabic, tmp_path, "summary", to_english if translated else None)
    found = [
        (p.style.name if p.style is not None else "", p.text, _is_rtl(p))
        for p in exported.paragraphs
    ]
    expected = [
        ("Heading 1", arabic.paragraphs[0].text, True),
        ("Heading 2", "الملخص", True),
        *(("List Bullet", arabic.sentence(i).text, True) for i in SUMMARY_IDS),
    ]
    if translated:
        expected += [
            ("Heading 1", english.paragraphs[0].text, False),
            ("Heading 2", "Summary", False),
            *(("List Bullet", english.sentence(i).text, False) for i in SUMMARY_IDS),
        ]
    assert found == expected


def test_paragraph_properties_keep_schema_order(arabic: Document, tmp_path: Path) -> None:
    """`w:bidi` goes before `w:jc` and the run's `w:lang` after `w:rtl`, as Word requires."""
    exported = _export(arabic, tmp_path, "summary")
    for paragraph in exported.paragraphs:
        properties = paragraph._p.pPr
        assert properties is not None
        tags = [child.tag for child in properties]
        bidi = tags.index(qn("w:bidi"))
        for later in ("w:spacing", "w:ind", "w:jc", "w:rPr"):
            if qn(later) in tags:
                assert tags.index(qn(later)) > bidi
        for run in paragraph.runs:
            run_properties = run._r.rPr
            assert run_properties is not None
            run_tags = [child.tag for child in run_properties]
            assert run_tags.index(qn("w:rFonts")) < run_tags.index(qn("w:rtl"))
            assert run_tags.index(qn("w:rtl")) < run_tags.index(qn("w:lang"))


def test_mixed_languages_and_kinds(tmp_path: Path) -> None:
    """Each paragraph gets its own direction, style and text, whatever came before it."""
    document = hand_built(
        (BlockKind.HEADING, 1, "ar", ["العنوان"]),
        (BlockKind.PARAGRAPH, 0, "ar", ["جملة أولى.", "جملة ثانية."]),
        (BlockKind.PARAGRAPH, 0, "en", ["An English quote."]),
        (BlockKind.LIST_ITEM, 0, "ar", ["بند"]),
        (BlockKind.LIST_ITEM, 0, "en", ["item"]),
        (BlockKind.HEADING, 2, "ar", ["قسم"]),
        (BlockKind.PARAGRAPH, 0, "ar", ["خاتمة  بمسافتين."]),
    )
    exported = _export(document, tmp_path, "original")
    found = [
        (p.style.name if p.style is not None else "", p.text, _is_rtl(p))
        for p in exported.paragraphs
    ]
    assert found == [
        ("Heading 1", "العنوان", True),
        ("Normal", "جملة أولى. جملة ثانية.", True),
        ("Normal", "An English quote.", False),
        ("List Bullet", "بند", True),
        ("List Bullet", "item", False),
        ("Heading 2", "قسم", True),
        ("Normal", "خاتمة  بمسافتين.", True),
    ]
    translations = {s.id: f"t{s.id}" for s in document.sentences()}
    table = _export(document, tmp_path, "bilingual", translations).tables[0]
    rows = table.rows[1:]
    assert [row.cells[0].text for row in rows] == [s.text for s in document.sentences()]
    assert [_is_rtl(row.cells[0].paragraphs[0]) for row in rows] == [
        True,
        True,
        True,
        False,
        True,
        False,
        True,
        True,
    ]


def test_characters_xml_cannot_hold_are_dropped(tmp_path: Path) -> None:
    document = hand_built((BlockKind.PARAGRAPH, 0, "ar", ["نص\x00 مع\x07 رموز\udcff تحكم."]))
    exported = _export(document, tmp_path, "original")
    assert [p.text for p in exported.paragraphs] == ["نص مع رموز تحكم."]
