from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core.document import Document
from desktop.core.summary import (
    DEFAULT_METHOD,
    DEFAULT_SENTENCES,
    METHODS,
    Summary,
    SummaryLength,
    summarize,
)
from desktop.core.translation import SentenceTranslation
from desktop.gui import workers
from desktop.gui.reading import summary_panel
from desktop.gui.reading.summary_panel import SummaryPanel, method_names
from desktop.gui.settings import SUMMARY_LENGTH, SUMMARY_METHOD, Settings
from tests.gui.samples import arabic, empty_document, english, to_english


@pytest.fixture
def translations() -> dict[int, SentenceTranslation]:
    """What a tab's translation runner holds; the panel asks for it when it draws."""
    return {}


@pytest.fixture
def panel(qtbot: QtBot, translations: dict[int, SentenceTranslation]) -> Iterator[SummaryPanel]:
    widget = SummaryPanel(Settings(), lambda: translations)
    qtbot.addWidget(widget)
    widget.resize(520, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    workers.wait_for_all()


def show(qtbot: QtBot, panel: SummaryPanel, document: Document) -> list[int]:
    with qtbot.waitSignal(panel.summary_changed, timeout=10_000) as blocker:
        panel.set_document(document)
    ids: list[int] = blocker.args[0] if blocker.args else []
    return ids


def wait_summary(qtbot: QtBot, panel: SummaryPanel) -> list[int]:
    with qtbot.waitSignal(panel.summary_changed, timeout=10_000) as blocker:
        pass
    return list(blocker.args[0]) if blocker.args else []


def test_methods_have_readable_names_and_the_default_is_selected(panel: SummaryPanel) -> None:
    names = method_names()
    assert set(names) == set(METHODS)
    assert panel.method_combo.count() == len(METHODS)
    assert panel.method() == DEFAULT_METHOD
    assert all(panel.method_combo.itemText(i) for i in range(panel.method_combo.count()))


@pytest.mark.parametrize("sample", [arabic, english], ids=["arabic", "english"])
@pytest.mark.parametrize("method", METHODS)
def test_every_method_summarizes_both_samples(
    qtbot: QtBot, panel: SummaryPanel, sample: object, method: str
) -> None:
    document = sample()  # type: ignore[operator]
    panel.method_combo.setCurrentIndex(panel.method_combo.findData(method))
    ids = show(qtbot, panel, document)
    assert ids == panel.summary_ids()
    assert 1 <= len(ids) <= DEFAULT_SENTENCES
    text = panel.view.toPlainText()
    for sentence_id in ids:
        assert document.sentence(sentence_id).text in text
    assert "sentence" in panel.status_label.text()


def test_length_controls_change_the_number_of_sentences(qtbot: QtBot, panel: SummaryPanel) -> None:
    show(qtbot, panel, arabic())
    with qtbot.waitSignal(panel.summary_changed, timeout=10_000) as blocker:
        panel.sentences_spin.setValue(2)
    assert len(blocker.args[0]) == 2
    with qtbot.waitSignal(panel.summary_changed, timeout=10_000) as blocker:
        panel.sentences_spin.setValue(5)
    assert len(blocker.args[0]) == 5
    with qtbot.waitSignal(panel.summary_changed, timeout=10_000) as blocker:
        panel.unit_combo.setCurrentIndex(1)
        panel.share_slider.setValue(100)
    assert len(blocker.args[0]) == 6  # every sentence but the heading
    assert panel.length() == SummaryLength.ratio(1.0)
    with qtbot.waitSignal(panel.summary_changed, timeout=10_000) as blocker:
        panel.share_slider.setValue(20)
    assert 1 <= len(blocker.args[0]) < 6
    assert panel.share_label.text() == "20 %"


def test_method_and_length_are_remembered(qtbot: QtBot, panel: SummaryPanel) -> None:
    panel.method_combo.setCurrentIndex(panel.method_combo.findData("lexrank"))
    panel.unit_combo.setCurrentIndex(1)
    panel.share_slider.setValue(40)
    assert Settings()[SUMMARY_METHOD] == "lexrank"
    assert Settings()[SUMMARY_LENGTH] == "40%"
    again = SummaryPanel(Settings(), dict)
    qtbot.addWidget(again)
    assert again.method() == "lexrank"
    assert again.length() == SummaryLength.ratio(0.4)


def test_clicking_a_summary_sentence_emits_its_id(qtbot: QtBot, panel: SummaryPanel) -> None:
    document = arabic()
    ids = show(qtbot, panel, document)
    target = ids[-1]
    found = panel.view.document().find(document.sentence(target).text[:20])
    assert not found.isNull()
    cursor = QTextCursor(panel.view.document())
    cursor.setPosition(found.selectionStart() + 4)
    point = panel.view.cursorRect(cursor).center()
    with qtbot.waitSignal(panel.sentence_clicked, timeout=2_000) as blocker:
        QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [target]


def test_highlight_toggle_emits_the_summary_ids(qtbot: QtBot, panel: SummaryPanel) -> None:
    ids = show(qtbot, panel, arabic())
    with qtbot.waitSignal(panel.highlight_changed) as blocker:
        panel.highlight_check.click()
    assert blocker.args == [ids]
    with qtbot.waitSignal(panel.highlight_changed, timeout=10_000) as blocker:
        panel.sentences_spin.setValue(len(ids) + 1)
    assert len(blocker.args[0]) == len(ids) + 1  # a new summary is highlighted too
    with qtbot.waitSignal(panel.highlight_changed) as blocker:
        panel.highlight_check.click()
    assert blocker.args == [[]]


def test_translations_fill_the_second_language_as_they_arrive(
    qtbot: QtBot, panel: SummaryPanel, translations: dict[int, SentenceTranslation]
) -> None:
    ids = show(qtbot, panel, arabic())
    english_of = to_english()
    pending = "Translation pending…"
    assert panel.view.toPlainText().count(pending) == len(ids)
    first = ids[0]
    translations[first] = english_of[first]
    panel.translations_changed()
    text = panel.view.toPlainText()
    assert english_of[first].text in text
    assert text.count(pending) == len(ids) - 1
    translations.update(english_of)
    panel.translations_changed()
    text = panel.view.toPlainText()
    assert pending not in text
    for sentence_id in ids:
        assert english_of[sentence_id].text in text


def test_arabic_is_right_to_left_in_the_bundled_font(
    qtbot: QtBot, panel: SummaryPanel, translations: dict[int, SentenceTranslation]
) -> None:
    ids = show(qtbot, panel, arabic())
    translations.update(to_english())
    panel.translations_changed()
    block = panel.view.document().find(arabic().sentence(ids[0]).text[:15]).block()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    fragments = block.begin()
    families: list[str] = []
    while not fragments.atEnd():
        families += fragments.fragment().charFormat().fontFamilies() or []
        fragments += 1
    assert "Noto Naskh Arabic" in families
    english_block = panel.view.document().find(to_english()[ids[0]].text[:15]).block()
    assert english_block.textDirection() == Qt.LayoutDirection.LeftToRight


def test_an_empty_document_gives_an_empty_summary_and_a_note(
    qtbot: QtBot, panel: SummaryPanel
) -> None:
    assert show(qtbot, panel, empty_document()) == []
    assert "no text to summarize" in panel.view.toPlainText()
    panel.set_document(None)
    assert panel.summary_ids() == []
    assert "Open an article" in panel.view.toPlainText()


def test_summarizing_runs_on_a_worker_and_a_new_request_supersedes_it(
    qtbot: QtBot, panel: SummaryPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    threads: list[threading.Thread] = []

    def slow_summarize(document: Document, length: SummaryLength, method: str) -> Summary:
        threads.append(threading.current_thread())
        if length.value == 2:
            gate.wait(10)  # the first request is still running when the second one starts
        return summarize(document, length, method)

    monkeypatch.setattr(summary_panel, "summarize", slow_summarize)
    panel.sentences_spin.setValue(2)
    panel.set_document(arabic())  # returns at once although the summary is blocked
    assert panel.is_busy()
    assert panel.status_label.text() == "Summarizing…"
    with qtbot.waitSignal(panel.summary_changed, timeout=10_000) as blocker:
        panel.sentences_spin.setValue(4)
        panel.recompute()
    assert len(blocker.args[0]) == 4
    gate.set()
    workers.wait_for_all()
    qtbot.wait(50)
    assert len(panel.summary_ids()) == 4  # the superseded result was dropped
    assert threading.main_thread() not in threads
