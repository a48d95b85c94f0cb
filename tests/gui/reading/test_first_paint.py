"""Work deferred until a widget is on screen; what the app loads before an article is painted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.reading import first_paint
from desktop.gui.reading.first_paint import after_first_paint
from desktop.gui.reading.summary_panel import SummaryPanel
from desktop.gui.settings import SHOW_SUMMARY, Settings
from tests.conftest import REPO
from tests.gui.helpers import SAMPLE, long_arabic_article, make_window, open_and_wait, run_python


class PaintCounter(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_the_callback_runs_after_the_widget_is_painted(qtbot: QtBot) -> None:
    widget = PaintCounter()
    qtbot.addWidget(widget)
    paints_seen: list[int] = []
    widget.show()  # shown, not yet painted: that needs the event loop
    after_first_paint(widget, lambda: paints_seen.append(widget.paints))
    assert paints_seen == []  # never synchronously
    qtbot.waitUntil(lambda: paints_seen != [], timeout=5_000)
    assert paints_seen[0] >= 1
    widget.update()
    qtbot.waitUntil(lambda: widget.paints > paints_seen[0], timeout=5_000)
    qtbot.wait(first_paint.FALLBACK_MS + 100)
    assert len(paints_seen) == 1  # neither a later paint nor the fallback timer calls it again


def test_a_hidden_widget_does_not_hold_the_work_back(qtbot: QtBot) -> None:
    widget = PaintCounter()
    qtbot.addWidget(widget)
    called: list[bool] = []
    after_first_paint(widget, lambda: called.append(True))
    qtbot.waitUntil(lambda: called == [True], timeout=first_paint.FALLBACK_MS)
    assert widget.paints == 0


def test_nothing_runs_for_a_widget_deleted_before_its_paint(qtbot: QtBot) -> None:
    widget = PaintCounter()
    widget.show()  # visible: waits for the paint, or for the fallback timer
    called: list[bool] = []
    after_first_paint(widget, lambda: called.append(True))
    widget.deleteLater()  # a tab closed at once
    qtbot.wait(first_paint.FALLBACK_MS + 200)
    assert called == []


def test_the_article_is_painted_before_summary_and_translation_load(
    tmp_path: Path, argos_packages_dir: Path
) -> None:
    """`nashra FILE` with a pack installed and "Translate Automatically" on: by the time the
    article's first paint arrives, nothing heavy (CTranslate2, sumy, numpy, the SQLite cache, the
    pack manager) has been imported."""
    article = long_arabic_article(tmp_path / "article.txt", 30)
    done = run_python(
        [str(REPO / "bench" / "app_probes.py"), "app", str(article)],
        packs=argos_packages_dir,
        home=tmp_path / "home",
    )
    assert done.returncode == 0, done.stderr
    values = json.loads(done.stdout.strip().splitlines()[-1])
    assert values["shown"] is True
    assert values["loaded_before_paint"] == []
    assert values["heavy_imports"] == []


@pytest.mark.usefixtures("no_auto_translate")
@pytest.mark.parametrize("shown", [True, False])
def test_the_summary_panel_takes_its_place_after_the_first_paint(qtbot: QtBot, shown: bool) -> None:
    Settings()[SHOW_SUMMARY] = shown
    window = make_window(qtbot)
    placeholders: list[bool] = []
    window.document_opened.connect(
        lambda tab: placeholders.append(not isinstance(tab.outer_splitter.widget(1), SummaryPanel))
    )
    tab = open_and_wait(qtbot, window, SAMPLE)  # waits for start_work
    assert placeholders == [True]  # an empty widget held the place until the paint
    # The panel comes once its module is imported on a worker, after the paint.
    qtbot.waitUntil(lambda: isinstance(tab.outer_splitter.widget(1), SummaryPanel), timeout=20_000)
    panel = tab.outer_splitter.widget(1)
    assert panel is tab.summary_panel and tab.outer_splitter.count() == 2
    assert panel.isVisible() is shown
    if shown:
        assert tab.outer_splitter.sizes()[1] > 0  # the placeholder's share of the width
    qtbot.waitUntil(lambda: tab.summary_panel.summary_ids() != [], timeout=20_000)
    window.menus.summary_action.trigger()  # View > Summary: shown <-> hidden
    assert tab.summary_panel.isVisible() is not shown
