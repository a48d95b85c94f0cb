"""Properties of cleaning on any blocks: every block the loader gave is kept, removed with a
reason, or is the title, once, in order, with its (normalised) text unchanged.

tests/unit/core/test_cleaning.py checks that the set of block indexes is accounted for on
plain text; this adds texts, order, multiplicity, structured formats and declared titles.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.cleaning import clean_blocks
from desktop.core.document import Block, BlockKind, RawText, RemovalReason
from desktop.core.normalize import display_text, normalize_paragraph, normalize_text
from tests.property.strategies import INVISIBLE, paragraph_text

# Lines that trigger each rule, mixed with ordinary text.
_NOISE = st.sampled_from([
    "اقرأ أيضا: خبر آخر", "Read also: other story", "صورة الحدث - جيتي", "Photo (Reuters)",
    "التعليقات", "Comments (3)", "نرحب بتعليقات القراء وفق سياسة الموقع", "سياسة", "Politics",
])  # fmt: skip
_KIND = st.sampled_from([(BlockKind.PARAGRAPH, 0), (BlockKind.HEADING, 1), (BlockKind.HEADING, 2),
                         (BlockKind.LIST_ITEM, 0)])  # fmt: skip
_block = st.builds(
    lambda text, kind: Block(text, *kind), st.one_of(paragraph_text(25), _NOISE), _KIND
)


@st.composite
def raw_texts(draw: st.DrawFn) -> RawText:
    blocks = draw(st.lists(_block, max_size=14))
    if blocks and draw(st.booleans()):  # the page repeats a block (captions, teasers)
        blocks.insert(draw(st.integers(0, len(blocks))), draw(st.sampled_from(blocks)))
    title = draw(st.one_of(st.none(), st.just(blocks[0].text) if blocks else st.none(), _NOISE))
    file_format = draw(st.sampled_from(["text", "html", "docx", "markdown"]))
    return RawText(source="<test>", format=file_format, blocks=tuple(blocks), title=title)


@settings(max_examples=200, deadline=None)
@given(raw=raw_texts(), enabled=st.booleans())
def test_every_block_is_kept_removed_or_the_title_once_in_order(
    raw: RawText, enabled: bool
) -> None:
    cleaned = clean_blocks(raw, enabled=enabled)
    # The reader sees the file's characters (display_text); blocks of only invisible marks vanish.
    normalized = {
        i: display_text(block.text) if normalize_paragraph(block.text) else ""
        for i, block in enumerate(raw.blocks)
    }
    accounted: list[tuple[int, str]] = [(i, block.text) for i, block in cleaned.kept]
    accounted += [(removed.block_index, removed.text) for removed in cleaned.removed]
    if cleaned.title_index is not None:
        accounted.append((cleaned.title_index, cleaned.title or ""))
    accounted.sort()
    # Every non-empty block exactly once, with its text as displayed; empty ones only vanish.
    assert accounted == [(i, text) for i, text in normalized.items() if text]
    assert [i for i, _ in cleaned.kept] == sorted(i for i, _ in cleaned.kept)
    assert [r.block_index for r in cleaned.removed] == sorted(
        r.block_index for r in cleaned.removed
    )
    assert all(isinstance(r.reason, RemovalReason) for r in cleaned.removed)
    for index, block in cleaned.kept:
        assert block.kind is raw.blocks[index].kind or raw.format == "text"
    if not enabled:
        # Nothing removed; the first block may be the headline the file declares, shown once.
        headline = cleaned.title_index is not None
        assert cleaned.removed == [] and len(cleaned.kept) + headline == sum(
            bool(t) for t in normalized.values()
        )


@settings(max_examples=100, deadline=None)
@given(text=st.lists(paragraph_text(20), max_size=4).map("\n".join))
def test_normalising_is_idempotent_and_removes_only_invisible_characters(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert normalize_paragraph(normalize_paragraph(text)) == normalize_paragraph(text)
    assert not any(char in once for char in INVISIBLE)
    assert _visible(once) == _visible(text)


def _visible(text: str) -> str:
    """The letters, digits and marks, without whitespace, invisible characters or tatweel (which
    normalising drops inside words)."""
    return "".join(c for c in "".join(text.split()) if c not in INVISIBLE and c != "\u0640")
