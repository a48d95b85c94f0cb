"""Headings in plain text: chapter lines, numbered section titles, short title lines.

A book or report saved as .txt has no markup, yet its chapters are plain to see: "الفصل الأول",
"Chapter 3", "المادة 1", "1. Introduction", or a short line without final punctuation standing
alone between blank lines above a paragraph. Found here, they become headings, so the outline and
the summary's sections work for plain text as for EPUB or DOCX.

Conservative on purpose: a news article copied as text (one paragraph per line, a dateline, a
caption) must not sprout false headings. A line is a heading only when it is short, has no final
punctuation, and either names itself a chapter/part/article ("الفصل", "Chapter", ...) or is a
numbered or plain short line alone in its blank-line chunk, with running text (or a heading)
right before it and running text right after it.

Levels: parts and books 1, chapters and plain title lines 2, articles and sections 3; a numbered
title takes its depth ("1." 2, "1.2" 3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.document import Block, BlockKind

_MAX_WORDS = 10  # "الفصل الثالث: الحياة في المدينة القديمة بعد الحرب" still fits
_PLAIN_MAX_WORDS = 8
_BODY_MIN_WORDS = 12  # the chunk after a plain or numbered title line is running text
_WORD = re.compile(r"\w+")
_FINAL = re.compile(r"[.!?؟…:؛,،;][\"'»”’)\]]*$")

_ORDINALS_AR = (
    r"(?:ال)?(?:أول|اول|أولى|اولى|ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|سابع|"
    r"سابعة|ثامن|ثامنة|تاسع|تاسعة|عاشر|عاشرة|حادي|حادية|أخير|اخير|أخيرة|اخيرة)"
)
_NUMBER = r"(?:\d{1,4}|[\u0660-\u0669]{1,4}|[IVXLCivxlc]{1,7})"
_ORDINALS_EN = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
)
_NAMED = (
    (1, r"(?:الباب|الجزء|الكتاب|القسم)"),
    (2, r"(?:الفصل)"),
    (3, r"(?:المادة|مادة|المبحث|المطلب|البند)"),
)
_NAMED_EN = ((1, r"(?:part|book)"), (2, r"(?:chapter)"), (3, r"(?:section|article)"))


def _named_pattern() -> list[tuple[int, re.Pattern[str]]]:
    patterns = []
    for level, word in _NAMED:
        patterns.append(
            (level, re.compile(rf"^{word}\s+(?:{_ORDINALS_AR}|{_NUMBER})(?:\s|[:：.\-–—]|$)"))
        )
    for level, word in _NAMED_EN:
        patterns.append(
            (
                level,
                re.compile(
                    rf"^{word}\s+(?:{_NUMBER}|{_ORDINALS_EN})(?:\s|[:.\-–—]|$)", re.IGNORECASE
                ),
            )
        )
    return patterns


_NAMED_PATTERNS = _named_pattern()
# "1. Introduction", "2.3 Methods", "٣- النتائج"; not "1990 was a year" (at most two digits).
_NUMBERED = re.compile(r"^(\d{1,2}|[\u0660-\u0669]{1,2})((?:\.\d{1,2})*)[.)\-–]?\s+\w")


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def named_level(line: str) -> int | None:
    """The level of a line that names itself a part, chapter or article, else None."""
    if _words(line) > _MAX_WORDS or _FINAL.search(line):
        return None
    for level, pattern in _NAMED_PATTERNS:
        if pattern.match(line):
            return level
    return None


def _is_body(chunk: Sequence[str]) -> bool:
    """Running text: more than one line, or one line long enough to be a paragraph."""
    return len(chunk) > 1 or (_words(chunk[0]) >= _BODY_MIN_WORDS and bool(_FINAL.search(chunk[0])))


def standalone_level(chunk: Sequence[str], following: Sequence[str] | None) -> int | None:
    """The level of a one-line chunk that titles the running text after it, else None."""
    if len(chunk) != 1 or following is None or not _is_body(following):
        return None
    line = chunk[0]
    if _FINAL.search(line) or _words(line) > _PLAIN_MAX_WORDS or _words(line) == 0:
        return None
    numbered = _NUMBERED.match(line)
    if numbered:
        return 2 + numbered.group(2).count(".")
    if line[0].isdigit():  # "1990 عام التحول" reads as text, not a numbered title
        return None
    return 2


def heading_blocks(chunks: Sequence[Sequence[str]], blocks_of: Sequence[list[Block]]) -> None:
    """Turn the blocks of `chunks` that are headings into heading blocks, in place.

    Args:
        chunks: the text's blank-line-separated chunks, each a list of stripped lines.
        blocks_of: for each chunk, the paragraph blocks it was split into.
    """
    blank_lined = len(chunks) > 1
    for number, (chunk, blocks) in enumerate(zip(chunks, blocks_of, strict=True)):
        for position, block in enumerate(blocks):
            level = named_level(block.text)
            if level is None and blank_lined and number > 0 and position == 0:
                # Between running text (or a heading) above and running text below: a short
                # line between two short lines is a label or a share button, not a title.
                above = blocks_of[number - 1]
                if _is_body(chunks[number - 1]) or above[-1].kind is BlockKind.HEADING:
                    following = chunks[number + 1] if number + 1 < len(chunks) else None
                    level = standalone_level(chunk, following)
            if level is not None:
                blocks[position] = Block(block.text, BlockKind.HEADING, level)
