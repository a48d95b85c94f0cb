from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.cleaning import clean_blocks
from desktop.core.document import Block, BlockKind, RawText, RemovalReason
from desktop.core.loading import load_file
from desktop.core.normalize import normalize_paragraph

HEADLINE = '"الدولة" يفاوض النظام السوري لخروج مقاتليه من دير الزور'
CAPTION = "مصادر محلية: تنظيم الدولة لا يزال يسيطر على حيين في مدينة دير الزور- جيتي"


@pytest.fixture(scope="module")
def sample(shared_dir: Path) -> RawText:
    return load_file(shared_dir / "samples" / "arabi21-deir-ez-zor.txt")


def _texts(raw: RawText) -> tuple[list[str], dict[RemovalReason, list[str]]]:
    cleaned = clean_blocks(raw)
    removed: dict[RemovalReason, list[str]] = {}
    for item in cleaned.removed:
        removed.setdefault(item.reason, []).append(item.text)
    return [block.text for _, block in cleaned.kept], removed


def test_sample_headline_is_the_title_and_not_the_section_label(sample: RawText) -> None:
    cleaned = clean_blocks(sample)
    assert cleaned.title == HEADLINE
    kept, removed = _texts(sample)
    assert removed[RemovalReason.SECTION_LABEL] == ["ملفات وتقارير"]
    assert "ملفات وتقارير" not in kept
    assert HEADLINE not in kept  # the title is not repeated as body text


def test_sample_caption_twice_teaser_and_comments_are_removed(sample: RawText) -> None:
    kept, removed = _texts(sample)
    assert removed[RemovalReason.CAPTION] == [CAPTION, CAPTION]
    assert len(removed[RemovalReason.TEASER]) == 1
    assert removed[RemovalReason.TEASER][0].startswith("اقرأ أيضا:")
    comments = removed[RemovalReason.COMMENTS]
    assert comments[0] == "التعليقات (1)"
    assert any("البغدادي" in text for text in comments)
    body = "\n".join(kept)
    assert "جيتي" not in body and "اقرأ أيضا" not in body and "البغدادي" not in body
    assert kept[0].startswith("كشفت مصادر محلية سورية")
    assert kept[-1].startswith("وكان المركز الصحفي السوري")


def test_sample_subheadings_are_headings(sample: RawText) -> None:
    cleaned = clean_blocks(sample)
    headings = [block.text for _, block in cleaned.kept if block.kind is BlockKind.HEADING]
    assert headings == ["ضمانات حقيقية", "تجنيب المدنيين"]


def test_removed_blocks_keep_their_position(sample: RawText) -> None:
    cleaned = clean_blocks(sample)
    for item in cleaned.removed:
        assert normalize_paragraph(sample.blocks[item.block_index].text) == item.text
    positions = [item.block_index for item in cleaned.removed]
    assert positions == sorted(positions)


def test_cleaning_off_keeps_every_block(sample: RawText) -> None:
    cleaned = clean_blocks(sample, enabled=False)
    assert cleaned.removed == []
    assert len(cleaned.kept) == len([b for b in sample.blocks if b.text.strip()])
    assert cleaned.title is None  # a text file declares no title


def _raw(*texts: str, title: str | None = None, format: str = "text") -> RawText:
    return RawText("test.txt", format, tuple(Block(text) for text in texts), title=title)


def test_english_noise_is_removed_too() -> None:
    kept, removed = _texts(
        _raw(
            "World",
            "Protesters gather across Europe against ACTA",
            "Police estimated 6,500 protestors in Berlin on Saturday afternoon.",
            "Read more: Poland halts ratification",
            "Protesters in Berlin on Saturday - AFP",
            "Organisers said about 100,000 people turned up in German cities.",
            "Latvia and Slovakia have both delayed the process of joining ACTA.",
            "Comments (2)",
            "Great article!",
        )
    )
    assert removed[RemovalReason.SECTION_LABEL] == ["World"]
    assert removed[RemovalReason.TEASER] == ["Read more: Poland halts ratification"]
    assert removed[RemovalReason.CAPTION] == ["Protesters in Berlin on Saturday - AFP"]
    assert removed[RemovalReason.COMMENTS] == ["Comments (2)", "Great article!"]
    assert len(kept) == 3


def test_declared_title_wins_and_is_not_repeated() -> None:
    cleaned = clean_blocks(
        _raw("عنوان الخبر", "نص الخبر الأول هنا وهو طويل بما يكفي ليكون فقرة.", title="عنوان الخبر")
    )
    assert cleaned.title == "عنوان الخبر"
    assert [block.text for _, block in cleaned.kept] == [
        "نص الخبر الأول هنا وهو طويل بما يكفي ليكون فقرة."
    ]


def test_structured_formats_take_their_first_heading_as_title() -> None:
    raw = RawText(
        "a.docx",
        "docx",
        (Block("العنوان", BlockKind.HEADING, 1), Block("فقرة أولى."), Block("فقرة ثانية.")),
    )
    cleaned = clean_blocks(raw)
    assert cleaned.title == "العنوان"
    assert len(cleaned.kept) == 2


def test_a_comments_word_early_in_the_article_is_not_a_cut() -> None:
    _kept, removed = _texts(_raw("Comments", "First paragraph of the body text here.", "Second."))
    assert RemovalReason.COMMENTS not in removed


def test_a_repeated_body_paragraph_is_kept_once() -> None:
    paragraph = "This paragraph was scraped twice because the page repeats it in a box."
    kept, removed = _texts(_raw("Headline of the story here", paragraph, paragraph))
    assert kept == [paragraph]
    assert removed[RemovalReason.REPEATED] == [paragraph]


_line = st.text(
    st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي .،؟!:-()0123456789abcXYZ\u200f\u00a0ـ")),
    max_size=60,
)


@given(st.lists(_line, max_size=15), st.booleans())
def test_every_block_is_kept_or_removed_never_lost(lines: list[str], enabled: bool) -> None:
    raw = _raw(*lines)
    cleaned = clean_blocks(raw, enabled=enabled)
    accounted = {i for i, _ in cleaned.kept} | {r.block_index for r in cleaned.removed}
    if cleaned.title_index is not None:
        accounted.add(cleaned.title_index)
    expected = {i for i, text in enumerate(lines) if normalize_paragraph(text)}
    assert accounted == expected
    kept_positions = [i for i, _ in cleaned.kept]
    assert kept_positions == sorted(kept_positions)
