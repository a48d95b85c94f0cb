"""Extractive summaries of a document's own sentences, by any of the offered methods.

The summary keeps sentence ids, not text: the GUI shows each chosen sentence's translation next
to it and highlights it in both panes, and an export can print either language.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from desktop.core.document import BlockKind, Document, Matter, Sentence
from desktop.core.language import detect_language
from desktop.core.summary.length import SummaryLength, fill
from desktop.core.summary.sections import Section, fill_sections, find_sections
from desktop.core.summary.text import terms_of_words, words

log = logging.getLogger(__name__)

DEFAULT_METHOD = "nashra"
LEAD_METHOD = "lead"  # the first sentences, in article order: the classic news baseline
# sumy's methods by name (a test checks them against `sumy_methods`). The ranking modules import
# numpy, sumy and nltk (about a second), so they load with the first summary, not with the app.
SUMY_METHODS = ("lexrank", "textrank", "lsa", "luhn", "edmundson", "kl", "sumbasic", "reduction")
METHODS = (DEFAULT_METHOD, LEAD_METHOD, *SUMY_METHODS)

_NEVER_CHOSEN = frozenset({BlockKind.CODE, BlockKind.NOTE})

# A document this short is its own summary: ranking one or two sentences cannot help the reader.
_WHOLE_DOCUMENT_SENTENCES = 2


@dataclass(frozen=True)
class SummarySentence:
    """One chosen sentence.

    Attributes:
        id: the sentence's document-wide id.
        rank: 1 for the sentence the method valued most, 2 for the next, ...
        score: the method's own score; it only compares sentences within one summary.
    """

    id: int
    rank: int
    score: float


@dataclass(frozen=True)
class Summary:
    """The chosen sentences in article order, with the method and length that chose them."""

    method: str
    length: SummaryLength
    sentences: tuple[SummarySentence, ...]

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(sentence.id for sentence in self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)


@dataclass(frozen=True)
class _Candidates:
    sentences: list[Sentence]
    word_counts: list[int]
    paragraph_of: list[int]
    headings: list[str]
    language: str
    sections: list[Section] | None = None  # a long document's sections (`sections`), else None
    words: list[list[str]] = field(default_factory=list)  # each sentence's folded words


def _candidates(source: Document | Sequence[Sentence], language: str | None) -> _Candidates:
    """The sentences a summary may choose from: body text with at least one word.

    Headings, code, notes and front and back matter (contents, title and copyright pages,
    bibliography, index, page numbers) are never chosen.
    """
    sentences: list[Sentence] = []
    paragraph_of: list[int] = []
    headings: list[str] = []
    if isinstance(source, Document):
        for number, paragraph in enumerate(source.paragraphs):
            if paragraph.kind is BlockKind.HEADING:
                if paragraph.matter is Matter.BODY:
                    headings.extend(sentence.text for sentence in paragraph.sentences)
                continue
            if paragraph.kind in _NEVER_CHOSEN or paragraph.matter is not Matter.BODY:
                continue
            for sentence in paragraph.sentences:
                sentences.append(sentence)
                paragraph_of.append(number)
        language = language or source.language
    else:
        sentences = list(source)
        paragraph_of = [0] * len(sentences)
        language = language or detect_language(" ".join(s.text for s in sentences[:50]))
    folded = [words(sentence.text) for sentence in sentences]
    keep = [i for i, found in enumerate(folded) if found]
    kept_counts = [len(folded[i]) for i in keep]
    kept_paragraphs = [paragraph_of[i] for i in keep]
    sections = (
        find_sections(source, kept_paragraphs, kept_counts)
        if isinstance(source, Document)
        else None
    )
    return _Candidates(
        [sentences[i] for i in keep],
        kept_counts,
        kept_paragraphs,
        headings,
        language,
        sections,
        [folded[i] for i in keep],
    )


def _ranking(method: str, candidates: _Candidates) -> Iterable[tuple[int, float]]:
    from desktop.core.summary import nashra, sumy_methods

    texts = [sentence.text for sentence in candidates.sentences]
    if method == DEFAULT_METHOD:
        return nashra.rank_counts(_term_counts(candidates))
    if method == LEAD_METHOD:
        return ((index, 1.0 / (index + 1)) for index in range(len(texts)))
    return sumy_methods.rank(
        method, texts, candidates.paragraph_of, candidates.headings, candidates.language
    )


def _term_counts(candidates: _Candidates) -> list[Counter[str]]:
    return [Counter(terms_of_words(found, candidates.language)) for found in candidates.words]


def _section_ranking(
    candidates: _Candidates,
) -> Callable[[Sequence[int]], Iterator[tuple[int, float]]]:
    """Nashra's ranking of one section's candidates, as if the section were an article."""
    from desktop.core.summary import nashra

    def rank(members: Sequence[int]) -> Iterator[tuple[int, float]]:
        return nashra.rank_counts([counts[i] for i in members])

    counts = _term_counts(candidates)

    return rank


def summarize(
    source: Document | Sequence[Sentence],
    length: SummaryLength,
    method: str = DEFAULT_METHOD,
    *,
    language: str | None = None,
) -> Summary:
    """Choose the sentences that make the summary of `source`.

    Args:
        source: a segmented document, or its sentences in article order. A document also gives
            paragraphs (used by methods that look at them) and headings (used as the title by
            Edmundson, never chosen themselves).
        length: how long the summary may be; see `length.fill` for the exact rule.
        method: one of `METHODS`. With the default, a long document with sections (chapters)
            is summarised section by section, the length spread by their size (`sections`);
            other methods, and documents without sections, rank the whole text.
        language: "ar" or "en"; by default the document's language, or guessed from the
            sentences' letters.

    Returns:
        The summary. An empty document gives an empty summary; a document of one or two
        sentences is returned whole, whatever the length.

    Raises:
        ValueError: `method` is not one of `METHODS`.
    """
    if method not in METHODS:
        raise ValueError(f"unknown summary method {method!r}; choose one of {', '.join(METHODS)}")
    candidates = _candidates(source, language)
    sentences = candidates.sentences
    if len(sentences) <= _WHOLE_DOCUMENT_SENTENCES:
        chosen = [(index, 1.0) for index in range(len(sentences))]
    elif method == DEFAULT_METHOD and candidates.sections is not None:
        chosen = fill_sections(
            candidates.sections, _section_ranking(candidates), candidates.word_counts, length
        )
    else:
        chosen = fill(_ranking(method, candidates), candidates.word_counts, length)
    log.debug("%s summary (%s): %d of %d sentences", method, length, len(chosen), len(sentences))
    ranks = {index: (rank, score) for rank, (index, score) in enumerate(chosen, start=1)}
    return Summary(
        method,
        length,
        tuple(SummarySentence(sentences[index].id, *ranks[index]) for index in sorted(ranks)),
    )
