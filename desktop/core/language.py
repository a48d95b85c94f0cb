"""Arabic or English: which way a text reads and which translation pack it needs.

Counting letters by script is enough for the two languages Nashra handles and never guesses on
an empty or letterless text: it falls back to a default the caller chooses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

ARABIC = "ar"
ENGLISH = "en"
LANGUAGES = (ARABIC, ENGLISH)

# A paragraph is called Arabic when at least this share of its letters are Arabic. Below one half
# on purpose: Arabic news quotes English names and acronyms (RSPCA, ACTA), and a single Arabic
# letter run among Latin words is rarer than the reverse.
_ARABIC_SHARE = 0.4
# Letters counted per text: the first few thousand decide as well as a megabyte would, and
# counting is per character in Python (a 1 MB paragraph took seconds).
SAMPLE_CHARS = 20_000


def _is_arabic_letter(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    ) and unicodedata.category(char).startswith("L")


def letter_counts(text: str) -> tuple[int, int]:
    """Return (Arabic letters, other letters) in `text`."""
    arabic = other = 0
    for char in text:
        if char.isalpha():
            if _is_arabic_letter(char):
                arabic += 1
            else:
                other += 1
    return arabic, other


def detect_language(text: str, default: str = ARABIC) -> str:
    """Return "ar" or "en" for `text` (its first `SAMPLE_CHARS`); `default` when it has no
    letters at all."""
    arabic, other = letter_counts(text[:SAMPLE_CHARS])
    if arabic + other == 0:
        return default
    return ARABIC if arabic / (arabic + other) >= _ARABIC_SHARE else ENGLISH


def detect_document_language(paragraphs: Iterable[str], default: str = ARABIC) -> str:
    """The language of most of the letters across all paragraphs (the first `SAMPLE_CHARS` of
    each)."""
    arabic = other = 0
    for paragraph in paragraphs:
        a, o = letter_counts(paragraph[:SAMPLE_CHARS])
        arabic += a
        other += o
    if arabic + other == 0:
        return default
    return ARABIC if arabic / (arabic + other) >= _ARABIC_SHARE else ENGLISH


def is_rtl(language: str) -> bool:
    return language == ARABIC


def other_language(language: str) -> str:
    """The language a text is translated into by default: Nashra pairs Arabic and English."""
    return ENGLISH if language == ARABIC else ARABIC
