"""What the reader should know about a document that opened: a language no model translates
takes the translation pane's place (no download offered), and characters a PDF could not map
are counted above the panes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.document import Notice, NoticeKind
from desktop.gui.reading.document_notices import notice_text
from desktop.gui.reading.translation_state import TranslationState
from tests.conftest import REPO
from tests.gui.helpers import make_window, open_and_wait

PERSIAN = REPO / "tests" / "fixtures" / "real" / "text" / "lingua-sentences-fa.txt"


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_a_persian_document_says_no_model_translates_it(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, PERSIAN)
    tab.start_translation()
    qtbot.waitUntil(lambda: tab.state is TranslationState.UNSUPPORTED_LANGUAGE, timeout=20_000)
    notice = tab.translation_pane.notice
    assert isinstance(notice, QLabel)
    assert "Persian" in notice.text() and "Arabic and English" in notice.text()
    assert tab.banner is None and not notice.findChildren(QPushButton)  # nothing to download
    assert "No model translates this language." in window.statusBar().currentMessage()
    assert tab.original.toPlainText()  # the text itself is there to read


@pytest.mark.usefixtures("no_auto_translate", "inline_workers")
def test_notices_show_above_the_panes_only_when_there_are_some(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot)
    path = tmp_path / "plain.txt"
    path.write_text("قال المتحدث إن الاجتماع سيعقد غدا في العاصمة.\n", "utf-8")
    tab = open_and_wait(qtbot, window, path)
    assert tab.notices.isHidden()
    tab.notices.show_notices([Notice(NoticeKind.UNMAPPED_CHARACTERS, "…", count=1234)])
    count = QLocale().toString(1234)  # digits and grouping of the interface's locale
    assert tab.notices.isVisible() and f"{count} characters" in tab.notices.text()


def test_a_language_notice_is_said_in_the_pane_not_above_it() -> None:
    notice = Notice(NoticeKind.UNSUPPORTED_LANGUAGE, "…", language="fa")
    assert notice_text(notice) is None
