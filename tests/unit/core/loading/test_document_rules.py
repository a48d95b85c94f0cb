"""Each class of defect seen on real files, in a small file written with the format's own
library."""

from __future__ import annotations

from pathlib import Path

import docx

from desktop.core.cleaning import clean_blocks
from desktop.core.document import Block, BlockKind, Matter, RawText, RemovalReason
from desktop.core.loading import load_file
from desktop.core.loading.html_page import extract_article, without_site_name
from desktop.core.loading.pdf_layout import page_paragraphs
from desktop.core.loading.pdf_lines import TextLine
from desktop.core.normalize import display_text, normalize_paragraph
from desktop.core.pipeline import build_document, document_from_text, open_document
from tests.fixtures.pdf_builder import Line, build_pdf


def _pdf_raw(blocks: list[Block]) -> RawText:
    return RawText(source="x.pdf", format="pdf", blocks=tuple(blocks))


def test_a_pdf_without_images_keeps_its_chapter_headings_and_repeated_words() -> None:
    blocks = [
        Block("The Middle Ages", page=1),
        Block("A long paragraph of body text about the period, with many words in it.", page=1),
        Block("المادة 1", page=2),
        Block("مجانًا", page=2),
        Block("مجانًا", page=3),
        Block("The Middle Ages", page=3),
    ]
    cleaned = clean_blocks(_pdf_raw(blocks))
    assert cleaned.removed == []


def test_a_pdf_caption_needs_an_image_beside_it() -> None:
    blocks = [
        Block("Body text of the article, long enough to be a paragraph of the page.", page=1),
        Block("Protesters in the square - Reuters", page=1, beside_image=True),
        Block("Protesters in the square - Reuters", page=1),
    ]
    cleaned = clean_blocks(_pdf_raw(blocks))
    assert [r.reason for r in cleaned.removed] == [RemovalReason.CAPTION]
    assert cleaned.removed[0].block_index == 1


def test_running_heads_on_most_pages_go_but_not_the_page_s_only_text() -> None:
    blocks = []
    for page in range(1, 5):
        blocks.append(Block(f"الجريدة الرسمية - العدد {page}", page=page))
        blocks.append(Block(f"نص الصفحة رقم {page} وهو طويل بما يكفي ليكون فقرة.", page=page))
    cleaned = clean_blocks(_pdf_raw(blocks))
    assert [r.reason for r in cleaned.removed] == [RemovalReason.REPEATED] * 4
    alone = [Block("حبيبي", page=page) for page in range(1, 5)]
    assert clean_blocks(_pdf_raw(alone)).removed == []


def test_latin_ligatures_become_letters_and_hyphenated_lines_join(tmp_path: Path) -> None:
    path = tmp_path / "ligatures.pdf"
    path.write_bytes(build_pdf([[Line("\ufb01le \ufb02ow e\ufb03cient", 72, 700, latin=False)]]))
    assert load_file(path).blocks[0].text == "file flow efficient"
    size = 10.0
    lines = [
        TextLine("Nashra must com-", 72, 500, 700, size, rtl=False),
        TextLine("pile the text of a line and", 72, 500, 688, size, rtl=False),
        TextLine("Anglo-", 72, 500, 676, size, rtl=False),
        TextLine("Saxon words keep their hyphen.", 72, 300, 664, size, rtl=False),
    ]
    (paragraph,) = page_paragraphs(lines, 595)
    assert paragraph.text == (
        "Nashra must compile the text of a line and Anglo-Saxon words keep their hyphen."
    )


def test_markdown_front_matter_code_tags_and_heading_ids(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(
        '+++\ntitle = "Overview"\nweight = 5\n+++\n\n## Start {#start-here}\n\n'
        "## Next {/*next-step*/}\n\n<Intro>\n\nText with a note[^1].\n\n</Intro>\n\n"
        "```js\nconst a = 1;\n```\n\n[^1]: The note.\n",
        encoding="utf-8",
    )
    document = open_document(path)
    assert document.title == "Overview"
    texts = [(p.kind, p.text) for p in document.paragraphs]
    assert texts == [
        (BlockKind.HEADING, "Overview"),
        (BlockKind.HEADING, "Start"),
        (BlockKind.HEADING, "Next"),
        (BlockKind.PARAGRAPH, "Text with a note[1]."),
        (BlockKind.CODE, "const a = 1;"),
        (BlockKind.NOTE, "[1] The note."),
    ]


def test_docx_title_is_only_taken_from_the_start(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = "Microsoft Word - draft.doc"
    document.add_paragraph("A first paragraph of ordinary text.")
    document.add_paragraph("A title in the middle", style="Title")
    path = tmp_path / "middle.docx"
    document.save(str(path))
    assert open_document(path).title is None  # neither the placeholder nor the middle one
    document = docx.Document()
    document.add_paragraph("Weekly report", style="Title")
    document.add_paragraph("The text of the report, in a sentence.")
    document.save(str(path))
    opened = open_document(path)
    assert opened.title == "Weekly report"
    assert [p.text for p in opened.paragraphs].count("Weekly report") == 1


def test_html_site_names_are_cut_and_br_paragraphs_split() -> None:
    assert without_site_name("قرار جديد للحكومة بشأن الأسعار - اليوم السابع", None) == (
        "قرار جديد للحكومة بشأن الأسعار"
    )
    assert without_site_name("المدينة نيوز - ارتفاع أسعار النفط في الأسواق", None) == (
        "ارتفاع أسعار النفط في الأسواق"
    )
    assert without_site_name("Alpha - Beta", None) == "Alpha - Beta"
    sentences = [f"هذه الجملة رقم {n} من فقرة طويلة في صفحة خبر حقيقي." for n in range(1, 6)]
    html = (
        "<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر الطويل هنا</h1>"
        f"<p>{'<br>'.join(sentences)}</p><p>فقرة أخرى من الخبر فيها كلام كثير عن الموضوع.</p>"
        "</article></body></html>"
    )
    blocks, _title = extract_article(html)
    assert [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH][:5] == sentences


def test_the_reader_sees_zwnj_and_tatweel_the_model_does_not() -> None:
    text = "العالم ـوبالتالي المملكة المتحدةـ يواجه می\u200cشود"
    assert display_text(text) == text
    assert "\u200c" not in normalize_paragraph(text)
    document = document_from_text(text + ".")
    assert document.paragraphs[0].text == text + "."


def test_front_and_back_matter_are_marked_and_never_summarised() -> None:
    blocks = [
        Block("Contents", BlockKind.HEADING, 1),
        Block("Chapter One ........ 1"),
        Block("Chapter One", BlockKind.HEADING, 1),
        *[Block(f"Sentence {n} of the story tells what happened to the hero.") for n in range(6)],
        Block("Bibliography", BlockKind.HEADING, 1),
        Block("Smith, J. A History of Everything. London, 1990."),
        Block("17"),
    ]
    document = build_document(RawText("book.docx", "docx", tuple(blocks)))
    matter = {p.text: p.matter for p in document.paragraphs}
    assert matter["Chapter One ........ 1"] is Matter.FRONT
    assert matter["Smith, J. A History of Everything. London, 1990."] is Matter.BACK
    assert matter["17"] is Matter.BACK
    from desktop.core.summary import SummaryLength, summarize

    chosen = {
        document.sentence(i).text for i in summarize(document, SummaryLength.sentences(5)).ids
    }
    assert not chosen & {
        "Chapter One ........ 1",
        "Smith, J. A History of Everything. London, 1990.",
    }
