"""Rule-based sentence boundaries for Arabic and English, with character spans.

Why rules and not a model: Nashra must run offline and argostranslate's own splitter (MiniSBD)
downloads models; NLTK's Punkt needs data files. pyarabic's splitter cuts at commas and colons
(boundary precision about 0.40), which breaks translation and summaries.

How it works: every run of terminal marks (. ! ? ؟ … ۔) is a candidate. Quotes, brackets and
footnote marks that close right after it join the sentence that ends, and so does a reference in
brackets after the stop ("(Bremer, 1998)"). The candidate becomes a boundary or not from its
neighbours, judged by the script of those characters rather than by the `language` argument,
because Arabic articles quote English names and English ones quote Arabic:

* what follows: a lower-case word, a comma or a closing bracket continues the sentence; a mark
  glued to the next word ends one only before an Arabic letter ("للأرض.اكتشف"), never before
  Latin or digits ("3.5", "report.pdf", "www.example.com", URLs, e-mail addresses);
* the token before a full stop: a lone Arabic letter is an abbreviation or initial (د. م. أ.د.
  ق.م), except an era marker after a year ("عام 1950 م."); English titles (Dr. Mr. Prof.) never
  end a sentence; initials, dotted abbreviations (U.S. a.m. e.g.) and words like Inc. Jr. end
  one only when a typical sentence opener follows ("... the U.S. The ..."), "etc." before any
  capital; "1." opening a line is a list number;
* an ellipsis ends a sentence when a capital or an Arabic word follows, but not after a comma
  or colon, nor around "etc."/"إلخ"; "?" "!" and "؟" end one unless a lower-case word follows
  ('"Why?" he asked') or they stand in brackets ("(?)").

The Arabic comma, semicolon and colons are not candidates at all. Line breaks are handled in
`lines` (headlines and list items).

A "sentence" longer than `MAX_SENTENCE_CHARS` (thousands of words without a stop: a transcript,
a poem run together, a broken file) is cut into pieces of at most that length, after a comma or
semicolon if one is near the limit, else between words, so alignment, summaries and the reading
panes keep a bounded unit. Real sentences are far shorter (FLORES-200's longest is under 300).

Every look-around is bounded, so the time is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from desktop.core.sentences import lexicon as lx
from desktop.core.sentences.lines import line_break_cuts

_CONTENT = re.compile(r"[^\W_]")  # a letter or a digit
_GAP = re.compile(r"[\s" + lx.FORMAT_CHARS + "]*")
_LOOK_LIMIT = 64  # characters examined either side of a candidate; tokens are shorter
_TOKEN_LIMIT = 24  # longer words are not abbreviations, so no need to see their start
_ARABIC_ABBREVIATION_LIMIT = 12  # "أ.د." or "ق.م." with a few harakat
MAX_SENTENCE_CHARS = 1000
_CLAUSE_END = re.compile(r"[،؛,;:](?=\s)")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class _Candidate:
    start: int  # first terminal mark
    end: int  # after the marks and any closing quotes or brackets
    marks: str  # the terminal marks themselves


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Split one paragraph into sentences.

    Args:
        text: the paragraph, as cleaned; spans index into it unchanged.
        language: "ar" or "en". Other values are treated like "en"; since the rules follow the
            script around each mark, Arabic marks are honoured in any language.

    Returns:
        (start, end) spans in order, without surrounding whitespace, which together hold every
        non-whitespace character of `text` exactly once.
    """
    del language  # the rules key on the script of the characters around each mark (see above)
    decided_ends: set[int] = set()
    max_end = 0
    found: set[int] = set()
    for match in lx.TERMINAL_RUN.finditer(text):
        if decided_ends and match.start() < max_end:
            continue  # already taken in by the previous candidate ('?".')
        candidate = _extend_over_closers(text, match.start(), match.end())
        decided_ends.add(candidate.end)
        max_end = candidate.end
        if candidate.end < len(text) and _is_boundary(text, candidate):
            cut = _after_citation(text, candidate.end)
            found.add(cut)
            decided_ends.add(cut)
            max_end = cut
    found.update(line_break_cuts(text, decided_ends))

    # A cut is kept only if the sentence it closes holds a letter or digit, so stray marks
    # ("... ?!") join the next sentence instead of standing alone.
    cuts: list[int] = []
    scanned = 0
    has_content = False
    for cut in sorted(found):
        if not has_content:
            has_content = _CONTENT.search(text, scanned, cut) is not None
            scanned = cut
        if has_content:
            cuts.append(cut)
            has_content = False
    return _bounded(text, _spans(text, cuts))


def _spans(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        piece = text[start:end]
        stripped_left = piece.lstrip()
        if not stripped_left:
            continue
        left = start + len(piece) - len(stripped_left)
        right = left + len(stripped_left.rstrip())
        spans.append((left, right))
    return spans


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut spans longer than MAX_SENTENCE_CHARS into pieces no longer than that."""
    bounded: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            cut = _long_sentence_cut(text, start, start + MAX_SENTENCE_CHARS)
            piece_end = cut
            while text[piece_end - 1].isspace():
                piece_end -= 1
            bounded.append((start, piece_end))
            start = cut
            while text[start].isspace():
                start += 1
        bounded.append((start, end))
    return bounded


def _long_sentence_cut(text: str, start: int, limit: int) -> int:
    """Where to end a piece of an over-long sentence: after the last clause mark in the second
    half of the window, else at its last space, else (one enormous word) at the limit itself,
    moved back off combining marks so no letter loses its harakat."""
    floor = start + (limit - start) // 2
    clause_ends = [match.end() for match in _CLAUSE_END.finditer(text, floor, limit)]
    if clause_ends:
        return clause_ends[-1]
    spaces = [match.start() for match in _SPACE.finditer(text, floor + 1, limit + 1)]
    if spaces:
        return spaces[-1]
    cut = limit
    while cut > floor and unicodedata.combining(text[cut]):
        cut -= 1
    return cut if cut > floor else limit


def _after_citation(text: str, cut: int) -> int:
    """Keep a reference after the stop with its sentence: "... hours. (Bremer, 1998) Next"."""
    gap = _GAP.match(text, cut)
    start = gap.end() if gap else cut
    citation = lx.CITATION.match(text, start)
    if citation is None:
        return cut
    end = citation.end()
    return end if end == len(text) or text[end].isspace() else cut


def _extend_over_closers(text: str, start: int, end: int) -> _Candidate:
    """Take the quotes and brackets that close right after the marks ('."' '.»' '؟)')."""
    marks_end = end
    position = end
    limit = min(len(text), end + _LOOK_LIMIT)
    while position < limit:
        char = text[position]
        if char in lx.TERMINAL_MARKS:
            position += 1
            marks_end = position
        elif char == "[" and (footnote := lx.FOOTNOTE.match(text, position)):
            position = footnote.end()  # "growth.[1] Next": a footnote mark after the stop
        elif char in lx.CLOSERS:
            following = text[position + 1] if position + 1 < len(text) else " "
            if char in lx.STRAIGHT_QUOTES and following.isalnum():
                break  # an opening quote of the next sentence, or an apostrophe ("U.S.'s")
            position += 1
        else:
            break
    return _Candidate(start, position, text[start:marks_end])


def _is_boundary(text: str, candidate: _Candidate) -> bool:
    after = candidate.end
    if not text[after].isspace():
        return _is_unspaced_boundary(text, candidate)
    gap = _GAP.match(text, after)
    next_start = gap.end() if gap else after
    if next_start == len(text):
        return True
    has_newline = lx.NEWLINE.search(text, after, next_start) is not None
    next_char = text[next_start]
    if next_char in lx.NON_STARTERS or next_char.islower():
        return False  # "etc., and", "Dr. smith", '"Why?" he asked', "... and then"
    if candidate.start > 0 and text[candidate.start - 1] in "([":
        return False  # "(?)", "(!)", "[...]": a comment or an omission, not an ending
    if any(mark in lx.STRONG_MARKS for mark in candidate.marks):
        return True
    if "…" in candidate.marks or candidate.marks.count(".") >= 2:
        return _is_ellipsis_boundary(text, candidate.start, next_start)
    return _is_full_stop_boundary(text, candidate, next_start, has_newline)


def _is_ellipsis_boundary(text: str, start: int, next_start: int) -> bool:
    """An ellipsis ends a sentence only when a new one visibly starts after it."""
    before = text[max(0, start - _LOOK_LIMIT) : start].rstrip()
    if before and before[-1] in lx.CONTINUING_LINE_ENDS:
        return False  # "قال: ... " or "، ..." trails off inside the sentence
    token = _token_before(text, start).lower()
    following = text[next_start : next_start + _LOOK_LIMIT].split(maxsplit=1)
    if token in lx.ENDS_LISTS or (following and following[0].rstrip(".)") in lx.ENDS_LISTS):
        return False  # "رواية القصص... إلخ)", "إلخ... من أجل": a list trailing off
    next_char = text[next_start]
    if next_char in lx.OPENERS and next_start + 1 < len(text):
        next_char = text[next_start + 1]
    # Arabic has no capitals; Arabic writers use "..." as a loose full stop between clauses.
    return next_char.isupper() or lx.is_arabic_letter(next_char)


def _is_full_stop_boundary(
    text: str, candidate: _Candidate, next_start: int, has_newline: bool
) -> bool:
    token = _token_before(text, candidate.start)
    next_char = text[next_start]
    if not token:
        return True  # "الشمس . وهذا": a stop set off by spaces is a stop
    if _is_list_number(text, candidate.start, token):
        return False
    if any(lx.is_arabic_letter(char) for char in token):
        return not _is_arabic_abbreviation(text, candidate.start, token)
    token = token.rsplit("-", 1)[-1].rsplit("/", 1)[-1]  # "non-U.S.", "and/or Inc."
    core = token.lower()
    if core in lx.TITLES and core not in lx.TITLES_AFTER_NAMES:
        return False
    if core in lx.BEFORE_NUMBERS and next_char.isdigit():
        return False
    single = len(core) == 1 and core.isalpha()
    dotted = bool(lx.LATIN_DOTTED.fullmatch(token))
    if not (single or dotted or core in lx.AMBIGUOUS):
        return True
    if has_newline and not single:
        return True
    if core in lx.ENDS_LISTS:
        return next_char.isupper() or next_char.isdigit()
    if core in lx.MONTHS:
        return next_char.isupper()  # "on 1 Jan. Space is" but "Jan. 5"
    # Latin abbreviations inside Arabic text are mostly names ("HK Management Inc." + Arabic).
    return _starts_sentence(text, next_start)


def _is_unspaced_boundary(text: str, candidate: _Candidate) -> bool:
    """A mark glued to the next word ("للأرض.اكتشف") ends a sentence only before Arabic.

    Latin text glued to a stop is a number, a domain, a file name or an abbreviation far more
    often than a sentence end, so it stays together; so do URLs and e-mail addresses.
    """
    after = candidate.end
    next_char = text[after]
    if next_char in lx.OPENERS and after + 1 < len(text):
        next_char = text[after + 1]
    if not lx.is_arabic_letter(next_char):
        return False
    if _looks_like_address(text, candidate.start):
        return False
    if any(mark in lx.STRONG_MARKS for mark in candidate.marks):
        return True
    token = _token_before(text, candidate.start)
    if not token:
        return True
    return not (
        any(lx.is_arabic_letter(char) for char in token)
        and _is_arabic_abbreviation(text, candidate.start, token)
    ) and not (len(token) == 1 and token.isascii() and token.isalpha())


def _is_arabic_abbreviation(text: str, stop: int, token: str) -> bool:
    """A lone Arabic letter before a stop is an abbreviation or initial (د. أ. م. ص. ق.م).

    The exception is an era marker after a year ("عام 1950 م."), where the stop usually ends
    the sentence as well.
    """
    if len(token) > _ARABIC_ABBREVIATION_LIMIT:
        return False
    letters = "".join(char for char in token if not lx.is_arabic_mark(char))
    parts = letters.split(".")
    if not all(len(part) == 1 and lx.is_arabic_letter(part) for part in parts):
        return False
    if letters in lx.ARABIC_ERA_MARKERS:
        before = text[max(0, stop - len(token) - 12) : stop - len(token)].rstrip()
        after = text[stop + 1 : stop + _LOOK_LIMIT].split(maxsplit=1)
        continues = bool(after) and after[0] in lx.ARABIC_CONTINUING_WORDS
        if before and before[-1].isdigit() and not continues:
            return False
    return True


def _token_before(text: str, stop: int) -> str:
    """The word the mark is attached to, without opening quotes or brackets ("" after a space)."""
    floor = max(0, stop - _TOKEN_LIMIT)
    window = text[floor:stop]
    if not window or window[-1].isspace():
        return ""
    words = window.split()
    token = words[-1] if words else ""
    if len(token) == len(window) and floor > 0:
        return token  # too long to be an abbreviation; returned as an ordinary word
    return token.lstrip(lx.OPENERS + lx.FORMAT_CHARS + "-–—")


def _is_list_number(text: str, stop: int, token: str) -> bool:
    """A number ("1.", "iv.") opening a line is a list marker, not the end of a sentence."""
    if not lx.ROMAN_OR_NUMBER.fullmatch(token):
        return False
    line_start = stop - len(token)
    floor = max(0, line_start - _LOOK_LIMIT)
    while line_start > floor and text[line_start - 1] in " \t":
        line_start -= 1
    return line_start == 0 or text[line_start - 1] in "\n\r\u2028\u2029"


def _starts_sentence(text: str, start: int) -> bool:
    """After an ambiguous abbreviation: does a word that typically opens a sentence follow?"""
    if text[start] in lx.OPENERS:
        start += 1
    match = lx.LATIN_WORD.match(text, start, min(len(text), start + _LOOK_LIMIT))
    if match is None or not match.group().istitle():
        return False
    if match.end() < len(text) and text[match.end()] == ".":
        return False  # another initial: "J. A. Smith"
    return match.group().lower() in lx.STARTERS


def _looks_like_address(text: str, stop: int) -> bool:
    begin = max(0, stop - _LOOK_LIMIT)
    end = min(len(text), stop + _LOOK_LIMIT)
    left = text[begin:stop].split()
    right = text[stop:end].split()
    glued_left = left and stop > 0 and not text[stop - 1].isspace()
    token = (left[-1] if glued_left else "") + (right[0] if right else "")
    return any(hint in token.lower() for hint in lx.URL_HINTS)
