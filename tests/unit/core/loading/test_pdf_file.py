"""PDFs: Arabic text layers in visual order with presentation forms come out as normal text."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from desktop.core.document import Matter
from desktop.core.errors import CorruptFileError, NoTextLayerError
from desktop.core.loading import load_file
from desktop.core.loading.arabic_pdf_repair import is_presentation_form
from tests.fixtures.arabic_shaping import visual
from tests.fixtures.generated_pdfs import FLORES_AR, arabic_pdf, flores_paragraphs
from tests.fixtures.pdf_builder import Line, build_pdf, scanned_page_pdf

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


def _paragraph_lines(texts: list[str], *, top: float = 700) -> list[Line]:
    """One line per paragraph, set apart by more than the leading of a paragraph's lines."""
    return [Line(visual(text), 72, top - 50 * index) for index, text in enumerate(texts)]


def test_visual_order_presentation_forms_are_repaired(tmp_path: Path) -> None:
    path = tmp_path / "visual.pdf"
    lines = [Line("Press release", 72, 780, latin=True), *_paragraph_lines(SENTENCES)]
    path.write_bytes(build_pdf([lines]))
    raw = load_file(path)
    assert [block.text for block in raw.blocks] == ["Press release", *SENTENCES]
    assert _no_presentation_forms(raw.text)


def test_logical_order_text_placed_glyph_by_glyph_comes_out_in_reading_order(
    tmp_path: Path,
) -> None:
    """A producer that writes each glyph as its own text object, right to left (fpdf2 here,
    with Noto Naskh Arabic embedded): the glyphs' positions give the order."""
    path = tmp_path / "glyphs.pdf"
    text = arabic_pdf(path, SENTENCES, store="glyphs", title="بيان صحفي")
    raw = load_file(path)
    body = [block.text for block in raw.blocks if block.matter is Matter.BODY]
    assert body == text.paragraphs
    assert raw.title == "بيان صحفي"
    assert _no_presentation_forms(raw.text)


def test_words_written_one_by_one_make_lines_and_paragraphs(tmp_path: Path) -> None:
    """Every word its own text object (pdfminer gave one box per word, backwards): lines are
    rebuilt by baseline, right to left, digits and Latin words left to right inside them."""
    paragraphs = [
        "قالت شركة Google في بيان يوم 12 مارس 2024 إن البرنامج الجديد Chrome OS سيصدر قريبا.",
        *flores_paragraphs(FLORES_AR, 3, sentences=3),
    ]
    path = tmp_path / "words.pdf"
    arabic_pdf(path, paragraphs, store="visual")
    raw = load_file(path)
    body = [block.text for block in raw.blocks if block.matter is Matter.BODY]
    assert body == paragraphs


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


# --- hostile PDFs (regressions: each of these used to take minutes or gigabytes) -----------------


def _one_page_pdf(path: Path, content: bytes) -> Path:
    from tests.fixtures.hostile_pdf import flate_page

    path.write_bytes(flate_page(content))
    return path


def test_a_flate_bomb_is_refused_before_pdfminer_inflates_it(tmp_path: Path) -> None:
    """256 MB of page content in a 250 KB file: refused without inflating it whole."""
    from tests.fixtures.hostile_pdf import flate_bomb

    path = _one_page_pdf(tmp_path / "bomb.pdf", flate_bomb(256 << 20))
    with pytest.raises(CorruptFileError, match="would unpack to more than the 200 MB allowed"):
        load_file(path)


def test_a_stream_followed_by_more_data_is_measured_and_the_file_read(tmp_path: Path) -> None:
    """The stream check stops at the end of each stream (the bytes after it are not Flate)."""
    line = b"BT /F1 12 Tf 72 700 Td (A line of text after a compressed stream.) Tj ET"
    path = _one_page_pdf(tmp_path / "ok.pdf", zlib.compress(line))
    assert load_file(path).blocks[0].text == "A line of text after a compressed stream."


def test_text_stacked_in_one_place_reads_as_one_line_quickly(tmp_path: Path) -> None:
    """500 copies of a line on one spot kept pdfminer's layout busy for 12 s; PDFium drops
    text drawn again exactly over itself, so the page reads as the one line it shows."""
    line = b"BT /F1 12 Tf 72 700 Td (The same line drawn again and again.) Tj ET\n"
    path = _one_page_pdf(tmp_path / "stacked.pdf", zlib.compress(line * 500))
    assert [block.text for block in load_file(path).blocks] == [
        "The same line drawn again and again."
    ]


def test_a_page_of_more_characters_than_any_real_one_is_refused_before_it_is_read(
    tmp_path: Path,
) -> None:
    shows = [
        f"BT /F1 2 Tf {10 + (i % 20) * 28} {800 - (i // 20) * 2.2:.2f} Td (Line {i} x) Tj ET"
        for i in range(12_000)
    ]
    path = _one_page_pdf(tmp_path / "dense.pdf", zlib.compress("\n".join(shows).encode()))
    with pytest.raises(CorruptFileError, match="more than 100,000 characters"):
        load_file(path)


def test_glyphs_stacked_deeper_than_any_overprint_are_refused() -> None:
    from desktop.core.loading.pdf_limits import PageTooComplexError, check_stacking

    with pytest.raises(PageTooComplexError, match="over and over in the same place"):
        check_stacking(1, [(72.0, 700.0)] * 2_000)
    check_stacking(1, [(x * 6.0, y * 14.0) for x in range(80) for y in range(40)])


def test_overprinted_bold_and_harakat_are_not_taken_for_stacking(tmp_path: Path) -> None:
    """Real pages put two to eight glyphs on one spot; only far deeper stacks are refused."""
    shows = []
    for row in range(60):
        text = f"Line {row} of a page printed in bold by drawing each line four times."
        for _copy in range(4):
            shows.append(f"BT /F1 10 Tf 40 {800 - row * 12} Td ({text}) Tj ET")
    path = _one_page_pdf(tmp_path / "bold.pdf", zlib.compress("\n".join(shows).encode()))
    assert "Line 59" in " ".join(block.text for block in load_file(path).blocks)


def _page_of(lines: list[str], *, top: float = 760) -> list[Line]:
    return [
        Line(text, 72, top - 16 * index, size=12, latin=True) for index, text in enumerate(lines)
    ]


def test_a_paragraph_cut_by_a_page_break_is_joined(tmp_path: Path) -> None:
    """Its last line on the page is full and stops inside a sentence: it goes on overleaf."""
    first = _page_of(
        [
            "This paragraph is long enough to fill a line, and",
            "then it runs on and on and on down to the foot of",
        ]
    )
    second = _page_of(["the page and over it.", "", "A new paragraph."])
    path = tmp_path / "two.pdf"
    path.write_bytes(build_pdf([first, [line for line in second if line.text]]))
    texts = [block.text for block in load_file(path).blocks]
    assert texts[0].endswith("to the foot of the page and over it.")


def test_a_heading_at_the_foot_of_a_page_stays_apart(tmp_path: Path) -> None:
    first = _page_of(["A full paragraph that ends at the foot of the page.", "", "Heading"])
    second = _page_of(["Text under the heading."])
    path = tmp_path / "two.pdf"
    path.write_bytes(build_pdf([[line for line in first if line.text], second]))
    texts = [block.text for block in load_file(path).blocks]
    assert texts[-1] == "Text under the heading." and "Heading" in texts[-2]
