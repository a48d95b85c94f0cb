"""The reader's window: the panes lead, the summary keeps its place and its controls, the first
window fits the screen, and the status bar tells the truth."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import FIRST_WINDOW_SHARE, MainWindow
from desktop.gui.reading.tab_layout import SUMMARY_MIN_WIDTH
from desktop.gui.settings import AUTO_TRANSLATE, SUMMARY_POSITION, Settings
from tests.gui.helpers import SAMPLE, make_window, open_and_wait


@pytest.mark.usefixtures("inline_workers", "no_auto_translate")
def test_the_reading_panes_lead_and_the_summary_keeps_its_controls(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.resize(1280, 800)
    tab = open_and_wait(qtbot, window, SAMPLE)
    panel = tab.summary_panel
    qtbot.waitUntil(lambda: panel.width() > 0)
    for pane in (tab.original, tab.translation_pane):
        assert pane.width() > panel.width()
    assert panel.width() >= SUMMARY_MIN_WIDTH
    for combo in (panel.method_combo, panel.unit_combo):
        assert combo.width() >= combo.sizeHint().width()  # "Nashra (recommended)", not "Nash"

    window.resize(700, 600)  # a small window squeezes the panes, never the summary's choices
    qtbot.wait(50)
    for combo in (panel.method_combo, panel.unit_combo):
        assert combo.width() >= combo.sizeHint().width()


@pytest.mark.usefixtures("no_auto_translate")
def test_the_summary_takes_the_place_kept_for_it(qtbot: QtBot) -> None:
    """The panel is built after the article's first paint: the panes must not move then."""
    window = make_window(qtbot)
    window.resize(1280, 800)
    window.open_file(str(SAMPLE))
    qtbot.waitUntil(lambda: window.current_tab() is not None, timeout=20_000)
    tab = window.current_tab()
    assert tab is not None
    qtbot.waitUntil(lambda: tab.original.isVisible())
    before = tab.reading_splitter.width()
    qtbot.waitUntil(lambda: tab.outer_splitter.widget(1) is tab.summary_panel, timeout=10_000)
    qtbot.wait(50)
    assert abs(tab.reading_splitter.width() - before) <= 2


@pytest.mark.usefixtures("inline_workers", "no_auto_translate")
def test_the_summary_can_go_below_the_text(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    window.settings[SUMMARY_POSITION] = "below"
    assert tab.outer_splitter.orientation() == Qt.Orientation.Vertical
    window.settings[SUMMARY_POSITION] = "beside"
    assert tab.outer_splitter.orientation() == Qt.Orientation.Horizontal


def test_the_first_window_fits_the_screen_and_comes_back_as_left(qtbot: QtBot) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert abs(window.width() - area.width() * FIRST_WINDOW_SHARE) <= 2
    assert abs(window.height() - area.height() * FIRST_WINDOW_SHARE) <= 2
    window.resize(500, 400)
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (500, 400)


def test_the_first_frame_says_the_translation_is_coming(qtbot: QtBot) -> None:
    Settings()[AUTO_TRANSLATE] = True
    window = make_window(qtbot)
    texts: list[str] = []
    window.statusBar().messageChanged.connect(texts.append)
    window.document_opened.connect(lambda _tab: texts.append(window.statusBar().currentMessage()))
    window.open_file(str(SAMPLE))
    qtbot.waitUntil(lambda: window.current_tab() is not None, timeout=20_000)
    assert not any("Translation is off" in text for text in texts)
    assert any("Preparing the translation" in text for text in texts)


@pytest.mark.usefixtures("inline_workers")
def test_a_file_that_cannot_be_opened_says_so_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window = make_window(qtbot)
    window.open_file(str(empty))
    message = window.statusBar().currentMessage()
    assert "Opening" not in message
    assert "empty.txt" in message and "could not be opened" in message
