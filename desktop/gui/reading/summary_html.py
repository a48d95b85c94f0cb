"""One summary sentence as rich text: its own direction, each script run in its own font (Arabic
in the bundled Naskh, the rest in the Latin face paired with it), and a link to the sentence
(`sentence:<id>`) so the panel can jump to it in the article."""

from __future__ import annotations

from html import escape

from desktop.core.fonts import ARABIC_FONT_FAMILY, ARABIC_SCALE, LATIN_FONT_FAMILY
from desktop.core.language import is_rtl
from desktop.core.scripts import script_runs


def paragraph(
    text: str,
    language: str,
    link: str,
    color: str,
    *,
    font: bool = True,
    italic: bool = False,
    size: float = 0.0,
    last: bool = False,
) -> str:
    """One sentence as a paragraph in its own direction; a link when `link` is given.

    Args:
        font: the bundled fonts, by script run (not for interface text such as notes).
        size: the point size of Latin text; Arabic is set `ARABIC_SCALE` times larger, so the
            two look even side by side.
        last: the last paragraph of a summary item, followed by a wider gap.
    """
    rtl = is_rtl(language)
    styles = [f"color: {color}", "text-decoration: none"]
    if italic:
        styles.append("font-style: italic")
    style = "; ".join(styles)
    margin = " margin-bottom: 28px;" if last else ""
    content = _runs(text, rtl, size) if font else escape(text)
    if link:
        content = f'<a href="{escape(link)}" style="{style}">{content}</a>'
    return (
        f'<p dir="{"rtl" if rtl else "ltr"}" align="{"right" if rtl else "left"}"'
        f' style="{style};{margin}">{content}</p>'
    )


def _runs(text: str, rtl: bool, size: float) -> str:
    parts = []
    for run, arabic in script_runs(text, rtl):
        family = ARABIC_FONT_FAMILY if arabic else LATIN_FONT_FAMILY
        styles = [f"font-family: '{family}'"]
        if size > 0:
            styles.append(f"font-size: {size * ARABIC_SCALE if arabic else size:.1f}pt")
        parts.append(f'<span style="{"; ".join(styles)}">{escape(run)}</span>')
    return "".join(parts)
