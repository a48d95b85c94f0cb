"""Plain text and Markdown details the golden files do not cover: escaping, lists, odd input."""

from __future__ import annotations

import pytest

from desktop.core.document import BlockKind
from desktop.core.export import render
from desktop.core.export.markdown import escape_cell, escape_line
from desktop.core.pipeline import document_from_text
from tests.unit.core.export.conftest import hand_built


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("1. بند", r"1\. بند"),
        ("2024) سنة", r"2024\) سنة"),
        ("# وسم", r"\# وسم"),
        ("#وسم", "#وسم"),
        ("- قائمة", r"\- قائمة"),
        ("---", r"\---"),
        ("> اقتباس", r"\> اقتباس"),
        ("*مهم* و_مائل_ و`رمز`", r"\*مهم\* و\_مائل\_ و\`رمز\`"),
        ("[رابط](http://x) <b>", r"\[رابط\](http://x) \<b>"),
        ("AT&amp;T و A & B", r"AT\&amp;T و A & B"),
        ("Anti-ACTA 100,000", "Anti-ACTA 100,000"),
        ("a\\b ~~c~~", r"a\\b \~\~c\~\~"),
    ],
)
def test_markdown_escaping(text: str, escaped: str) -> None:
    assert escape_line(text) == escaped


def test_markdown_cell_escapes_pipes() -> None:
    assert escape_cell("أ | ب") == r"أ \| ب"
    document = document_from_text("عنوان | رئيسي\n\nقال | إن.", language="ar")
    translations = {s.id: f"a | b {s.id}" for s in document.sentences()}
    table = render(document, "bilingual", "md", translations=translations)
    for line in table.splitlines():
        assert line.replace(r"\|", "").count("|") == 3, line


def test_lists_and_heading_levels() -> None:
    document = hand_built(
        (BlockKind.HEADING, 1, "ar", ["العنوان"]),
        (BlockKind.PARAGRAPH, 0, "ar", ["مقدمة."]),
        (BlockKind.LIST_ITEM, 0, "ar", ["أول"]),
        (BlockKind.LIST_ITEM, 0, "ar", ["ثان"]),
        (BlockKind.HEADING, 8, "ar", ["فرعي #"]),
        (BlockKind.PARAGRAPH, 0, "en", ["An English quote."]),
    )
    assert render(document, "original", "md") == (
        "# العنوان\n\nمقدمة.\n\n- أول\n- ثان\n\n###### فرعي \\#\n\nAn English quote.\n"
    )
    assert render(document, "original", "txt") == (
        "العنوان\n\nمقدمة.\n\n- أول\n- ثان\n\nفرعي #\n\nAn English quote.\n"
    )
    html = render(document, "original", "html")
    assert '<ul lang="ar" dir="rtl">\n<li lang="ar" dir="rtl">' in html
    assert '<h6 lang="ar" dir="rtl">' in html
    assert '<p lang="en" dir="ltr">' in html


def test_line_breaks_inside_a_sentence_do_not_split_paragraphs() -> None:
    document = hand_built(
        (BlockKind.PARAGRAPH, 0, "ar", ["سطر أول\nوسطر ثان.", "جملة\r\nأخرى."]),
    )
    translations = {0: "first\nline.", 1: "other\u2028one."}
    assert render(document, "original", "txt") == "سطر أول وسطر ثان. جملة أخرى.\n"
    assert render(document, "translation", "md", translations=translations) == (
        "first line. other one.\n"
    )
    assert render(document, "bilingual", "txt", translations=translations) == (
        "سطر أول وسطر ثان.\nfirst line.\n\nجملة أخرى.\nother one.\n"
    )


def test_heading_pairs_stand_out_in_bilingual_text() -> None:
    document = hand_built(
        (BlockKind.HEADING, 1, "ar", ["عنوان"]),
        (BlockKind.HEADING, 2, "ar", ["قسم"]),
        (BlockKind.PARAGRAPH, 0, "ar", ["جملة."]),
    )
    translations = {0: "Title", 1: "Section", 2: "A sentence."}
    assert render(document, "bilingual", "txt", translations=translations) == (
        "عنوان\nTitle\n=====\n\nقسم\nSection\n-------\n\nجملة.\nA sentence.\n"
    )
    assert render(document, "bilingual", "md", translations=translations) == (
        "| العربية | English |\n| --- | --- |\n| **عنوان** | **Title** |\n"
        "| **قسم** | **Section** |\n| جملة. | A sentence. |\n"
    )


def test_document_without_title() -> None:
    document = hand_built((BlockKind.PARAGRAPH, 0, "ar", ["جملة أولى.", "جملة ثانية."]))
    assert "<title>test</title>" in render(document, "original", "html")
    summary = render(document, "summary", "md", summary_ids=[1], translations={1: "Second."})
    assert summary == "# الملخص\n\n- جملة ثانية.\n\n# Summary\n\n- Second.\n"


def test_empty_document_and_empty_summary() -> None:
    document = hand_built()
    assert render(document, "original", "txt") == "\n"
    assert render(document, "translation", "md", translations={}) == "\n"
    assert render(document, "summary", "txt", summary_ids=[]) == "الملخص\n"
    assert "<body>\n<section" in render(document, "original", "html")


def test_explicit_target_language() -> None:
    document = hand_built((BlockKind.PARAGRAPH, 0, "ar", ["جملة."]))
    html = render(
        document, "translation", "html", translations={0: "Phrase."}, target_language="fr"
    )
    assert '<html lang="fr" dir="ltr">' in html
