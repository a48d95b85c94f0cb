"""Recognise output that was not really translated, the commonest failure of Arabic packs.

A pack that fails on a sentence tends to echo it, or to answer in the source script (Arabic in,
Arabic out). Both are flagged so the GUI can mark the sentence instead of passing it off as a
translation.
"""

from __future__ import annotations

import unicodedata

ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "ckb", "sd", "ug"})


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are in: "arabic", "latin", "other"; None if none."""
    counts = {"arabic": 0, "latin": 0, "other": 0}
    for char in text:
        if not char.isalpha():
            continue
        if (
            "\u0600" <= char <= "\u06ff"
            or "\u0750" <= char <= "\u08ff"
            or "\ufb50" <= char <= "\ufeff"
        ):
            counts["arabic"] += 1
        elif char.isascii() or unicodedata.name(char, "").startswith("LATIN"):
            counts["latin"] += 1
        else:
            counts["other"] += 1
    if not any(counts.values()):
        return None
    return max(counts, key=lambda script: counts[script])


def script_of_language(code: str) -> str | None:
    """The script a language is written in, for the languages whose packs Nashra expects."""
    if code in ARABIC_SCRIPT_LANGUAGES:
        return "arabic"
    if code in {"en", "fr", "de", "es", "it", "pt", "nl", "tr", "id", "ms", "sw"}:
        return "latin"
    return None


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def looks_untranslated(source: str, output: str, to_code: str) -> bool:
    """Whether ``output`` echoes ``source`` or stays in its script when the target uses another.

    Text without letters (numbers, dates) is never flagged: echoing it is the right translation.
    """
    source_script = dominant_script(source)
    if source_script is None:
        return False
    if _normalised(source) == _normalised(output):
        return True
    target_script = script_of_language(to_code)
    return (
        target_script is not None
        and target_script != source_script
        and dominant_script(output) == source_script
    )
