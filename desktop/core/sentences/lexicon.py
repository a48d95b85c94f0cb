"""Character classes and word lists the sentence splitter consults.

Kept apart from the rules so that adding an abbreviation never means touching the algorithm.
All word lists are lower case; the splitter lower-cases a token before looking it up.
"""

from __future__ import annotations

import re

# Marks that can end a sentence. U+06D4 is the Arabic full stop used in Urdu-influenced text;
# the rest are the Latin, Arabic and fullwidth question/exclamation marks and their ligatures.
STRONG_MARKS = "!?؟‼⁇⁈⁉‽！？"
TERMINAL_MARKS = ".…۔" + STRONG_MARKS + "。"

# Invisible format characters (bidi marks and isolates, zero-width joiners, BOM). Cleaning
# removes most of them, but pasted text keeps them; the splitter looks through them.
FORMAT_CHARS = "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
FORMAT_CHARS += "\u2060\u2066\u2067\u2068\u2069\ufeff"

# What may close after a full stop and still belong to the sentence that ends: quotes, guillemets
# and brackets. Straight quotes are ambiguous (they also open), so the splitter only takes them
# when no letter or digit follows.
CLOSERS = "\"'”’»›)]}」』﴾﴿" + FORMAT_CHARS
STRAIGHT_QUOTES = "\"'"
OPENERS = "\"'“‘«‹([{「『﴾﴿"

# A sentence never starts with these, so a stop followed by one is not a boundary ("etc., and").
NON_STARTERS = ",;:،؛%)]}»”’"

# Characters after which a line break continues the same sentence (hard-wrapped text).
CONTINUING_LINE_ENDS = ",،;؛:-–—(«“/&"

TATWEEL = "\u0640"


TERMINAL_RUN = re.compile("[" + re.escape(TERMINAL_MARKS) + "]+")
NEWLINE = re.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c]")
LINE_START_NEWLINE = re.compile(r"[\n\r\u2028\u2029\x85\x0b\x0c]\s*")
LIST_MARKER = re.compile(r"(?:[-*•·▪◦‣–—]|\(?[0-9٠-٩۰-۹]{1,3}[.)\-]|\(?[A-Za-z\u0621-\u064A][)])\s")
LATIN_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
LATIN_WORD = re.compile(r"[A-Za-z]+")
ROMAN_OR_NUMBER = re.compile(r"[0-9٠-٩۰-۹]{1,3}|[ivxIVX]{1,4}")
# A reference in brackets after the stop ("(Bremer, 1998)") or a footnote mark ("[12]").
CITATION = re.compile(r"\([^()\n]{0,80}?[0-9٠-٩]{4}[a-z]?\)")
FOOTNOTE = re.compile(r"(?:\[[0-9٠-٩]{1,3}\])+")
URL_HINTS = ("://", "www.", "@")


def is_arabic_letter(char: str) -> bool:
    """True for letters of the Arabic script (base, extended and presentation forms)."""
    return char.isalpha() and (
        "\u0600" <= char <= "\u06ff"
        or "\u0750" <= char <= "\u077f"
        or "\u08a0" <= char <= "\u08ff"
        or "\ufb50" <= char <= "\ufdff"
        or "\ufe70" <= char <= "\ufeff"
    )


def is_arabic_mark(char: str) -> bool:
    """True for harakat, shadda and tatweel: they decorate a letter without making a new one."""
    return char == TATWEEL or "\u064b" <= char <= "\u065f" or char == "\u0670"


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


# Titles come before a name, so a stop after them never ends a sentence.
TITLES = _words(
    """
    mr mrs ms mx dr prof gen sen rep gov col lt capt cpt sgt cmdr adm maj rev hon
    messrs mmes mme mlle pres supt insp fr sr jr esq
    """
)
# Titles that also follow a name ("Martin Luther King Jr. was", "... Jr. The"): decided like
# the ordinary abbreviations below rather than never.
TITLES_AFTER_NAMES = frozenset({"jr", "sr", "esq"})

# Abbreviations that stand before a number ("No. 5", "Fig. 3", "pp. 10-12").
BEFORE_NUMBERS = _words(
    "no nos nr fig figs vol vols p pp ch chap sec art para eq tab ref op ed eds"
)

# Abbreviations that usually sit inside a sentence but can end one ("... Apple Inc. The firm").
# A stop after them is a boundary only when a word that typically opens a sentence follows.
INNER = _words(
    """
    e.g i.e cf vs viz etc al st mt ft approx ca est dept univ assn bros inc ltd co corp plc llc
    ph.d m.sc b.sc m.a b.a a.m p.m
    """
)
MONTHS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
# After these any capitalised word starts a new sentence (the issue: "etc." then a capital).
ENDS_LISTS = frozenset({"etc", "إلخ", "الخ"})
AMBIGUOUS = INNER | MONTHS | TITLES_AFTER_NAMES | ENDS_LISTS

# Capitalised words that typically open an English sentence. After an abbreviation that could
# end a sentence ("U.S.", "a.m.", "Inc.", an initial), one of these tips the balance to a boundary.
STARTERS = _words(
    """
    the a an he she it they we i you this that these those there here his her its their our my
    your in on at but and or however after before when while if as since so then some many
    most all one two three other others meanwhile also according for with by from although
    though despite during today yesterday tomorrow now what who why how where which no yes
    not nor each every both neither either such another last next earlier later still yet
    instead thus therefore moreover furthermore indeed officials police authorities
    """
)

# Era markers after a year ("1950 م." / "300 ق.م."): the stop after them often ends the sentence.
ARABIC_ERA_MARKERS = frozenset({"م", "هـ", "ه", "ق.م", "ب.م"})
# ...unless the words after it carry on the sentence ("منذ عام 2000 ق.م. في ملحمة جلجامش").
ARABIC_CONTINUING_WORDS = _words("في من إلى الى على عن حتى حيث عندما حين أي أو")
