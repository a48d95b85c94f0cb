"""What an export holds, decided once for every file format.

The four kinds (original, translation, bilingual, summary) are turned here into a small neutral
structure: sections of blocks for the reading kinds, and aligned rows for the bilingual table. The
format writers (plain text, Markdown, HTML, DOCX) only lay that structure out, so a fix to what an
export contains lands in every format at once, and the writers never look at translations or
summary ids themselves.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.document import BlockKind, Document, Paragraph
from desktop.core.export.errors import IncompleteTranslationError
from desktop.core.language import ARABIC, ENGLISH, other_language


class ExportKind(StrEnum):
    """What to export: the values are the words the CLI and the GUI use."""

    TRANSLATION = "translation"
    ORIGINAL = "original"
    BILINGUAL = "bilingual"
    SUMMARY = "summary"


EXPORT_KINDS: tuple[str, ...] = tuple(kind.value for kind in ExportKind)

# Each section of an export is labelled in its own language, so no label needs translating
# through the GUI's tr() and a reader sees every heading in the language of the text under it.
LANGUAGE_NAMES: Mapping[str, str] = {ARABIC: "العربية", ENGLISH: "English"}
SUMMARY_LABELS: Mapping[str, str] = {ARABIC: "الملخص", ENGLISH: "Summary"}

# The id of text that is no sentence of the document (the "Summary" label): writers give it no
# sentence marker.
NO_ID = -1

# A title for documents that have none (pasted text without a headline).
FALLBACK_TITLE = "Nashra"

_LINE_BREAKS = re.compile(r"\s*[\r\n\v\f\x85\u2028\u2029]+\s*")
# Characters XML 1.0 forbids (python-docx refuses them) and lone surrogates (UTF-8 cannot encode
# them); they come from broken PDFs and mis-decoded files and carry no text.
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class SentenceText:
    """One sentence of an export, in one language, keeping the id that aligns it."""

    id: int
    text: str


@dataclass(frozen=True)
class ExportBlock:
    """A heading, paragraph or list item in one language."""

    kind: BlockKind
    level: int
    language: str
    sentences: tuple[SentenceText, ...]

    @property
    def text(self) -> str:
        """The sentences joined by a space: the paragraph as it reads once cleaned."""
        return " ".join(sentence.text for sentence in self.sentences if sentence.text)


@dataclass(frozen=True)
class Section:
    """A run of blocks in one language (an article, or one language's half of a summary)."""

    language: str
    blocks: tuple[ExportBlock, ...]


@dataclass(frozen=True)
class BilingualRow:
    """One sentence and its translation, side by side.

    Attributes:
        heading_level: the heading level of the sentence's paragraph, 0 for body text, so each
            format can make heading rows stand out.
        paragraph: the index of the sentence's paragraph, so formats that can (HTML) mark where
            paragraphs begin.
    """

    id: int
    original: str
    translation: str
    original_language: str
    translation_language: str
    heading_level: int
    paragraph: int


@dataclass(frozen=True)
class ExportContent:
    """Everything a format writer needs, whatever the kind.

    Attributes:
        language: the language of the page as a whole (the `<html lang>`); sections and rows carry
            their own.
        sections: the reading kinds' text; empty for the bilingual kind.
        rows: the bilingual kind's table; empty for the others.
    """

    kind: ExportKind
    title: str
    language: str
    original_language: str
    translation_language: str
    sections: tuple[Section, ...] = ()
    rows: tuple[BilingualRow, ...] = ()


def clean_text(text: str) -> str:
    """Fold line breaks inside a sentence into spaces and drop characters no format can hold.

    Every export writes one paragraph per line (plain text, Markdown) or per element, so a line
    break a loader kept inside a sentence would split a paragraph or a table row in two.
    """
    return _UNWRITABLE.sub("", _LINE_BREAKS.sub(" ", text)).strip()


def build_content(
    document: Document,
    kind: ExportKind,
    *,
    translations: Mapping[int, str] | None,
    summary_ids: Sequence[int] | None,
    target_language: str | None,
    error_source: str,
) -> ExportContent:
    """Decide what an export of `kind` contains.

    Args:
        translations: sentence id → translated text; needed by every kind but the original and a
            summary in one language.
        summary_ids: the summary's sentence ids in article order; needed by the summary kind.
        target_language: the translation's language; by default the other of Arabic and English.
        error_source: the name errors give (the output file), so the user knows which export failed.

    Raises:
        IncompleteTranslationError: a sentence the export shows has no translation.
        ValueError: the summary kind without `summary_ids`, or an id the document does not have.
    """
    original_language = document.language
    translation_language = target_language or other_language(original_language)
    title = _original_title(document)

    if kind is ExportKind.ORIGINAL:
        section = Section(original_language, tuple(_original_block(p) for p in document.paragraphs))
        return ExportContent(
            kind, title, original_language, original_language, translation_language, (section,)
        )

    if kind is ExportKind.SUMMARY:
        return _summary_content(
            document,
            translations,
            summary_ids,
            translation_language,
            error_source,
        )

    all_ids = [sentence.id for sentence in document.sentences()]
    translated = _require_translations(translations, all_ids, error_source)
    if kind is ExportKind.TRANSLATION:
        blocks = tuple(
            _translated_block(paragraph, translated, translation_language)
            for paragraph in document.paragraphs
        )
        translated_title = _translated_title(document, translated) or title
        return ExportContent(
            kind,
            translated_title,
            translation_language,
            original_language,
            translation_language,
            (Section(translation_language, blocks),),
        )

    rows = tuple(
        BilingualRow(
            id=sentence.id,
            original=clean_text(sentence.text),
            translation=clean_text(translated[sentence.id]),
            original_language=paragraph.language,
            translation_language=translation_language,
            heading_level=_heading_level(paragraph),
            paragraph=index,
        )
        for index, paragraph in enumerate(document.paragraphs)
        for sentence in paragraph.sentences
    )
    return ExportContent(
        kind, title, original_language, original_language, translation_language, rows=rows
    )


def _summary_content(
    document: Document,
    translations: Mapping[int, str] | None,
    summary_ids: Sequence[int] | None,
    translation_language: str,
    error_source: str,
) -> ExportContent:
    """The summary sentences as a list under the title, in the original and then translated."""
    if summary_ids is None:
        raise ValueError("a summary export needs the summary's sentence ids (summary_ids)")
    by_id = {
        sentence.id: (sentence, paragraph)
        for paragraph in document.paragraphs
        for sentence in paragraph.sentences
    }
    unknown = [sentence_id for sentence_id in summary_ids if sentence_id not in by_id]
    if unknown:
        raise ValueError(f"summary sentence ids not in the document: {unknown}")

    original_language = document.language
    title_paragraph = _title_paragraph(document)
    original_items = tuple(
        ExportBlock(
            BlockKind.LIST_ITEM,
            0,
            by_id[sentence_id][1].language,
            (SentenceText(sentence_id, clean_text(by_id[sentence_id][0].text)),),
        )
        for sentence_id in summary_ids
    )
    original_heading = _original_block(title_paragraph) if title_paragraph else None
    sections = [_summary_section(original_language, original_heading, original_items)]
    if translations is not None:
        title_ids = [s.id for s in title_paragraph.sentences] if title_paragraph else []
        needed = list(dict.fromkeys([*title_ids, *summary_ids]))  # the title may be in both
        translated = _require_translations(translations, needed, error_source)
        translated_items = tuple(
            ExportBlock(
                BlockKind.LIST_ITEM,
                0,
                translation_language,
                (SentenceText(sentence_id, clean_text(translated[sentence_id])),),
            )
            for sentence_id in summary_ids
        )
        translated_heading = (
            _translated_block(title_paragraph, translated, translation_language)
            if title_paragraph
            else None
        )
        sections.append(
            _summary_section(translation_language, translated_heading, translated_items)
        )
    return ExportContent(
        ExportKind.SUMMARY,
        _original_title(document),
        original_language,
        original_language,
        translation_language,
        tuple(sections),
    )


def _summary_section(
    language: str, title: ExportBlock | None, items: tuple[ExportBlock, ...]
) -> Section:
    """One language's half of a summary: the article's title, a "Summary" label, the list."""
    label = SUMMARY_LABELS.get(language, SUMMARY_LABELS[ENGLISH])
    label_level = 2 if title else 1
    label_block = ExportBlock(
        BlockKind.HEADING, label_level, language, (SentenceText(NO_ID, label),)
    )
    headings = (title, label_block) if title else (label_block,)
    return Section(language, (*headings, *items))


def _require_translations(
    translations: Mapping[int, str] | None, needed: Collection[int], error_source: str
) -> Mapping[int, str]:
    """Refuse to export a translation with holes: a half-translated file looks finished."""
    if translations is None:
        raise IncompleteTranslationError(
            error_source,
            "there is no translation yet; translate the document before exporting it",
            missing=tuple(needed),
            total=len(needed),
        )
    missing = tuple(sentence_id for sentence_id in needed if sentence_id not in translations)
    if missing:
        count = len(missing)
        verb = "has" if count == 1 else "have"
        raise IncompleteTranslationError(
            error_source,
            f"the translation is incomplete: {count} of {len(needed)} sentences {verb} "
            "no translation yet",
            missing=missing,
            total=len(needed),
        )
    return translations


def _original_block(paragraph: Paragraph) -> ExportBlock:
    return ExportBlock(
        paragraph.kind,
        paragraph.level,
        paragraph.language,
        tuple(SentenceText(s.id, clean_text(s.text)) for s in paragraph.sentences),
    )


def _translated_block(
    paragraph: Paragraph, translations: Mapping[int, str], language: str
) -> ExportBlock:
    return ExportBlock(
        paragraph.kind,
        paragraph.level,
        language,
        tuple(SentenceText(s.id, clean_text(translations[s.id])) for s in paragraph.sentences),
    )


def _heading_level(paragraph: Paragraph) -> int:
    if paragraph.kind is not BlockKind.HEADING:
        return 0
    return max(1, paragraph.level)


def _title_paragraph(document: Document) -> Paragraph | None:
    """The headline paragraph the pipeline puts first, when the document has one."""
    if not document.paragraphs:
        return None
    first = document.paragraphs[0]
    if first.kind is BlockKind.HEADING and first.level == 1 and first.sentences:
        return first
    return None


def _original_title(document: Document) -> str:
    """A non-empty title for the page and the file's properties."""
    if document.title:
        return clean_text(document.title)
    paragraph = _title_paragraph(document)
    if paragraph is not None:
        return clean_text(paragraph.text)
    if document.source and not document.source.startswith("<"):
        return Path(document.source).stem or FALLBACK_TITLE
    return FALLBACK_TITLE


def _translated_title(document: Document, translations: Mapping[int, str]) -> str | None:
    paragraph = _title_paragraph(document)
    if paragraph is None:
        return None
    text = " ".join(clean_text(translations[s.id]) for s in paragraph.sentences)
    return text.strip() or None


def grouped_blocks(blocks: Sequence[ExportBlock]) -> list[list[ExportBlock]]:
    """Split blocks into runs: each list item run together, every other block alone.

    Formats with lists (Markdown, HTML, plain text) write a run of list items as one list, with no
    blank line between the items.
    """
    groups: list[list[ExportBlock]] = []
    for block in blocks:
        if (
            block.kind is BlockKind.LIST_ITEM
            and groups
            and groups[-1][-1].kind is BlockKind.LIST_ITEM
        ):
            groups[-1].append(block)
        else:
            groups.append([block])
    return groups
