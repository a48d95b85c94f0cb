from __future__ import annotations

from desktop.core.language import detect_document_language, detect_language, is_rtl


def test_arabic_and_english_paragraphs() -> None:
    assert detect_language("قدّرت الشرطة عدد المتظاهرين في برلين.") == "ar"
    assert detect_language("In Berlin, police estimated 6,500 protestors.") == "en"


def test_arabic_quoting_english_names_is_still_arabic() -> None:
    text = "نشرت صحيفة Atlanta Journal-Constitution تقريرًا يكشف مشاكل في نتائج الاختبار."
    assert detect_language(text) == "ar"


def test_no_letters_falls_back_to_the_default() -> None:
    assert detect_language("2017 - 12:40", default="en") == "en"
    assert detect_language("", default="ar") == "ar"


def test_document_language_follows_most_letters() -> None:
    paragraphs = ["Reuters", "كشفت مصادر محلية سورية عن مفاوضات تجري بين التنظيم والنظام."]
    assert detect_document_language(paragraphs) == "ar"
    assert detect_document_language(["Hello there.", "مرحبا"]) == "en"


def test_direction() -> None:
    assert is_rtl("ar")
    assert not is_rtl("en")
