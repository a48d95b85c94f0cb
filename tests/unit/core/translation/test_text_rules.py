"""Clause splitting for over-long sentences, and the "untranslated" rule, on plain strings."""

from __future__ import annotations

from desktop.core.translation.quality import dominant_script, looks_untranslated
from desktop.core.translation.splitting import split_long


def words(text: str) -> int:
    return len(text.split())


def test_short_sentences_are_left_whole() -> None:
    assert split_long("  جملة قصيرة.  ", words, 10) == ["جملة قصيرة."]
    assert split_long("   ", words, 10) == []


def test_cuts_prefer_arabic_and_latin_clause_marks() -> None:
    text = "قال الوزير إن الحكومة ستعمل، وأضاف أن الخطة جاهزة؛ ثم غادر القاعة دون تعليق"
    pieces = split_long(text, words, 6)
    assert pieces == [
        "قال الوزير إن الحكومة ستعمل،",
        "وأضاف أن الخطة جاهزة؛",
        "ثم غادر القاعة دون تعليق",
    ]
    assert split_long("one two three, four five six", words, 4) == [
        "one two three,",
        "four five six",
    ]


def test_without_clause_marks_cuts_fall_on_spaces_and_keep_every_word() -> None:
    text = " ".join(f"w{i}" for i in range(37))
    pieces = split_long(text, words, 5)
    assert all(words(piece) <= 5 for piece in pieces)
    assert " ".join(pieces) == text


def test_a_single_enormous_word_is_cut_anyway() -> None:
    pieces = split_long("x" * 100, len, 30)
    assert all(len(piece) <= 30 for piece in pieces)
    assert "".join(pieces) == "x" * 100


def test_scripts() -> None:
    assert dominant_script("مرحبا Hello") == "arabic"
    assert dominant_script("Hello مرحبا world") == "latin"
    assert dominant_script("2024 - ٢٠٢٤") is None


def test_untranslated_rule() -> None:
    assert looks_untranslated("قال الوزير", "قال الوزير", "en")  # an echo
    assert looks_untranslated("قال الوزير", "قال الوزير في", "en")  # stayed Arabic
    assert looks_untranslated("The minister said", "the  minister said", "ar")  # an echo
    assert looks_untranslated("The minister said", "The minister", "ar")  # stayed Latin
    assert not looks_untranslated("قال الوزير", "The minister said", "en")
    assert not looks_untranslated("2024", "2024", "en")  # numbers are their own translation
    assert not looks_untranslated("BBC", "بي بي سي", "ar")
