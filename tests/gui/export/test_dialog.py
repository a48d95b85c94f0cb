from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.document import Document
from desktop.core.export import docx_export, pdf_export
from desktop.gui import workers
from desktop.gui.export import dialog as export_dialog
from desktop.gui.export.dialog import FORMATS, KINDS, ExportDialog, open_export_dialog
from desktop.gui.export.messages import MESSAGE_OBJECT_NAME, OFFER_OBJECT_NAME
from desktop.gui.settings import Settings
from tests.gui.export.checks import read_back, watch_destroyed, words_in_order
from tests.gui.samples import ARABIC_TITLE, ENGLISH_TITLE, arabic, to_english

SUMMARY_IDS = [1, 4]
ARABIC_WORDS = ("نشطاء", "مناهضون", "أوروبا")


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QWidget]:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    yield parent
    workers.wait_for_all()


class SaveDialog:
    """Stands in for the modal save dialog: records (suggested, filter), answers `path`."""

    def __init__(self) -> None:
        self.path = ""
        self.calls: list[tuple[str, str]] = []

    def __call__(self, _parent: QWidget, suggested: str, name_filter: str) -> str:
        self.calls.append((suggested, name_filter))
        return self.path


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    save_dialog = SaveDialog()
    monkeypatch.setattr(export_dialog, "choose_save_path", save_dialog)
    return save_dialog


def make_dialog(
    window: QWidget,
    document: Document | None = None,
    translations: object = None,
    summary_ids: list[int] | None = None,
) -> ExportDialog:
    dialog = open_export_dialog(
        window,
        Settings(),
        document or arabic(),
        to_english() if translations is None else translations,  # type: ignore[arg-type]
        SUMMARY_IDS if summary_ids is None else summary_ids,
    )
    return dialog


def export(
    qtbot: QtBot, dialog: ExportDialog, chosen: SaveDialog, path: Path, written: Path | None = None
) -> None:
    """Click Export…, answer `path` in the save dialog, wait until `written` (or `path`) is."""
    chosen.path = str(path)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [str(written or path)]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("what", KINDS)
def test_every_kind_and_format_writes_a_readable_file(
    qtbot: QtBot,
    window: QWidget,
    chosen: SaveDialog,
    tmp_path: Path,
    what: str,
    fmt: str,
) -> None:
    dialog = make_dialog(window)
    dialog.set_what(what)
    dialog.set_export_format(fmt)
    path = tmp_path / f"out.{fmt}"
    export(qtbot, dialog, chosen, path)
    text = read_back(path)
    english = to_english()
    if what in ("original", "bilingual", "summary"):
        assert words_in_order(text, *ARABIC_WORDS), text[:300]
    if what in ("translation", "bilingual"):
        # A PDF's text layer may interleave the two columns line by line: look for words.
        assert words_in_order(text, *ENGLISH_TITLE.split()), text[:300]
        assert words_in_order(text, *english[6].text.split()[:4])
    if what == "summary":
        assert english[1].text in text
        assert english[2].text not in text  # not a summary sentence
        assert words_in_order(text, "Summary", *english[4].text.split()[:4])
    if what == "original" and fmt != "pdf":
        assert ARABIC_TITLE in text
        assert arabic().sentence(6).text in text
    qtbot.waitUntil(lambda: not window.findChildren(ExportDialog))  # closed and freed
    assert [name for name in path.parent.iterdir() if name.name != path.name] == []


def test_the_suggested_name_comes_from_the_title_and_the_filter_from_the_format(
    qtbot: QtBot, window: QWidget, chosen: SaveDialog, tmp_path: Path
) -> None:
    dialog = make_dialog(window)
    dialog.set_what("bilingual")
    dialog.set_export_format("pdf")
    chosen.path = ""  # cancelled: nothing happens
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    suggested, name_filter = chosen.calls[-1]
    assert Path(suggested).name == f"{ARABIC_TITLE} - bilingual.pdf"
    assert name_filter == "PDF document (*.pdf)"
    assert dialog.isVisible()
    dialog.set_export_format("docx")
    export(qtbot, dialog, chosen, tmp_path / "article", tmp_path / "article.docx")
    assert read_back(tmp_path / "article.docx").startswith("العربية English")


def test_an_unfinished_translation_is_said_plainly_and_the_original_offered(
    qtbot: QtBot, window: QWidget, chosen: SaveDialog, tmp_path: Path
) -> None:
    partial = {key: value for key, value in to_english().items() if key < 3}
    dialog = make_dialog(window, translations=partial)
    dialog.set_what("translation")
    dialog.set_export_format("docx")
    assert "not finished" in dialog.note.text()
    chosen.path = str(tmp_path / "article.docx")
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, OFFER_OBJECT_NAME) is not None)
    offer = dialog.findChild(QMessageBox, OFFER_OBJECT_NAME)
    assert offer is not None
    assert "3 of 7 sentences" in offer.text()
    assert not (tmp_path / "article.docx").exists()
    (accept,) = [
        button
        for button in offer.buttons()
        if offer.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
    ]
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        accept.click()
    text = read_back(tmp_path / "article.docx")
    assert ARABIC_TITLE in text
    assert ENGLISH_TITLE not in text


def test_a_summary_without_its_translation_is_exported_in_the_original(
    qtbot: QtBot, window: QWidget, chosen: SaveDialog, tmp_path: Path
) -> None:
    dialog = make_dialog(window, translations={})
    dialog.set_what("summary")
    dialog.set_export_format("md")
    assert "original language" in dialog.note.text()
    export(qtbot, dialog, chosen, tmp_path / "summary.md")
    text = read_back(tmp_path / "summary.md")
    assert arabic().sentence(4).text in text
    assert "Summary" not in text


def test_summary_is_disabled_without_a_summary(qtbot: QtBot, window: QWidget) -> None:
    dialog = make_dialog(window, summary_ids=[])
    assert not dialog.kind_buttons["summary"].isEnabled()
    assert dialog.what() == "translation"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_failed_export_leaves_the_existing_file_alone_and_says_why(
    qtbot: QtBot,
    window: QWidget,
    chosen: SaveDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def half_file(_content: object, stream: IO[bytes], **_options: object) -> None:
        stream.write(b"PK\x03\x04 half a file")
        full_disk()

    if fmt == "docx":
        monkeypatch.setattr(docx_export, "write_docx", half_file)
    else:
        monkeypatch.setattr(pdf_export, "write_pdf", half_file)
    target = tmp_path / f"earlier.{fmt}"
    target.write_bytes(b"the earlier export")
    dialog = make_dialog(window)
    dialog.set_export_format(fmt)
    chosen.path = str(target)
    QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, MESSAGE_OBJECT_NAME) is not None)
    box = dialog.findChild(QMessageBox, MESSAGE_OBJECT_NAME)
    assert box is not None
    assert "could not be written" in box.text()
    assert "disk is full" in box.text() or "No space left" in box.text()
    assert target.read_bytes() == b"the earlier export"
    assert [path.name for path in tmp_path.iterdir()] == [target.name]
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    box.accept()


def test_the_dialog_is_freed_after_closing(qtbot: QtBot, window: QWidget) -> None:
    dialog = make_dialog(window)
    freed = watch_destroyed(dialog)
    dialog.reject()
    qtbot.waitUntil(freed)
    assert window.findChildren(ExportDialog) == []


def test_a_real_pack_translation_exports_side_by_side(
    qtbot: QtBot,
    window: QWidget,
    chosen: SaveDialog,
    tmp_path: Path,
    argos_packages_dir: Path,
) -> None:
    from desktop.core.translation.document_translation import translate_document
    from desktop.core.translation.engine_pool import EnginePool

    document = arabic()
    engine = EnginePool(use_cache=False).engine_for_document(
        document, pack_dirs=[argos_packages_dir]
    )
    translations = translate_document(document, engine)
    dialog = make_dialog(window, translations=translations)
    dialog.set_what("bilingual")
    dialog.set_export_format("html")
    export(qtbot, dialog, chosen, tmp_path / "both.html")
    text = read_back(tmp_path / "both.html")
    assert ARABIC_TITLE in text
    for translation in translations.values():
        assert translation.text.split()[0] in text


def test_the_dialog_remembers_what_format_and_folder(
    qtbot: QtBot, window: QWidget, chosen: SaveDialog, tmp_path: Path
) -> None:
    dialog = make_dialog(window)
    dialog.set_what("bilingual")
    dialog.set_export_format("html")
    folder = tmp_path / "exports"
    folder.mkdir()
    export(qtbot, dialog, chosen, folder / "both.html")

    again = make_dialog(window)
    assert again.what() == "bilingual"
    assert again.export_format() == "html"
    chosen.path = ""  # the user cancels the save dialog: only the suggestion is looked at
    QTest.mouseClick(again.export_button, Qt.MouseButton.LeftButton)
    assert Path(chosen.calls[-1][0]).parent == folder


@pytest.mark.usefixtures("inline_workers", "no_auto_translate")
def test_an_export_says_where_it_went_with_a_way_to_its_folder(
    qtbot: QtBot, chosen: SaveDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.gui.export.notice import ExportNotice
    from tests.gui.helpers import SAMPLE, make_window, open_and_wait

    opened: list[str] = []
    monkeypatch.setattr(
        "desktop.gui.export.notice.QDesktopServices.openUrl",
        lambda url: opened.append(url.toLocalFile()) or True,
    )
    main = make_window(qtbot)
    tab = open_and_wait(qtbot, main, SAMPLE)
    tab.export()
    dialog = main.findChild(ExportDialog)
    assert dialog is not None
    dialog.set_what("original")
    dialog.set_export_format("txt")
    export(qtbot, dialog, chosen, tmp_path / "article.txt")
    notice = main.statusBar().findChild(ExportNotice)
    assert notice is not None and notice.isVisible()
    assert "article.txt" in notice.label.text() and str(tmp_path) in notice.label.text()
    notice.button.click()
    assert opened == [str(tmp_path)]


def test_subtitles_export_as_srt_with_their_timing_and_only_they_offer_it(
    qtbot: QtBot, window: QWidget, chosen: SaveDialog, tmp_path: Path
) -> None:
    from desktop.core.pipeline import open_document

    source = tmp_path / "film.srt"
    source.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nمرحبا بكم في النشرة.\n\n"
        "2\n00:00:05,500 --> 00:00:08,000\nإلى اللقاء غدا.\n",
        "utf-8",
    )
    film = open_document(source)
    translations = {s.id: f"English line {s.id}." for s in film.sentences()}
    assert make_dialog(window).format_combo.findData("srt") == -1  # an article has no cues
    dialog = make_dialog(window, film, translations, summary_ids=[film.sentences()[0].id])
    dialog.set_what("summary")
    dialog.set_export_format("srt")
    assert not dialog.kind_buttons["summary"].isEnabled()  # a summary has no cues
    assert dialog.what() == "translation"
    path = tmp_path / "film.en.srt"
    export(qtbot, dialog, chosen, path)
    text = path.read_text("utf-8")
    assert "00:00:05,500 --> 00:00:08,000" in text
    assert all(line in text for line in translations.values())
