"""Every export kind as PDF: what the pages hold, where the columns stand, pages, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfminer.high_level import extract_pages

from desktop.core.document import Document
from desktop.core.export import (
    ExportCancelledError,
    ExportError,
    IncompleteTranslationError,
    export_document,
    pdf_export,
)
from desktop.core.export.pdf import typeface, typesetting
from desktop.core.pipeline import document_from_text, open_document
from tests.unit.core.export.pdf import articles
from tests.unit.core.export.pdf.readers import PRESENTATION_FORMS, pdftotext, read_back, tokens


@pytest.fixture(scope="module")
def arabic() -> Document:
    return articles.arabic()


@pytest.fixture(scope="module")
def english() -> Document:
    return articles.english()


@pytest.fixture(scope="module")
def to_english(arabic: Document) -> dict[int, str]:
    return articles.translations(arabic, articles.ARABIC_TO_ENGLISH)


@pytest.fixture(scope="module")
def to_arabic(english: Document) -> dict[int, str]:
    return articles.translations(english, articles.ENGLISH_TO_ARABIC)


def _summary(document: Document) -> tuple[int, int]:
    """The second sentence and the last: one of each body paragraph."""
    ids = [sentence.id for sentence in document.sentences()]
    return ids[1], ids[-1]


def _export(document: Document, path: Path, what: str, translations: dict[int, str]) -> Path:
    ids = _summary(document) if what == "summary" else None
    return export_document(
        document, path, what=what, to="pdf", translations=translations, summary_ids=ids
    )


@pytest.mark.parametrize("what", ["original", "translation", "bilingual", "summary"])
def test_every_kind_reads_back_in_both_directions(
    arabic: Document,
    english: Document,
    to_english: dict[int, str],
    to_arabic: dict[int, str],
    tmp_path: Path,
    what: str,
) -> None:
    for document, translations in ((arabic, to_english), (english, to_arabic)):
        path = _export(document, tmp_path / f"{document.language}-{what}.pdf", what, translations)
        originals = [s.text for s in document.sentences()]
        translated = [translations[s.id] for s in document.sentences()]
        expected = {
            "original": originals,
            "translation": translated,
            "bilingual": originals + translated,
            "summary": [originals[1], originals[-1], translated[1], translated[-1]],
        }[what]
        found = " ".join(read_back(path))
        missing = [sentence for sentence in expected if sentence not in found]
        assert missing == [], f"{path.name}: not read back: {missing}"


def test_a_translation_reads_back_sentence_for_sentence(
    arabic: Document, to_english: dict[int, str], tmp_path: Path
) -> None:
    path = _export(arabic, tmp_path / "translation.pdf", "translation", to_english)
    assert read_back(path) == list(articles.ARABIC_TO_ENGLISH)
    assert open_document(path).language == "en"


@pytest.mark.parametrize("original_is_arabic", [True, False])
def test_bilingual_columns_stand_on_their_reading_sides(
    arabic: Document,
    english: Document,
    to_english: dict[int, str],
    to_arabic: dict[int, str],
    tmp_path: Path,
    original_is_arabic: bool,
) -> None:
    """The Arabic column is the right half of the page whichever language is the original."""
    document, translations = (arabic, to_english) if original_is_arabic else (english, to_arabic)
    path = _export(document, tmp_path / "bilingual.pdf", "bilingual", translations)
    width, height = pdf_export.PAGE_SIZES[pdf_export.default_page_size()]
    middle = width / 2
    right = pdftotext(path, crop=(middle + 1, 0, width - middle - 1, height))
    left = pdftotext(path, crop=(0, 0, middle - 1, height))
    arabic_texts = (
        [s.text for s in arabic.sentences()]
        if original_is_arabic
        else [translations[s.id] for s in document.sentences()]
    )
    english_texts = (
        [translations[s.id] for s in document.sentences()]
        if original_is_arabic
        else [s.text for s in english.sentences()]
    )
    assert tokens(right) == tokens("العربية " + " ".join(arabic_texts))
    assert tokens(left) == tokens("English " + " ".join(english_texts))
    assert not PRESENTATION_FORMS.search(right + left)


def test_lists_and_headings_of_a_summary(
    arabic: Document, to_english: dict[int, str], tmp_path: Path
) -> None:
    """Title, the "Summary" label and the items as paragraphs of their own, in both languages."""
    path = _export(arabic, tmp_path / "summary.pdf", "summary", to_english)
    paragraphs = [paragraph.text for paragraph in open_document(path).paragraphs]
    sentences = [s.text for s in arabic.sentences()]
    assert paragraphs == [
        sentences[0],
        "الملخص",
        sentences[1],
        sentences[4],
        articles.ARABIC_TO_ENGLISH[0],
        "Summary",
        articles.ARABIC_TO_ENGLISH[1],
        articles.ARABIC_TO_ENGLISH[4],
    ]


def test_page_size_margins_title_and_language(arabic: Document, tmp_path: Path) -> None:
    for size, (width, height) in pdf_export.PAGE_SIZES.items():
        path = export_document(
            arabic, tmp_path / f"{size}.pdf", what="original", to="pdf", page_size=size
        )
        (page,) = extract_pages(path)
        assert (round(page.width), round(page.height)) == (round(width), round(height))
        text = [element for element in page if hasattr(element, "get_text")]
        margin = pdf_export.MARGIN
        assert min(box.x0 for box in text) >= margin - 1
        assert max(box.x1 for box in text) <= width - margin + 1
        assert max(box.y1 for box in text) <= height - margin + 1
        data = path.read_bytes()
        assert b"/Lang (ar)" in data and b"/Direction /R2L" in data
    assert open_document(path).title == "لا، الأحياء، إعلام"


def test_no_title_when_the_article_has_no_headline(tmp_path: Path) -> None:
    """The file name would otherwise come back as the article's first heading."""
    document = document_from_text("جملة أولى بلا عنوان. وجملة ثانية.", source="notes.txt")
    path = export_document(document, tmp_path / "notes.pdf", what="original", to="pdf")
    assert b"/Title" not in path.read_bytes()
    assert read_back(path) == ["جملة أولى بلا عنوان.", "وجملة ثانية."]


@pytest.mark.parametrize(
    ("territory", "expected"),
    [
        ("en_US.UTF-8", "letter"),
        ("ar_EG.UTF-8", "a4"),
        ("fr_CA", "letter"),
        ("de_DE@euro", "a4"),
        ("English_United States", "letter"),
        ("C", "a4"),
    ],
)
def test_paper_follows_the_locale(
    monkeypatch: pytest.MonkeyPatch, territory: str, expected: str
) -> None:
    for variable in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", territory)
    assert pdf_export.default_page_size() == expected


def test_long_articles_break_pages_and_read_back_whole(tmp_path: Path) -> None:
    """Paragraphs split between pages; every sentence comes back, each once, in order."""
    sentence = "وقال المسؤول إن الأعمال ستستمر في المدينة {} حتى نهاية العام المقبل وفق الخطة {}."
    paragraphs = [
        " ".join(sentence.format(paragraph, number) for number in range(4))
        for paragraph in range(30)
    ]
    document = document_from_text("\n\n".join(paragraphs), source="long.txt")
    path = export_document(document, tmp_path / "long.pdf", what="original", to="pdf")
    pages = list(extract_pages(path))
    assert len(pages) >= 4
    assert read_back(path) == [s.text for s in document.sentences()]
    lines = pdftotext(path).splitlines()
    assert not any(line.strip().isdigit() for line in lines)  # page numbers are drawn, not text


def test_a_word_wider_than_the_page_is_cut(tmp_path: Path) -> None:
    address = "https://example.org/" + "a" * 300
    document = document_from_text(f"See {address} for more.", source="link.txt")
    path = export_document(document, tmp_path / "link.pdf", what="original", to="pdf")
    (page,) = extract_pages(path)
    assert max(element.x1 for element in page if hasattr(element, "get_text")) <= page.width
    assert "".join(pdftotext(path).split()) == f"See{address}formore."


def test_characters_without_a_glyph_keep_their_text(tmp_path: Path) -> None:
    """Chinese or emoji draw as empty boxes, but the text layer still holds them."""
    document = document_from_text("زار الوفد طوكيو (東京) أمس 😀.", source="other.txt")
    path = export_document(document, tmp_path / "other.pdf", what="original", to="pdf")
    assert read_back(path) == ["زار الوفد طوكيو (東京) أمس 😀."]


def test_an_unfinished_translation_writes_nothing(
    arabic: Document, to_english: dict[int, str], tmp_path: Path
) -> None:
    target = tmp_path / "translation.pdf"
    target.write_bytes(b"the earlier export")
    partial = dict(list(to_english.items())[:2])
    with pytest.raises(IncompleteTranslationError) as caught:
        export_document(arabic, target, what="translation", to="pdf", translations=partial)
    assert "translation.pdf" in str(caught.value)
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target]


def test_a_missing_font_is_a_clear_error_and_keeps_the_old_file(
    arabic: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged installation: the message names the output file, the font and what to do."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    monkeypatch.setattr(typesetting, "font_path", lambda name: fonts / name)
    typesetting.bundled_typesetter.cache_clear()
    typeface.load_typeface.cache_clear()
    target = tmp_path / "article.pdf"
    target.write_bytes(b"%PDF-1.7 earlier")
    try:
        with pytest.raises(ExportError) as caught:
            export_document(arabic, target, what="original", to="pdf")
    finally:
        typesetting.bundled_typesetter.cache_clear()
    message = str(caught.value)
    assert "article.pdf" in message and "NotoNaskhArabic-Regular.ttf" in message
    assert "reinstall" in message and len(message.splitlines()) == 1
    assert target.read_bytes() == b"%PDF-1.7 earlier"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["article.pdf", "fonts"]


def test_an_unknown_page_size_is_refused_before_writing(arabic: Document, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown page size 'a5'"):
        export_document(arabic, tmp_path / "a.pdf", what="original", to="pdf", page_size="a5")
    assert list(tmp_path.iterdir()) == []


def test_the_same_export_gives_the_same_bytes(arabic: Document, tmp_path: Path) -> None:
    """No dates or random subset names: re-exporting an unchanged article changes nothing."""
    first = export_document(arabic, tmp_path / "1.pdf", what="original", to="pdf")
    second = export_document(arabic, tmp_path / "2.pdf", what="original", to="pdf")
    assert first.read_bytes() == second.read_bytes()


def test_progress_counts_up_to_every_block(arabic: Document, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    export_document(
        arabic, tmp_path / "a.pdf", what="original", to="pdf", progress=lambda *r: reports.append(r)
    )
    total = len(arabic.paragraphs)
    assert reports[-1] == (total, total)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert all(seen == total for _, seen in reports)


def test_a_cancelled_export_writes_nothing(
    arabic: Document, to_english: dict[int, str], tmp_path: Path
) -> None:
    import threading

    target = tmp_path / "bilingual.pdf"
    target.write_bytes(b"the earlier export")
    cancel = threading.Event()

    def on_progress(done: int, total: int) -> None:
        if done == 2:
            cancel.set()

    with pytest.raises(ExportCancelledError) as caught:
        export_document(
            arabic,
            target,
            what="bilingual",
            to="pdf",
            translations=to_english,
            progress=on_progress,
            cancel=cancel,
        )
    assert "bilingual.pdf" in str(caught.value) and "cancelled" in str(caught.value)
    assert target.read_bytes() == b"the earlier export"
    assert list(tmp_path.iterdir()) == [target]
