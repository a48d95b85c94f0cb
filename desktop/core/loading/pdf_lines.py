"""A PDF page's glyphs into lines, each in reading order.

Glyphs on one baseline make a row; a wide gap cuts a row into pieces (two columns, or table cells,
share baselines). Inside a piece, a gap wider than a fraction of the font size (or a space glyph)
ends a word. The piece's glyphs, taken left to right as drawn, are put into logical order by the
bidirectional algorithm run backwards (`arabic_pdf_repair.reorder_visual`): an Arabic line reads
right to left with its numbers and Latin words left to right inside it, whatever order the
producer wrote them in. Glyphs the producer stored in the order of the content stream, one text
object per word or per letter, come out the same as glyphs written in one run.
"""

from __future__ import annotations

import bisect
import re
import statistics
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.loading.arabic_pdf_repair import (
    is_rtl,
    mirror_brackets_if_reversed,
    normalize_presentation_forms,
    reorder_visual,
)
from desktop.core.loading.pdf_glyphs import Glyph

_BASELINE_TOLERANCE = 0.35  # of the font size: glyphs this close vertically share a row
_WORD_GAP = 0.18  # of the font size: a wider gap between glyphs is a space
_WORD_GAP_OF_LETTER = 0.35  # of the median letter's width: the same, for narrowed text
_PIECE_GAP = 1.6  # of the font size: a wider gap cuts a row into separate pieces
_LATIN_LIGATURES = re.compile("[\ufb00-\ufb06]")


@dataclass(frozen=True)
class TextLine:
    """One line of a page in reading order.

    Attributes:
        text: the line's characters in logical order, base letters (no presentation forms).
        x0, x1: its left and right ends; baseline and size as for glyphs.
        rtl: it reads right to left.
    """

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    rtl: bool

    @property
    def top(self) -> float:
        return self.baseline + 0.8 * self.size

    @property
    def bottom(self) -> float:
        return self.baseline - 0.25 * self.size


def page_lines(glyphs: Sequence[Glyph]) -> list[TextLine]:
    """The lines of one page's glyphs (horizontal text only), top to bottom."""
    lines: list[TextLine] = []
    for row in _rows(_with_marks_attached(glyphs)):
        for piece in _pieces(row):
            line = _line(piece)
            if line is not None:
                lines.append(line)
    return lines


def _with_marks_attached(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """Harakat drawn as glyphs of their own join the letter they sit on.

    Sorted by position alone, a mark (drawn above or below its letter, often on a baseline of
    its own) would land on a line of its own or between the wrong letters. The content stream
    usually draws it right after its letter; otherwise the letter under it is looked up.
    """
    out: list[Glyph] = []
    loose: list[Glyph] = []
    for glyph in glyphs:
        if glyph.is_mark:
            if out and not out[-1].is_space and _sits_on(glyph, out[-1]):
                out[-1] = _with_mark(out[-1], glyph)
            else:
                loose.append(glyph)
            continue
        out.append(glyph)
    if loose:
        _attach_loose_marks(out, loose)
    return out


def _sits_on(mark: Glyph, base: Glyph) -> bool:
    """Whether `mark` is drawn on `base`: a letter, under the mark's middle, near its line."""
    centre = (mark.x0 + mark.x1) / 2
    near = abs(mark.baseline - base.baseline) <= 0.8 * base.size
    over = base.x0 - 0.1 * base.size <= centre <= base.x1 + 0.1 * base.size
    return near and over and any(unicodedata.category(ch).startswith("L") for ch in base.text)


def _with_mark(base: Glyph, mark: Glyph) -> Glyph:
    return Glyph(
        base.text + mark.text, base.x0, base.x1, base.baseline, base.size,
        base.unmapped + mark.unmapped, base.vertical,
    )  # fmt: skip


def _attach_loose_marks(glyphs: list[Glyph], marks: list[Glyph]) -> None:
    """Each mark onto the letter it sits on (found among the letters near its baseline), or left
    as a glyph of its own when no letter is under it."""
    order = sorted(range(len(glyphs)), key=lambda i: glyphs[i].baseline)
    baselines = [glyphs[i].baseline for i in order]
    for mark in marks:
        reach = 1.0 * mark.size
        start = bisect.bisect_left(baselines, mark.baseline - reach)
        stop = bisect.bisect_right(baselines, mark.baseline + reach)
        centre = (mark.x0 + mark.x1) / 2
        best: int | None = None
        best_distance = 0.0
        for position in range(start, stop):
            index = order[position]
            base = glyphs[index]
            if base.is_space or not _sits_on(mark, base):
                continue
            # The letter whose middle is nearest the mark's, then the nearest baseline.
            distance = abs((base.x0 + base.x1) / 2 - centre) + abs(base.baseline - mark.baseline)
            if best is None or distance < best_distance:
                best, best_distance = index, distance
        if best is None:
            glyphs.append(mark)
        else:
            glyphs[best] = _with_mark(glyphs[best], mark)


def _rows(glyphs: Iterable[Glyph]) -> list[list[Glyph]]:
    ordered = sorted(glyphs, key=lambda g: -g.baseline)
    rows: list[list[Glyph]] = []
    row_baseline = row_size = 0.0
    for glyph in ordered:
        size = row_size if glyph.is_space else min(row_size, glyph.size)
        if rows and abs(row_baseline - glyph.baseline) <= _BASELINE_TOLERANCE * size:
            rows[-1].append(glyph)
            continue
        rows.append([glyph])
        row_baseline, row_size = glyph.baseline, glyph.size
    return rows


def _pieces(row: list[Glyph]) -> list[list[Glyph]]:
    """Cut a row where the gap between glyphs is wider than any word space."""
    row.sort(key=lambda g: (g.x0, g.x1))
    size = statistics.median(g.size for g in row if not g.is_space) if _has_text(row) else 1.0
    pieces: list[list[Glyph]] = [[]]
    right = None
    for glyph in row:
        if glyph.is_space:
            pieces[-1].append(glyph)
            continue
        if right is not None and glyph.x0 - right > _PIECE_GAP * size:
            pieces.append([])
        pieces[-1].append(glyph)
        right = glyph.x1 if right is None else max(right, glyph.x1)
    return [piece for piece in pieces if _has_text(piece)]


def _has_text(glyphs: Iterable[Glyph]) -> bool:
    return any(not g.is_space for g in glyphs)


def _line(piece: list[Glyph]) -> TextLine | None:
    """The piece's glyphs as a line of text in logical order.

    Words end at space glyphs that have a width, or at gaps wider than a space. An empty space
    glyph says nothing by itself (PDFium reports them between separate text objects, inside
    words too); on a line whose spaces have a width, one is the opposite of a break: Word writes
    it where it stretches a word of justified Arabic with a kashida, and the gap after it is
    inside the word ("تس رى" for "تسرى").
    """
    units: list[str] = []
    right: float | None = None
    pending_space = stretched = False
    letters = [g for g in piece if not g.is_space]
    size = statistics.median(g.size for g in letters)
    wide_spaces = any(g.is_space and g.x1 - g.x0 > 0.05 * size for g in piece)
    # A space is a fraction of the font size, or of a letter's width where the text is drawn
    # narrower than its size (horizontal scaling).
    advance = (
        statistics.median(g.x1 - g.x0 for g in letters if not g.is_mark)
        if any(not g.is_mark for g in letters)
        else size
    )
    word_gap = min(_WORD_GAP * size, _WORD_GAP_OF_LETTER * advance)
    for glyph in piece:
        if glyph.is_space:
            if glyph.x1 - glyph.x0 > 0.05 * size:
                pending_space = bool(units)
            elif wide_spaces and not _breaks_words(glyph, right, size):
                stretched = True
            continue
        gap = glyph.x0 - right if right is not None else 0.0
        wide = gap > word_gap and not stretched
        if units and (pending_space or wide) and not glyph.is_mark:
            units.append(" ")
        units.append(glyph.text)
        pending_space = stretched = False
        right = glyph.x1 if right is None else max(right, glyph.x1)
    rtl = _reads_right_to_left(units)
    ordered = reorder_visual(units, rtl=rtl)
    text = "".join(ordered)
    if rtl or any(is_rtl(ch) for ch in text):
        text = mirror_brackets_if_reversed(text)  # only ever makes unbalanced brackets balance
    text = _LATIN_LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = " ".join(normalize_presentation_forms(text).split())
    if not text:
        return None
    baseline = statistics.median(g.baseline for g in letters)
    return TextLine(
        text, min(g.x0 for g in letters), max(g.x1 for g in letters), baseline, size, rtl
    )


def _breaks_words(space: Glyph, right: float | None, size: float) -> bool:
    """A space glyph with a width, or an empty one that is not inside the letter before it."""
    return space.x1 - space.x0 > 0.05 * size or right is None or space.x0 >= right - 0.05 * size


def _reads_right_to_left(units: Sequence[str]) -> bool:
    """The line's base direction: that of most of its strong letters."""
    rtl = ltr = 0
    for unit in units:
        for ch in unit:
            direction = unicodedata.bidirectional(ch)
            if direction in ("R", "AL"):
                rtl += 1
            elif direction == "L":
                ltr += 1
    return rtl > 0 and rtl >= ltr * 0.5 if ltr else rtl > 0
