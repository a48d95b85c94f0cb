"""Parts of a document that are not running prose are drawn as what they are: code monospaced
and left to right, notes smaller under a "Notes" line, front and back matter dimmed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QPalette, QTextBlock
from pytestqt.qtbot import QtBot

from desktop.gui.reading.document_tab import DocumentTab
from desktop.gui.reading.sentence_blocks import NOTES_DIVIDER
from tests.fixtures.generated_documents import odt_footnote
from tests.gui.helpers import make_window, open_and_wait

pytestmark = pytest.mark.usefixtures("no_auto_translate", "inline_workers")

CODE = 'print("مرحبا")  # greet'


def _block_with(tab: DocumentTab, text: str) -> QTextBlock:
    document = tab.original.document()
    block = document.begin()
    while block.isValid():
        if text in block.text():
            return block
        block = block.next()
    raise AssertionError(f"no block shows {text!r}")


def test_code_is_monospaced_left_to_right_and_never_translated(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "guide.md"
    path.write_text(
        f"# دليل قصير\n\nاكتب السطر التالي في الملف ثم شغّله.\n\n```python\n{CODE}\n```\n",
        "utf-8",
    )
    tab = open_and_wait(qtbot, make_window(qtbot), path)
    block = _block_with(tab, CODE)
    assert block.text() == CODE  # one unit: not cut into sentences
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    fragment = block.begin().fragment()
    assert fragment.charFormat().fontFamilies() == [fixed]  # the Arabic too: one run
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    prose = _block_with(tab, "اكتب السطر")
    assert prose.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert prose.begin().fragment().charFormat().fontFamilies() != [fixed]


def test_notes_come_after_a_notes_line_smaller_than_the_body(qtbot: QtBot, tmp_path: Path) -> None:
    generated = odt_footnote(tmp_path)
    tab = open_and_wait(qtbot, make_window(qtbot), generated.path)
    note = _block_with(tab, "هذه حاشية في أسفل الصفحة.")
    divider = note.previous().previous()  # a spacer between
    assert divider.text() == NOTES_DIVIDER["ar"]
    body = _block_with(tab, "تقرير مع حاشية").next().next()
    size = body.begin().fragment().charFormat().fontPointSize()
    assert note.begin().fragment().charFormat().fontPointSize() < size
    assert tab.original.text.sentence_at(divider, 1) is None  # the line is no sentence


def test_contents_pages_are_dimmed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "book.txt"
    path.write_text(
        "المحتويات\n\nالفصل الأول ........ 3\n\nالفصل الثاني ........ 9\n\n"
        "الفصل الأول\n\nبدأت القصة في قرية صغيرة على ضفاف النهر منذ زمن بعيد.\n",
        "utf-8",
    )
    tab = open_and_wait(qtbot, make_window(qtbot), path)
    placeholder = tab.original.palette().color(QPalette.ColorRole.PlaceholderText)
    contents = _block_with(tab, "الفصل الثاني")
    body = _block_with(tab, "بدأت القصة")
    assert contents.begin().fragment().charFormat().foreground().color() == placeholder
    assert body.begin().fragment().charFormat().foreground().color() != placeholder
