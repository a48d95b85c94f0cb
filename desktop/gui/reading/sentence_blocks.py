"""What a reading pane shows, paragraph by paragraph, before it is laid out."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.document import BlockKind, Document, Matter
from desktop.core.language import is_rtl

PENDING = "…"  # stands for a sentence whose translation has not arrived
# The line above a document's footnotes and endnotes, in the pane's language (it is part of the
# text shown, like a book's "Notes" page, not of the interface).
NOTES_DIVIDER = {"ar": "الحواشي", "en": "Notes"}


@dataclass(frozen=True)
class Block:
    """A paragraph as a pane shows it: sentence ids with texts, or a greyed removed block."""

    kind: BlockKind
    level: int
    rtl: bool
    sentences: tuple[tuple[int, str], ...] = ()
    removed_text: str = ""
    matter: Matter = Matter.BODY  # front and back matter are drawn dimmed
    divider: str = ""  # a line that is no sentence ("Notes" above the notes)


def _with_notes_divider(blocks: list[Block], language: str) -> list[Block]:
    """`blocks` with a divider before the first note, if there is one."""
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.NOTE:
            label = NOTES_DIVIDER.get(language, NOTES_DIVIDER["en"])
            divider = Block(BlockKind.PARAGRAPH, 0, is_rtl(language), divider=label)
            return [*blocks[:index], divider, *blocks[index:]]
    return blocks


def _rtl(kind: BlockKind, language: str) -> bool:
    return kind is not BlockKind.CODE and is_rtl(language)  # code reads left to right


def original_blocks(document: Document, show_removed: bool) -> list[Block]:
    """The document's paragraphs, with what cleaning removed at its place when asked."""
    items: list[tuple[int, int, Block]] = []
    for order, paragraph in enumerate(document.paragraphs):
        sentences = tuple((s.id, s.text) for s in paragraph.sentences)
        rtl = _rtl(paragraph.kind, paragraph.language)
        block = Block(paragraph.kind, paragraph.level, rtl, sentences, matter=paragraph.matter)
        items.append((paragraph.block_index, order, block))
    if show_removed:
        rtl = is_rtl(document.language)
        for order, removed in enumerate(document.removed):
            block = Block(BlockKind.PARAGRAPH, 0, rtl, removed_text=removed.text)
            items.append((removed.block_index, len(document.paragraphs) + order, block))
    blocks = [block for _, _, block in sorted(items, key=lambda item: (item[0], item[1]))]
    return _with_notes_divider(blocks, document.language)


def translation_blocks(document: Document, to_code: str) -> list[Block]:
    """The document's paragraphs in the target language's direction, every sentence pending."""
    blocks = [
        Block(
            p.kind,
            p.level,
            _rtl(p.kind, to_code),
            tuple((s.id, PENDING) for s in p.sentences),
            matter=p.matter,
        )
        for p in document.paragraphs
    ]
    return _with_notes_divider(blocks, to_code)
