"""A book in the reading room: built off the GUI thread, updated paragraph by paragraph, with an
outline that takes both panes to a chapter."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.translation import SentenceTranslation
from desktop.gui.reading.outline import SENTENCE_ROLE
from tests.fixtures.argos_pack import corpus_lines
from tests.gui.helpers import make_window, open_and_wait

CHAPTERS = 60


def write_book(path: Path, words: int = 100_000) -> Path:
    """Markdown chapters of distinct Arabic sentences, about `words` words in all."""
    lines = corpus_lines("ar")
    parts: list[str] = []
    written = number = 0
    per_chapter = words // CHAPTERS
    for chapter in range(1, CHAPTERS + 1):
        parts.append(f"# الفصل {chapter}")
        in_chapter = 0
        while in_chapter < per_chapter:
            paragraph = []
            for _ in range(4):
                number += 1
                sentence = f"{lines[number % len(lines)].rstrip('.')} ({chapter}-{number})."
                paragraph.append(sentence)
                in_chapter += len(sentence.split())
            parts.append(" ".join(paragraph))
        written += in_chapter
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    assert written >= words * 0.95
    return path


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_book(tmp_path_factory.mktemp("book") / "book.md")


@pytest.mark.usefixtures("no_auto_translate")
def test_a_book_is_built_off_the_gui_thread_and_updated_paragraph_by_paragraph(
    qtbot: QtBot, book: Path
) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, book)
    for view in (tab.original, tab.translation):
        qtbot.waitUntil(lambda view=view: not view.building and bool(view.sentence_ids()))
    ids = tab.translation.sentence_ids()
    assert len(ids) > 4000
    assert tab.translation.pending_ids() == ids

    # A batch of 12 sentences from three paragraphs far apart: three paragraphs are rebuilt.
    paragraphs = tab.document.paragraphs
    chosen = [p for p in paragraphs if len(p.sentences) == 4][10::300][:3]
    assert len(chosen) == 3
    batch = {s.id: SentenceTranslation(f"Sentence {s.id}.") for p in chosen for s in p.sentences}
    before = tab.translation.text.rebuilt_paragraphs
    tab.translation.update_translations(batch)
    assert tab.translation.text.rebuilt_paragraphs - before == 3
    for sentence_id in batch:
        assert tab.translation.sentence_text(sentence_id) == f"Sentence {sentence_id}."
    assert len(tab.translation.pending_ids()) == len(ids) - len(batch)


@pytest.mark.usefixtures("no_auto_translate")
def test_the_outline_lists_the_chapters_and_takes_both_panes_there(
    qtbot: QtBot, book: Path
) -> None:
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, book)
    for view in (tab.original, tab.translation):
        qtbot.waitUntil(lambda view=view: not view.building and bool(view.sentence_ids()))
    outline = tab.outline
    assert outline.isVisibleTo(tab)
    assert outline.topLevelItemCount() == CHAPTERS
    chapter = outline.topLevelItem(41)
    assert chapter is not None and "الفصل 42" in chapter.text(0)
    heading = chapter.data(0, SENTENCE_ROLE)

    outline.itemClicked.emit(chapter, 0)

    for view in (tab.original, tab.translation):
        assert heading in view.visible_sentence_ids()
        assert view.highlighted_id == heading
    first_heading = outline.topLevelItem(0)
    assert first_heading is not None
    assert first_heading.data(0, SENTENCE_ROLE) not in tab.original.visible_sentence_ids()


@pytest.mark.usefixtures("no_auto_translate", "inline_workers")
def test_an_article_without_headings_has_no_outline(qtbot: QtBot, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("\n\n".join(corpus_lines("ar")[:6]), encoding="utf-8")
    window = make_window(qtbot)
    tab = open_and_wait(qtbot, window, article)
    assert not tab.outline.isVisibleTo(tab)
