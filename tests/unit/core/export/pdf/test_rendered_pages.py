"""The pages as poppler draws them: Arabic flush right, English flush left, inside the margins.

Pixels are counted at a low resolution, so the checks hold for any poppler version; the PNGs
looked at by eye are listed in the issue's report.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.document import Document
from desktop.core.export import export_document
from desktop.core.export.pdf_export import MARGIN, PAGE_SIZES
from tests.unit.core.export.pdf import articles
from tests.unit.core.export.pdf.readers import render_gray

DPI = 36  # half a pixel per point
INK = 128


def _first_line_extent(path: Path) -> tuple[float, float]:
    """Left and right ink edges (points) of the first line of text."""
    _width, _height, rows = render_gray(path, dpi=DPI)
    inked = [index for index, row in enumerate(rows) if min(row) < INK]
    top = inked[0]
    band = []
    for index in inked:  # the first run of rows with ink: the first line
        if band and index != band[-1] + 1:
            break
        band.append(index)
    columns = [x for row in band for x, value in enumerate(rows[row]) if value < INK]
    scale = 72 / DPI
    assert band and top * scale >= MARGIN - 2
    return min(columns) * scale, (max(columns) + 1) * scale


def _export(document: Document, path: Path, what: str = "original") -> Path:
    return export_document(document, path, what=what, to="pdf", page_size="a4")


def test_arabic_heading_is_flush_right(tmp_path: Path) -> None:
    left, right = _first_line_extent(_export(articles.arabic(), tmp_path / "ar.pdf"))
    page_width = PAGE_SIZES["a4"][0]
    assert abs(right - (page_width - MARGIN)) <= 4
    assert left > page_width / 2  # a short headline: the left of the line stays empty


def test_english_heading_is_flush_left(tmp_path: Path) -> None:
    left, right = _first_line_extent(_export(articles.english(), tmp_path / "en.pdf"))
    assert abs(left - MARGIN) <= 4
    assert right < PAGE_SIZES["a4"][0] / 2 + 150


def test_bilingual_header_names_each_column_on_its_side(tmp_path: Path) -> None:
    """ "English" at the left edge of the left column, "العربية" at the right edge of the right."""
    document = articles.arabic()
    translations = articles.translations(document, articles.ARABIC_TO_ENGLISH)
    path = export_document(
        document,
        tmp_path / "bi.pdf",
        what="bilingual",
        to="pdf",
        translations=translations,
        page_size="a4",
    )
    _width, _height, rows = render_gray(path, dpi=DPI)
    scale = 72 / DPI
    # The header row's text: dark pixels (the grey ground and borders are lighter than text).
    page_width = PAGE_SIZES["a4"][0]
    header = [row for row in rows[int((MARGIN + 3) / scale) : int((MARGIN + 24) / scale)]]
    dark = sorted({x for row in header for x, value in enumerate(row) if value < 110})
    left_half = [x * scale for x in dark if x * scale < page_width / 2]
    right_half = [x * scale for x in dark if x * scale > page_width / 2]
    assert left_half and right_half
    assert min(left_half) < MARGIN + 12  # "English", flush left in its cell
    assert max(right_half) > page_width - MARGIN - 16  # "العربية", flush right in its cell
    assert max(left_half) < page_width / 2 - 60 and min(right_half) > page_width / 2 + 60
