"""A standalone HTML page: one file that opens the same in any browser, offline.

Every element that holds text says its language and direction (`lang="ar" dir="rtl"`), not only
the page: mixed pages (the bilingual table, a summary in two languages, an English quote in an
Arabic article) need the direction per paragraph and per cell, and `lang` lets the browser pick an
Arabic font and shaping. Each sentence is a `<span data-sentence-id>` so a later tool can align
or highlight sentences without re-splitting the text.
"""

from __future__ import annotations

from html import escape

from desktop.core.document import BlockKind
from desktop.core.export.content import (
    LANGUAGE_NAMES,
    NO_ID,
    BilingualRow,
    ExportBlock,
    ExportContent,
    ExportKind,
    SentenceText,
    grouped_blocks,
)
from desktop.core.fonts import ARABIC_FONT_FAMILY
from desktop.core.language import is_rtl

_MAX_HEADING = 6

STYLE = """\
body { font-family: "Segoe UI", "Noto Sans", Tahoma, Arial, sans-serif; line-height: 1.6;
  max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; background: #fff; }
body.bilingual { max-width: 72rem; }
:lang(ar) { font-family: "$ARABIC_FONT", "Segoe UI", Tahoma, Arial, sans-serif; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.4em 0.6em; vertical-align: top; width: 50%; }
thead th { background: #eee; }
tbody + tbody { border-top: 3px double #999; }
tr.heading td { font-weight: bold; background: #f5f5f5; }
section + section { margin-top: 2.5rem; border-top: 1px solid #ccc; }
""".replace("$ARABIC_FONT", ARABIC_FONT_FAMILY)


def direction(language: str) -> str:
    return "rtl" if is_rtl(language) else "ltr"


def _lang_dir(language: str) -> str:
    """The attributes every text element carries."""
    return f'lang="{escape(language)}" dir="{direction(language)}"'


def render_html(content: ExportContent) -> str:
    """The export as a complete UTF-8 HTML5 document, ending with a newline."""
    body_class = ' class="bilingual"' if content.kind is ExportKind.BILINGUAL else ""
    lines = [
        "<!DOCTYPE html>",
        f"<html {_lang_dir(content.language)}>",
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Nashra">',
        f"<title>{escape(content.title, quote=False)}</title>",
        "<style>",
        STYLE.rstrip("\n"),
        "</style>",
        "</head>",
        f"<body{body_class}>",
    ]
    if content.kind is ExportKind.BILINGUAL:
        lines.extend(_bilingual_table(content))
    else:
        for section in content.sections:
            lines.append(f"<section {_lang_dir(section.language)}>")
            for group in grouped_blocks(section.blocks):
                lines.extend(_group_html(group))
            lines.append("</section>")
    lines.extend(["</body>", "</html>"])
    return "\n".join(lines) + "\n"


def _sentences_html(sentences: tuple[SentenceText, ...]) -> str:
    """Sentences as spans joined by a space, the way the paragraph reads."""
    return " ".join(_sentence_html(sentence) for sentence in sentences if sentence.text)


def _sentence_html(sentence: SentenceText) -> str:
    if sentence.id == NO_ID:
        return escape(sentence.text, quote=False)
    return f'<span data-sentence-id="{sentence.id}">{escape(sentence.text, quote=False)}</span>'


def _group_html(group: list[ExportBlock]) -> list[str]:
    first = group[0]
    if first.kind is BlockKind.LIST_ITEM:
        items = [f"<li {_lang_dir(b.language)}>{_sentences_html(b.sentences)}</li>" for b in group]
        return [f"<ul {_lang_dir(first.language)}>", *items, "</ul>"]
    tag = _heading_tag(first.level) if first.kind is BlockKind.HEADING else "p"
    return [f"<{tag} {_lang_dir(first.language)}>{_sentences_html(first.sentences)}</{tag}>"]


def _heading_tag(level: int) -> str:
    return f"h{max(1, min(_MAX_HEADING, level))}"


def _bilingual_table(content: ExportContent) -> list[str]:
    """One table, one `<tbody>` per paragraph so paragraph breaks stay visible.

    The table follows the page's direction: in an Arabic page the Arabic column is on the right,
    where an Arabic reader starts.
    """
    original = content.original_language
    translation = content.translation_language
    lines = [
        "<table>",
        "<thead>",
        "<tr>"
        f'<th scope="col" {_lang_dir(original)}>'
        f"{escape(LANGUAGE_NAMES.get(original, original))}</th>"
        f'<th scope="col" {_lang_dir(translation)}>'
        f"{escape(LANGUAGE_NAMES.get(translation, translation))}</th>"
        "</tr>",
        "</thead>",
    ]
    paragraph: int | None = None
    for row in content.rows:
        if row.paragraph != paragraph:
            if paragraph is not None:
                lines.append("</tbody>")
            lines.append("<tbody>")
            paragraph = row.paragraph
        lines.append(_row_html(row))
    if paragraph is not None:
        lines.append("</tbody>")
    lines.append("</table>")
    return lines


def _row_html(row: BilingualRow) -> str:
    row_class = f' class="heading level-{row.heading_level}"' if row.heading_level else ""
    marker = f'data-sentence-id="{row.id}"'
    return (
        f"<tr{row_class} {marker}>"
        f"<td {_lang_dir(row.original_language)}>{escape(row.original, quote=False)}</td>"
        f"<td {_lang_dir(row.translation_language)}>{escape(row.translation, quote=False)}</td>"
        "</tr>"
    )
