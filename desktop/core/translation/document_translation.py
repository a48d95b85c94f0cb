"""Translate a whole document: which direction, which sentences, and into what.

The direction follows the document's language (Arabic → English, English → Arabic) unless the
caller overrides the target. In mixed documents a paragraph already in the target language (an
English quote in an Arabic article) is passed through unchanged rather than fed to a model trained
on the other language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core.document import Document
from desktop.core.language import other_language
from desktop.core.normalize import normalize_paragraph
from desktop.core.translation.results import SentenceTranslation

if TYPE_CHECKING:  # the engine (and its SQLite cache) loads with the first translation
    from desktop.core.cancel import CancelFlag
    from desktop.core.translation.engine import ProgressCallback, TranslationEngine
    from desktop.core.translation.order import TranslationOrder


def target_language(document: Document, to: str | None = None) -> str:
    """The language to translate into: `to` if given, else the other of Arabic and English."""
    return to if to is not None else other_language(document.language)


def translate_document(
    document: Document,
    engine: TranslationEngine,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    order: TranslationOrder | None = None,
) -> dict[int, SentenceTranslation]:
    """Translate every sentence of `document`; sentences already in the target pass through, and
    so does code (it is shown as it is in both panes).

    The model is given each sentence normalised (`normalize_paragraph`: no zero-width or bidi
    marks, no tatweel), not the characters the reader sees. Returns the translations by sentence
    id. After a cancel, only the finished sentences (and the passed-through ones) are there.
    `order` (see `TranslationOrder`) says which sentences the reader wants first.
    """
    passed: dict[int, SentenceTranslation] = {}
    to_model: list[tuple[int, str]] = []
    for paragraph in document.paragraphs:
        for sentence in paragraph.sentences:
            if paragraph.verbatim or paragraph.language == engine.to_code:
                passed[sentence.id] = SentenceTranslation(sentence.text)
            else:
                to_model.append((sentence.id, normalize_paragraph(sentence.text)))
    total = len(passed) + len(to_model)

    def report(done: int, _total: int, new: dict[int, SentenceTranslation]) -> None:
        if progress is not None:
            progress(done + len(passed), total, new)

    if passed and progress is not None:
        progress(len(passed), total, dict(passed))
    results = engine.translate(to_model, progress=report, cancel=cancel, order=order)
    return {**passed, **results}
