"""Paragraphs set in the bundled fonts: lines that fit a width, and the spacing between them.

Line spacing follows the paragraph's direction: a right-to-left paragraph is spaced for Naskh
(tall alef with hamza and marks above, deep descenders below), a left-to-right one for Noto Serif.
Both stay under one and a half times the glyph boxes PDF readers compute (the font size), which
is what pdfminer, and so Nashra re-opening its own export, takes as "the next line of the same
paragraph" rather than a new paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from desktop.core.export.pdf.line_breaking import Line, break_lines
from desktop.core.export.pdf.shaping import FontSet, shape_paragraph
from desktop.core.export.pdf.typeface import load_typeface
from desktop.core.fonts import (
    ARABIC_BOLD_FILE,
    ARABIC_REGULAR_FILE,
    ARABIC_SCALE,
    LATIN_BOLD_FILE,
    LATIN_REGULAR_FILE,
    font_path,
)

# Line pitch per em of the paragraph's main font.
ARABIC_PITCH = 1.42
LATIN_PITCH = 1.38
# Where the baseline sits in a line's height, from the top.
BASELINE_SHARE = 0.73


@dataclass(frozen=True)
class TextStyle:
    """A size in points of Latin text (Arabic is `ARABIC_SCALE` times larger), regular or bold."""

    size: float
    bold: bool = False


BODY_STYLE = TextStyle(11)


@dataclass(frozen=True)
class SetParagraph:
    """A paragraph broken into lines.

    Attributes:
        pitch: the distance between baselines, in points.
        ascent: the distance from the top of the first line to its baseline.
    """

    lines: tuple[Line, ...]
    pitch: float
    ascent: float
    rtl: bool

    @property
    def height(self) -> float:
        return self.pitch * len(self.lines)


class Typesetter:
    """Shapes and breaks paragraphs in one family pair (regular and bold)."""

    def __init__(self, regular: FontSet, bold: FontSet) -> None:
        self.regular = regular
        self.bold = bold

    def set(self, text: str, *, rtl: bool, style: TextStyle, width: float) -> SetParagraph:
        fonts = self.bold if style.bold else self.regular
        # A tab has no glyph in the fonts; it separates words like a space.
        shaped = shape_paragraph(text.replace("\t", " "), rtl=rtl, size=style.size, fonts=fonts)
        pitch = self.pitch(rtl=rtl, style=style)
        lines = tuple(break_lines(shaped, width))
        return SetParagraph(lines, pitch, pitch * BASELINE_SHARE, rtl)

    def pitch(self, *, rtl: bool, style: TextStyle) -> float:
        if rtl:
            return style.size * self.regular.arabic_scale * ARABIC_PITCH
        return style.size * LATIN_PITCH


@cache
def bundled_typesetter() -> Typesetter:
    """The typesetter over the fonts in resources/fonts, loaded once."""

    def fonts(arabic: str, latin: str) -> FontSet:
        return FontSet(
            load_typeface(font_path(arabic)), load_typeface(font_path(latin)), ARABIC_SCALE
        )

    return Typesetter(
        fonts(ARABIC_REGULAR_FILE, LATIN_REGULAR_FILE), fonts(ARABIC_BOLD_FILE, LATIN_BOLD_FILE)
    )
