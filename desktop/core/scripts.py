"""Runs of Arabic and of Latin (or other) script in a text, to set each in its own font.

Letters and digits decide (Arabic-Indic digits are Arabic, European digits are not); spaces,
punctuation and marks go with the letter before them, those before the first letter with the
first letter. The PDF export and the reading panes set Arabic runs in Noto Naskh Arabic and the
others in Noto Serif, at the sizes `desktop.core.fonts` pairs.
"""

from __future__ import annotations

import re

ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_STRONG = re.compile(rf"([{ARABIC_CHARS}]+)|([^\W_{ARABIC_CHARS}]+)")


def script_runs(text: str, arabic_first: bool = False) -> list[tuple[str, bool]]:
    """`text` cut into (run, is Arabic) pieces that join back into `text`.

    Args:
        arabic_first: the script of a text with no letter or digit at all.
    """
    if not text:
        return []
    marks: list[tuple[int, bool]] = []  # where each strong run starts, and its script
    for match in _STRONG.finditer(text):
        arabic = match.group(1) is not None
        if not marks or marks[-1][1] != arabic:
            marks.append((match.start(), arabic))
    if not marks:
        return [(text, arabic_first)]
    starts = [0, *(start for start, _ in marks[1:])]
    ends = [*starts[1:], len(text)]
    return [(text[s:e], arabic) for s, e, (_, arabic) in zip(starts, ends, marks, strict=True)]
