"""Breaking a shaped paragraph into lines that fit a width, each in display order.

Lines break at spaces, the way Arabic and English are set: joining never crosses a space, so the
glyphs HarfBuzz made for the whole paragraph stay right when the paragraph is cut into lines and
each run is shaped only once. A word wider than the line (a long address) is cut between
clusters. Each line's runs are then put in display order by the bidi algorithm's rule L2, and
the spaces at the ends of lines are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from desktop.core.bidi import visual_order
from desktop.core.export.pdf.shaping import Glyph, Run, ShapedParagraph

_BREAKING_SPACES = frozenset(
    " \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
)


@dataclass(frozen=True)
class Line:
    """One line: its glyphs' runs in display order (left to right) and its width in points."""

    start: int
    end: int
    runs: tuple[tuple[Glyph, ...], ...]
    width: float

    @property
    def glyphs(self) -> Iterator[Glyph]:
        for run in self.runs:
            yield from run


def break_lines(paragraph: ShapedParagraph, width: float) -> list[Line]:
    """The paragraph as lines no wider than `width` points (a single cluster may be wider)."""
    lines = []
    for start, end in _line_ranges(paragraph, width):
        lines.append(_line(paragraph, start, end))
    return lines


def _line_ranges(paragraph: ShapedParagraph, width: float) -> list[tuple[int, int]]:
    """Greedy filling: as many words as fit on each line, logical character ranges."""
    text, advances = paragraph.text, paragraph.advances
    ranges: list[tuple[int, int]] = []
    line_start: int | None = None
    line_end = 0
    line_width = 0.0
    for word_start, word_end, space_end in _words(text):
        word_width = sum(advances[word_start:word_end])
        space_width = sum(advances[word_end:space_end])
        if line_start is not None and line_width + word_width > width:
            ranges.append((line_start, line_end))
            line_start = None
        if line_start is None:
            if word_width > width:  # a word longer than the line: cut between clusters
                pieces = _cut_word(paragraph, word_start, word_end, width)
                ranges.extend(pieces[:-1])
                word_start = pieces[-1][0]
                word_width = sum(advances[word_start:word_end])
            line_start, line_width = word_start, 0.0
        line_end = word_end
        line_width += word_width + space_width
    if line_start is not None:
        ranges.append((line_start, line_end))
    return ranges


def _words(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, end of the spaces after it) of each word."""
    index = 0
    while index < len(text) and text[index] in _BREAKING_SPACES:
        index += 1
    while index < len(text):
        start = index
        while index < len(text) and text[index] not in _BREAKING_SPACES:
            index += 1
        end = index
        while index < len(text) and text[index] in _BREAKING_SPACES:
            index += 1
        yield start, end, index


def _cut_word(
    paragraph: ShapedParagraph, start: int, end: int, width: float
) -> list[tuple[int, int]]:
    pieces = []
    piece_start, piece_width = start, 0.0
    for index in range(start, end):
        advance = paragraph.advances[index]
        if advance and piece_width + advance > width and piece_width > 0:
            pieces.append((piece_start, index))
            piece_start, piece_width = index, 0.0
        piece_width += advance
    pieces.append((piece_start, end))
    return pieces


def _line(paragraph: ShapedParagraph, start: int, end: int) -> Line:
    """The glyphs of `paragraph.text[start:end]`, runs in display order."""
    pieces: list[tuple[Glyph, ...]] = []
    levels: list[int] = []
    for run in paragraph.runs:
        if run.end <= start or run.start >= end:
            continue
        glyphs = _slice(run, start, end)
        if glyphs:
            pieces.append(glyphs)
            levels.append(run.level)
    ordered = tuple(pieces[index] for index in visual_order(levels))
    width = sum(glyph.advance for piece in ordered for glyph in piece)
    return Line(start, end, ordered, width)


def _slice(run: Run, start: int, end: int) -> tuple[Glyph, ...]:
    if start <= run.start and run.end <= end:
        return run.glyphs
    return tuple(glyph for glyph in run.glyphs if start <= glyph.cluster < end)
