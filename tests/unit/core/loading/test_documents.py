"""DOCX, ODT, EPUB and Markdown files written by each format's own library (or by hand for
Markdown): paragraphs in reading order, headings with levels, list items, table cells, titles."""

from __future__ import annotations

from pathlib import Path

import docx

from desktop.core.document import Block, BlockKind
from desktop.core.loading import load_file
from tests.fixtures.document_writers import (
    CELLS,
    EXPECTED,
    H1,
    H2,
    INTRO,
    ITEMS,
    LAST,
    write_docx,
    write_epub,
    write_odt,
)

MARKDOWN = f"""# {H1}

{INTRO}

{H2}
---------

The union welcomed the plan
but asked for legal guarantees.

- {ITEMS[0]}
- *Small* grants for new websites

| {CELLS[0]} | {CELLS[1]} |
|---|---|
| {CELLS[2]} | {CELLS[3]} |

{LAST}
"""


def test_docx_blocks_kinds_levels_and_order(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    write_docx(path)
    raw = load_file(path)
    assert raw.format == "docx"
    assert list(raw.blocks) == EXPECTED
    assert raw.title == "عنوان التقرير"


def test_docx_without_metadata_title_takes_its_opening_heading(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    write_docx(path, title=None)
    assert load_file(path).title == H1


def test_docx_title_style_is_the_title_when_metadata_has_none(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("بيان صحفي", style="Title")
    document.add_paragraph("نص البيان.")
    path = tmp_path / "statement.docx"
    document.save(str(path))
    raw = load_file(path)
    assert raw.title == "بيان صحفي"
    assert list(raw.blocks) == [Block("بيان صحفي", BlockKind.HEADING, 1), Block("نص البيان.")]


def test_odt_blocks_kinds_levels_and_order(tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    write_odt(path)
    raw = load_file(path)
    assert raw.format == "odt"
    assert list(raw.blocks) == EXPECTED
    assert raw.title == "عنوان التقرير"


def test_epub_follows_the_spine_and_skips_the_table_of_contents(tmp_path: Path) -> None:
    path = tmp_path / "book.epub"
    write_epub(path)
    raw = load_file(path)
    assert raw.format == "epub"
    assert list(raw.blocks) == EXPECTED
    assert raw.title == "عنوان الكتاب"


def test_markdown_from_parser_tokens(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    raw = load_file(path)
    assert raw.format == "markdown"
    assert list(raw.blocks) == EXPECTED
    assert raw.title is None


def test_markdown_code_fence_hash_lines_are_not_headings(tmp_path: Path) -> None:
    path = tmp_path / "code.markdown"
    path.write_text("```\n# not a heading\n```\n\n## حقيقي\n", encoding="utf-8")
    raw = load_file(path)
    assert list(raw.blocks) == [
        Block("# not a heading", BlockKind.CODE),
        Block("حقيقي", BlockKind.HEADING, 2),
    ]
