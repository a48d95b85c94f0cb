"""Summaries of long documents with sections: every chapter has its say.

The news default's position prior (1/position) is right for an article, whose point comes first,
and wrong for a book: over the whole text it reduces the summary to the first page. A book or a
report is a row of articles, each with its own lead. So when a document has real sections, each
section is ranked on its own (its lead and its most central sentences compete, as in an article)
and the length budget is spread over the sections by their size in words; a section's unused
words pass to the next. Front and back matter are never candidates (`summarizer._candidates`).

A document is sectioned only when it is long (longer than any news article) and its headings cut
it into at least two sections of a few sentences each; otherwise the news default holds as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from desktop.core.document import BlockKind, Document, Matter
from desktop.core.summary.length import LengthUnit, SummaryLength, fill

# Longer than any article of EASC (44 sentences at most) or a long news read without subheads.
MIN_SENTENCES = 60
MIN_SECTION_SENTENCES = 3  # fewer is a heading over a line or two, not a section
MIN_SECTIONS = 2

Ranking = Callable[[Sequence[int]], Iterable[tuple[int, float]]]


@dataclass(frozen=True)
class Section:
    """A run of candidate sentences (indices into the candidates) under one heading."""

    members: tuple[int, ...]
    words: int


def find_sections(
    document: Document, paragraph_of: Sequence[int], word_counts: Sequence[int]
) -> list[Section] | None:
    """The document's sections over its candidate sentences, or None when it has none worth it.

    The heading level that cuts the body into the most sections of at least
    `MIN_SECTION_SENTENCES` sentences is the section level (ties to the higher level: chapters
    over their subsections); every body heading at that level or above starts a section.

    Args:
        document: the document the candidates come from.
        paragraph_of: each candidate's paragraph number in `document.paragraphs`.
        word_counts: each candidate's words.
    """
    if len(paragraph_of) < MIN_SENTENCES:
        return None
    heading_levels = {
        number: paragraph.level or 1
        for number, paragraph in enumerate(document.paragraphs)
        if paragraph.kind is BlockKind.HEADING and paragraph.matter is Matter.BODY
    }
    best: list[Section] | None = None
    best_count = 0
    for level in sorted(set(heading_levels.values())):
        starts = sorted(number for number, value in heading_levels.items() if value <= level)
        found = _cut(starts, paragraph_of, word_counts)
        count = sum(1 for section in found if len(section.members) >= MIN_SECTION_SENTENCES)
        if count > best_count:
            best, best_count = found, count
    return best if best_count >= MIN_SECTIONS else None


def _cut(
    starts: Sequence[int], paragraph_of: Sequence[int], word_counts: Sequence[int]
) -> list[Section]:
    sections: list[Section] = []
    members: list[int] = []
    next_start = 0
    boundary = starts[0] if starts else None
    for index, paragraph in enumerate(paragraph_of):
        while boundary is not None and paragraph > boundary:
            if members:
                sections.append(Section(tuple(members), sum(word_counts[i] for i in members)))
                members = []
            next_start += 1
            boundary = starts[next_start] if next_start < len(starts) else None
        members.append(index)
    if members:
        sections.append(Section(tuple(members), sum(word_counts[i] for i in members)))
    return sections


def shares(total: int, sizes: Sequence[int]) -> list[int]:
    """`total` split in proportion to `sizes`, in whole units (largest remainder, ties early)."""
    whole = sum(sizes)
    if not whole:
        return [0] * len(sizes)
    exact = [total * size / whole for size in sizes]
    parts = [int(value) for value in exact]
    left = total - sum(parts)
    by_remainder = sorted(range(len(sizes)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in by_remainder[:left]:
        parts[i] += 1
    return parts


def fill_sections(
    sections: Sequence[Section],
    rank: Ranking,
    word_counts: Sequence[int],
    length: SummaryLength,
) -> list[tuple[int, float]]:
    """Choose sentences section by section, each within its share of `length`.

    Args:
        sections: the document's sections (`find_sections`).
        rank: ranks one section's candidates (indices into the candidates, article order),
            yielding (position in that list, score) best first.
        word_counts: every candidate's words.
        length: the summary's length; by words or share its words, by sentences its sentences
            are spread by the sections' words. The whole never goes over the budget, with the
            rule's one exception (`length.fill`): one sentence when nothing fits.

    Returns:
        (candidate index, score) pairs, best score first.
    """
    budget = length.word_budget(sum(word_counts))
    total = budget if budget is not None else int(length.value)
    allotted = shares(total, [section.words for section in sections])
    chosen: list[tuple[int, float]] = []
    carry = 0
    for section, share in zip(sections, allotted, strict=True):
        allowance = share + carry
        carry = allowance
        if allowance <= 0:
            continue
        counts = [word_counts[i] for i in section.members]
        unit = LengthUnit.WORDS if budget is not None else LengthUnit.SENTENCES
        picked = fill(
            rank(section.members), counts, SummaryLength(unit, allowance), at_least_one=False
        )
        used = sum(counts[p] for p, _ in picked) if budget is not None else len(picked)
        carry = allowance - used
        chosen.extend((section.members[p], score) for p, score in picked)
    if not chosen:
        first = sections[0]
        for position, score in rank(first.members):
            chosen.append((first.members[position], score))
            break
    chosen.sort(key=lambda pair: (-pair[1], pair[0]))
    return chosen
