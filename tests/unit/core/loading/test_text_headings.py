"""Headings found in plain text: chapters of a generated book, none in committed news articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.document import BlockKind
from desktop.core.loading import load_file, load_text
from desktop.core.pipeline import document_from_text

REAL_TEXT = Path(__file__).resolve().parents[3] / "fixtures" / "real" / "text"
SAMPLES = Path(__file__).resolve().parents[4] / "resources" / "samples"
BODY_AR = (
    "كانت المدينة هادئة في ذلك الصباح، والناس يمضون إلى أعمالهم كعادتهم منذ سنين طويلة. "
    "ثم جاء الخبر الذي غير كل شيء في حياتهم."
)
BODY_EN = (
    "The city was quiet that morning, and people went to work as they had for many years. "
    "Then came the news that changed everything in their lives."
)

BOOK = "\n\n".join(
    [
        "حكايات المدينة القديمة",
        "الفصل الأول",
        BODY_AR,
        BODY_AR,
        "الفصل الثاني: الرحيل",
        BODY_AR,
        "الباب 3",
        BODY_AR,
        "المادة 1",
        BODY_AR,
        "Chapter 3",
        BODY_EN,
        "1. Introduction",
        BODY_EN,
        "2.1 Methods and data",
        BODY_EN,
        "ذكريات الطفولة",
        BODY_AR + "\n" + BODY_AR,
    ]
)
EXPECTED = [
    ("الفصل الأول", 2),
    ("الفصل الثاني: الرحيل", 2),
    ("الباب 3", 1),
    ("المادة 1", 3),
    ("Chapter 3", 2),
    ("1. Introduction", 2),
    ("2.1 Methods and data", 3),
    ("ذكريات الطفولة", 2),
]


def _headings(text: str) -> list[tuple[str, int]]:
    raw = load_text(text)
    return [(b.text, b.level) for b in raw.blocks if b.kind is BlockKind.HEADING]


def test_a_books_chapters_are_headings_with_levels() -> None:
    assert _headings(BOOK) == EXPECTED


@pytest.mark.parametrize("clean", [True, False])
def test_the_book_keeps_its_title_and_outline_through_the_pipeline(clean: bool) -> None:
    document = document_from_text(BOOK, clean=clean, language="auto")
    headings = [(p.text, p.level) for p in document.paragraphs if p.kind is BlockKind.HEADING]
    if clean:
        assert document.title == "حكايات المدينة القديمة"
        assert headings == [("حكايات المدينة القديمة", 1), *EXPECTED]
    else:
        assert headings == EXPECTED


@pytest.mark.parametrize(
    "text",
    [
        "الفصل الأول من العام شهد نموا في الاقتصاد بنسبة كبيرة.",  # a sentence, not a title
        "Chapter 3 of the report explains the method in detail, with every step named.",
        "1990 عام التحول",
        "قال الوزير:",
    ],
)
def test_lines_that_read_as_text_stay_paragraphs(text: str) -> None:
    assert _headings("\n\n".join([BODY_AR, text, BODY_AR])) == []


def test_a_short_line_inside_a_chunk_of_lines_is_not_a_title() -> None:
    # One paragraph per line, no blank lines: a dateline or caption line is not a heading.
    assert _headings("\n".join(["بيروت", BODY_AR, "صورة من الأرشيف", BODY_AR])) == []


def test_a_short_line_before_a_short_line_is_not_a_title() -> None:
    assert _headings("\n\n".join([BODY_AR, "اقرأ المزيد", "شارك الخبر", BODY_AR])) == []


@pytest.fixture
def easc_articles(shared_dir: Path) -> list[Path]:
    return sorted((shared_dir / "eval" / "easc-dev" / "Articles").iterdir())


def _committed_articles() -> list[Path]:
    return sorted(REAL_TEXT.glob("*.txt")) + sorted(SAMPLES.glob("*.txt"))


# The only headings in the committed articles: the real subheadings of the scraped news sample.
REAL_SUBHEADINGS = {"arabi21-deir-ez-zor.txt": ["ضمانات حقيقية", "تجنيب المدنيين"]}


@pytest.mark.parametrize("path", _committed_articles(), ids=lambda p: p.name)
def test_committed_news_articles_get_no_false_headings(path: Path) -> None:
    raw = load_file(path)
    headings = [b.text for b in raw.blocks if b.kind is BlockKind.HEADING]
    assert headings == REAL_SUBHEADINGS.get(path.name, [])


def test_easc_articles_get_no_headings(easc_articles: list[Path]) -> None:
    found = {}
    for path in easc_articles:
        raw = load_file(path)
        headings = [b.text for b in raw.blocks if b.kind is BlockKind.HEADING]
        if headings:
            found[path.name] = headings
    assert found == {}
