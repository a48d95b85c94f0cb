"""Two views of a text: what the reader sees, and what matching and the model see.

`display_text` is the file's text on one line: only layout is tidied (line breaks, odd spaces),
presentation-form glyph codes become the letters they draw, and the characters that carry no text
at all (a byte-order mark, a soft hyphen, controls) go. ZWNJ (part of Persian and Urdu spelling,
also used in Arabic-script text), tatweel (even as a dash: "العالم ـوبالتالي المملكة المتحدةـ")
and bidi marks stay: the original pane, exports and `show` print them.

`normalize_text` / `normalize_paragraph` serve matching (the cleaner's rules, the cache), sentence
splitting and the model's input: zero-width and bidi control marks, elongation (tatweel) runs and
exotic spaces are removed or mapped as well. No letter is changed, no diacritic dropped.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width characters and bidi controls: LRM/RLM/ALM, embeddings and overrides, isolates,
# word joiner, BOM (as ZWNBSP) and the soft hyphen.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Every space that is not a plain space or a line break, including NBSP and narrow NBSP.
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_SPACE_RUN = re.compile(" {2,}")
_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_TATWEEL = "\u0640"
# Tatweel between two Arabic letters only stretches the word: drop it. A single tatweel after a
# letter and before a non-letter (لـ"عربي21", بـ6500) marks a detached prefix: keep one.
_TATWEEL_RUN = re.compile(_TATWEEL + "{2,}")
_TATWEEL_INSIDE_WORD = re.compile(
    r"(?<=[\u0620-\u064a\u066e-\u06d3])\u0640(?=[\u0620-\u064a\u066e-\u06d3])"
)
_LONE_TATWEEL = re.compile(r"(?<![\u0620-\u064a\u066e-\u06d3\u064b-\u065f])\u0640")


# What no reader sees and no text holds: a BOM (ZWNBSP), the soft hyphen, C0/C1 controls, and the
# explicit bidi embeddings, overrides and isolates (they only steer layout; Nashra lays out each
# paragraph itself, and an unbalanced one would scramble the reading pane).
_NOT_TEXT = re.compile("[\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_WHITESPACE = re.compile(r"[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def display_text(text: str) -> str:
    """The text as the reader sees it, on one line (see the module docstring)."""
    text = _NOT_TEXT.sub("", text)
    text = _PRESENTATION_FORM.sub(_base_letters, text)
    return _WHITESPACE.sub(" ", text).strip()


def _base_letters(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


def normalize_text(text: str) -> str:
    """Return `text` with invisible junk removed, presentation forms mapped and spaces made plain.

    Line breaks are kept (the caller decides what they mean); runs of spaces become one space and
    each line loses its leading and trailing spaces.
    """
    text = _INVISIBLE.sub("", text)
    text = _PRESENTATION_FORM.sub(_base_letters, text)
    text = _TATWEEL_RUN.sub(_TATWEEL, text)
    text = _TATWEEL_INSIDE_WORD.sub("", text)
    text = _LONE_TATWEEL.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ODD_SPACE.sub(" ", text)
    text = _SPACE_RUN.sub(" ", text)
    return "\n".join(line.strip(" ") for line in text.split("\n"))


def normalize_paragraph(text: str) -> str:
    """A paragraph on one line: as `normalize_text`, with line breaks turned into spaces."""
    return " ".join(part for part in normalize_text(text).split("\n") if part).strip()
