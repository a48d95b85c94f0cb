"""Nashra's own summariser for news: central sentences, early sentences, no repeats.

Three habits of news writing and reading, each one a classic of extractive summarisation (the
MEAD family: Radev et al. 2004; MMR: Carbonell & Goldstein 1998):

- Centrality: a sentence that shares many weighty words with the article as a whole is about the
  article's subject. Measured as the cosine between the sentence's TF-IDF vector and the sum of
  all sentence vectors (the centroid), which takes linear time, unlike LexRank's sentence graph.
- Position: news is written as an inverted pyramid, so the point comes first. A sentence's weight
  falls as the inverse of its position (1, 1/2, 1/3, ...), the prior of the lead baseline itself:
  the lead matters most, yet a clearly more central second or third sentence can still beat a
  weak early one. (The gentler 1/√position let central sentences from the middle of an article
  displace its opening too often: on EASC it scored below 1/position on both halves of the
  corpus.)
- Redundancy: a sentence that repeats one already chosen adds nothing. As in maximal marginal
  relevance, each step picks the sentence with the best weight after discounting its likeness to
  the sentences already chosen; the discount is multiplicative, weight × (1 − highest cosine), so
  an exact copy is worth nothing and no trade-off constant is needed.

There is no fitted parameter: the position curve is the plain inverse, and centrality is scaled by
the document's most central sentence.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

import numpy as np

from desktop.core.summary.text import terms

Vector = dict[str, float]


def term_counts(texts: Sequence[str], language: str) -> list[Counter[str]]:
    """Each sentence's content terms (`text.terms`) with their counts."""
    return [Counter(terms(text, language)) for text in texts]


def _vectors(counts: Sequence[Counter[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors, with the ranked sentences as the IDF collection."""
    document_frequency: Counter[str] = Counter()
    for count in counts:
        document_frequency.update(count.keys())
    total = len(counts)
    idf = {term: math.log((1 + total) / (1 + df)) + 1.0 for term, df in document_frequency.items()}
    vectors = []
    for count in counts:
        vector = {term: tf * idf[term] for term, tf in count.items()}
        norm = math.sqrt(sum(weight * weight for weight in vector.values()))
        vectors.append({term: weight / norm for term, weight in vector.items()} if norm else {})
    return vectors


def _centrality(vectors: Sequence[Vector]) -> list[float]:
    centroid: defaultdict[str, float] = defaultdict(float)
    for vector in vectors:
        for term, weight in vector.items():
            centroid[term] += weight
    norm = math.sqrt(sum(weight * weight for weight in centroid.values())) or 1.0
    return [
        sum(weight * centroid[term] for term, weight in vector.items()) / norm for vector in vectors
    ]


def _position_prior(index: int) -> float:
    """1 for the first sentence, 1/2 for the second, 1/10 for the tenth."""
    return 1.0 / (index + 1)


def rank(texts: Sequence[str], language: str) -> Iterator[tuple[int, float]]:
    """Yield (index into `texts`, score) best first, lazily.

    Lazy because MMR's cost grows with every pick: the length rule stops asking once the
    summary is full, so a long document only pays for the sentences that get chosen.
    """
    return rank_counts(term_counts(texts, language))


def rank_counts(counts: Sequence[Counter[str]]) -> Iterator[tuple[int, float]]:
    """`rank` over sentences given as their term counts (`term_counts`)."""
    vectors = _vectors(counts)
    centrality = _centrality(vectors)
    top = max(centrality, default=0.0) or 1.0
    weight = [c / top * _position_prior(i) for i, c in enumerate(centrality)]

    lists: defaultdict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
    for index, vector in enumerate(vectors):
        for term, term_weight in vector.items():
            lists[term][0].append(index)
            lists[term][1].append(term_weight)
    size = len(vectors)
    likeness = _ArrayLikeness(lists, size) if size > _SMALL else _ListLikeness(lists, size)

    def worth(index: int) -> float:
        return weight[index] * (1.0 - likeness[index])

    # A sentence's value only falls as sentences are chosen, so a value stored in the heap is an
    # upper bound: pop, recompute, and take it if it still leads (lazy greedy). Ties go to the
    # earlier sentence.
    heap = [(-worth(index), index) for index in range(size)]
    heapq.heapify(heap)
    while heap:
        _, best = heapq.heappop(heap)
        current = worth(best)
        if heap and current < -heap[0][0]:
            heapq.heappush(heap, (-current, best))
            continue
        yield best, current
        likeness.choose(vectors[best])


# Past this many sentences a pick's cosines are taken with numpy; below it (a book's section, a
# news article) plain lists are faster than building and touching arrays.
_SMALL = 200


class _ListLikeness:
    """Each sentence's highest cosine to any chosen sentence, over per-term postings."""

    def __init__(self, lists: dict[str, tuple[list[int], list[float]]], size: int) -> None:
        self._lists = lists
        self._values = [0.0] * size

    def __getitem__(self, index: int) -> float:
        return self._values[index]

    def choose(self, vector: Vector) -> None:
        overlap: defaultdict[int, float] = defaultdict(float)
        for term, weight_in_best in vector.items():
            indices, weights = self._lists[term]
            for index, weight in zip(indices, weights, strict=True):
                overlap[index] += weight_in_best * weight  # a term occurs once per vector
        values = self._values
        for index, value in overlap.items():
            if value > values[index]:
                values[index] = value


class _ArrayLikeness:
    """`_ListLikeness` with numpy: one pick's cosines to every sentence in a few array
    operations. A term's postings become arrays when a chosen sentence first needs them: most
    terms never are."""

    def __init__(self, lists: dict[str, tuple[list[int], list[float]]], size: int) -> None:
        self._lists = lists
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._values = np.zeros(size)

    def __getitem__(self, index: int) -> float:
        return float(self._values[index])

    def choose(self, vector: Vector) -> None:
        overlap = np.zeros(len(self._values))
        for term, weight_in_best in vector.items():
            found = self._postings.get(term)
            if found is None:
                indices, weights = self._lists[term]
                found = self._postings[term] = (
                    np.array(indices, dtype=np.intp),
                    np.array(weights),
                )
            overlap[found[0]] += weight_in_best * found[1]
        np.maximum(self._values, overlap, out=self._values)
