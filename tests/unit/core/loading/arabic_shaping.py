"""A minimal Arabic shaper for tests: logical text to the presentation forms a PDF producer writes.

Enough for the words in the tests (no diacritics); it lets a test write a PDF text layer the way
real producers do and check that the loader undoes it.
"""

from __future__ import annotations

import unicodedata

_RIGHT_JOINING = frozenset("اأإآدذرزوؤة")  # join to the letter before only
_NON_JOINING = frozenset("ء")
_LAM_ALEF = {
    "ا": "ALEF",
    "أ": "ALEF WITH HAMZA ABOVE",
    "إ": "ALEF WITH HAMZA BELOW",
    "آ": "ALEF WITH MADDA ABOVE",
}


def _is_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def _joins_forward(ch: str) -> bool:
    return _is_letter(ch) and ch not in _RIGHT_JOINING and ch not in _NON_JOINING


def shape(text: str) -> str:
    """Logical text with each letter replaced by its contextual presentation form."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        prev_joins = i > 0 and _joins_forward(text[i - 1])
        if ch == "ل" and i + 1 < len(text) and text[i + 1] in _LAM_ALEF:
            form = "FINAL" if prev_joins else "ISOLATED"
            name = f"ARABIC LIGATURE LAM WITH {_LAM_ALEF[text[i + 1]]} {form} FORM"
            out.append(unicodedata.lookup(name))
            i += 2
            continue
        if not _is_letter(ch):
            out.append(ch)
            i += 1
            continue
        next_joins = (
            _joins_forward(ch)
            and i + 1 < len(text)
            and _is_letter(text[i + 1])
            and text[i + 1] not in _NON_JOINING
        )
        form = {
            (True, True): "MEDIAL",
            (False, True): "INITIAL",
            (True, False): "FINAL",
            (False, False): "ISOLATED",
        }[(prev_joins and ch not in _NON_JOINING, next_joins)]
        try:
            out.append(unicodedata.lookup(f"{unicodedata.name(ch)} {form} FORM"))
        except KeyError:
            out.append(ch)
        i += 1
    return "".join(out)


def visual(text: str) -> str:
    """Shaped text in the left-to-right order of the glyphs on the page (whole line reversed).

    Only right for lines without Latin letters or digits, which is what the tests use it for.
    """
    return shape(text)[::-1]
