"""What the reader looks at is translated first: scrolled to the end of a long article, the
first sentences to arrive are those on screen, and scrolling while it runs moves the work."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.translation.results import SentenceTranslation
from tests.fixtures.gui_fixtures import TranslationGate
from tests.gui.helpers import long_arabic_article, make_window, open_and_wait, wait_translated

pytestmark = pytest.mark.usefixtures("with_packs", "no_auto_translate")


def test_the_sentences_in_view_are_translated_first(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    window.resize(900, 500)
    tab = open_and_wait(qtbot, window, long_arabic_article(tmp_path / "long.txt", 150))
    qtbot.waitUntil(lambda: not tab.original.building, timeout=10_000)
    bar = tab.original.verticalScrollBar()
    bar.setValue(bar.maximum())  # the reader went to the end before translating
    qtbot.wait(10)
    in_view = tab.original.visible_sentence_ids()
    assert in_view and 0 not in in_view
    arrivals: list[list[int]] = []
    tab.runner.progress.connect(lambda _d, _t, new: arrivals.append(sorted(new)))
    tab.start_translation()
    wait_translated(qtbot, tab)
    first = arrivals[0]
    assert set(first) <= set(tab.original.visible_sentence_ids(beyond=1.0))
    assert 0 not in first  # not the top of the document
    order = [i for batch in arrivals for i in batch]
    assert sorted(order) == sorted(s.id for s in tab.document.sentences())


def test_scrolling_while_translating_reorders_the_rest(
    qtbot: QtBot, tmp_path: Path, gated_translation: TranslationGate
) -> None:
    window = make_window(qtbot)
    window.resize(900, 500)
    tab = open_and_wait(qtbot, window, long_arabic_article(tmp_path / "long.txt", 150))
    qtbot.waitUntil(lambda: not tab.original.building, timeout=10_000)
    arrivals: list[dict[int, SentenceTranslation]] = []
    bar = tab.original.verticalScrollBar()

    def on_progress(_done: int, _total: int, new: dict[int, SentenceTranslation]) -> None:
        arrivals.append(new)
        if len(arrivals) == 1:  # the worker waits at the gate after its first batch
            version = tab.order.version
            bar.setValue(bar.maximum())  # meanwhile the reader jumps to the end
            qtbot.waitUntil(lambda: tab.order.version != version, timeout=5_000)  # settled
            gated_translation.release.set()

    tab.runner.progress.connect(on_progress)
    tab.start_translation()
    wait_translated(qtbot, tab)
    last = max(s.id for s in tab.document.sentences())
    batch_of = {i: n for n, new in enumerate(arrivals) for i in new}
    middle = last // 2
    # The end (now in view) came before the middle of the document, which was not.
    assert batch_of[last] < batch_of[middle]
