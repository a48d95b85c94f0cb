"""Plain text files and pasted text: encodings and paragraph splitting."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.document import Block, BlockKind
from desktop.core.errors import EmptyDocumentError
from desktop.core.loading import load_file, load_text
from desktop.core.loading.text_file import split_blocks

ARTICLE = (
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم الصحافة المستقلة في البلاد.\n"
    "وقال الوزير إن الخطة تشمل تدريب الصحفيين الشباب، وتوفير منح صغيرة.\n"
    "\n"
    "ورحبت نقابة الصحفيين بالقرار؛ لكنها طالبت بضمانات قانونية واضحة."
)


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("utf-16-le", b"\xff\xfe", "utf-16"),
        ("utf-16-be", b"\xfe\xff", "utf-16"),
        ("cp1256", b"", "cp1256"),
        ("iso8859-6", b"", "iso8859-6"),
        ("utf-16-le", b"", "utf-16-le"),
    ],
)
def test_arabic_text_decodes_in_every_encoding_it_comes_in(
    tmp_path: Path, encoding: str, prefix: bytes, expected: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(prefix + ARTICLE.encode(encoding))
    raw = load_file(path)
    assert raw.encoding == expected
    assert raw.format == "text"
    assert raw.source == str(path)
    assert [block.text for block in raw.blocks] == [
        "أعلنت الحكومة اليوم عن خطة جديدة لدعم الصحافة المستقلة في البلاد.",
        "وقال الوزير إن الخطة تشمل تدريب الصحفيين الشباب، وتوفير منح صغيرة.",
        "ورحبت نقابة الصحفيين بالقرار؛ لكنها طالبت بضمانات قانونية واضحة.",
    ]
    assert not raw.blocks[0].text.startswith("\ufeff")


def test_utf8_cut_inside_a_character_is_still_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(ARTICLE.encode("utf-8")[:-1])
    raw = load_file(path)
    assert raw.encoding == "utf-8"
    assert raw.blocks[0].text.startswith("أعلنت الحكومة")


@pytest.mark.parametrize("damage", [b"\x80", b"\xc0\xaf", b"\xed\xa0\x80", b"\xff\xfe"])
def test_utf8_with_a_few_damaged_bytes_stays_utf8(tmp_path: Path, damage: bytes) -> None:
    """Regression: one bad byte sent the whole file to detection, which read it as Windows-1256
    mojibake ("ط£ط¹ظ„ظ†طھ" for "أعلنت")."""
    data = ARTICLE.encode("utf-8")
    middle = data.index(b"\n") + 1
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:middle] + damage + data[middle:])
    raw = load_file(path)
    assert raw.encoding == "utf-8"
    assert raw.blocks[0].text == ARTICLE.splitlines()[0]
    assert raw.blocks[1].text.startswith("\ufffd")  # the damage shows, nothing else changes
    assert raw.blocks[-1].text == ARTICLE.splitlines()[-1]


def test_a_legacy_code_page_is_not_taken_for_damaged_utf8(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    assert load_file(path).encoding == "cp1256"


def test_files_pasted_together_from_two_encodings_read_line_by_line(tmp_path: Path) -> None:
    """Regression: a UTF-8 part followed by a Windows-1256 part came out all mojibake."""
    first, second, third = ARTICLE.splitlines()[0], ARTICLE.splitlines()[1], ARTICLE.splitlines()[3]
    path = tmp_path / "mixed.txt"
    path.write_bytes(f"{first}\n{second}\n\n".encode() + third.encode("cp1256") + b"\n")
    raw = load_file(path)
    assert raw.encoding == "utf-8+cp1256"
    assert [block.text for block in raw.blocks] == [first, second, third]


def test_crlf_line_ends_and_whitespace_only_lines() -> None:
    blocks = split_blocks("First line.\r\n   \t\r\nSecond paragraph.  \r\nThird line.\r\n")
    assert blocks == (Block("First line."), Block("Second paragraph."), Block("Third line."))


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "The committee met on Tuesday to discuss the new rules for the\n"
        "protection of sources, which several editors had asked for since\n"
        "the start of the year.\n"
        "\n"
        "A second paragraph follows here, wrapped at the same width as the\n"
        "first one was.\n"
    )
    assert split_blocks(text) == (
        Block(
            "The committee met on Tuesday to discuss the new rules for the protection of "
            "sources, which several editors had asked for since the start of the year."
        ),
        Block("A second paragraph follows here, wrapped at the same width as the first one was."),
    )


def test_one_paragraph_per_line_is_not_joined() -> None:
    text = (
        "عنوان الخبر\n"
        "هذه فقرة طويلة من الخبر تحكي ما حدث في المدينة أمس بالتفصيل الكامل لمن يهمه الأمر.\n"
        "وهذه فقرة ثانية طويلة أيضا تنتهي بنقطة كما تنتهي الفقرات في الأخبار عادة.\n"
    )
    assert [block.text for block in split_blocks(text)] == text.splitlines()


def test_list_lines_stay_apart_even_at_similar_lengths() -> None:
    text = "- the first point of the list is here\n- the second point of the list is here\n"
    assert len(split_blocks(text)) == 2


def test_a_line_printed_twice_stays_two_blocks() -> None:
    caption = "مصادر محلية: تنظيم الدولة لا يزال يسيطر على حيين في مدينة دير الزور- جيتي"
    text = f"عنوان\n\n{caption}\n{caption}\n\nفقرة أخيرة قصيرة.\n"
    assert [block.text for block in split_blocks(text)] == [
        "عنوان",
        caption,
        caption,
        "فقرة أخيرة قصيرة.",
    ]


def test_shared_sample_article_keeps_its_lines(shared_dir: Path) -> None:
    path = shared_dir / "samples" / "arabi21-deir-ez-zor.txt"
    raw = load_file(path)
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [block.text for block in raw.blocks] == lines


def test_pasted_text_uses_the_same_splitting() -> None:
    raw = load_text("\ufeffسطر أول\n\nسطر ثان\n")
    assert raw.source == "<pasted text>"
    assert raw.format == "text"
    assert raw.blocks == (Block("سطر أول"), Block("سطر ثان"))
    assert all(block.kind is BlockKind.PARAGRAPH for block in raw.blocks)
    assert load_text("a\n\nb", source="<stdin>").source == "<stdin>"


def test_pasted_whitespace_is_empty() -> None:
    with pytest.raises(EmptyDocumentError, match="<pasted text>"):
        load_text(" \n\t\n")


def test_file_without_extension_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_bytes(ARTICLE.encode("cp1256"))
    raw = load_file(path)
    assert raw.format == "text"
    assert raw.blocks[0].text.startswith("أعلنت الحكومة")


def test_wrapped_text_without_blank_lines_splits_at_short_lines() -> None:
    """Old news archives wrap at ~78 columns and end a paragraph with a short line, no blank."""
    import textwrap

    first = (
        "ألقت الجهات الأمنية بجدة أول من أمس القبض على وافد اصطحب فتاة من بني جلدته تقيم في جدة "
        "وتوجه بها إلى ينبع، بعد مرور اثنتي عشرة ساعة فقط من تلقي البلاغ من ذوي الفتاة، حيث تم "
        "ضبط المتهم بصحبة ابنتهم."
    )
    second = (
        "وتضمن بلاغ أهل الفتاة أن وافدا يبلغ من العمر ثلاثين عاما قام باختطاف ابنتهم من منزل "
        "أسرتها، وتبين اختفاء كامل حاجياتها من ملابس وحلي ونقود حسب إفادة أسرتها وأقاربها."
    )
    text = "\n".join(textwrap.wrap(first, 78) + textwrap.wrap(second, 78))
    assert len(text.splitlines()) >= 4
    assert [block.text for block in split_blocks(text)] == [first, second]


def test_short_lines_of_similar_length_are_not_taken_for_wrapping() -> None:
    lines = [
        "Police estimated 6,500 protestors in Berlin on Saturday.",
        "Protests also took place in Paris, Sofia and Vilnius too.",
        "About 200 people protested outside some offices in London.",
    ]
    assert [block.text for block in split_blocks("\n".join(lines))] == lines
