"""Translate a whole document: which direction, which sentences, and into what.

The direction follows the document's language (Arabic → English, English → Arabic) unless the
caller overrides the target. In mixed documents a paragraph already in the target language (an
English quote in an Arabic article) is passed through unchanged rather than fed to a model trained
on the other language.

Many short documents (a batch of news articles) are translated together by `translate_documents`:
alone, each would start calls of its own, a few hundred tokens each, where one long document fills
calls of the engine's full batch size.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.core.document import Document
from desktop.core.language import other_language
from desktop.core.normalize import normalize_paragraph
from desktop.core.translation.results import SentenceTranslation

if TYPE_CHECKING:  # the engine (and its SQLite cache) loads with the first translation
    from collections.abc import Callable

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
    passed, to_model = _partition(document, engine.to_code)
    total = len(passed) + len(to_model)

    def report(done: int, _total: int, new: dict[int, SentenceTranslation]) -> None:
        if progress is not None:
            progress(done + len(passed), total, new)

    if passed and progress is not None:
        progress(len(passed), total, dict(passed))
    results = engine.translate(to_model, progress=report, cancel=cancel, order=order)
    return {**passed, **results}


def translate_documents(
    documents: Sequence[Document],
    engine: TranslationEngine,
    *,
    progress: Callable[[int, int], None] | None = None,
    full_batches: bool = True,
) -> list[dict[int, SentenceTranslation]]:
    """Translate several documents in the same engine calls; their translations in order.

    Each document's translations are what `translate_document` gives it, up to the batching (a
    sentence may share its call with another document's). Identical sentences in different
    documents are translated once.

    Args:
        progress: (sentences done, sentences in all the documents), after every call.
        full_batches: start at the engine's full batch size (nobody waits for a first sentence
            on screen); False keeps the engine's small first call.
    """
    offsets: list[int] = []
    passed: dict[int, SentenceTranslation] = {}
    to_model: list[tuple[int, str]] = []
    offset = 0
    for document in documents:
        offsets.append(offset)
        document_passed, document_to_model = _partition(document, engine.to_code)
        passed.update((offset + key, value) for key, value in document_passed.items())
        to_model.extend((offset + key, text) for key, text in document_to_model)
        offset += 1 + max((s.id for s in document.sentences()), default=-1)
    total = len(passed) + len(to_model)

    def report(done: int, _total: int, _new: dict[int, SentenceTranslation]) -> None:
        if progress is not None:
            progress(done + len(passed), total)

    results = engine.translate(
        to_model,
        progress=report,
        first_batch_tokens=engine.batch_tokens if full_batches else None,
    )
    results.update(passed)
    return [
        {s.id: results[start + s.id] for s in document.sentences()}
        for document, start in zip(documents, offsets, strict=True)
    ]


def _partition(
    document: Document, to_code: str
) -> tuple[dict[int, SentenceTranslation], list[tuple[int, str]]]:
    """The sentences passed through as they are, and those for the model (normalised)."""
    passed: dict[int, SentenceTranslation] = {}
    to_model: list[tuple[int, str]] = []
    for paragraph in document.paragraphs:
        for sentence in paragraph.sentences:
            if paragraph.verbatim or paragraph.language == to_code:
                passed[sentence.id] = SentenceTranslation(sentence.text)
            else:
                to_model.append((sentence.id, normalize_paragraph(sentence.text)))
    return passed, to_model
