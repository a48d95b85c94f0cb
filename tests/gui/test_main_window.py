from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "samples" / "wikinews-ar.txt"


def test_opening_the_sample_shows_the_arabic_article_right_to_left(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(str(SAMPLE))
    text = window.original.toPlainText()
    assert text.startswith("نشطاء مناهضون لاتفاقية أكتا")
    assert "قدّرت الشرطة عدد المتظاهرين" in text
    assert window.original.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "نشطاء مناهضون" in window.windowTitle()
    assert "7 sentences" in window.statusBar().currentMessage()


def test_a_bad_file_shows_a_message_and_the_window_stays_usable(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert not window.open_file(str(empty))
    box = window.findChild(QMessageBox, "error_message")
    assert box is not None
    assert "empty.txt" in box.text()
    box.accept()
    assert window.open_file(str(SAMPLE))
