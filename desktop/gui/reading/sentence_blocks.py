"""What a reading pane shows, paragraph by paragraph, before it is laid out."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.document import BlockKind, Document
from desktop.core.language import is_rtl

PENDING = "…"  # stands for a sentence whose translation has not arrived


@dataclass(frozen=True)
class Block:
    """A paragraph as a pane shows it: sentence ids with texts, or a greyed removed block."""

    kind: BlockKind
    level: int
    rtl: bool
    sentences: tuple[tuple[int, str], ...] = ()
    removed_text: str = ""


def original_blocks(document: Document, show_removed: bool) -> list[Block]:
    """The document's paragraphs, with what cleaning removed at its place when asked."""
    items: list[tuple[int, int, Block]] = []
    for order, paragraph in enumerate(document.paragraphs):
        sentences = tuple((s.id, s.text) for s in paragraph.sentences)
        block = Block(paragraph.kind, paragraph.level, is_rtl(paragraph.language), sentences)
        items.append((paragraph.block_index, order, block))
    if show_removed:
        rtl = is_rtl(document.language)
        for order, removed in enumerate(document.removed):
            block = Block(BlockKind.PARAGRAPH, 0, rtl, removed_text=removed.text)
            items.append((removed.block_index, len(document.paragraphs) + order, block))
    return [block for _, _, block in sorted(items, key=lambda item: (item[0], item[1]))]


def translation_blocks(document: Document, to_code: str) -> list[Block]:
    """The document's paragraphs in the target language's direction, every sentence pending."""
    rtl = is_rtl(to_code)
    return [
        Block(p.kind, p.level, rtl, tuple((s.id, PENDING) for s in p.sentences))
        for p in document.paragraphs
    ]
