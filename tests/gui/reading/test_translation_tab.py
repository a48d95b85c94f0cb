"""Translation in a tab with the real test pack: streaming, alignment, cancel, closing, failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.translation.engine_pool import shared_pool
from desktop.gui import workers
from desktop.gui.packs.banner import MissingPackBanner
from desktop.gui.reading.translation_state import TranslationState
from desktop.gui.settings import AUTO_TRANSLATE, Settings
from tests.fixtures.gui_fixtures import TranslationGate
from tests.gui.helpers import (
    SAMPLE,
    long_arabic_article,
    make_window,
    open_and_wait,
    wait_translated,
)


@pytest.mark.usefixtures("with_packs")
def test_translation_streams_in_on_a_worker_thread(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    article = long_arabic_article(tmp_path / "long.txt")
    progress: list[tuple[int, int, int]] = []
    pending_seen: list[int] = []
    status_bar: list[tuple[bool, int, int]] = []

    def on_opened(tab: object) -> None:
        assert hasattr(tab, "runner")
        tab.runner.progress.connect(
            lambda done, total, new: (
                progress.append((done, total, len(new))),
                pending_seen.append(len(tab.translation.pending_ids())),
            )
        )

    def on_status() -> None:
        bar = window.progress.bar
        status_bar.append((window.progress.isVisible(), bar.value(), bar.maximum()))

    window.document_opened.connect(on_opened)
    window.document_opened.connect(lambda tab: tab.translation_progress.connect(on_status))
    tab = open_and_wait(qtbot, window, article)
    assert tab.state is TranslationState.RUNNING  # started by itself
    qtbot.waitUntil(
        lambda: window.progress.isVisible() or tab.state is not TranslationState.RUNNING
    )
    wait_translated(qtbot, tab)
    total = len(tab.document.sentences())
    assert len(progress) > 1, "the first sentences arrive before the last"
    assert progress[0][0] < total
    assert progress[-1][:2] == (total, total)
    assert pending_seen[0] > 0  # the pane showed some translations while others were pending
    assert tab.translation.pending_ids() == []
    assert sorted(tab.translations) == [s.id for s in tab.document.sentences()]
    for sentence_id, translation in tab.translations.items():
        assert tab.translation.sentence_text(sentence_id) == (
            translation.text.strip() or "[no translation]"
        )
    assert not window.progress.isVisible()
    assert "Translated" in window.statusBar().currentMessage()
    # Nothing is left behind (the summary may still be finishing: it loads sumy first).
    qtbot.waitUntil(lambda: workers.running_tasks() == [], timeout=30_000)


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_alignment_highlights_both_ways(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    wait_translated(qtbot, tab)
    ids = tab.original.sentence_ids()
    target = ids[3]

    tab.original.scroll_to(target)  # wherever the layout put it
    point = tab.original.sentence_rect(target).center()
    assert tab.original.viewport().rect().contains(point)
    qtbot.mouseMove(tab.original.viewport(), point)
    qtbot.waitUntil(lambda: tab.translation.hovered_id == target)
    qtbot.mouseClick(tab.original.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert tab.translation.highlighted_id == target
    assert tab.original.highlighted_id == target

    other = ids[5]
    tab.translation.scroll_to(other)  # wherever the layout put it
    point = tab.translation.sentence_rect(other).center()
    assert tab.translation.viewport().rect().contains(point)
    qtbot.mouseMove(tab.translation.viewport(), point)
    qtbot.waitUntil(lambda: tab.original.hovered_id == other)
    qtbot.mouseClick(tab.translation.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert tab.original.highlighted_id == other
    assert tab.translation.highlighted_id == other


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_reopening_a_translated_article_uses_the_cache(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    wait_translated(qtbot, tab)
    first = dict(tab.translations)
    engine = shared_pool().engine_for("ar", "en")
    calls = engine.model_calls
    window.close_current_tab()
    tab = open_and_wait(qtbot, window, SAMPLE)
    wait_translated(qtbot, tab)
    assert engine.model_calls == calls  # every sentence came from the cache
    assert {i: t.text for i, t in tab.translations.items()} == {i: t.text for i, t in first.items()}


@pytest.mark.usefixtures("with_packs")
def test_cancel_midway_leaves_a_consistent_state(
    qtbot: QtBot, tmp_path: Path, gated_translation: TranslationGate
) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, long_arabic_article(tmp_path / "long.txt", 60))
    qtbot.waitUntil(lambda: bool(tab.translations), timeout=30_000)
    assert tab.state is TranslationState.RUNNING
    window.progress.cancel_button.click()
    qtbot.waitUntil(lambda: tab.state is TranslationState.CANCELLED, timeout=30_000)
    assert not tab.translating
    assert not window.progress.isVisible()
    done = set(tab.translations)
    all_ids = set(tab.original.sentence_ids())
    assert done and done < all_ids
    assert set(tab.translation.pending_ids()) == all_ids - done
    assert "cancelled" in window.statusBar().currentMessage()
    gated_translation.release.set()
    tab.start_translation()  # and it can start again
    wait_translated(qtbot, tab)
    assert set(tab.translations) == all_ids


@pytest.mark.usefixtures("with_packs", "gated_translation")
def test_closing_a_tab_or_the_window_during_translation_stops_cleanly(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot)
    first = open_and_wait(qtbot, window, long_arabic_article(tmp_path / "a.txt", 60))
    qtbot.waitUntil(lambda: bool(first.translations), timeout=30_000)
    running = workers.running_tasks()
    assert running  # the first tab's translation
    window.close_tab(0)
    qtbot.waitUntil(lambda: not any(task.running for task in running))  # its worker stopped
    second = open_and_wait(qtbot, window, long_arabic_article(tmp_path / "b.txt", 50))
    qtbot.waitUntil(lambda: bool(second.translations), timeout=30_000)
    assert second.translating
    window.close()  # cancels and waits for the workers
    assert workers.thread_pool().activeThreadCount() == 0
    qtbot.waitUntil(lambda: workers.running_tasks() == [])


@pytest.mark.usefixtures("without_packs", "inline_workers")
def test_missing_pack_shows_the_banner_and_the_app_stays_usable(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    assert tab.state is TranslationState.MISSING_PACK
    banner = tab.findChild(MissingPackBanner)
    assert isinstance(banner, MissingPackBanner)
    assert (banner.from_code, banner.to_code) == ("ar", "en")
    # One clear notice in place of the translation pane, not placeholders that look like loading.
    assert tab.translation_pane.notice is banner
    assert not tab.translation.isVisible() and banner.isVisible()
    assert window.findChild(QMessageBox, "error_message") is None
    assert "No language pack" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bool(tab.summary_panel.summary_ids()))
    summary = tab.summary_panel.view.toPlainText()
    assert "Translation pending" not in summary  # it never will be: the summary says why, once
    assert summary.count("no language pack") == 1
    for sentence_id in tab.summary_panel.summary_ids():
        assert tab.document.sentence(sentence_id).text in summary


@pytest.mark.usefixtures("inline_workers")
def test_banner_install_starts_the_translation(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, argos_packages_dir: Path
) -> None:
    folders = [tmp_path / "none"]
    monkeypatch.setattr("desktop.core.translation.packs.default_pack_dirs", lambda: folders)
    shared_pool().close()
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    assert tab.state is TranslationState.MISSING_PACK
    assert tab.banner is not None
    folders[:] = [argos_packages_dir]  # as if the banner had installed it
    tab.banner.pack_installed.emit("ar", "en")
    wait_translated(qtbot, tab)
    assert tab.banner is None
    shared_pool().close()


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_a_failing_translation_shows_a_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("model exploded")

    monkeypatch.setattr(shared_pool(), "engine_for", broken)
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    assert tab.state is TranslationState.FAILED
    box = window.findChild(QMessageBox, "error_message")
    assert isinstance(box, QMessageBox)
    assert "model exploded" in box.text()
    box.accept()
    assert tab.translation.pending_ids() == tab.original.sentence_ids()


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_auto_translate_off_waits_for_the_command(qtbot: QtBot) -> None:
    Settings()[AUTO_TRANSLATE] = False
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    assert tab.state is TranslationState.IDLE
    assert tab.translations == {}
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    wait_translated(qtbot, tab)


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_summary_panel_is_wired_to_the_panes(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    wait_translated(qtbot, tab)
    ids = tab.original.sentence_ids()
    tab.summary_panel.sentence_clicked.emit(ids[4])
    assert tab.original.highlighted_id == ids[4]
    assert tab.translation.highlighted_id == ids[4]
    tab.summary_panel.highlight_changed.emit([ids[1], ids[2]])
    assert tab.original.summary_ids == {ids[1], ids[2]}
    assert tab.translation.summary_ids == {ids[1], ids[2]}


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_scrolling_one_pane_scrolls_the_other(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    window.resize(700, 400)
    tab = open_and_wait(qtbot, window, long_arabic_article(tmp_path / "long.txt", 40))
    wait_translated(qtbot, tab)
    ids = tab.original.sentence_ids()
    tab.original.scroll_to_top_sentence(ids[20], 0.0)
    top = tab.translation.top_sentence()
    assert top is not None and abs(top[0] - ids[20]) <= 1
    bar = tab.translation.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert tab.original.verticalScrollBar().value() == tab.original.verticalScrollBar().maximum()


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_copy_and_export_entries_use_the_tab(qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    from desktop.gui.export.dialog import ExportDialog

    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE)
    wait_translated(qtbot, tab)
    window.menus.copy_translation_action.trigger()
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None
    first = tab.translations[tab.original.sentence_ids()[0]].text.strip()
    assert first and first in clipboard.text()
    window.menus.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)


@pytest.mark.usefixtures("with_packs", "inline_workers")
def test_an_english_article_is_translated_into_arabic_right_to_left(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, SAMPLE.with_name("wikinews-en.txt"))
    wait_translated(qtbot, tab)
    assert tab.original.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert tab.translation.layoutDirection() == Qt.LayoutDirection.RightToLeft
    block = tab.translation.document().firstBlock()
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "Noto Naskh Arabic" in block.begin().fragment().charFormat().fontFamilies()


@pytest.mark.usefixtures("with_packs")
def test_restarting_mid_way_ignores_the_first_run(
    qtbot: QtBot, tmp_path: Path, gated_translation: TranslationGate
) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, long_arabic_article(tmp_path / "long.txt", 60))
    qtbot.waitUntil(lambda: bool(tab.translations), timeout=30_000)
    states: list[str] = []
    tab.state_changed.connect(states.append)
    gated_translation.release.set()
    tab.start_translation()  # cancels the first run, whose end must not look like ours
    wait_translated(qtbot, tab)
    assert states == ["running", "finished"]
    assert set(tab.translations) == set(tab.original.sentence_ids())
