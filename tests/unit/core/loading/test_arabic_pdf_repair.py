"""Visual-to-logical reordering and presentation-form mapping on single lines."""

from __future__ import annotations

import pytest

from desktop.core.loading.arabic_pdf_repair import (
    form_evidence,
    normalize_presentation_forms,
    position_evidence,
    repair_line,
    visual_to_logical,
)
from tests.fixtures.arabic_shaping import shape, visual


@pytest.mark.parametrize(
    ("stored", "logical"),
    [
        # Right-to-left lines with embedded Latin words and numbers keep those in their order.
        ("ﻂﻄﻗ 47 ﻱﺪﻨﻋ", "عندي 47 قطط"),
        ("ﺔﻳﺰﻴﻠﺠﻧﻻﺍ ﻲﻓ Jeremy ﻲﻤﺳﺍ", "اسمي Jeremy في الانجليزية"),
        # A left-to-right line with one Arabic word: only that word is turned round.
        ("Jeremy is ﻲﻣﺮﺟ in Arabic", "Jeremy is جرمي in Arabic"),
        ("ًﺎﺒﺣﺮﻣ", "مرحباً"),
        ("٪ 3.5 ﺔﺒﺴﻨﺑ ﻮﻤﻧ", "نمو بنسبة 3.5 ٪"),
        # Arabic text shows a percent sign after a number on its left (the number is AN there).
        ("%3.5 ﺔﺒﺴﻨﺑ ﻮﻤﻧ", "نمو بنسبة 3.5%"),
    ],
)
def test_visual_lines_are_repaired(stored: str, logical: str) -> None:
    assert repair_line(stored, visual=True) == logical


def test_lam_alef_ligature_keeps_lam_before_alef() -> None:
    assert normalize_presentation_forms(visual_to_logical("ﻻ")) == "لا"
    assert repair_line(visual("الانجليزية"), visual=True) == "الانجليزية"


def test_isolated_vowel_marks_lose_the_compatibility_space() -> None:
    assert normalize_presentation_forms("\ufe70") == "\u064b"


def test_other_compatibility_characters_are_untouched() -> None:
    assert normalize_presentation_forms("ﬁle ﻣﺮﺣﺒﺎ") == "ﬁle مرحبا"


def test_logical_lines_are_not_reordered() -> None:
    assert repair_line(shape("السلام عليكم"), visual=False) == "السلام عليكم"


def test_evidence_points_the_right_way() -> None:
    assert form_evidence(visual("السلام عليكم يا أصدقاء")) > 0
    assert form_evidence(shape("السلام عليكم يا أصدقاء")) < 0
    left_to_right = [("م", 10.0), ("ر", 20.0), ("ح", 30.0)]
    assert position_evidence(left_to_right) > 0
    assert position_evidence(list(reversed(left_to_right))) < 0


def test_a_glyph_standing_for_two_letters_counts_as_right_to_left() -> None:
    """Qt's PDF writer stores lam-alef as one glyph whose text is two characters."""
    from desktop.core.loading.arabic_pdf_repair import position_evidence

    assert position_evidence([("لا", 50.0), ("م", 40.0), ("س", 30.0)]) == -2
    assert position_evidence([("", 10.0), ("a", 20.0)]) == 0


# Lines of Arabic paragraphs laid out by the bidi algorithm (as Nashra's own PDF export and
# browsers draw them), stored in display order: each comes back as written.
@pytest.mark.parametrize(
    ("stored", "logical", "continued"),
    [
        # A paragraph's later line starting with a percentage: the digits were Arabic numbers
        # there (Arabic letters came before them on the line above), so "%" shows on their left.
        ("تايلوقبلاو %3", "3% والبقوليات", True),
        # At a paragraph's start they are European numbers: "3%" reads left to right.
        ("نم 3%", "3% من", False),
        # Latin words at both ends of a line of an Arabic paragraph.
        ("abacus نيودت مت لوألا Schickard (1623)", "Schickard (1623) الأول تم تدوين abacus", True),
        # A number after a Latin word, and a bracketed acronym, stay with their words.
        ("ديدجلا iPhone 15 فتاه", "هاتف iPhone 15 الجديد", False),
        ("ديدجلا HJR-3 صحف", "فحص HJR-3 الجديد", False),
        (
            "يتلا . monosodium glutamate (MSG) مويدوصلا",
            "الصوديوم monosodium glutamate (MSG) . التي",
            True,
        ),
        # A line of Latin letters only: its full stop, on its left, comes last.
        (". pancreatica magna", "pancreatica magna .", True),
    ],
)
def test_lines_of_arabic_paragraphs(stored: str, logical: str, continued: bool) -> None:
    assert repair_line(stored, visual=True, rtl=True, continued=continued) == logical


def test_a_left_to_right_paragraph_keeps_its_latin_lines() -> None:
    assert repair_line(". pancreatica magna", visual=True, rtl=False) == ". pancreatica magna"
