from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.gui.export.clipboard import copy_summary, copy_translation, hand_over
from tests.gui.samples import ARABIC_TITLE, ENGLISH_TITLE, arabic, to_english


@pytest.fixture(autouse=True)
def _hand_over_after() -> Iterator[None]:
    """The test application never quits: hand our data over as the app would on quitting."""
    yield
    hand_over()


def clipboard_texts() -> tuple[str, str]:
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    return mime.text(), mime.html()


def test_the_translation_is_copied_as_text_and_html(qtbot: QtBot) -> None:
    message = copy_translation(arabic(), to_english())
    assert message == "The translation was copied to the clipboard."
    text, html = clipboard_texts()
    assert text.startswith(ENGLISH_TITLE)
    assert to_english()[6].text in text
    page = lxml.html.fromstring(html)
    assert ENGLISH_TITLE in page.text_content()


def test_an_unfinished_translation_is_not_copied(qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText("before")
    partial = {key: value for key, value in to_english().items() if key < 2}
    message = copy_translation(arabic(), partial)
    assert "2 of 7 sentences" in message and "Nothing was copied" in message
    assert QGuiApplication.clipboard().text() == "before"


def test_the_summary_is_copied_in_both_languages(qtbot: QtBot) -> None:
    assert copy_summary(arabic(), to_english(), [1, 4]).startswith("The summary was copied")
    text, html = clipboard_texts()
    assert ARABIC_TITLE in text and ENGLISH_TITLE in text
    assert arabic().sentence(4).text in text and to_english()[4].text in text
    assert 'dir="rtl"' in html and 'dir="ltr"' in html


def test_a_summary_without_its_translation_is_copied_in_the_original(qtbot: QtBot) -> None:
    message = copy_summary(arabic(), {1: to_english()[1]}, [1, 4])
    assert "original language only" in message
    text, _html = clipboard_texts()
    assert arabic().sentence(4).text in text
    assert to_english()[1].text not in text
    assert copy_summary(arabic(), None, []) == "There is no summary to copy yet."


def test_on_quitting_the_clipboard_keeps_the_text_in_data_qt_made(qtbot: QtBot) -> None:
    copy_translation(arabic(), to_english())
    hand_over()
    text, _html = clipboard_texts()
    assert text.startswith(ENGLISH_TITLE)
    QGuiApplication.clipboard().setText("copied elsewhere")
    hand_over()  # nothing of ours left: nothing changes
    assert QGuiApplication.clipboard().text() == "copied elsewhere"
