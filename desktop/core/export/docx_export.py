"""Word documents (python-docx), with Arabic set right-to-left the way Word itself writes it.

Word needs three things before Arabic reads right: the paragraph's base direction (`w:bidi` in the
paragraph properties: which edge the text starts from, where the final full stop and the list
bullet go), the run's reading order (`w:rtl`), and a complex-script language and font
(`w:lang w:bidi`, `w:rFonts w:cs`), which Word uses for Arabic letters instead of the Latin font.
python-docx has an API only for `w:rtl`, so the rest is set on the XML here.

Arabic paragraphs get no explicit alignment (`w:jc`): Word reads `left`/`right` relative to the
paragraph's direction, other readers read them literally, so "right" would put Arabic flush left
in Word. Without `w:jc` a right-to-left paragraph starts at the right edge everywhere.
"""

from __future__ import annotations

from copy import deepcopy
from datetime import UTC, datetime
from typing import IO

import docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_DIRECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from desktop.core.document import BlockKind
from desktop.core.export.content import (
    LANGUAGE_NAMES,
    BilingualRow,
    ExportBlock,
    ExportContent,
    ExportKind,
)
from desktop.core.language import ARABIC, ENGLISH, is_rtl

# Present on Windows and macOS, with Arabic glyphs; LibreOffice maps it to Liberation Sans, which
# falls back to an installed Arabic font.
COMPLEX_SCRIPT_FONT = "Arial"
LOCALES = {ARABIC: "ar-SA", ENGLISH: "en-US"}

_MAX_HEADING = 9
# Text of the paragraph and row prototypes, replaced in every copy.
_PLACEHOLDER = "-"
_HEADING_SHADE = "F2F2F2"
# Elements that come after `w:bidi` in a paragraph's properties (ECMA-376 order, which Word
# enforces: an element out of order makes Word call the file corrupt).
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_TBL_HEADER = ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")
_AFTER_SHD = (
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
    "w:headers",
    "w:cellIns",
    "w:cellDel",
    "w:cellMerge",
    "w:tcPrChange",
)


def write_docx(content: ExportContent, stream: IO[bytes]) -> None:
    """Build the Word document for `content` and save it into `stream`."""
    document = docx.Document()
    _set_properties(document, content)
    if content.kind is ExportKind.BILINGUAL:
        _add_bilingual_table(document, content)
    else:
        _add_blocks(document, [b for section in content.sections for b in section.blocks])
    document.save(stream)


def _set_properties(document: DocxDocument, content: ExportContent) -> None:
    """Title and language; clear python-docx's own author and comment, which are not the user's."""
    properties = document.core_properties
    properties.title = content.title
    properties.language = LOCALES.get(content.language, content.language)
    properties.author = ""
    properties.comments = ""
    properties.last_modified_by = ""
    now = datetime.now(UTC).replace(microsecond=0)
    properties.created = now
    properties.modified = now
    properties.revision = 1


def _add_blocks(document: DocxDocument, blocks: list[ExportBlock]) -> None:
    """Add each block as a paragraph, copying the first of each style and language.

    python-docx inserts every paragraph before the section properties by scanning the body, which
    makes a long article quadratic (seconds for a few thousand paragraphs). Each distinct paragraph
    is built once through the API and then copied, which is linear and keeps the markup identical.
    """
    body = document.element.body
    end = body.find(qn("w:sectPr"))
    prototypes: dict[tuple[str | None, str], BaseOxmlElement] = {}
    for block in blocks:
        style = _style(block)
        key = (style, block.language)
        prototype = prototypes.get(key)
        if prototype is None:
            paragraph = document.add_paragraph(style=style)
            set_direction(paragraph, block.language)
            add_text(paragraph, _PLACEHOLDER, block.language)
            prototypes[key] = prototype = deepcopy(paragraph._p)
            body.remove(paragraph._p)
        element = deepcopy(prototype)
        _set_texts(element, block.text)
        if end is None:
            body.append(element)
        else:
            end.addprevious(element)


def _style(block: ExportBlock) -> str | None:
    if block.kind is BlockKind.HEADING:
        return f"Heading {max(1, min(_MAX_HEADING, block.level))}"
    if block.kind is BlockKind.LIST_ITEM:
        return "List Bullet"
    return None


def _add_bilingual_table(document: DocxDocument, content: ExportContent) -> None:
    """A two-column table: a header row naming the languages, then one row per sentence.

    In an Arabic document the table runs right to left (`w:bidiVisual`), so the Arabic column is
    on the right, where an Arabic reader starts; the cells keep the original first in the file.
    Rows are copied from one built per kind (see `_add_blocks` for why).
    """
    keys = list(dict.fromkeys(_row_kind(row) for row in content.rows))
    table = document.add_table(rows=1 + len(keys), cols=2)
    table.style = document.styles["Table Grid"]
    if is_rtl(content.language):
        table.table_direction = WD_TABLE_DIRECTION.RTL
    header, *spare_rows = table.rows
    _repeat_as_header(header)
    for cell, language in zip(
        header.cells, (content.original_language, content.translation_language), strict=True
    ):
        _fill_cell(cell, LANGUAGE_NAMES.get(language, language), language, bold=True)
    prototypes = {key: _row_prototype(row, key) for key, row in zip(keys, spare_rows, strict=True)}
    rows_parent = table._tbl
    for prototype in prototypes.values():
        rows_parent.remove(prototype)
    for row in content.rows:
        element = deepcopy(prototypes[_row_kind(row)])
        _set_texts(element, row.original, row.translation)
        rows_parent.append(element)


def _row_kind(row: BilingualRow) -> tuple[bool, str, str]:
    """What makes two rows' markup differ: heading or not, and the two languages."""
    return (bool(row.heading_level), row.original_language, row.translation_language)


def _row_prototype(row: _Row, kind: tuple[bool, str, str]) -> BaseOxmlElement:
    heading, original_language, translation_language = kind
    cells = row.cells
    _fill_cell(cells[0], _PLACEHOLDER, original_language, bold=heading)
    _fill_cell(cells[1], _PLACEHOLDER, translation_language, bold=heading)
    if heading:
        for cell in cells:
            _shade(cell, _HEADING_SHADE)
    element: BaseOxmlElement = row._tr
    return element


def _set_texts(element: BaseOxmlElement, *texts: str) -> None:
    """Put `texts` into the prototype's text elements, in document order."""
    for slot, text in zip(element.iter(qn("w:t")), texts, strict=True):
        slot.text = text
        slot.set(qn("xml:space"), "preserve")


def _fill_cell(cell: _Cell, text: str, language: str, *, bold: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    set_direction(paragraph, language)
    run = add_text(paragraph, text, language)
    if bold:
        run.bold = True
        run.font.cs_bold = True


def set_direction(paragraph: DocxParagraph, language: str) -> None:
    """Make a paragraph right-to-left when its language is (see the module docstring)."""
    if not is_rtl(language):
        return
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(qn("w:bidi")) is None:
        properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def add_text(paragraph: DocxParagraph, text: str, language: str) -> Run:
    """Add `text` as one run carrying its language (and, for Arabic, direction and font)."""
    run = paragraph.add_run(text)
    properties = run._r.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    locale = LOCALES.get(language, language)
    if is_rtl(language):
        run.font.rtl = True
        run.font.complex_script = True
        fonts = properties.get_or_add_rFonts()
        fonts.set(qn("w:cs"), COMPLEX_SCRIPT_FONT)
        lang.set(qn("w:bidi"), locale)
    else:
        lang.set(qn("w:val"), locale)
    properties.insert_element_before(lang, *_AFTER_LANG)
    return run


def _repeat_as_header(row: _Row) -> None:
    """Repeat the language names at the top of every page the table runs over."""
    row._tr.get_or_add_trPr().insert_element_before(OxmlElement("w:tblHeader"), *_AFTER_TBL_HEADER)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().insert_element_before(shading, *_AFTER_SHD)
