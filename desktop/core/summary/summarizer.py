"""Extractive summaries of a document's own sentences, by any of the offered methods.

The summary keeps sentence ids, not text: the GUI shows each chosen sentence's translation next
to it and highlights it in both panes, and an export can print either language.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.document import BlockKind, Document, Matter, Sentence
from desktop.core.language import detect_language
from desktop.core.summary.length import SummaryLength, fill
from desktop.core.summary.text import word_count

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
    counts = [word_count(sentence.text) for sentence in sentences]
    keep = [i for i, count in enumerate(counts) if count > 0]
    return _Candidates(
        [sentences[i] for i in keep],
        [counts[i] for i in keep],
        [paragraph_of[i] for i in keep],
        headings,
        language,
    )


def _ranking(method: str, candidates: _Candidates) -> Iterable[tuple[int, float]]:
    from desktop.core.summary import nashra, sumy_methods

    texts = [sentence.text for sentence in candidates.sentences]
    if method == DEFAULT_METHOD:
        return nashra.rank(texts, candidates.language)
    if method == LEAD_METHOD:
        return ((index, 1.0 / (index + 1)) for index in range(len(texts)))
    return sumy_methods.rank(
        method, texts, candidates.paragraph_of, candidates.headings, candidates.language
    )


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
        method: one of `METHODS`.
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
    else:
        chosen = fill(_ranking(method, candidates), candidates.word_counts, length)
    log.debug("%s summary (%s): %d of %d sentences", method, length, len(chosen), len(sentences))
    ranks = {index: (rank, score) for rank, (index, score) in enumerate(chosen, start=1)}
    return Summary(
        method,
        length,
        tuple(SummarySentence(sentences[index].id, *ranks[index]) for index in sorted(ranks)),
    )
