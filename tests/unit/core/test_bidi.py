"""The bidi rules the PDF export lays lines out with, on the cases Arabic news text is made of.

Expected displays follow UAX #9 (the reference implementation's results): what a browser shows.
"""

from __future__ import annotations

import pytest

from desktop.core.bidi import embedding_levels, first_strong_is_rtl, visual_order


def display(text: str, *, rtl: bool) -> str:
    """The characters left to right as drawn (before mirroring, which the font does)."""
    return "".join(text[index] for index in visual_order(embedding_levels(text, rtl)))


@pytest.mark.parametrize(
    ("text", "rtl", "shown"),
    [
        ("abc", False, "abc"),
        ("قال", True, "لاق"),
        # Numbers keep their digits left to right inside Arabic.
        ("عام 2024 مضى", True, "ىضم 2024 ماع"),
        ("قتل 1,200 شخص", True, "صخش 1,200 لتق"),
        # English names read left to right, in their place.
        ("بحسب BBC News اليوم", True, "مويلا BBC News بسحب"),
        # After Arabic letters European digits are Arabic numbers (W2): the percent sign and a
        # hyphen stay outside them, as browsers show "3%" and "40-50" in Arabic text.
        ("نمو 3% سنويا", True, "ايونس %3 ومن"),
        ("بين 40-50 كم", True, "مك 50-40 نيب"),
        # A number after a Latin word belongs to it (W7).
        ("هاتف iPhone 15 الجديد", True, "ديدجلا iPhone 15 فتاه"),
        # Brackets take the direction of what they hold and of the text before them (N0).
        ("وكان Wilhelm Schickard (1623) الأول", True, "لوألا Wilhelm Schickard (1623) ناكو"),
        ("قال (نعم) أمس", True, "سمأ )معن( لاق"),
        # Arabic inside English.
        ("He said «مرحبا بكم» twice", False, "He said «مكب ابحرم» twice"),
        # A right-to-left mark after the full stop makes it follow the Arabic word.
        ("The word كتاب.", False, "The word باتك."),
        ("The word كتاب.\u200f", False, "The word \u200f.باتك"),
    ],
)
def test_display_order(text: str, rtl: bool, shown: str) -> None:
    assert display(text, rtl=rtl) == shown


def test_levels_of_a_mixed_line() -> None:
    levels = embedding_levels("قال BBC 5", True)
    assert levels[:4] == [1, 1, 1, 1]  # the Arabic word and the space after it
    assert levels[4:7] == [2, 2, 2]  # the Latin letters
    assert levels[-1] == 2  # the digit follows the Latin word


def test_embeddings_and_isolates_nest() -> None:
    text = "a\u202bقال\u202c b"  # RLE … PDF inside a left-to-right paragraph
    levels = embedding_levels(text, False)
    assert levels[2:5] == [1, 1, 1]
    isolated = embedding_levels("a \u2067قال 12\u2069 b", False)  # RLI … PDI
    assert isolated[3:6] == [1, 1, 1] and isolated[7:9] == [2, 2]


def test_visual_order_reverses_from_the_highest_level() -> None:
    assert visual_order([0, 1, 1, 2, 2, 1, 0]) == [0, 5, 3, 4, 2, 1, 6]
    assert visual_order([]) == []


def test_first_strong_character_sets_a_direction() -> None:
    assert first_strong_is_rtl("  123 قال") is True
    assert first_strong_is_rtl("(BBC) قال") is False
    assert first_strong_is_rtl("123", default=True) is True
