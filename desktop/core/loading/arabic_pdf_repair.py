"""Repairing Arabic text taken from a PDF's text layer.

Many PDF producers write Arabic as the glyphs appear on the page: presentation forms (the initial,
medial, final and isolated shapes at U+FB50-FDFF and U+FE70-FEFF) placed left to right, so the text
layer reads as the words backwards in look-alike characters. Search, translation and sentence
splitting need the logical order and the base letters. This module tells the two orders apart and
undoes the visual ordering with the Unicode bidirectional algorithm's reordering run backwards.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence

from desktop.core.bidi import BRACKET_PAIRS, CANONICAL_BRACKETS

_PRESENTATION_RANGES = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))
_STRONG_RTL = frozenset({"R", "AL"})
_NEUTRAL = frozenset({"B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})
_NEUTRAL |= frozenset({"LRI", "RLI", "FSI", "PDI"})


def is_presentation_form(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _PRESENTATION_RANGES)


def is_rtl(ch: str) -> bool:
    """Whether `ch` is a strong right-to-left character.

    A glyph may stand for several characters (Qt writes lam-alef as one glyph for "لا"): it is
    right-to-left when its first character is.
    """
    return bool(ch) and unicodedata.bidirectional(ch[0]) in _STRONG_RTL


def normalize_presentation_forms(text: str) -> str:
    """Map Arabic presentation forms to base letters (NFKC), leaving every other character alone.

    NFKC over the whole text would also rewrite ligatures, full-width and superscript characters
    elsewhere; cleaning decides about those. The isolated short-vowel forms decompose to a space
    plus the mark; the space is dropped so the mark stays on its letter.
    """
    if not any(is_presentation_form(ch) for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        if not is_presentation_form(ch):
            out.append(ch)
            continue
        mapped = unicodedata.normalize("NFKC", ch)
        if (
            len(mapped) > 1
            and mapped[0] == " "
            and all(unicodedata.combining(c) for c in mapped[1:])
        ):
            mapped = mapped[1:]
        out.append(mapped)
    return "".join(out)


def form_evidence(text: str) -> int:
    """How strongly joining forms say the text is in visual order (positive) or logical (negative).

    In logical order an Arabic word starts with an initial (or isolated) form and ends with a final
    one; written backwards it starts with a final form and ends with an initial one.
    """
    score = 0
    for word in _arabic_words(text):
        first, last = _form(word[0]), _form(word[-1])
        score += (first == "FINAL") + (last == "INITIAL") - (first == "INITIAL") - (last == "FINAL")
    return score


def position_evidence(chars: Sequence[tuple[str, float]]) -> int:
    """How strongly glyph positions point to visual order (positive) or logical order (negative).

    Args:
        chars: each character of a line with its glyph's left edge, in the order the text layer
            stores them.

    Text stored in logical order places consecutive Arabic letters right to left; text stored in
    visual order places them left to right.
    """
    score = 0
    for (ch0, x0), (ch1, x1) in itertools.pairwise(chars):
        if is_rtl(ch0) and is_rtl(ch1) and x0 != x1:
            score += 1 if x1 > x0 else -1
    return score


def repair_line(
    text: str, *, visual: bool, rtl: bool | None = None, continued: bool = False
) -> str:
    """A line of a PDF's text layer in logical order with base letters.

    Args:
        text: the line as the text layer stores it.
        visual: whether the document stores Arabic in visual (left-to-right display) order.
        rtl, continued: see `visual_to_logical`.
    """
    # A line of Latin letters only still reads from the right inside an Arabic paragraph: its
    # full stop, shown on its left, comes last.
    if visual and (rtl or any(is_rtl(ch) for ch in text)):
        text = visual_to_logical(text, rtl=rtl, continued=continued)
    return normalize_presentation_forms(text)


def visual_to_logical(visual: str, *, rtl: bool | None = None, continued: bool = False) -> str:
    """Put a line stored in display order (left to right) back into logical order.

    A right-to-left line begins (logically) at its right end. Levels come from the bidi
    algorithm's weak and neutral rules, and the reordering (rule L2) is undone level by level,
    lowest first.

    Args:
        rtl: the direction of the paragraph the line belongs to, when the caller knows it (a
            line of an Arabic paragraph can begin and end with English words); by default it is
            read from the ends of the line.
        continued: the line continues a right-to-left paragraph, so Arabic letters come before
            it and European digits at its start are Arabic numbers (rule W2), as they were when
            the paragraph was laid out: "3%" then shows as "%3", which must read back as "3%".
    """
    if rtl is None:
        rtl = _line_is_rtl(visual)
    return "".join(reorder_visual(list(visual), rtl=rtl, arabic_before=rtl and continued))


def reorder_visual(units: Sequence[str], *, rtl: bool, arabic_before: bool = False) -> list[str]:
    """Glyphs in display order (left to right) in logical order.

    Args:
        units: each glyph's characters (one or more: a ligature), left to right as drawn, with
            " " between words. A glyph's own characters are never reordered; its direction is
            its first character's.
        rtl: the line's base direction.
        arabic_before: the line continues a right-to-left paragraph (see `visual_to_logical`).
    """
    chars = list(units[::-1] if rtl else units)
    base = 1 if rtl else 0
    levels = _resolve_levels(
        [unit[0] if unit else " " for unit in chars], base, arabic_before=arabic_before
    )
    for level in range(base + 1, max(levels, default=base) + 1):
        i = 0
        while i < len(chars):
            if levels[i] < level:
                i += 1
                continue
            j = i
            while j < len(chars) and levels[j] >= level:
                j += 1
            chars[i:j] = chars[i:j][::-1]
            levels[i:j] = levels[i:j][::-1]
            i = j
    return chars


_MIRRORED = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«"}


def _presentation_form_letters() -> frozenset[str]:
    letters = set()
    for low, high in _PRESENTATION_RANGES:
        for code in range(low, high + 1):
            mapped = unicodedata.normalize("NFKC", chr(code))
            if len(mapped) > 1:
                letters.add(mapped)
    return frozenset(letters)


# What a single presentation-form character stands for when it holds several letters ("لا" for
# the lam-alef ligature, "الله"): PDFium gives these letters in logical order.
_LIGATURE_LETTERS = _presentation_form_letters()


def glyph_in_logical_order(glyph: str) -> str:
    """The characters of one right-to-left glyph as the text layer maps them.

    When a font's character map gives one glyph several characters (Word's lam-alef and lam-jeem
    ligatures, weasyprint's whole shaped words), PDFium reports them in reverse: "إل" for the
    glyph mapped to "لإ", which reads "اإلنتاجية" instead of "الإنتاجية". A glyph that is one
    presentation-form character PDFium decomposed itself ("لا") is already in order.
    """
    if len(glyph) < 2 or glyph in _LIGATURE_LETTERS or not any(is_rtl(ch) for ch in glyph):
        return glyph
    if not _is_combining(glyph[0]) and all(_is_combining(ch) for ch in glyph[1:]):
        return glyph  # a letter and its marks ("دّ"): marks never come first in logical order
    return glyph[::-1]


def canonical_marks(text: str) -> str:
    """Each run of marks on a letter in Unicode's canonical order (fatha before shadda), as
    text is written: a producer may map a glyph's marks in any order, which draws the same but
    does not compare equal. Nothing is composed or decomposed."""
    if not any(unicodedata.combining(ch) for ch in text):
        return text
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if unicodedata.combining(ch):
            run.append(ch)
            continue
        out.extend(sorted(run, key=unicodedata.combining))
        run = []
        out.append(ch)
    out.extend(sorted(run, key=unicodedata.combining))
    return "".join(out)


def _is_combining(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me")


def mirror_brackets_if_reversed(text: str) -> str:
    """Brackets of a right-to-left line that come out as ")المادة(" put the right way round.

    A producer that maps each glyph by its shape gives the mirrored character for a bracket in
    right-to-left text (the glyph "(" drawn after a word closes it). Brackets are swapped only
    when that makes them balance and they did not before, so correctly mapped text is untouched.
    """
    if not any(ch in _MIRRORED for ch in text):
        return text
    if _balanced(text):
        return text
    swapped = "".join(_MIRRORED.get(ch, ch) for ch in text)
    if _balanced(swapped):
        return swapped
    # Only the brackets at the end, or only those at the start, of an Arabic run mirrored (an
    # Arabic quote in an English line: «مرحبا بكم« for «مرحبا بكم»).
    for side in (-1, 1):
        partial = "".join(
            _MIRRORED.get(ch, ch) if ch in _MIRRORED and _rtl_beside(text, i, side) else ch
            for i, ch in enumerate(text)
        )
        if _balanced(partial):
            return partial
    return text


def _rtl_beside(text: str, index: int, side: int) -> bool:
    """Whether the character before (`side` -1) or after (1) `index`, past spaces, is right to
    left."""
    neighbour = index + side
    while 0 <= neighbour < len(text) and text[neighbour].isspace():
        neighbour += side
    return 0 <= neighbour < len(text) and is_rtl(text[neighbour])


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch in "([{«":
            depth += 1
        elif ch in ")]}»":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _line_is_rtl(visual: str) -> bool:
    strong = [is_rtl(ch) for ch in visual if _bidi_class(ch) in ("L", "R")]
    if not strong:
        return False
    if strong[0] == strong[-1]:
        return strong[-1]
    return sum(strong) * 2 >= len(strong)


def _bidi_class(ch: str) -> str:
    cls = unicodedata.bidirectional(ch) or "L"
    return "R" if cls == "AL" else cls


def _resolve_levels(chars: Sequence[str], base: int, *, arabic_before: bool = False) -> list[int]:
    """Embedding levels per character (rules W1-W7, N1-N2, I1-I2; no explicit embeddings).

    Args:
        arabic_before: the text before `chars` ends in Arabic letters (rule W2's last strong
            type at the start is AL).
    """
    sos = "R" if base % 2 else "L"
    types = [unicodedata.bidirectional(ch) or "L" for ch in chars]
    n = len(types)
    for i in range(n):  # W1
        if types[i] == "NSM":
            types[i] = types[i - 1] if i else sos
            if types[i] in _NEUTRAL - {"ON"}:
                types[i] = "ON"
    if base % 2:
        _attach_numbers_to_latin(chars, types)
    last_strong = "AL" if arabic_before else sos
    for i in range(n):  # W2, W3
        if types[i] in ("L", "R", "AL"):
            last_strong = types[i]
        elif types[i] == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    for i in range(1, n - 1):  # W4
        if types[i] == "ES" and types[i - 1] == types[i + 1] == "EN":
            types[i] = "EN"
        elif types[i] == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    for i in range(n):  # W5
        if types[i] == "EN":
            for step in (-1, 1):
                j = i + step
                while 0 <= j < n and types[j] == "ET":
                    types[j] = "EN"
                    j += step
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]  # W6
    last_strong = sos
    for i in range(n):  # W7
        if types[i] in ("L", "R"):
            last_strong = types[i]
        elif types[i] == "EN" and last_strong == "L":
            types[i] = "L"
    if base % 2:
        _resolve_turned_brackets(chars, types)
    _resolve_neutrals(types, sos)
    levels = []
    for t in types:  # I1, I2
        if base % 2 == 0:
            levels.append(base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0))
        else:
            levels.append(base + (1 if t in ("L", "EN", "AN") else 0))
    return levels


def _resolve_turned_brackets(chars: Sequence[str], types: list[str]) -> None:
    """Rule N0 for a right-to-left line read turned round, so that "(MSG)" stays with its words.

    Turned round, a pair of brackets arrives closing one first, ")GSM(", and what stood before
    it in the text comes after it: a pair holding only left-to-right text joins the Latin words
    when Latin follows it here, as N0 joined it to the Latin before it when the line was laid out.
    """
    turned = {closing: opening for opening, closing in BRACKET_PAIRS.items()}
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, char in enumerate(chars):
        if types[i] != "ON":
            continue
        canonical = CANONICAL_BRACKETS.get(char, char)
        if canonical in turned:
            stack.append((turned[canonical], i))
        elif canonical in BRACKET_PAIRS:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == canonical:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    for first, last in sorted(pairs):
        inside = {_strong_direction(t) for t in types[first + 1 : last] if t in _DIRECTIONAL}
        if not inside:
            continue
        direction = "R"
        if inside == {"L"}:
            after = next((t for t in types[last + 1 :] if t in _DIRECTIONAL), "R")
            direction = _strong_direction(after)
        types[first] = types[last] = direction


def _attach_numbers_to_latin(chars: Sequence[str], types: list[str]) -> None:
    """In a right-to-left line, a number written just before Latin letters belongs to them.

    The line is read here turned round, so "iPhone 15", "CO 2" and "HJR-3", which Arabic text
    displays as one left-to-right run, arrive as the number and then the word. Left alone, the
    number would take the Arabic before it (rule W2) and come out on the wrong side of the word.
    """
    n = len(types)
    i = 0
    while i < n:
        if types[i] != "EN":
            i += 1
            continue
        j = i
        while j < n and (
            types[j] == "EN" or (types[j] in ("ES", "CS") and j + 1 < n and types[j + 1] == "EN")
        ):
            j += 1
        k = j
        while (
            k < n and k - j < 3 and (types[k] in ("WS", "ES", "CS", "ET") or chars[k] in _BRACKETS)
        ):
            k += 1
        if k < n and types[k] == "L":
            for m in range(i, j):
                types[m] = "L"
        i = j


def _resolve_neutrals(types: list[str], sos: str) -> None:
    """N1/N2: neutrals between two characters of one direction take it, others the base one."""
    n = len(types)
    i = 0
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL:
            j += 1
        before = _strong_direction(types[i - 1]) if i else sos
        after = _strong_direction(types[j]) if j < n else sos
        resolved = before if before == after else sos
        for k in range(i, j):
            types[k] = resolved
        i = j


_DIRECTIONAL = frozenset({"L", "R", "EN", "AN"})
_BRACKETS = frozenset(BRACKET_PAIRS) | frozenset(BRACKET_PAIRS.values())


def _strong_direction(t: str) -> str:
    return "R" if t in ("R", "AN", "EN") else "L"


def _arabic_words(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if is_presentation_form(ch) and unicodedata.category(ch) == "Lo":
            current.append(ch)
        else:
            if len(current) > 1:
                words.append("".join(current))
            current = []
    if len(current) > 1:
        words.append("".join(current))
    return words


def _form(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for form in ("INITIAL", "MEDIAL", "FINAL", "ISOLATED"):
        if f"{form} FORM" in name:
            return form
    return ""
