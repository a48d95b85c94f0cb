"""Sentence boundaries at line breaks that no punctuation decides: headlines and list items.

The caller normally passes one paragraph, so line breaks are rare; when they come (pasted text,
plain-text files), these are the choices:

* a blank line always ends a sentence;
* a single line break ends one when the next line or the line before starts with a list marker
  ("- ", "• ", "1. ", "٢) ");
* it also ends one when the line before is short compared with the longest line (a headline
  above its text) and does not end with a comma, colon, dash or the like;
* otherwise the lines are taken as hard-wrapped text, and the sentence goes on.

A line that ends with a terminal mark has been judged by the splitter already and is left alone.
"""

from __future__ import annotations

from desktop.core.sentences import lexicon as lx

_HEADLINE_SHARE = 0.6  # a line this much shorter than the longest one reads as a headline


def line_break_cuts(text: str, decided_ends: set[int]) -> list[int]:
    """Cut positions (ends of lines) for the line breaks that end a sentence.

    Args:
        text: the paragraph.
        decided_ends: positions right after terminal marks the splitter has judged.
    """
    cuts: list[int] = []
    longest = 0
    for line in lx.NEWLINE.split(text):
        longest = max(longest, len(line.strip()))
    if longest == len(text.strip()):
        return cuts  # one line only
    previous_line_start = 0
    for match in lx.LINE_START_NEWLINE.finditer(text):
        newline, next_start = match.start(), match.end()
        line_end = newline
        while line_end > previous_line_start and text[line_end - 1].isspace():
            line_end -= 1
        previous_line = text[previous_line_start:line_end]
        previous_line_start = next_start
        if not previous_line or next_start >= len(text):
            continue
        if len(lx.NEWLINE.findall(text, newline, next_start)) >= 2:
            cuts.append(line_end)  # a blank line
        elif line_end in decided_ends:
            continue  # the punctuation that ends the line has been judged
        elif (
            lx.LIST_MARKER.match(text, next_start)
            or lx.LIST_MARKER.match(previous_line.lstrip())
            or (
                previous_line[-1] not in lx.CONTINUING_LINE_ENDS
                and len(previous_line.lstrip()) <= _HEADLINE_SHARE * longest
            )
        ):
            cuts.append(line_end)
    return cuts
