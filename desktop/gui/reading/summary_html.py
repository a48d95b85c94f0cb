"""One summary sentence as rich text: its own direction, the bundled font for Arabic, a link to
the sentence (`sentence:<id>`) so the panel can jump to it in the article."""

from __future__ import annotations

from html import escape

from desktop.core.fonts import ARABIC_FONT_FAMILY
from desktop.core.language import is_rtl


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
        font: Arabic in the bundled font (not for interface text such as placeholders).
        size: the point size of Arabic text; Naskh reads small at the Latin size.
        last: the last paragraph of a summary item, followed by a wider gap.
    """
    rtl = is_rtl(language)
    styles = [f"color: {color}", "text-decoration: none"]
    if rtl and font:
        styles.append(f"font-family: '{ARABIC_FONT_FAMILY}'")
        if size > 0:
            styles.append(f"font-size: {size:.1f}pt")
    if italic:
        styles.append("font-style: italic")
    style = "; ".join(styles)
    margin = " margin-bottom: 28px;" if last else ""
    content = escape(text)
    if link:
        content = f'<a href="{escape(link)}" style="{style}">{content}</a>'
    return (
        f'<p dir="{"rtl" if rtl else "ltr"}" align="{"right" if rtl else "left"}"'
        f' style="{style};{margin}">{content}</p>'
    )
