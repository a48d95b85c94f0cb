"""From a file (or pasted text) to a cleaned document split into sentences with ids.

This is the first half of the data flow in docs/ARCHITECTURE.md: load → clean → segment. The
headline is the document's first paragraph (a level-1 heading), so it is translated and aligned
like any sentence. Code is one "sentence" per block, never split; front and back matter are marked
(`matter`); a document in a language no model translates carries a notice naming it.
"""

from __future__ import annotations

import os

from desktop.core.cleaning import clean_blocks
from desktop.core.document import (
    Block,
    BlockKind,
    Document,
    Notice,
    NoticeKind,
    Paragraph,
    RawText,
    Sentence,
)
from desktop.core.language import (
    LANGUAGES,
    detect_document_language,
    detect_language,
    is_translatable,
    language_name,
)
from desktop.core.loading import DEFAULT_MAX_BYTES, load_file, load_text, load_text_data
from desktop.core.matter import mark_matter
from desktop.core.normalize import normalize_paragraph
from desktop.core.sentences import split_sentences

AUTO = "auto"


def build_document(raw: RawText, *, clean: bool = True, language: str = AUTO) -> Document:
    """Clean `raw`, detect its language and split every paragraph into sentences.

    Args:
        raw: what a loader produced.
        clean: drop scraped-page noise (kept in `Document.removed`); False keeps every block.
        language: "ar" or "en" to override detection for the whole document, or "auto" to detect
            per document and per paragraph (mixed documents quote the other language).
    """
    if language != AUTO and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected one of {LANGUAGES} or 'auto'")
    cleaned = clean_blocks(raw, enabled=clean)
    blocks: list[tuple[int, Block]] = mark_matter(cleaned.kept)
    if cleaned.title:
        title_index = cleaned.title_index if cleaned.title_index is not None else -1
        blocks.insert(0, (title_index, Block(cleaned.title, BlockKind.HEADING, 1)))

    prose = [block.text for _, block in blocks if block.kind is not BlockKind.CODE]
    doc_language = language if language != AUTO else detect_document_language(prose)
    cues = raw.cue_times
    paragraphs: list[Paragraph] = []
    next_id = 0
    for block_index, block in blocks:
        paragraph_language = (
            language if language != AUTO else detect_language(block.text, default=doc_language)
        )
        if block.kind is BlockKind.CODE:
            spans = [(0, len(block.text))]  # one unit, never split
        else:
            spans = split_sentences(block.text, paragraph_language)
        sentences = []
        for start, end in spans:
            sentences.append(Sentence(next_id, start, end, block.text[start:end]))
            next_id += 1
        paragraphs.append(
            Paragraph(
                text=block.text,
                kind=block.kind,
                level=block.level,
                language=paragraph_language,
                block_index=block_index,
                sentences=sentences,
                matter=block.matter,
                cue=cues[block_index] if 0 <= block_index < len(cues) else None,
            )
        )
    notices = list(raw.notices)
    if not is_translatable(doc_language) and any(normalize_paragraph(text) for text in prose):
        name = language_name(doc_language)
        notices.append(
            Notice(
                NoticeKind.UNSUPPORTED_LANGUAGE,
                f"This document is in {name}; no model translates {name} "
                "(Nashra translates Arabic and English).",
                language=doc_language,
            )
        )
    return Document(
        source=raw.source,
        format=raw.format,
        title=cleaned.title,
        language=doc_language,
        paragraphs=paragraphs,
        removed=cleaned.removed,
        encoding=raw.encoding,
        notices=notices,
    )


def open_document(
    path: str | os.PathLike[str],
    *,
    clean: bool = True,
    language: str = AUTO,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Load, clean and segment a file. Raises a `LoadError` naming the file on bad input."""
    return build_document(load_file(path, max_bytes=max_bytes), clean=clean, language=language)


def document_from_text(
    text: str, *, source: str = "<pasted text>", clean: bool = True, language: str = AUTO
) -> Document:
    """Pasted or piped text goes through the same path as a text file."""
    return build_document(load_text(text, source=source), clean=clean, language=language)


def document_from_bytes(
    data: bytes, *, source: str = "<stdin>", clean: bool = True, language: str = AUTO
) -> Document:
    """Piped bytes in any encoding (standard input), through the text-file path."""
    return build_document(load_text_data(data, source), clean=clean, language=language)
