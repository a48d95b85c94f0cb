"""How long a summary may be, and the one rule that fills that length from a ranking.

Every method only ranks sentences; this module alone decides how many of them make the summary,
so a method can never win a comparison by quietly returning more words than another.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_SENTENCES = 5  # the gist of a news article, in the app and the CLI alike


class LengthUnit(StrEnum):
    SENTENCES = "sentences"
    WORDS = "words"
    RATIO = "ratio"  # a share of the article's words


@dataclass(frozen=True)
class SummaryLength:
    """A summary length: a number of sentences, a number of words, or a share of the words.

    Build one with `sentences`, `words` or `ratio`; they reject lengths that cannot mean anything
    (zero, negative, a share above one) with ``ValueError``, so the CLI and the GUI can show the
    message as it is.
    """

    unit: LengthUnit
    value: float

    def __post_init__(self) -> None:
        if self.unit is LengthUnit.RATIO:
            if not 0.0 < self.value <= 1.0:
                raise ValueError(f"a summary share must be above 0 and at most 1, not {self.value}")
        elif self.value < 1 or self.value != int(self.value):
            raise ValueError(f"a summary needs a whole number of {self.unit} of at least 1")

    @classmethod
    def sentences(cls, count: int) -> SummaryLength:
        return cls(LengthUnit.SENTENCES, count)

    @classmethod
    def words(cls, count: int) -> SummaryLength:
        return cls(LengthUnit.WORDS, count)

    @classmethod
    def ratio(cls, share: float) -> SummaryLength:
        return cls(LengthUnit.RATIO, share)

    def word_budget(self, total_words: int) -> int | None:
        """The most words the summary may hold, or None when the length counts sentences.

        A share is rounded down (``floor(share × words)``), as the evaluation budget is.
        """
        if self.unit is LengthUnit.SENTENCES:
            return None
        if self.unit is LengthUnit.WORDS:
            return int(self.value)
        return math.floor(self.value * total_words + 1e-9)

    def __str__(self) -> str:
        if self.unit is LengthUnit.RATIO:
            return f"{self.value:.0%} of the words"
        return f"{int(self.value)} {self.unit}"


def fill(
    ranked: Iterable[tuple[int, float]],
    word_counts: Sequence[int],
    length: SummaryLength,
    *,
    at_least_one: bool = True,
) -> list[tuple[int, float]]:
    """Take sentences from `ranked` (best first) until `length` is met.

    The rule, the same for every method:

    - by sentences: the first N of the ranking (all of them if there are fewer);
    - by words or share: walk down the ranking and take each sentence that still fits in the word
      budget; a sentence that would go over it is skipped, and a shorter one further down may
      still fill the gap. The budget is never exceeded, with one exception: when not even one
      sentence fits, the best-ranked sentence alone is returned, because an empty summary of a
      non-empty article helps nobody.

    Args:
        ranked: (index into `word_counts`, score) pairs, best first; may be a lazy iterator, which
            is consumed only as far as needed.
        word_counts: the words of each candidate sentence, as `text.word_count` counts them.
        length: the requested length.
        at_least_one: keep the exception above; False when this is one part of a summary (a
            section's share), where the whole summary applies the exception instead.

    Returns:
        The chosen (index, score) pairs in the order they were picked (best first).
    """
    budget = length.word_budget(sum(word_counts))
    chosen: list[tuple[int, float]] = []
    if budget is None:
        wanted = int(length.value)
        for pair in ranked:
            chosen.append(pair)
            if len(chosen) >= wanted:
                break
        return chosen
    shortest = min(word_counts, default=0)
    used = 0
    first: tuple[int, float] | None = None
    for index, score in ranked:
        if first is None:
            first = (index, score)
        if used + word_counts[index] <= budget:
            chosen.append((index, score))
            used += word_counts[index]
        if budget - used < shortest:
            break
    if not chosen and first is not None and at_least_one:
        chosen.append(first)
    return chosen
