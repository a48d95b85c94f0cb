"""Words, stop words and stems for summarising, with no NLTK data download.

Every summariser (sumy's and Nashra's own) sees words the same way: letters folded so that the
spelling variants of Arabic news (hamza seats, alef maqsura, ta marbuta, diacritics, tatweel)
count as one word, then stemmed with the Snowball stemmer, which is pure code and ships with
nltk (no corpus, no punkt).
"""

from __future__ import annotations

import pkgutil
import re
from collections.abc import Callable
from functools import lru_cache

# Short vowels, shadda, sukun, tanwin, superscript alef, Quranic marks; tatweel (U+0640); and
# ZWNJ/ZWJ, which join or part letters inside one Persian or Urdu word ("می‌شود").
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]")
# A chain of str.replace is several times faster than str.translate with a mapping table.
_LETTER_FOLDS = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ة", "ه"),
    ("ؤ", "و"),
    ("ئ", "ي"),
)
_WORD = re.compile(r"\w+")

# ISO 639-1 code → the name sumy and Snowball use. Other languages get no stemming and no stop
# words: still summarised, only less well.
_SUMY_LANGUAGES = {"ar": "arabic", "en": "english"}


def sumy_language(language: str) -> str | None:
    """The sumy/Snowball name of `language` ("ar", "en"), or None when Nashra has no list for it."""
    code = language.lower().split("-")[0].split("_")[0]
    if code in _SUMY_LANGUAGES.values():
        return code
    return _SUMY_LANGUAGES.get(code)


def fold(text: str) -> str:
    """Strip diacritics and tatweel, unify Arabic letter variants, lowercase.

    Diacritics must go before splitting into words: Python's ``\\w`` does not match combining
    marks, so a vocalised word would otherwise fall apart into single letters.
    """
    text = _DIACRITICS.sub("", text)
    for variant, letter in _LETTER_FOLDS:
        text = text.replace(variant, letter)
    return text.lower()


def words(text: str) -> list[str]:
    """The folded words of `text`: runs of word characters (letters, digits) after `fold`."""
    return _WORD.findall(fold(text))


def word_count(text: str) -> int:
    """How many words `text` has, as the word and share-of-article budgets count them."""
    return len(words(text))


@lru_cache(maxsize=8)
def stop_words(language: str) -> frozenset[str]:
    """sumy's bundled stop-word list for `language`, folded like the text it is matched against.

    Read from sumy's data folder directly: ``sumy.utils.get_stop_words`` reads the same file but
    first looks the language name up in pycountry, which loads a 8,000-entry database (about
    0.1 s) on the first summary of every session.
    """
    name = sumy_language(language)
    data = pkgutil.get_data("sumy", f"data/stopwords/{name}.txt") if name else None
    if not data:
        return frozenset()
    return frozenset(
        fold(line.strip()) for line in data.decode("utf-8").splitlines() if line.strip()
    )


class _Stemmer:
    """A deterministic, memoised Snowball stemmer.

    nltk's Arabic stemmer keeps state between calls: ``suffixes_verb_step1_success`` is set by one
    word and never reset by ``stem()``, so after the first verb-like word every later word takes a
    different branch and the same word can stem two ways depending on what came before. That is
    what makes sumy's SumBasic raise ``KeyError`` on Arabic (it stems each word twice, once for
    the document frequencies and once per sentence, and the two disagree). Resetting the flag
    before every call makes the stem a function of the word alone.
    """

    def __init__(self, name: str) -> None:
        from nltk.stem.snowball import SnowballStemmer  # ~0.5 s to import: not at start-up

        self._snowball = SnowballStemmer(name)
        self._stemmer = self._snowball.stemmer
        self.stem: Callable[[str], str] = lru_cache(maxsize=65536)(self._stem)

    def _stem(self, word: str) -> str:
        if hasattr(self._stemmer, "suffixes_verb_step1_success"):
            self._stemmer.suffixes_verb_step1_success = False
        return str(self._snowball.stem(word))

    def __call__(self, word: str) -> str:
        return self.stem(word)


def _identity(word: str) -> str:
    return word


@lru_cache(maxsize=8)
def stemmer(language: str) -> Callable[[str], str]:
    """A stemmer for folded words of `language`; the identity where Snowball has none."""
    name = sumy_language(language)
    if name is None:
        return _identity
    return _Stemmer(name)


def terms(text: str, language: str) -> list[str]:
    """The content words of `text`: folded, stop words and single characters dropped, stemmed.

    Repeats are kept (callers count them). Numbers stay: in news they carry the facts.
    """
    return terms_of_words(words(text), language)


def terms_of_words(folded: list[str], language: str) -> list[str]:
    """`terms` of words already folded by `words` (a caller that also counts them folds once)."""
    stops = stop_words(language)
    stem = stemmer(language)
    return [stem(word) for word in folded if len(word) > 1 and word not in stops]
