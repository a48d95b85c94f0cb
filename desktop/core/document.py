"""The data that flows through the pipeline: raw text from a loader, then a cleaned document.

Sentences are the unit everywhere: a sentence id joins the original sentence, its translation, its
place in the summary and its highlight in both panes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of text as a loader found it, in reading order."""

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0  # heading level (1 = top); 0 for other kinds


@dataclass(frozen=True)
class RawText:
    """What a loader produces: blocks in reading order plus what the file said about itself."""

    source: str  # the path as given, or "<stdin>" / "<pasted text>"
    format: str  # "text", "html", "markdown", "docx", "odt", "epub", "pdf"
    blocks: tuple[Block, ...]
    title: str | None = None  # a title the file declares (HTML <title>, DOCX core properties, ...)
    encoding: str | None = None  # for byte-oriented text formats

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


class RemovalReason(StrEnum):
    SECTION_LABEL = "section label"
    CAPTION = "photo caption"
    TEASER = "related-article teaser"
    COMMENTS = "reader comments"
    REPEATED = "repeated text"


@dataclass(frozen=True)
class Removed:
    """A block cleaning left out, kept so the GUI can show it greyed out."""

    text: str
    reason: RemovalReason
    block_index: int  # position in RawText.blocks


@dataclass(frozen=True)
class Sentence:
    """A sentence with a document-wide id and its character span in its paragraph's text."""

    id: int
    start: int
    end: int
    text: str


@dataclass
class Paragraph:
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    language: str = "ar"
    block_index: int = 0  # position in RawText.blocks, to interleave with Removed blocks
    sentences: list[Sentence] = field(default_factory=list)


@dataclass
class Document:
    source: str
    format: str
    title: str | None
    language: str  # "ar" or "en": the document's main language
    paragraphs: list[Paragraph]
    removed: list[Removed] = field(default_factory=list)
    encoding: str | None = None

    def sentences(self) -> list[Sentence]:
        return [sentence for paragraph in self.paragraphs for sentence in paragraph.sentences]

    def sentence(self, sentence_id: int) -> Sentence:
        for paragraph in self.paragraphs:
            for sentence in paragraph.sentences:
                if sentence.id == sentence_id:
                    return sentence
        raise KeyError(sentence_id)
