"""The Unicode bidirectional algorithm's levels and reordering, for laying out mixed lines.

Used by the PDF export to put lines in display order; the PDF reader's repair of display-order
text (`desktop.core.loading.arabic_pdf_repair`) shares its bracket pairs.


A PDF page holds glyphs where they are seen, so Arabic with English names and numbers in it must
be put in display order before it is drawn: which runs read right to left, which left to right,
and in what order the runs stand on the line (UAX #9). HarfBuzz shapes a run but does not split a
paragraph into runs, and no small, well-kept Python package exposes the levels (python-bidi
returns only the reordered string), so the rules are here.

Implemented: explicit embeddings, overrides and isolates as nested levels (X1-X8, without the
isolating-run-sequence subtleties), the weak rules (W1-W7), paired brackets (BD16, N0: without it
"Wilhelm Schickard (1623)" inside an Arabic sentence shows its closing parenthesis turned round on
the wrong side), the neutral rules (N1-N2), levels (I1-I2) and the reordering (L2), each per level
run. Left out: line-end whitespace (L1; the line breaker drops spaces at line ends).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_MAX_DEPTH = 125
_STRONG = frozenset({"L", "R", "AL"})
_NEUTRALS = frozenset({"B", "S", "WS", "ON", "BN", "LRI", "RLI", "FSI", "PDI"})
_EMBEDDINGS = {"LRE": (False, None), "RLE": (True, None), "LRO": (False, "L"), "RLO": (True, "R")}
_ISOLATES = frozenset({"LRI", "RLI", "FSI"})
# Bidi_Paired_Bracket pairs (Unicode's BidiBrackets.txt; unicodedata has no such property): the
# common ones, with 〈〉 in both of their encodings.
_BRACKET_CHARACTERS = (
    "()[]{}\u0f3a\u0f3b\u0f3c\u0f3d\u169b\u169c\u2045\u2046\u207d\u207e\u208d\u208e"
    "\u2308\u2309\u230a\u230b\u2329\u232a\u27e6\u27e7\u27e8\u27e9\u27ea\u27eb"
    "\u2983\u2984\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011"
    "\u3014\u3015\uff08\uff09\uff3b\uff3d\uff5b\uff5d\uff5f\uff60\uff62\uff63"
)
CANONICAL_BRACKETS = {"\u2329": "\u3008", "\u232a": "\u3009"}
BRACKET_PAIRS = {
    CANONICAL_BRACKETS.get(_BRACKET_CHARACTERS[i], _BRACKET_CHARACTERS[i]): CANONICAL_BRACKETS.get(
        _BRACKET_CHARACTERS[i + 1], _BRACKET_CHARACTERS[i + 1]
    )
    for i in range(0, len(_BRACKET_CHARACTERS), 2)
}
_CLOSING = frozenset(BRACKET_PAIRS.values())
_MAX_BRACKET_DEPTH = 63


def bidi_class(char: str) -> str:
    return unicodedata.bidirectional(char) or "L"


def first_strong_is_rtl(text: str, default: bool = False) -> bool:
    """Whether the first strong character of `text` reads right to left (P2/P3)."""
    for char in text:
        cls = bidi_class(char)
        if cls in _STRONG:
            return cls != "L"
    return default


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of each character of a paragraph; odd levels read right to left.

    Args:
        text: one paragraph, without line breaks.
        rtl: the paragraph's base direction (the block's language decides it, as `dir` does
            in the HTML export).
    """
    base = 1 if rtl else 0
    types, levels = _explicit_levels(text, base)
    start = 0
    while start < len(types):
        end = start
        while end < len(types) and levels[end] == levels[start]:
            end += 1
        before = levels[start - 1] if start else base
        after = levels[end] if end < len(types) else base
        sos = _direction(max(before, levels[start]))
        eos = _direction(max(after, levels[start]))
        _resolve_run(text, types, start, end, (sos, eos, _direction(levels[start])))
        start = end
    for i, cls in enumerate(types):  # I1, I2
        level = levels[i]
        if level % 2 == 0:
            levels[i] = level + (1 if cls == "R" else 2 if cls in ("AN", "EN") else 0)
        elif cls in ("L", "EN", "AN"):
            levels[i] = level + 1
    return levels


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices of the items (characters or runs) of one line in display order, left to right (L2).

    From the highest level down to the lowest odd one, every maximal sequence at that level or
    above is reversed.
    """
    order = list(range(len(levels)))
    if not levels:
        return order
    lowest_odd = min(level for level in levels) | 1
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


def _direction(level: int) -> str:
    return "R" if level % 2 else "L"


def _explicit_levels(text: str, base: int) -> tuple[list[str], list[int]]:
    """Rules X1-X9: each character's level and class once the explicit controls are applied.

    The controls themselves keep the level around them and count as neutrals afterwards.
    """
    stack: list[tuple[int, str | None]] = [(base, None)]
    types: list[str] = []
    levels: list[int] = []
    for index, char in enumerate(text):
        cls = bidi_class(char)
        level, override = stack[-1]
        if cls in _EMBEDDINGS or cls in _ISOLATES:
            if cls in _EMBEDDINGS:
                to_rtl, new_override = _EMBEDDINGS[cls]
            else:
                to_rtl = cls == "RLI" or (cls == "FSI" and first_strong_is_rtl(text[index + 1 :]))
                new_override = None
            new_level = (level + 1) | 1 if to_rtl else (level + 2) & ~1
            if new_level <= _MAX_DEPTH:
                stack.append((new_level, new_override))
            types.append("ON" if cls in _ISOLATES else "BN")
            levels.append(level)
            continue
        if cls in ("PDF", "PDI"):
            if len(stack) > 1:
                stack.pop()
            types.append("ON" if cls == "PDI" else "BN")
            levels.append(stack[-1][0])
            continue
        if cls == "B":
            stack[1:] = []
            level, override = stack[-1]
        types.append(override or cls)
        levels.append(level)
    return types, levels


def _resolve_run(
    text: str, types: list[str], start: int, end: int, ends: tuple[str, str, str]
) -> None:
    """Rules W1-W7, N0 and N1-N2 on one level run, in place.

    Args:
        ends: the direction before the run (sos), after it (eos) and of its own level.
    """
    sos = ends[0]
    previous = sos
    for i in range(start, end):  # W1 (isolate controls are ON already)
        if types[i] == "NSM":
            types[i] = previous
        previous = types[i]
    last_strong = sos
    for i in range(start, end):  # W2, W3
        cls = types[i]
        if cls in _STRONG:
            last_strong = cls
        elif cls == "EN" and last_strong == "AL":
            types[i] = "AN"
    for i in range(start, end):
        if types[i] == "AL":
            types[i] = "R"
    for i in range(start + 1, end - 1):  # W4
        before, after = types[i - 1], types[i + 1]
        if types[i] == "ES" and before == after == "EN":
            types[i] = "EN"
        elif types[i] == "CS" and before == after and before in ("EN", "AN"):
            types[i] = before
    for i in range(start, end):  # W5
        if types[i] != "EN":
            continue
        for step in (-1, 1):
            j = i + step
            while start <= j < end and types[j] == "ET":
                types[j] = "EN"
                j += step
    for i in range(start, end):  # W6
        if types[i] in ("ES", "ET", "CS"):
            types[i] = "ON"
    last_strong = sos
    for i in range(start, end):  # W7
        if types[i] in ("L", "R"):
            last_strong = types[i]
        elif types[i] == "EN" and last_strong == "L":
            types[i] = "L"
    _resolve_brackets(text, types, start, end, ends)
    _resolve_neutrals(types, start, end, ends)


def _bracket_pairs(text: str, types: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """BD16: the run's matching opening and closing brackets, by opening position."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i in range(start, end):
        if types[i] != "ON":
            continue
        char = CANONICAL_BRACKETS.get(text[i], text[i])
        if char in BRACKET_PAIRS:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((BRACKET_PAIRS[char], i))
        elif char in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _resolve_brackets(
    text: str, types: list[str], start: int, end: int, ends: tuple[str, str, str]
) -> None:
    """N0: a bracket pair takes the direction of the text inside it, or of the text before it."""
    sos, _eos, embedding = ends
    for opening, closing in _bracket_pairs(text, types, start, end):
        inside = {_strong_side(cls) for cls in types[opening + 1 : closing] if cls in _DIRECTIONAL}
        if not inside:
            continue
        if embedding in inside:
            direction = embedding
        else:
            before = sos
            for cls in reversed(types[start:opening]):
                if cls in _DIRECTIONAL:
                    before = _strong_side(cls)
                    break
            direction = before if before != embedding else embedding
        types[opening] = types[closing] = direction


def _resolve_neutrals(types: list[str], start: int, end: int, ends: tuple[str, str, str]) -> None:
    """N1/N2: neutrals between two characters of one direction take it, others the run's."""
    sos, eos, embedding = ends
    i = start
    while i < end:
        if types[i] not in _NEUTRALS:
            i += 1
            continue
        j = i
        while j < end and types[j] in _NEUTRALS:
            j += 1
        before = _strong_side(types[i - 1]) if i > start else sos
        after = _strong_side(types[j]) if j < end else eos
        resolved = before if before == after else embedding
        for k in range(i, j):
            types[k] = resolved
        i = j


_DIRECTIONAL = frozenset({"L", "R", "EN", "AN"})


def _strong_side(cls: str) -> str:
    return "R" if cls in ("R", "AN", "EN") else "L"
