"""Scraped-article noise out, with a record of what went and why.

News pages copied or scraped to text carry a section label above the headline, the photo caption
(often twice: alt text and figure caption) with its agency credit, "read also" teasers between
paragraphs and the reader-comments block at the end. Cleaning finds the headline and sets those
aside as `Removed` blocks with a reason, so the GUI can show them greyed out and the user can turn
cleaning off and see the text exactly as loaded.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from desktop.core.document import Block, BlockKind, Matter, RawText, RemovalReason, Removed
from desktop.core.normalize import display_text, normalize_paragraph

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
_REPEATED_PARAGRAPH_WORDS = 6  # a repeated block this long is the page's duplication


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


def _display_blocks(raw: RawText) -> list[tuple[int, Block]]:
    """The blocks as the reader will see them: the file's characters on one line each.

    Only layout is tidied (line breaks and odd spaces); ZWNJ, tatweel and bidi marks stay, since
    they are part of the text. The rules below compare normalised copies (`_key`).
    """
    blocks = []
    for index, block in enumerate(raw.blocks):
        text = block.text if block.kind is BlockKind.CODE else display_text(block.text)
        if normalize_paragraph(text):
            blocks.append((index, replace(block, text=text)))
    return blocks


def _key(text: str) -> str:
    """What two blocks are compared by: the normalised text (no invisible marks, no tatweel)."""
    return normalize_paragraph(text)


def clean_blocks(raw: RawText, *, enabled: bool = True) -> CleanedBlocks:
    """Split `raw` into title, body blocks and removed noise.

    With `enabled` False the characters are still normalised (invisible junk only) but no block is
    removed and no headline is guessed: the title is only what the file itself declares.
    """
    blocks = _display_blocks(raw)
    declared = display_text(raw.title) if raw.title and normalize_paragraph(raw.title) else None
    if not enabled:
        if (
            declared
            and blocks
            and normalize_paragraph(blocks[0][1].text) == normalize_paragraph(declared)
        ):
            # The file declares the title its first block shows: one headline, not two.
            index, first = blocks[0]
            return CleanedBlocks(title=first.text, title_index=index, kept=blocks[1:])
        return CleanedBlocks(title=declared or None, title_index=None, kept=blocks)

    removed: list[Removed] = []
    blocks = _drop_comments(blocks, removed)
    if raw.format == "pdf":
        blocks = _drop_running_heads(blocks, removed)
        blocks = _drop_pdf_captions(blocks, removed)
    else:
        blocks = _drop_teasers_and_captions(blocks, removed, scraped=raw.format in _SCRAPED)
    title, title_index, blocks = _find_title(
        blocks, declared, removed, structured=raw.format != "text", raw_format=raw.format
    )
    if raw.format == "text":
        blocks = _mark_subheadings(blocks)
    removed.sort(key=lambda item: item.block_index)
    return CleanedBlocks(title=title, title_index=title_index, kept=blocks, removed=removed)


# Formats that come from saved or copied web pages, where captions are repeated (alt text and
# figure caption) and teasers sit between paragraphs. Documents written as such (DOCX, EPUB, a
# PDF...) repeat a line on purpose: a refrain, a heading used twice.
_SCRAPED = frozenset({"text", "html"})
_RUNNING_HEAD_SHARE = 0.5  # on at least this share of the pages
_RUNNING_HEAD_MIN_PAGES = 3
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")


def _drop_running_heads(
    blocks: list[tuple[int, Block]], removed: list[Removed]
) -> list[tuple[int, Block]]:
    """Running headers and footers of a PDF: a short block printed at the top or the foot of
    most of its pages, beside other text.

    A page number inside one differs from page to page, so digits are compared as one; article
    headings ("مادة ( 1 )") repeat with other numbers too, but in the middle of the page.
    """
    by_page: defaultdict[int, list[int]] = defaultdict(list)
    for position, (_, block) in enumerate(blocks):
        if block.page:
            by_page[block.page].append(position)
    if len(by_page) < _RUNNING_HEAD_MIN_PAGES:
        return blocks
    pages_of: defaultdict[str, set[int]] = defaultdict(set)
    for page, positions in by_page.items():
        if len(positions) < 2:
            continue  # a page of one block has no header: that block is the page
        edges = positions[:2] + positions[-2:]
        for position in set(edges):
            text = blocks[position][1].text
            # A running head is a label, not a sentence.
            if word_count(text) <= _SHORT_BLOCK_WORDS and not _FINAL_PUNCTUATION.search(text):
                pages_of[_DIGITS.sub("0", _key(text))].add(page)
    threshold = max(_RUNNING_HEAD_MIN_PAGES, _RUNNING_HEAD_SHARE * len(by_page))
    running = {key for key, seen in pages_of.items() if len(seen) >= threshold}
    if not running:
        return blocks
    kept = []
    for position, (index, block) in enumerate(blocks):
        key = _DIGITS.sub("0", _key(block.text))
        page_positions = by_page.get(block.page, [])
        at_edge = position in page_positions[:2] or position in page_positions[-2:]
        if key in running and at_edge and len(page_positions) >= 2:
            removed.append(Removed(block.text, RemovalReason.REPEATED, index))
        else:
            kept.append((index, block))
    return kept


def _drop_pdf_captions(
    blocks: list[tuple[int, Block]], removed: list[Removed]
) -> list[tuple[int, Block]]:
    """A PDF's photo captions: short blocks printed next to an image, ending with a credit or
    repeated; without an image beside it a short line is a heading, not a caption."""
    kept = []
    for index, block in blocks:
        text = block.text
        if (
            block.beside_image
            and word_count(text) <= _SHORT_BLOCK_WORDS
            and (_CREDIT.search(text) or not _FINAL_PUNCTUATION.search(text))
        ):
            removed.append(Removed(text, RemovalReason.CAPTION, index))
        else:
            kept.append((index, block))
    return kept


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
        if position >= len(blocks) // 2 and _starts_comments(_key(block.text)):
            removed.extend(Removed(b.text, RemovalReason.COMMENTS, i) for i, b in blocks[position:])
            return blocks[:position]
    return blocks


def _drop_teasers_and_captions(
    blocks: list[tuple[int, Block]], removed: list[Removed], *, scraped: bool
) -> list[tuple[int, Block]]:
    """Teasers, captions and repeated paragraphs of a scraped page.

    A caption ends with a photo credit, or (on scraped pages) is a short unpunctuated line the
    page repeats, as alt text and figure caption of one picture. A repeated paragraph of a
    scraped page is the page's own duplication; a single repeated word or a short line is not
    evidence enough, and documents written as such keep every repetition.
    """
    counts = Counter(_key(block.text) for _, block in blocks)
    seen: set[str] = set()
    kept = []
    for index, block in blocks:
        text, key = block.text, _key(block.text)
        words = word_count(text)
        short = words <= _SHORT_BLOCK_WORDS
        if block.kind in (BlockKind.CODE, BlockKind.NOTE) or block.matter is not Matter.BODY:
            kept.append((index, block))
        elif _TEASER.match(key):
            removed.append(Removed(text, RemovalReason.TEASER, index))
        elif short and (
            _CREDIT.search(key)
            or (scraped and counts[key] > 1 and not _FINAL_PUNCTUATION.search(key) and words > 1)
        ):
            removed.append(Removed(text, RemovalReason.CAPTION, index))
        elif scraped and key in seen and words >= _REPEATED_PARAGRAPH_WORDS:
            removed.append(Removed(text, RemovalReason.REPEATED, index))
        else:
            seen.add(key)
            kept.append((index, block))
    return kept


def _find_title(
    blocks: list[tuple[int, Block]],
    declared: str | None,
    removed: list[Removed],
    *,
    structured: bool,
    raw_format: str = "",
) -> tuple[str | None, int | None, list[tuple[int, Block]]]:
    """Pick the headline among the short blocks before the first body paragraph.

    The headline is the longest of them; shorter ones above it are section labels ("ملفات
    وتقارير", "Politics"). A title the file declares wins, and a first block repeating it is the
    title itself. Structured formats use their first top-level heading.
    """
    if declared:
        if blocks and _key(blocks[0][1].text) == _key(declared):
            return blocks[0][1].text, blocks[0][0], blocks[1:]
        return declared, None, blocks
    if structured:
        # A word processor's document starts with its title or has none: a Title-styled
        # paragraph further down is a heading. Pages may put a section label above the headline.
        look = 1 if raw_format in ("docx", "odt") else 3
        for position, (index, block) in enumerate(blocks[:look]):
            if block.kind is BlockKind.HEADING and block.level <= 1:
                return block.text, index, blocks[:position] + blocks[position + 1 :]
        return None, None, blocks

    leading = []
    for position, (_, block) in enumerate(blocks):
        # A chapter line the loader found starts the body: the headline is above it, if any.
        if _looks_like_body(block.text) or position >= 4 or block.kind is BlockKind.HEADING:
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
