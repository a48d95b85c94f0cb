"""Summaries of documents with sections: drawn from the chapters, never from front or back matter;
documents without sections summarised as before."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.core.document import Block, BlockKind, Document, Matter, RawText
from desktop.core.pipeline import build_document
from desktop.core.summary import SummaryLength, nashra, summarize
from desktop.core.summary.length import fill
from desktop.core.summary.sections import MIN_SENTENCES, shares
from desktop.core.summary.text import word_count
from tests.fixtures.argos_pack import corpus_lines

LINES = corpus_lines("ar")
CHAPTERS = 6
PER_CHAPTER = 15  # 90 sentences: a long document


def _chapter_lines(number: int) -> list[str]:
    start = number * PER_CHAPTER
    return LINES[start : start + PER_CHAPTER]


def _book(*, headings: bool = True) -> Document:
    blocks = [Block("كتاب الاختبار", BlockKind.HEADING, 1)]
    if headings:
        blocks.append(Block("المحتويات", BlockKind.HEADING, 2))
        blocks += [Block(f"الفصل {n} ....... {n * 9}") for n in range(1, CHAPTERS + 1)]
    for number in range(CHAPTERS):
        if headings:
            blocks.append(Block(f"الفصل {number + 1}", BlockKind.HEADING, 2))
        # Three sentences a paragraph, as a book is laid out.
        lines = _chapter_lines(number)
        blocks += [Block(" ".join(lines[i : i + 3])) for i in range(0, len(lines), 3)]
    if headings:
        blocks.append(Block("المراجع", BlockKind.HEADING, 2))
        blocks += [Block(line) for line in LINES[200:230]]  # a long bibliography
    raw = RawText("<book>", "text", tuple(blocks))
    return build_document(raw, clean=False, language="ar")


def _section_of(document: Document) -> dict[int, int]:
    """Sentence id → chapter number (0-based), for the chapters' body sentences."""
    found: dict[int, int] = {}
    chapter = -1
    for paragraph in document.paragraphs:
        if paragraph.kind is BlockKind.HEADING and paragraph.text.startswith("الفصل"):
            chapter += 1
        elif paragraph.matter is Matter.BODY and paragraph.kind is not BlockKind.HEADING:
            found.update((sentence.id, chapter) for sentence in paragraph.sentences)
    return found


def _matter_ids(document: Document) -> set[int]:
    return {
        sentence.id
        for paragraph in document.paragraphs
        if paragraph.matter is not Matter.BODY
        for sentence in paragraph.sentences
    }


@pytest.mark.parametrize(
    "length", [SummaryLength.ratio(0.2), SummaryLength.words(300), SummaryLength.sentences(12)]
)
def test_a_books_summary_draws_on_every_chapter_and_never_on_its_matter(
    length: SummaryLength,
) -> None:
    document = _book()
    assert len(_matter_ids(document)) > 30  # contents and bibliography are there to be avoided
    summary = summarize(document, length)
    chapters = _section_of(document)
    assert set(summary.ids) <= set(chapters)  # nothing from the contents or the bibliography
    assert set(Counter(chapters[i] for i in summary.ids)) == set(range(CHAPTERS))


def test_the_whole_texts_ranking_would_keep_to_the_first_chapters() -> None:
    # The reason for sections: the news default over the same text without headings.
    document = _book(headings=False)
    summary = summarize(document, SummaryLength.sentences(6))
    chapters = _section_of(_book())
    sentences = [s.text for s in document.sentences()]
    book_sentences = {s.id: s.text for s in _book().sentences()}
    by_text = {book_sentences[i]: c for i, c in chapters.items()}
    used = {by_text[document.sentence(i).text] for i in summary.ids}
    assert len(sentences) >= MIN_SENTENCES
    assert len(used) < CHAPTERS


def test_a_books_summary_keeps_to_its_word_budget() -> None:
    document = _book()
    summary = summarize(document, SummaryLength.words(250))
    assert sum(word_count(document.sentence(i).text) for i in summary.ids) <= 250
    assert [s.rank for s in sorted(summary.sentences, key=lambda s: s.rank)] == list(
        range(1, len(summary) + 1)
    )


def _as_before(document: Document, length: SummaryLength) -> tuple[int, ...]:
    """The news default's choice: one ranking of the whole text, filled by the length rule."""
    sentences = [
        sentence
        for paragraph in document.paragraphs
        if paragraph.kind is not BlockKind.HEADING and paragraph.matter is Matter.BODY
        for sentence in paragraph.sentences
        if word_count(sentence.text)
    ]
    counts = [word_count(sentence.text) for sentence in sentences]
    chosen = fill(nashra.rank([s.text for s in sentences], "ar"), counts, length)
    return tuple(sorted(sentences[index].id for index, _ in chosen))


@pytest.mark.parametrize("length", [SummaryLength.ratio(1 / 3), SummaryLength.sentences(5)])
def test_a_long_document_without_headings_is_summarised_as_before(length: SummaryLength) -> None:
    document = _book(headings=False)
    assert summarize(document, length).ids == _as_before(document, length)


def test_a_news_article_with_subheadings_is_summarised_as_before() -> None:
    blocks = [Block("عنوان الخبر", BlockKind.HEADING, 1)]
    for number in range(3):  # three subheadings over 30 sentences: an article, not a book
        blocks.append(Block(f"عنوان فرعي {number}", BlockKind.HEADING, 2))
        lines = LINES[number * 10 : number * 10 + 10]
        blocks += [Block(" ".join(lines[i : i + 2])) for i in range(0, 10, 2)]
    document = build_document(RawText("<news>", "text", tuple(blocks)), clean=False, language="ar")
    length = SummaryLength.ratio(1 / 3)
    assert summarize(document, length).ids == _as_before(document, length)


def test_shares_spread_a_total_by_size_and_add_up() -> None:
    assert shares(10, [1, 1, 2]) == [3, 2, 5]
    assert sum(shares(7, [5, 9, 1, 3])) == 7
    assert shares(3, [0, 0]) == [0, 0]
