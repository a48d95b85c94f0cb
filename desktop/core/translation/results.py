"""What a translated sentence carries to the GUI, the CLI and the cache."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum


class TranslationFlag(StrEnum):
    """Why a translation deserves a second look; the GUI marks flagged sentences."""

    UNTRANSLATED = "untranslated"  # output equals the input or stays in the source script
    TRUNCATED = "truncated"  # decoding hit its length bound (typically runaway repetition)
    SPLIT = "split"  # too long for the model: translated in clauses and joined back
    EMPTY = "empty"  # the model produced nothing for a non-empty sentence


@dataclass(frozen=True)
class SentenceTranslation:
    """One sentence's translation.

    ``confidence`` is the mean log-probability per output token CTranslate2 gave the chosen
    hypothesis (0 is certain; trained packs typically give -0.1 to -1, doubtful output well below),
    so it compares across sentences of different lengths.
    """

    text: str
    confidence: float = 0.0
    flags: frozenset[TranslationFlag] = field(default_factory=frozenset)

    @property
    def probability(self) -> float:
        """``confidence`` as a per-token probability in [0, 1], easier to show as a percentage."""
        return math.exp(self.confidence)

    def has(self, flag: TranslationFlag) -> bool:
        return flag in self.flags
