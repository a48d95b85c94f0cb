from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTTextContainer
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.export import IncompleteTranslationError
from desktop.gui.export import printing
from desktop.gui.export.messages import OFFER_OBJECT_NAME
from desktop.gui.export.printing import build_text_document, print_document
from tests.gui.export.checks import pdf_text, watch_destroyed, words_in_order, write_pdf
from tests.gui.samples import arabic, english, to_arabic, to_english

ARABIC_WORDS = ("نشطاء", "مناهضون", "أوروبا")
ENGLISH_WORDS = ("Anti-ACTA", "activists", "protest", "across", "Europe")


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    yield parent


def has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


def line_centres(path: Path) -> tuple[list[float], list[float], float]:
    """Horizontal centres of the Arabic and of the English text lines on the first page, and
    the page's middle. Lines of digits or punctuation alone count as neither."""
    arabic_x: list[float] = []
    latin_x: list[float] = []
    page = next(iter(extract_pages(str(path))))
    for box in page:
        if isinstance(box, LTTextContainer):
            for line in box:
                text = line.get_text().strip()
                centre = (line.x0 + line.x1) / 2
                if has_arabic(text):
                    arabic_x.append(centre)
                elif re.search("[A-Za-z]{3,}", text):
                    latin_x.append(centre)
    return arabic_x, latin_x, (page.x0 + page.x1) / 2


def test_a_pdf_holds_the_text_in_reading_order(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_pdf(arabic(), tmp_path / "article.pdf", "original")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000
    text = pdf_text(path)
    assert words_in_order(text, *ARABIC_WORDS)
    assert words_in_order(text, "قدّرت" if "قدّرت" in text else "قدرت", "الشرطة", "عدد")
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("source", ["arabic", "english"])
def test_a_bilingual_pdf_puts_arabic_on_the_right(
    qtbot: QtBot, tmp_path: Path, source: str
) -> None:
    document, translations = (
        (arabic(), to_english()) if source == "arabic" else (english(), to_arabic())
    )
    path = write_pdf(document, tmp_path / "both.pdf", "bilingual", translations)
    text = pdf_text(path)
    assert words_in_order(text, *ARABIC_WORDS)
    assert words_in_order(text, *ENGLISH_WORDS)
    arabic_x, latin_x, middle = line_centres(path)
    assert arabic_x and latin_x
    assert min(arabic_x) > middle > max(latin_x)  # the Arabic column is the right-hand one


def test_the_layout_is_right_to_left_in_the_bundled_font(qtbot: QtBot) -> None:
    text_document = build_text_document(arabic(), "summary", to_english(), [1, 4])
    directions = {}
    block = text_document.begin()
    while block.isValid():
        if block.text().strip():
            directions[block.text()] = block
        block = block.next()
    arabic_items = [
        b for text, b in directions.items() if text.startswith("\u2022") and has_arabic(text)
    ]
    assert len(arabic_items) == 2  # the two summary sentences, bullet first (on the right)
    for item in arabic_items:
        assert item.textDirection() == Qt.LayoutDirection.RightToLeft
        assert item.textList() is None
        fragments = item.begin()
        families: list[str] = []
        while not fragments.atEnd():
            families += fragments.fragment().charFormat().fontFamilies() or []
            fragments += 1
        assert "Noto Naskh Arabic" in families
    english_items = [b for b in directions.values() if b.textList() is not None]
    assert len(english_items) == 2
    assert all(b.textDirection() == Qt.LayoutDirection.LeftToRight for b in english_items)


def test_an_unfinished_translation_is_not_written(tmp_path: Path) -> None:
    target = tmp_path / "earlier.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(IncompleteTranslationError):
        write_pdf(arabic(), target, "translation", {0: "Title"})
    assert target.read_bytes() == b"earlier"


def test_print_opens_a_dialog_that_prints_and_is_freed(
    qtbot: QtBot, window: QWidget, tmp_path: Path
) -> None:
    dialog = print_document(window, arabic(), to_english(), "bilingual")
    assert isinstance(dialog, QPrintDialog)
    assert dialog.isVisible()  # opened with open(): this call did not block
    # Offscreen there is no printer: print to a file through the dialog's own field.
    field = dialog.findChild(QLineEdit, "filename")
    assert field is not None
    out = tmp_path / "printed.pdf"
    field.setText(str(out))
    freed = watch_destroyed(dialog)
    dialog.accept()
    qtbot.waitUntil(freed)
    assert words_in_order(pdf_text(out), *ARABIC_WORDS)
    assert words_in_order(pdf_text(out), *ENGLISH_WORDS)


def test_print_offers_the_original_while_the_translation_is_unfinished(
    qtbot: QtBot, window: QWidget
) -> None:
    assert print_document(window, arabic(), {}, "translation") is None
    offer = window.findChild(QMessageBox, OFFER_OBJECT_NAME)
    assert offer is not None and offer.isVisible()
    assert "0 of 7 sentences" in offer.text()
    accept = next(
        b for b in offer.buttons() if offer.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    assert accept.text() == "Print the Original"
    accept.click()
    qtbot.waitUntil(
        lambda: window.findChild(QPrintDialog, printing.PRINT_DIALOG_OBJECT_NAME) is not None
    )
    dialog = window.findChild(QPrintDialog, printing.PRINT_DIALOG_OBJECT_NAME)
    assert dialog is not None
    freed = watch_destroyed(dialog)
    dialog.reject()
    qtbot.waitUntil(freed)


def test_nashra_reopens_its_own_pdf_export(qtbot: QtBot, tmp_path: Path) -> None:
    """A PDF Qt wrote loads back as Arabic in logical order.

    Qt writes the lam-alef ligature as glyphs with no character mapping, so words with "لا" lose
    those two letters in the text layer (a limit of Qt's PDF writer, not of the loader).
    """
    from desktop.core.pipeline import open_document

    path = write_pdf(arabic(), tmp_path / "original.pdf", "original")
    reopened = open_document(path)
    assert reopened.language == "ar"
    text = " ".join(p.text for p in reopened.paragraphs)
    assert "المتظاهرين" in text
    assert "نشطاء مناهضون" in text
