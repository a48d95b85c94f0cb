"""What the reader looks at is translated first: the sentences in view, then the summary's, then
the rest in document order; a change of view while the translation runs takes effect at the
next batch."""

from __future__ import annotations

from collections.abc import Callable

from desktop.core.translation.engine import TranslationEngine
from desktop.core.translation.order import TranslationOrder
from desktop.core.translation.packs import InstalledPack
from desktop.core.translation.results import SentenceTranslation
from tests.fixtures.news import news_sentences


def _batches(
    engine: TranslationEngine,
    sentences: list[tuple[int, str]],
    order: TranslationOrder,
    on: Callable[[int], None] | None = None,
) -> list[list[int]]:
    batches: list[list[int]] = []

    def progress(_done: int, _total: int, new: dict[int, SentenceTranslation]) -> None:
        batches.append(sorted(new))
        if on is not None:
            on(len(batches))

    result = engine.translate(sentences, progress=progress, order=order)
    assert sorted(result) == [i for i, _ in sentences]  # every sentence, once
    return batches


def test_sentences_in_view_then_the_summary_then_the_rest(ar_en: InstalledPack) -> None:
    sentences = list(enumerate(news_sentences(ar_en, 30)))
    engine = TranslationEngine(ar_en, batch_tokens=120, first_batch_tokens=60)
    in_view, summary = [20, 21, 22], [5, 27]
    batches = _batches(engine, sentences, TranslationOrder([]))
    assert batches[0][0] == 0  # no preference: document order
    order = TranslationOrder()
    order.prefer(in_view, summary)
    # Batches are reported sorted by id; what counts is which batch a sentence came in.
    seen = _batches(engine, sentences, order)
    position = {i: n for n, batch in enumerate(seen) for i in batch}
    assert max(position[i] for i in in_view) <= min(position[i] for i in summary)
    assert max(position[i] for i in in_view + summary) < position[0]
    rest = [i for batch in seen for i in batch if i not in in_view + summary]
    assert rest == sorted(rest)  # the others in document order


def test_scrolling_while_translating_brings_the_new_view_next(ar_en: InstalledPack) -> None:
    sentences = list(enumerate(news_sentences(ar_en, 40)))
    engine = TranslationEngine(ar_en, batch_tokens=80, first_batch_tokens=40)
    order = TranslationOrder(range(0, 3))  # the top of the document is in view

    def scroll(batches_so_far: int) -> None:
        if batches_so_far == 1:
            order.prefer([35, 36, 37])  # the reader jumped to the end

    batches = _batches(engine, sentences, order, on=scroll)
    position = {i: n for n, batch in enumerate(batches) for i in batch}
    assert position[0] == 0 and position[35] == 1  # the first view, then at once the new one
    later = [i for i in range(3, 35) if position[i] > 0]  # what batch 0 had no room for
    assert max(position[i] for i in (35, 36, 37)) <= min(position[i] for i in later)


def test_identical_sentences_share_the_best_rank() -> None:
    order = TranslationOrder([9, 3])
    assert order.rank([1, 3]) == 1 and order.rank([9]) == 0 and order.rank([4]) == 2
    version = order.version
    order.prefer([9, 3])
    assert order.version == version  # the same preference: nothing to re-sort
    order.prefer([4])
    assert order.version != version
