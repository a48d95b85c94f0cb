"""PDFs: Arabic text layers in visual order with presentation forms come out as normal text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from desktop.core.errors import NoTextLayerError
from desktop.core.loading import load_file
from desktop.core.loading.arabic_pdf_repair import is_presentation_form
from tests.unit.core.loading.arabic_shaping import shape, visual
from tests.unit.core.loading.pdf_builder import Line, build_pdf, scanned_page_pdf

TABULA_EXPECTED = [
    "اسمي سلطان",
    "من اين انت؟",
    "1234",
    "هل انت شباك؟",
    "انا من ولاية كارولينا الشمال",
    "اسمي Jeremy في الانجليزية",
    "عندي 47 قطط",
    "Jeremy is جرمي in Arabic",
    "مرحباً",
]

SENTENCES = ["السلام عليكم يا أصدقاء", "مرحبا بكم في الانجليزية", "هل انت شباك؟"]


def _no_presentation_forms(text: str) -> bool:
    return not any(is_presentation_form(ch) for ch in text)


def test_tabula_arabic_pdf_comes_out_in_logical_order(shared_dir: Path) -> None:
    raw = load_file(shared_dir / "eval/files/tabula_arabic_pdf/arabic.pdf")
    assert raw.format == "pdf"
    texts = [" ".join(block.text.split()) for block in raw.blocks]
    for expected in TABULA_EXPECTED:
        assert expected in texts
    assert _no_presentation_forms(raw.text)


def test_visual_order_presentation_forms_are_repaired(tmp_path: Path) -> None:
    lines = [Line(visual(text), 72, 700 - 40 * index) for index, text in enumerate(SENTENCES)]
    path = tmp_path / "visual.pdf"
    path.write_bytes(build_pdf([[Line("Press release", 72, 780, latin=True), *lines]]))
    raw = load_file(path)
    assert [block.text for block in raw.blocks] == ["Press release", *SENTENCES]
    assert _no_presentation_forms(raw.text)


def test_logical_order_text_is_left_alone(tmp_path: Path) -> None:
    """Producers that store Arabic logically (glyphs placed right to left) need no reordering."""
    lines = [
        Line(text, 520, 700 - 40 * index, right_to_left=True)
        for index, text in enumerate(SENTENCES)
    ]
    path = tmp_path / "logical.pdf"
    path.write_bytes(build_pdf([lines], title="بيان صحفي"))
    raw = load_file(path)
    assert [block.text for block in raw.blocks] == SENTENCES
    assert raw.title == "بيان صحفي"


def test_logical_order_presentation_forms_become_base_letters(tmp_path: Path) -> None:
    lines = [
        Line(shape(text), 520, 700 - 40 * index, right_to_left=True)
        for index, text in enumerate(SENTENCES)
    ]
    path = tmp_path / "shaped.pdf"
    path.write_bytes(build_pdf([lines]))
    raw = load_file(path)
    assert [unicodedata.normalize("NFC", block.text) for block in raw.blocks] == SENTENCES


def test_pages_keep_their_order(tmp_path: Path) -> None:
    pages = [
        [Line("Page one text", 72, 700, latin=True)],
        [Line("Page two text", 72, 700, latin=True)],
    ]
    path = tmp_path / "two.pdf"
    path.write_bytes(build_pdf(pages))
    assert [block.text for block in load_file(path).blocks] == ["Page one text", "Page two text"]


def test_scanned_pdf_says_it_needs_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_page_pdf())
    with pytest.raises(NoTextLayerError) as caught:
        load_file(path)
    message = str(caught.value)
    assert "scan.pdf" in message
    assert "scanned" in message
    assert "OCR" in message
