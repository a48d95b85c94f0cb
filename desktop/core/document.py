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
    # Program text (a fenced or indented Markdown block, inline HTML/JSX): shown as code, kept
    # as one unit, never split into sentences, translated or summarised.
    CODE = "code"
    # A footnote or endnote, kept after the body with its mark ("[1] ..."), never glued into
    # the sentence that refers to it and never chosen for the summary.
    NOTE = "note"


class Matter(StrEnum):
    """Where a block sits in a book or a long report.

    Front and back matter stay readable but are never chosen for a summary: a novel's summary
    must not be its table of contents.
    """

    BODY = "body"
    FRONT = "front matter"  # title page, table of contents, copyright page, dedication
    BACK = "back matter"  # bibliography, index, glossary, colophon
    PAGE_NUMBER = "page number"  # a bare page number (or page label) printed on the page


# Kinds that are read as they are: one sentence each, passed through translation unchanged.
VERBATIM_KINDS = frozenset({BlockKind.CODE})


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of text as a loader found it, in reading order.

    Attributes:
        page: the page it was printed on (PDF, 1-based), 0 where a format has no pages; the
            cleaner takes a block repeated on most pages for a running header or footer.
        beside_image: an image is printed next to it (PDF): the evidence a caption needs.
    """

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0  # heading level (1 = top); 0 for other kinds
    matter: Matter = Matter.BODY
    page: int = 0
    beside_image: bool = False


class NoticeKind(StrEnum):
    """What a notice is about, so the GUI can word it in the interface language."""

    UNSUPPORTED_LANGUAGE = "unsupported language"  # no model translates the document's language
    UNMAPPED_CHARACTERS = "unmapped characters"  # PDF glyphs without a character mapping


@dataclass(frozen=True)
class Notice:
    """Something the reader should know about a document that opened fine.

    Attributes:
        message: one English sentence for the CLI and the logs.
        language: the language code a language notice is about.
        count: how many characters (or items) a notice counts.
    """

    kind: NoticeKind
    message: str
    language: str | None = None
    count: int = 0


@dataclass(frozen=True)
class RawText:
    """What a loader produces: blocks in reading order plus what the file said about itself."""

    source: str  # the path as given, or "<stdin>" / "<pasted text>"
    format: str  # "text", "html", "markdown", "docx", "odt", "epub", "pdf", "subtitles"
    blocks: tuple[Block, ...]
    title: str | None = None  # a title the file declares (HTML <title>, DOCX core properties, ...)
    encoding: str | None = None  # for byte-oriented text formats
    notices: tuple[Notice, ...] = ()
    # Subtitles: each cue's timing, cue i for block i ("00:00:01,000 --> 00:00:04,000").
    cue_times: tuple[CueTime, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)


@dataclass(frozen=True)
class CueTime:
    """When a subtitle cue is shown, in milliseconds from the start."""

    start_ms: int
    end_ms: int


class RemovalReason(StrEnum):
    SECTION_LABEL = "section label"
    CAPTION = "photo caption"
    TEASER = "related-article teaser"
    COMMENTS = "reader comments"
    REPEATED = "repeated text"  # a running header or footer: the same block on most pages


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
    """A block of the document as the reader sees it, split into sentences.

    Attributes:
        text: the file's characters (normalisation is for matching and the model only).
        cue: the subtitle cue's timing when the document is a subtitle file.
    """

    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    language: str = "ar"
    block_index: int = 0  # position in RawText.blocks, to interleave with Removed blocks
    sentences: list[Sentence] = field(default_factory=list)
    matter: Matter = Matter.BODY
    cue: CueTime | None = None

    @property
    def verbatim(self) -> bool:
        """Shown and exported as it is (code): one sentence, never translated or summarised."""
        return self.kind in VERBATIM_KINDS


@dataclass
class Document:
    source: str
    format: str
    title: str | None
    # The document's main language as an ISO 639-1 code: "ar" or "en" (which Nashra
    # translates), or another one ("fa", "ur", "he", "fr", ...) named with a notice.
    language: str
    paragraphs: list[Paragraph]
    removed: list[Removed] = field(default_factory=list)
    encoding: str | None = None
    notices: list[Notice] = field(default_factory=list)

    def sentences(self) -> list[Sentence]:
        return [sentence for paragraph in self.paragraphs for sentence in paragraph.sentences]

    def sentence(self, sentence_id: int) -> Sentence:
        for paragraph in self.paragraphs:
            for sentence in paragraph.sentences:
                if sentence.id == sentence_id:
                    return sentence
        raise KeyError(sentence_id)
