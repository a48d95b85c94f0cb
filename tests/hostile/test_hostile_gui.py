"""The worst hostile files opened in the desktop app: a readable message, no crash, and the
window stays usable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.helpers import SAMPLE, make_window, open_and_wait
from tests.hostile.corpus import WORST, build_corpus, worst_files


@pytest.mark.usefixtures("inline_workers", "no_auto_translate")
def test_the_worst_files_show_a_message_and_the_window_stays_usable(
    qtbot: QtBot, tmp_path: Path
) -> None:
    categories = {category for category, _name in WORST} | {"html-nested"}
    corpus = [case for case in build_corpus() if case.category in categories]
    window = make_window(qtbot)
    for path in worst_files(corpus, tmp_path):
        window.open_file(str(path))
        box = window.findChild(QMessageBox, "error_message")
        assert isinstance(box, QMessageBox), path.name
        assert path.name in box.text()
        assert "Error" not in box.text() and "Traceback" not in box.text()
        box.accept()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_message") is None)
    assert window.tabs.count() == 0
    deep = next(c for c in corpus if c.name == "div-100000").write(tmp_path)
    tab = open_and_wait(qtbot, window, deep)
    assert tab.document.sentences()
    open_and_wait(qtbot, window, SAMPLE)
    assert window.tabs.count() == 2
