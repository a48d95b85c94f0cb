from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.loading import SUPPORTED_EXTENSIONS
from desktop.gui.main_window import MainWindow
from desktop.gui.reading.document_tab import DocumentTab
from desktop.gui.settings import CLEAN, LAYOUT, RECENT_FILES, ZOOM, Settings
from tests.fixtures.document_writers import INTRO, write_docx, write_epub, write_odt
from tests.fixtures.pdf_builder import Line, build_pdf
from tests.gui.helpers import SAMPLE, make_window, menu_action, open_and_wait

pytestmark = pytest.mark.usefixtures("no_auto_translate")

HEADLINE = "نشطاء مناهضون لاتفاقية أكتا"


def test_opening_the_sample_shows_the_arabic_article_right_to_left(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)  # real worker thread
    text = tab.original.toPlainText()
    assert text.startswith(HEADLINE)
    assert "قدّرت الشرطة عدد المتظاهرين" in text
    assert tab.original.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert tab.translation.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert HEADLINE in window.windowTitle()
    assert "7 sentences" in window.statusBar().currentMessage()
    # The title in its own direction (an isolate), so its quotes and dots sit where they belong.
    assert window.tabs.tabText(0).startswith("\u2068نشطاء")
    assert window.tabs.tabText(0).endswith("\u2069")
    assert "\u2068نشطاء" in window.windowTitle()
    qtbot.wait(50)
    assert tab.original.verticalScrollBar().value() == 0  # the headline is in view


def _write_article(path: Path) -> None:
    kind = SUPPORTED_EXTENSIONS[path.suffix]
    if kind == "text":
        path.write_text(f"{INTRO}\n\nوقال رئيس النقابة إن الخطة خطوة أولى مهمة.\n", "utf-8")
    elif kind == "html":
        path.write_text(
            f"<html><head><title>خبر</title></head><body><article><h1>عنوان</h1>"
            f"<p>{INTRO}</p><p>وقال رئيس النقابة إن الخطة خطوة أولى مهمة.</p>"
            "</article></body></html>",
            "utf-8",
        )
    elif kind == "markdown":
        path.write_text(f"# عنوان\n\n{INTRO}\n", "utf-8")
    elif kind == "docx":
        write_docx(path)
    elif kind == "odt":
        write_odt(path)
    elif kind == "epub":
        write_epub(path)
    elif kind == "pdf":
        path.write_bytes(build_pdf([[Line(INTRO, 500, 700, right_to_left=True)]]))
    elif kind == "subtitles" and path.suffix == ".vtt":
        path.write_text(f"WEBVTT\n\n00:01.000 --> 00:04.000\n{INTRO}\n", "utf-8")
    elif kind == "subtitles":
        path.write_text(f"1\n00:00:01,000 --> 00:00:04,000\n{INTRO}\n", "utf-8")


@pytest.mark.usefixtures("inline_workers")
@pytest.mark.parametrize("extension", sorted(SUPPORTED_EXTENSIONS))
def test_every_supported_format_opens(qtbot: QtBot, tmp_path: Path, extension: str) -> None:
    path = tmp_path / f"article{extension}"
    _write_article(path)
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, path)
    assert tab.document.sentences()
    assert tab.original.sentence_ids() == [s.id for s in tab.document.sentences()]
    assert INTRO.split()[0] in tab.original.toPlainText()
    assert window.findChild(QMessageBox, "error_message") is None


def test_open_dialog_filters_name_every_format(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    filters = window.open_file_filters()
    for extension in SUPPORTED_EXTENSIONS:
        assert f"*{extension}" in filters.split(";;")[0]
    dialog = window.open_dialog()
    assert isinstance(dialog, QFileDialog)
    assert len(dialog.nameFilters()) == len(set(SUPPORTED_EXTENSIONS.values())) + 2
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, "open_dialog") is None)


@pytest.mark.usefixtures("inline_workers")
def test_a_bad_file_shows_a_message_and_the_window_stays_usable(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    for bad in (empty, broken, tmp_path / "missing.txt"):
        window.open_file(str(bad))
        box = window.findChild(QMessageBox, "error_message")
        assert isinstance(box, QMessageBox)
        assert bad.name in box.text()
        box.accept()
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_message") is None)
    assert window.tabs.count() == 0
    open_and_wait(qtbot, window, SAMPLE)
    assert window.tabs.count() == 1


@pytest.mark.usefixtures("inline_workers")
def test_tabs_one_per_document_and_closing(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    other = tmp_path / "other.txt"
    other.write_text("Another article about the weather today.\n", "utf-8")
    open_and_wait(qtbot, window, SAMPLE)
    open_and_wait(qtbot, window, other)
    assert window.tabs.count() == 2
    window.open_file(str(SAMPLE))  # already open: its tab comes forward
    assert window.tabs.count() == 2
    current = window.current_tab()
    assert current is not None and current.document.source == str(SAMPLE)
    window.close_current_tab()
    window.close_current_tab()
    assert window.tabs.count() == 0
    assert window.stack.currentWidget() is window.welcome


@pytest.mark.usefixtures("inline_workers")
def test_drop_files_and_text(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.tabs.count() == 1
    text = QMimeData()
    text.setText("خبر قصير عن الطقس اليوم.")
    window.dropEvent(
        QDropEvent(
            QPointF(50, 50),
            Qt.DropAction.CopyAction,
            text,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert window.tabs.count() == 2


@pytest.mark.usefixtures("inline_workers")
def test_paste_as_new_document_with_the_shortcut(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None
    clipboard.setText("عنوان ملصق\n\nهذه فقرة ملصقة من مقال. وفيها جملتان.")
    qtbot.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.tabs.count() == 1)
    tab = window.current_tab()
    assert isinstance(tab, DocumentTab)
    assert tab.original.toPlainText().startswith("عنوان ملصق")
    assert len(tab.document.sentences()) == 3
    clipboard.setText("   ")
    window.paste_as_new_document()
    box = window.findChild(QMessageBox, "error_message")
    assert isinstance(box, QMessageBox)
    box.accept()


@pytest.mark.usefixtures("inline_workers")
def test_recent_files_are_remembered_and_reopen(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    open_and_wait(qtbot, window, SAMPLE)
    assert Settings()[RECENT_FILES] == [str(SAMPLE.resolve())]
    window.close_current_tab()
    menu = window.menus.recent_menu
    menu.aboutToShow.emit()
    first = menu.actions()[0]
    assert "نشطاء مناهضون" in first.text()  # the document's title, not its path
    assert "wikinews-ar.txt" in first.text()
    assert str(SAMPLE.resolve()) in first.toolTip()
    first.trigger()
    assert window.tabs.count() == 1


@pytest.mark.usefixtures("inline_workers")
def test_preferences_and_window_layout_persist(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.resize(700, 450)
    tab = open_and_wait(qtbot, window, SAMPLE)
    size = tab.original.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert tab.original.font().pointSizeF() == size + 1
    assert tab.translation.font().pointSizeF() == size + 1
    menu_action(window, "S&tacked").trigger()
    assert tab.reading_splitter.orientation() == Qt.Orientation.Vertical
    tab.reading_splitter.setSizes([100, 300])
    window.close()

    again = MainWindow(Settings())
    qtbot.addWidget(again)
    assert again.settings[ZOOM] == 1
    assert again.settings[LAYOUT] == "stacked"
    assert menu_action(again, "S&tacked").isChecked()
    assert (again.size().width(), again.size().height()) == (700, 450)
    assert isinstance(again.settings.window_state("reading_splitter"), QByteArray)
    again.show()
    tab2 = open_and_wait(qtbot, again, SAMPLE)
    assert tab2.reading_splitter.orientation() == Qt.Orientation.Vertical
    assert tab2.original.font().pointSizeF() == size + 1
    sizes = tab2.reading_splitter.sizes()
    assert sizes[0] < sizes[1]


@pytest.mark.usefixtures("inline_workers")
def test_cleaning_off_reopens_with_everything_and_removed_text_can_show(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "اقرأ أيضا\n\nخبر مهم عن الاقتصاد اليوم.\n\nشارك هذا المقال\n\nتفاصيل أخرى عن الخبر.\n",
        "utf-8",
    )
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, path)
    removed = tab.document.removed
    assert removed
    assert removed[0].text not in tab.original.toPlainText()
    window.menus.removed_action.trigger()
    assert removed[0].text in tab.original.toPlainText()
    assert tab.original.sentence_ids() == [s.id for s in tab.document.sentences()]
    window.menus.clean_action.trigger()  # cleaning off: the article is opened again
    assert not Settings()[CLEAN]
    assert tab.document.removed == []
    assert any(removed[0].text in p.text for p in tab.document.paragraphs)


@pytest.mark.usefixtures("inline_workers")
def test_keyboard_moves_sentence_by_sentence(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    ids = tab.original.sentence_ids()
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert tab.original.highlighted_id == ids[0]
    assert tab.translation.highlighted_id == ids[0]
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert tab.original.highlighted_id == ids[1]
    assert tab.translation.highlighted_id == ids[1]
    menu_action(window, "Switch &Pane").trigger()
    assert tab.original.hasFocus() or tab.translation.hasFocus()


def test_menus_have_the_expected_entries(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Translation", "&Help"]
    shortcuts = {
        a.shortcut().toString()
        for menu in window.menuBar().actions()
        for a in (menu.menu().actions() if menu.menu() else [])
    }
    for key in ("Ctrl+O", "Ctrl+Shift+V", "Ctrl+=", "Ctrl+-", "Alt+Down", "Alt+Up", "Ctrl+T"):
        assert key in shortcuts
    assert window.welcome.isVisible()
    assert window.childAt(QPoint(5, 5)) is not None
