"""A PDF page's lines into paragraphs, in reading order.

The page is cut recursively along the white space that runs right across it (the X-Y cut of
Nagy and Seth, 1984): a vertical gutter splits columns, a horizontal gap splits what is above from
what is below. Columns are read right to left on a page that reads right to left. What no gap
splits is one stretch of running text, and its lines become paragraphs where the text says so: a
change of font size, a line that stops short of the margin, a first line indented. Lines of a
paragraph are joined with a space, and a word hyphenated at a line end is joined back
("com-" + "pile" → "compile").
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.loading.arabic_pdf_repair import is_rtl, mirror_brackets_if_reversed
from desktop.core.loading.pdf_lines import TextLine

_COLUMN_GAP = 1.0  # of the font size: a vertical gutter at least this wide separates columns
_PARAGRAPH_GAP = 0.6  # of the font size: a horizontal gap at least this tall separates blocks
_WIDE_GAP = 1.5  # of the font size: white space this tall between lines always separates them
_SHORT_LINE = (
    0.12  # of the block's width: a line ending this far before the margin ends its paragraph
)
_INDENT = 1.0  # of the font size: a first line indented this much starts a paragraph
_SIZE_CHANGE = 0.15  # a line this much larger or smaller than the one before starts a block
_MAX_CUT_LINES = 4000  # a page with more lines (a huge table) is read top to bottom
_HYPHENATED = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]$")
_LIST_START = re.compile(
    r"^(?:[•▪●◦‣∙·*–-]|\(?\d{1,3}[.)]|\(?[a-z][.)]|[\u0660-\u0669]{1,3}[.)-])\s"
)


@dataclass(frozen=True)
class PageParagraph:
    """A paragraph of a page: its text, font size and box."""

    text: str
    size: float
    x0: float
    x1: float
    top: float
    bottom: float
    rtl: bool
    last_width: float = 0.0  # the width of its last line (a full one may run over a page break)
    line_count: int = 1


def page_paragraphs(lines: Sequence[TextLine], page_width: float) -> list[PageParagraph]:
    """The paragraphs of one page's lines, in reading order."""
    if not lines:
        return []
    rtl_page = sum(len(line.text) for line in lines if line.rtl) > sum(
        len(line.text) for line in lines if not line.rtl
    )
    if len(lines) > _MAX_CUT_LINES:
        regions = [sorted(lines, key=lambda line: -line.baseline)]
    else:
        regions = _cut(list(lines), rtl_page, _line_gap(lines))
    paragraphs: list[PageParagraph] = []
    for region in regions:
        paragraphs.extend(_paragraphs(region))
    return paragraphs


def _line_gap(lines: Sequence[TextLine]) -> float:
    """The usual white space between one line and the next on this page (its leading).

    Arabic is often set with leading twice the font size; a gap counts as a paragraph break only
    when it is clearly wider than this one.
    """
    ordered = sorted(lines, key=lambda line: -line.baseline)
    gaps = []
    for above, below in itertools.pairwise(ordered):
        gap = above.bottom - below.top
        if 0 <= gap < 3 * below.size and above.x0 < below.x1 and below.x0 < above.x1:
            gaps.append(gap)
    return statistics.median(gaps) if gaps else 0.0


def _cut(lines: list[TextLine], rtl_page: bool, line_gap: float) -> list[list[TextLine]]:
    """X-Y cut: regions of lines in reading order, each with no wide gap inside."""
    if len(lines) <= 1:
        return [lines]
    size = statistics.median(line.size for line in lines)
    column = _widest_gap([(line.x0, line.x1) for line in lines])
    if column is not None and column[1] >= _COLUMN_GAP * size:
        at = column[0]
        left = [line for line in lines if line.x1 <= at]
        right = [line for line in lines if line.x0 >= at]
        first, second = (right, left) if rtl_page else (left, right)
        return _cut(first, rtl_page, line_gap) + _cut(second, rtl_page, line_gap)
    apart = _set_apart_above_and_below_columns(lines, size)
    if apart is not None:
        return [part for group in apart for part in _cut(group, rtl_page, line_gap)]
    row = _widest_gap([(-line.top, -line.bottom) for line in lines])
    # A gap wider than the page's leading by more than a fraction of the font size, or white
    # space of several ems in any case (lines set far apart are paragraphs of their own).
    needed = max(_PARAGRAPH_GAP * size, min(line_gap + _PARAGRAPH_GAP * size, _WIDE_GAP * size))
    if row is not None and row[1] >= needed:
        at = -row[0]
        above = [line for line in lines if line.bottom >= at]
        below = [line for line in lines if line.top <= at]
        return _cut(above, rtl_page, line_gap) + _cut(below, rtl_page, line_gap)
    return [sorted(lines, key=lambda line: (-line.baseline, line.x0))]


def _set_apart_above_and_below_columns(
    lines: list[TextLine], size: float
) -> list[list[TextLine]] | None:
    """Columns that only a centred page number or a short heading above or below them crosses.

    Those lines are cut off first (above, columns, below); otherwise a cut across the page at a
    paragraph break that happens to fall at the same height in both columns would read the
    columns' lines side by side.
    """
    width = max(line.x1 for line in lines) - min(line.x0 for line in lines)
    wide = [line for line in lines if line.x1 - line.x0 >= 0.3 * width]
    if len(wide) < 4 or len(wide) == len(lines):
        return None
    gutter = _widest_gap([(line.x0, line.x1) for line in wide])
    if gutter is None or gutter[1] < _COLUMN_GAP * size:
        return None
    top = max(line.top for line in wide)
    bottom = min(line.bottom for line in wide)
    at = gutter[0]
    crossing = [line for line in lines if line.x0 < at < line.x1]
    if any(bottom < line.baseline < top for line in crossing):
        return None
    above = [line for line in lines if line.baseline >= top]
    below = [line for line in lines if line.baseline <= bottom]
    middle = [line for line in lines if bottom < line.baseline < top]
    if not middle or len(middle) == len(lines):
        return None
    return [group for group in (above, middle, below) if group]


def _widest_gap(spans: list[tuple[float, float]]) -> tuple[float, float] | None:
    """The middle and the width of the widest gap between the merged spans, if any."""
    spans.sort()
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start > reach and (best is None or start - reach > best[1]):
            best = ((start + reach) / 2, start - reach)
        reach = max(reach, end)
    return best


def _paragraphs(region: list[TextLine]) -> list[PageParagraph]:
    left = min(line.x0 for line in region)
    right = max(line.x1 for line in region)
    width = right - left
    groups: list[list[TextLine]] = []
    for index, line in enumerate(region):
        # A list item's lines after the first are indented to its text (a hanging indent).
        in_item = bool(groups) and bool(_LIST_START.match(groups[-1][0].text))
        if not groups or _starts_paragraph(region, index, left, right, width, in_item):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [_paragraph(group) for group in groups]


def _starts_paragraph(
    region: list[TextLine], index: int, left: float, right: float, width: float, in_item: bool
) -> bool:
    line, previous = region[index], region[index - 1]
    if abs(line.size - previous.size) > _SIZE_CHANGE * max(line.size, previous.size):
        return True
    if _LIST_START.match(line.text):
        return True
    if len(region) < 2 or width <= 0:
        return False
    size = line.size
    if previous.rtl:
        short = previous.x0 - left > _SHORT_LINE * width
        indented = right - line.x1 > _INDENT * size and right - previous.x1 < 0.5 * size
    else:
        short = right - previous.x1 > _SHORT_LINE * width
        indented = line.x0 - left > _INDENT * size and previous.x0 - left < 0.5 * size
    return short or (indented and not in_item)


def _paragraph(lines: list[TextLine]) -> PageParagraph:
    text = lines[0].text
    for line in lines[1:]:
        if _HYPHENATED.search(text) and line.text[:1].islower():
            text = text[:-1] + line.text  # "com-" + "pile": one word cut at the line end
        elif _HYPHENATED.search(text) and text.endswith("-"):
            text += line.text  # "Anglo-" + "Saxon": a hyphenated word, hyphen kept
        else:
            text = f"{text} {line.text}"
    if len(lines) > 1 and any(is_rtl(ch) for ch in text):
        # A quote opened on one line and closed on the next: each line alone cannot tell.
        text = mirror_brackets_if_reversed(text)
    return PageParagraph(
        text=text,
        size=statistics.median(line.size for line in lines),
        x0=min(line.x0 for line in lines),
        x1=max(line.x1 for line in lines),
        top=max(line.top for line in lines),
        bottom=min(line.bottom for line in lines),
        rtl=sum(line.rtl for line in lines) * 2 >= len(lines),
        last_width=lines[-1].x1 - lines[-1].x0,
        line_count=len(lines),
    )
