"""Front and back matter of books and long reports, found from what the text says it is.

A table of contents, a title or copyright page, a bibliography or an index is part of the book
and stays readable, but it is not what the book says: a summary must never choose it (a novel's
summary was its table of contents). Loaders that know (an EPUB's `epub:type`, an ODT's index
body, DOCX's TOC styles) mark their blocks already; this pass finds the rest in any format:

- a section under a heading that names it ("Contents", "Bibliography", "المراجع", "الفهرس");
- contents lines: an entry followed by dot leaders and a page number ("Chapter 1 ....... 12");
- a bare page number printed on the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from desktop.core.document import Block, BlockKind, Matter

_FRONT_HEADINGS = re.compile(
    r"^(?:table of )?contents$|^contents?$|^copyright|^title page$|^dedication$|"
    r"^acknowledg(?:e)?ments?$|^table des matières$|^sommaire$|"
    r"^(?:ال)?(?:فهرس|محتويات|المحتويات|جدول المحتويات|فهرس المحتويات|الإهداء|إهداء|حقوق)",
    re.IGNORECASE,
)
_BACK_HEADINGS = re.compile(
    r"^(?:bibliography|references|works cited|sources|index|glossary|notes|endnotes|"
    r"colophon|about the author|further reading|bibliographie|références)$|"
    r"^(?:ال)?(?:مراجع|المراجع|المصادر|المصادر والمراجع|قائمة المراجع|ثبت المراجع|هوامش|"
    r"الهوامش|فهرس الأعلام|الكشاف)",
    re.IGNORECASE,
)
# "Chapter One .......... 12", "الفصل الأول ..... ٤٥", "Introduction\t3"
_CONTENTS_LINE = re.compile(r"(?:\.{3,}|…{2,}|\t| {3,})\s*[\dIVXLCivxlc\u0660-\u0669]{1,5}\s*$")
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:\d{1,4}|[\u0660-\u0669]{1,4}|[ivxlcdm]{1,6})[-–—\s]*$", re.I
)
_TRAILING_PUNCTUATION = re.compile(r"[\s:.\-–—]+$")


def mark_matter(blocks: Sequence[tuple[int, Block]]) -> list[tuple[int, Block]]:
    """The blocks with `matter` set where the text shows front or back matter."""
    marked: list[tuple[int, Block]] = []
    section: Matter | None = None
    section_level = 0
    for index, block in blocks:
        if block.kind is BlockKind.HEADING:
            heading = _TRAILING_PUNCTUATION.sub("", block.text.strip())
            named = _named_matter(heading)
            if named is not None:
                section, section_level = named, block.level or 1
                marked.append((index, replace(block, matter=named)))
                continue
            if section is not None and (block.level or 1) <= section_level:
                section = None
        if block.matter is not Matter.BODY:
            marked.append((index, block))
        elif section is not None:
            marked.append((index, replace(block, matter=section)))
        elif _CONTENTS_LINE.search(block.text):
            marked.append((index, replace(block, matter=Matter.FRONT)))
        elif _PAGE_NUMBER.match(block.text):
            marked.append((index, replace(block, matter=Matter.PAGE_NUMBER)))
        else:
            marked.append((index, block))
    return marked


def _named_matter(heading: str) -> Matter | None:
    if len(heading) > 60:
        return None
    if _FRONT_HEADINGS.search(heading):
        return Matter.FRONT
    if _BACK_HEADINGS.search(heading):
        return Matter.BACK
    return None
