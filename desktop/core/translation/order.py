"""Which sentences go to the model next: what the reader is looking at first.

A long document takes minutes to translate. The reader should not wait for chapter 1 to finish
while looking at chapter 10, so the GUI tells a `TranslationOrder` which sentences are in view
(and a little beyond), then which the summary shows; the engine asks it before every batch and
takes those first, the rest in document order. Scrolling updates it while a translation runs:
the next batch follows the reader. It is shared between the GUI thread and the worker, hence
the lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable


class TranslationOrder:
    """Sentence ids to translate before the rest, most wanted first."""

    def __init__(self, first: Iterable[int] = ()) -> None:
        self._lock = threading.Lock()
        self._rank: dict[int, int] = {}
        self._version = 0
        self.prefer(first)

    def prefer(self, *groups: Iterable[int]) -> None:
        """Translate these ids first, group by group (in view, then the summary's); replaces
        what was preferred before."""
        rank: dict[int, int] = {}
        for group in groups:
            for sentence_id in group:
                rank.setdefault(sentence_id, len(rank))
        with self._lock:
            if rank != self._rank:
                self._rank = rank
                self._version += 1

    @property
    def version(self) -> int:
        """Changes whenever the preference does (the engine re-sorts only then)."""
        with self._lock:
            return self._version

    def rank(self, ids: Iterable[int]) -> int:
        """Where a sentence (with these ids: identical sentences share a translation) comes:
        its best rank if preferred, else after every preferred one."""
        with self._lock:
            ranks = [self._rank[i] for i in ids if i in self._rank]
            return min(ranks) if ranks else len(self._rank)
