"""HTML exports parsed back with lxml: a complete page, every text element with its direction."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from desktop.core.document import Document
from desktop.core.export import EXPORT_KINDS, render
from desktop.core.language import ARABIC, detect_language
from desktop.core.pipeline import document_from_text
from tests.unit.core.export.conftest import SUMMARY_IDS

TEXT_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th")


def _parse(text: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(text.encode("utf-8"))


def _check_directions(page: lxml_html.HtmlElement) -> int:
    """Every element holding text says its language and direction, and they match the text."""
    checked = 0
    for element in page.iter(*TEXT_TAGS):
        text = element.text_content().strip()
        if not text:
            continue
        language = detect_language(text)
        assert element.get("lang") == language, text
        assert element.get("dir") == ("rtl" if language == ARABIC else "ltr"), text
        checked += 1
    return checked


@pytest.mark.parametrize("what", EXPORT_KINDS)
def test_arabic_page(arabic: Document, to_english: dict[int, str], what: str) -> None:
    text = render(arabic, what, "html", translations=to_english, summary_ids=SUMMARY_IDS)
    assert text.startswith("<!DOCTYPE html>\n")
    page = _parse(text)
    assert page.find("head/meta").get("charset") == "utf-8"
    if what == "translation":
        assert page.findtext("head/title") == to_english[0]
        assert (page.get("lang"), page.get("dir")) == ("en", "ltr")
    else:
        assert page.findtext("head/title") == arabic.title
        assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
    assert _check_directions(page) > 0


def test_english_article_is_left_to_right(english: Document, to_arabic: dict[int, str]) -> None:
    page = _parse(render(english, "bilingual", "html", translations=to_arabic))
    assert (page.get("lang"), page.get("dir")) == ("en", "ltr")
    cells = page.findall(".//tbody/tr/td")
    assert [cell.get("dir") for cell in cells[:2]] == ["ltr", "rtl"]
    assert _check_directions(page) == 2 + 2 * len(english.sentences())


def test_sentences_are_marked_with_their_ids(arabic: Document, to_english: dict[int, str]) -> None:
    page = _parse(render(arabic, "translation", "html", translations=to_english))
    spans = page.findall(".//span[@data-sentence-id]")
    assert [(int(s.get("data-sentence-id")), s.text) for s in spans] == sorted(to_english.items())
    rows = _parse(render(arabic, "bilingual", "html", translations=to_english)).findall(
        ".//tbody/tr"
    )
    assert [int(row.get("data-sentence-id")) for row in rows] == sorted(to_english)


def test_bilingual_table_has_a_row_per_sentence_and_tbody_per_paragraph(
    arabic: Document, to_english: dict[int, str]
) -> None:
    page = _parse(render(arabic, "bilingual", "html", translations=to_english))
    bodies = page.findall(".//table/tbody")
    assert [len(body.findall("tr")) for body in bodies] == [
        len(p.sentences) for p in arabic.paragraphs
    ]
    assert bodies[0].find("tr").get("class") == "heading level-1"
    assert all(row.get("class") is None for body in bodies[1:] for row in body.findall("tr"))


def test_text_is_escaped() -> None:
    hostile = 'عنوان <script>alert("x")</script>\n\nقال & <b>رئيس</b> "اللجنة" إن النتائج جيدة.'
    document = document_from_text(hostile, language="ar")
    translations = {s.id: f"<i>{s.id}</i> & 'done'" for s in document.sentences()}
    for what in EXPORT_KINDS:
        text = render(document, what, "html", translations=translations, summary_ids=[1])
        page = _parse(text)
        assert page.find(".//script") is None
        assert page.find(".//b") is None
        assert page.find(".//body//i") is None
        assert "<script>" not in text
    assert "&lt;script&gt;" in render(document, "original", "html")
