"""DOCX, ODT, EPUB and Markdown files written by each format's own library (or by hand for
Markdown): paragraphs in reading order, headings with levels, list items, table cells, titles."""

from __future__ import annotations

import warnings
from pathlib import Path

import docx
from ebooklib import epub
from odf import teletype
from odf.dc import Title
from odf.opendocument import OpenDocumentText
from odf.style import Style
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, P

from desktop.core.document import Block, BlockKind
from desktop.core.loading import load_file

H1 = "تقرير عن الصحافة المستقلة"
INTRO = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الصحافة المستقلة."
H2 = "Reactions"
ENGLISH = "The union welcomed the plan but asked for legal guarantees."
ITEMS = ["تدريب الصحفيين الشباب", "Small grants for new websites"]
CELLS = ["المدينة", "Cairo", "العدد", "12"]
LAST = "وقال رئيس النقابة إن الخطة خطوة أولى مهمة."

EXPECTED = [
    Block(H1, BlockKind.HEADING, 1),
    Block(INTRO),
    Block(H2, BlockKind.HEADING, 2),
    Block(ENGLISH),
    Block(ITEMS[0], BlockKind.LIST_ITEM),
    Block(ITEMS[1], BlockKind.LIST_ITEM),
    *[Block(cell) for cell in CELLS],
    Block(LAST),
]


def write_docx(path: Path, *, title: str | None = "عنوان التقرير") -> None:
    document = docx.Document()
    if title:
        document.core_properties.title = title
    document.add_heading(H1, level=1)
    document.add_paragraph(INTRO)
    document.add_paragraph("   ")  # blank paragraphs are not blocks
    document.add_heading(H2, level=2)
    document.add_paragraph(ENGLISH)
    document.add_paragraph(ITEMS[0], style="List Bullet")
    document.add_paragraph(ITEMS[1], style="List Number")
    table = document.add_table(rows=2, cols=2)
    for index, text in enumerate(CELLS):
        table.cell(index // 2, index % 2).text = text
    document.add_paragraph(LAST)
    document.save(str(path))


def write_odt(path: Path) -> None:
    document = OpenDocumentText()
    heading_style = Style(name="Heading", family="paragraph")
    document.styles.addElement(heading_style)
    document.meta.addElement(Title(text="عنوان التقرير"))
    body = document.text
    body.addElement(H(outlinelevel=1, stylename=heading_style, text=H1))
    body.addElement(P(text=INTRO))
    body.addElement(P(text=""))
    body.addElement(H(outlinelevel=2, stylename=heading_style, text=H2))
    body.addElement(P(text=ENGLISH))
    items = List()
    for item in ITEMS:
        list_item = ListItem()
        list_item.addElement(P(text=item))
        items.addElement(list_item)
    body.addElement(items)
    table = Table(name="numbers")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for row_index in range(2):
        row = TableRow()
        for col_index in range(2):
            cell = TableCell()
            cell.addElement(P(text=CELLS[row_index * 2 + col_index]))
            row.addElement(cell)
        table.addElement(row)
    body.addElement(table)
    paragraph = P()
    teletype.addTextToElement(paragraph, LAST)
    body.addElement(paragraph)
    document.save(str(path))


def write_epub(path: Path) -> None:
    book = epub.EpubBook()
    book.set_identifier("nashra-test")
    book.set_title("عنوان الكتاب")
    book.set_language("ar")
    # Written out of order in the manifest; the spine says chapter one comes first.
    second = epub.EpubHtml(title="2", file_name="chapter2.xhtml", lang="ar")
    second.content = (
        f"<html><body><ul><li>{ITEMS[0]}</li><li>{ITEMS[1]}</li></ul>"
        f"<table><tr><td>{CELLS[0]}</td><td>{CELLS[1]}</td></tr>"
        f"<tr><td>{CELLS[2]}</td><td>{CELLS[3]}</td></tr></table>"
        f"<div>{LAST}</div><script>var x = 1;</script></body></html>"
    )
    first = epub.EpubHtml(title="1", file_name="chapter1.xhtml", lang="ar")
    first.content = (
        f"<html><body><h1>{H1}</h1><p>{INTRO}</p><h2>{H2}</h2>"
        f"<p>The union <b>welcomed</b> the plan but asked for legal guarantees.</p></body></html>"
    )
    book.add_item(second)
    book.add_item(first)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.toc = [first, second]
    book.spine = ["nav", first, second]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        epub.write_epub(str(path), book)


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
