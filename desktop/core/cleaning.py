"""Scraped-article noise out, with a record of what went and why.

News pages copied or scraped to text carry a section label above the headline, the photo caption
(often twice: alt text and figure caption) with its agency credit, "read also" teasers between
paragraphs and the reader-comments block at the end. Cleaning finds the headline and sets those
aside as `Removed` blocks with a reason, so the GUI can show them greyed out and the user can turn
cleaning off and see the text exactly as loaded.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.document import Block, BlockKind, RawText, RemovalReason, Removed
from desktop.core.normalize import normalize_paragraph

_WORD = re.compile(r"\w+")
# Ends a sentence: a stop, question or exclamation mark, ellipsis, or a closing quote after one.
_FINAL_PUNCTUATION = re.compile(r"[.!?؟…:؛][\"'»”’)\]]*$")

_COMMENTS = re.compile(
    r"^(?:التعليقات|تعليقات|تعليقات القراء|اترك تعليقا|أضف تعليقا|أضف تعليق|"
    r"comments?|leave a (?:comment|reply)|\d+\s+comments?)\s*(?:[(\[]\s*\d+\s*[)\]])?\s*:?$",
    re.IGNORECASE,
)
# The site's comment policy, printed above the comments form: it mentions comments and welcomes
# or regulates them. Only looked for near the end of the article.
_COMMENT_POLICY_TOPIC = re.compile(r"التعليقات|تعليقات|comments", re.IGNORECASE)
_COMMENT_POLICY_TONE = re.compile(
    r"ترحب|نرحب|إرشادات|سياسة|شروط|لا تعبر عن|welcome|polic|guidelines|do not reflect",
    re.IGNORECASE,
)
_TEASER = re.compile(
    r"^(?:[اإأ]قر[أا]|شاهد|طالع|تابع|اقرأ المزيد|للمزيد)\s*(?:أيضا|أيضاً|ايضا|ايضاً|كذلك)?\s*[:：]"
    r"|^(?:read|see|watch)\s+(?:also|more)\s*:"
    r"|^related(?:\s+articles?)?\s*:",
    re.IGNORECASE,
)
# A photo credit at the end of a caption: "- جيتي", "- أ ف ب", "(رويترز)", "/ AFP".
_CREDIT = re.compile(
    r"(?:[-–—/|]\s*|\(\s*)(?:جيتي|غيتي|getty(?: images)?|أ\s?ف\s?ب|ا\s?ف\s?ب|a\.?f\.?p\.?|رويترز|"
    r"reuters|أسوشيتد برس|a\.?p\.?|الأناضول|إي بي إيه|epa|أرشيفية|صورة أرشيفية|أرشيف|"
    r"تويتر|فيسبوك|عربي21|الجزيرة|shutterstock)\s*\)?\s*$",
    re.IGNORECASE,
)

_SHORT_BLOCK_WORDS = 30  # longer than this is body text whatever its punctuation
_SUBHEADING_WORDS = 8
_SECTION_LABEL_WORDS = 4


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _looks_like_body(text: str) -> bool:
    """A paragraph of running text rather than a headline, label or caption."""
    words = word_count(text)
    return words > _SHORT_BLOCK_WORDS or (words >= 6 and bool(_FINAL_PUNCTUATION.search(text)))


@dataclass
class CleanedBlocks:
    """The outcome of cleaning: the title, the kept blocks (with their index in the raw text)."""

    title: str | None
    title_index: int | None  # block index of the title, None when it came from metadata or none
    kept: list[tuple[int, Block]] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


def _normalized_blocks(raw: RawText) -> list[tuple[int, Block]]:
    blocks = []
    for index, block in enumerate(raw.blocks):
        text = normalize_paragraph(block.text)
        if text:
            blocks.append((index, Block(text, block.kind, block.level)))
    return blocks


def clean_blocks(raw: RawText, *, enabled: bool = True) -> CleanedBlocks:
    """Split `raw` into title, body blocks and removed noise.

    With `enabled` False the characters are still normalised (invisible junk only) but no block is
    removed and no headline is guessed: the title is only what the file itself declares.
    """
    blocks = _normalized_blocks(raw)
    declared = normalize_paragraph(raw.title) if raw.title else None
    if not enabled:
        return CleanedBlocks(title=declared or None, title_index=None, kept=blocks)

    removed: list[Removed] = []
    blocks = _drop_comments(blocks, removed)
    blocks = _drop_teasers_and_captions(blocks, removed)
    title, title_index, blocks = _find_title(
        blocks, declared, removed, structured=raw.format != "text"
    )
    if raw.format == "text":
        blocks = _mark_subheadings(blocks)
    removed.sort(key=lambda item: item.block_index)
    return CleanedBlocks(title=title, title_index=title_index, kept=blocks, removed=removed)


def _starts_comments(text: str) -> bool:
    if _COMMENTS.match(text):
        return True
    return (
        word_count(text) <= 60
        and bool(_COMMENT_POLICY_TOPIC.search(text))
        and bool(_COMMENT_POLICY_TONE.search(text))
    )


def _drop_comments(
    blocks: list[tuple[int, Block]], removed: list[Removed]
) -> list[tuple[int, Block]]:
    """Cut at a comments heading (or the comment policy) in the second half, with all after it."""
    for position, (_, block) in enumerate(blocks):
        if position >= len(blocks) // 2 and _starts_comments(block.text):
            removed.extend(Removed(b.text, RemovalReason.COMMENTS, i) for i, b in blocks[position:])
            return blocks[:position]
    return blocks


def _drop_teasers_and_captions(
    blocks: list[tuple[int, Block]], removed: list[Removed]
) -> list[tuple[int, Block]]:
    counts = Counter(block.text for _, block in blocks)
    seen: set[str] = set()
    kept = []
    for index, block in blocks:
        text = block.text
        short = word_count(text) <= _SHORT_BLOCK_WORDS
        if _TEASER.match(text):
            removed.append(Removed(text, RemovalReason.TEASER, index))
        elif short and (
            _CREDIT.search(text) or (counts[text] > 1 and not _FINAL_PUNCTUATION.search(text))
        ):
            # A caption: it ends with a photo credit, or it is a short unpunctuated line that the
            # page repeats (alt text and figure caption of the same picture).
            removed.append(Removed(text, RemovalReason.CAPTION, index))
        elif text in seen:
            removed.append(Removed(text, RemovalReason.REPEATED, index))
        else:
            seen.add(text)
            kept.append((index, block))
    return kept


def _find_title(
    blocks: list[tuple[int, Block]],
    declared: str | None,
    removed: list[Removed],
    *,
    structured: bool,
) -> tuple[str | None, int | None, list[tuple[int, Block]]]:
    """Pick the headline among the short blocks before the first body paragraph.

    The headline is the longest of them; shorter ones above it are section labels ("ملفات
    وتقارير", "Politics"). A title the file declares wins, and a first block repeating it is the
    title itself. Structured formats use their first top-level heading.
    """
    if declared:
        if blocks and blocks[0][1].text == declared:
            return declared, blocks[0][0], blocks[1:]
        return declared, None, blocks
    if structured:
        for position, (index, block) in enumerate(blocks[:3]):
            if block.kind is BlockKind.HEADING and block.level <= 1:
                return block.text, index, blocks[:position] + blocks[position + 1 :]
        return None, None, blocks

    leading = []
    for position, (_, block) in enumerate(blocks):
        if _looks_like_body(block.text) or position >= 4:
            break
        leading.append(position)
    if not leading:
        return None, None, blocks
    best = max(leading, key=lambda p: (word_count(blocks[p][1].text), -p))
    labels = {p for p in leading[: leading.index(best)] if _is_label(blocks[p][1].text)}
    removed.extend(
        Removed(blocks[p][1].text, RemovalReason.SECTION_LABEL, blocks[p][0]) for p in labels
    )
    remaining = [item for p, item in enumerate(blocks) if p != best and p not in labels]
    title_index, title_block = blocks[best]
    return title_block.text, title_index, remaining


def _is_label(text: str) -> bool:
    return word_count(text) <= _SECTION_LABEL_WORDS and not _FINAL_PUNCTUATION.search(text)


def _mark_subheadings(blocks: list[tuple[int, Block]]) -> list[tuple[int, Block]]:
    """In plain text a short line without final punctuation between paragraphs is a subheading."""
    marked = []
    for index, block in blocks:
        if (
            block.kind is BlockKind.PARAGRAPH
            and word_count(block.text) <= _SUBHEADING_WORDS
            and not _FINAL_PUNCTUATION.search(block.text)
        ):
            block = Block(block.text, BlockKind.HEADING, 2)
        marked.append((index, block))
    return marked
