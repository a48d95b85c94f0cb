from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.normalize import normalize_paragraph, normalize_text


def test_zero_width_and_bidi_controls_are_removed() -> None:
    text = "\u200fمرحبا\u200b بكم\u202b في\u202c \u2067نشرة\u2069\u200e\ufeff"
    assert normalize_paragraph(text) == "مرحبا بكم في نشرة"


def test_presentation_forms_become_base_letters() -> None:
    # "العربية" and the lam-alef ligature, as a PDF text layer gives them.
    assert normalize_paragraph("\ufe8d\ufedf\ufecc\ufeae\ufe91\ufef4\ufe94 \ufefb") == "العربية لا"


def test_tatweel_stretching_a_word_goes_but_a_prefix_mark_stays() -> None:
    assert normalize_paragraph("الـــــعربية") == "العربية"
    assert normalize_paragraph('لـ"عربي21" بـ6500') == 'لـ"عربي21" بـ6500'
    assert normalize_paragraph("بــــ6500") == "بـ6500"
    assert normalize_paragraph("قبل ـــــــ بعد") == "قبل بعد"


def test_odd_spaces_become_one_plain_space() -> None:
    assert normalize_paragraph("دير\u00a0\u00a0الزور\u202fاليوم\tهنا") == "دير الزور اليوم هنا"


def test_diacritics_and_letters_are_untouched() -> None:
    text = "قدّرت الشُّرطة عدد المتظاهرين بـ6500 متظاهراً، أي ١٢٫٥٪ — «نعم»؟"
    assert normalize_paragraph(text) == text


def test_line_breaks_are_kept_by_normalize_text() -> None:
    assert normalize_text("سطر أول  \r\n  سطر ثان") == "سطر أول\nسطر ثان"


# Tatweel is dropped on purpose, so characters that are or contain one are left out here.
_visible = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S")).filter(
    lambda c: "\u0640" not in unicodedata.normalize("NFKC", c)
)


def _is_arabic_presentation_form(char: str) -> bool:
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufefe"


@given(st.lists(st.text(_visible, min_size=1, max_size=8), min_size=1, max_size=12))
def test_words_survive_normalisation(words: list[str]) -> None:
    """Joining words with junk in between gives the same words back (modulo compatibility forms)."""
    junk = "\u200b\u00a0\u200f \u2066"
    text = junk.join(words)
    result = normalize_paragraph(text)
    expected = " ".join(
        "".join(
            unicodedata.normalize("NFKC", c) if _is_arabic_presentation_form(c) else c for c in word
        ).strip()
        for word in words
    )
    assert result.split() == expected.split()
