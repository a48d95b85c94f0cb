"""Translate one document on a worker thread and stream the sentences back as Qt signals.

The runner owns the document's translations (`translations`); the panes and the summary ask it
for them. Engines (one loaded model per pack) come from the core's shared pool, so every tab uses
the same ones; its SQLite translation cache makes a document opened again appear at once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.document import Document
from desktop.core.errors import NashraError
from desktop.core.translation import (
    MissingPackError,
    SentenceTranslation,
    UnsupportedLanguageError,
)
from desktop.core.translation.document_translation import target_language, translate_document
from desktop.core.translation.engine_pool import shared_pool
from desktop.core.translation.order import TranslationOrder
from desktop.gui.workers import TaskCancelled, TaskControl, TaskSlot

log = logging.getLogger(__name__)

Translations = dict[int, SentenceTranslation]  # sentence id -> its translation


class TranslationRunner(QObject):
    """Runs at most one translation at a time for one document.

    Signals (all on the GUI thread):
        progress(done, total, new): `new` maps sentence ids to their fresh translations.
        finished(): every sentence is translated.
        cancelled(): stopped by `cancel()`; `translations` holds what had arrived.
        missing_pack(from_code, to_code): no pack installed for the pair.
        unsupported_language(code): the document's language is one no model translates.
        failed(message): anything else went wrong; `message` is readable.
    """

    progress = Signal(int, int, object)
    finished = Signal()
    cancelled = Signal()
    missing_pack = Signal(str, str)
    unsupported_language = Signal(str)
    failed = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, pack_dirs: Sequence[Path] | None = None
    ) -> None:
        super().__init__(parent)
        self.pack_dirs = list(pack_dirs) if pack_dirs else None
        self.translations: Translations = {}
        self.done = 0
        self.total = 0
        self._slot = TaskSlot(self)

    @property
    def running(self) -> bool:
        return self._slot.running

    def start(
        self,
        document: Document,
        to_code: str | None = None,
        *,
        order: TranslationOrder | None = None,
        model_id: str | None = None,
    ) -> None:
        """Translate `document` (default: into the other language); a running translation is
        superseded (its end is not reported). `order` says what the reader wants first, and
        may change while the translation runs. `model_id` picks an installed model (one that is
        no longer installed: the best one translates)."""
        self.clear()
        self.total = len(document.sentences())
        to = target_language(document, to_code)
        from_code = document.language
        pack_dirs = self.pack_dirs

        def work(control: TaskControl) -> Translations:
            from desktop.core.translation.models import UnknownModelError

            try:
                engine = shared_pool().engine_for(from_code, to, pack_dirs, model_id or None)
            except UnknownModelError:
                engine = shared_pool().engine_for(from_code, to, pack_dirs)
            control.raise_if_cancelled()
            return translate_document(
                document,
                engine,
                progress=lambda done, total, new: control.report((done, total, new)),
                cancel=control.cancelled,
                order=order,
            )

        self._slot.start(
            work, self._on_task_done, on_progress=self._on_task_progress, with_control=True
        )

    def cancel(self) -> None:
        """Stop after the current batch; `cancelled` follows when the worker has returned."""
        self._slot.cancel()

    def drop(self) -> None:
        """Stop without reporting anything (the document is going away)."""
        self._slot.drop()

    def clear(self) -> None:
        """Stop without reporting anything and forget the translations (a new start)."""
        self._slot.drop()
        self.translations = {}
        self.done = 0

    def _on_task_progress(self, value: object) -> None:
        assert isinstance(value, tuple)
        done: int = value[0]
        total: int = value[1]
        new: Translations = value[2]
        self.translations.update(new)
        self.done, self.total = done, total
        self.progress.emit(done, total, new)

    def _on_task_done(self, result: object, error: BaseException | None) -> None:
        if isinstance(error, TaskCancelled):
            self.cancelled.emit()
        elif isinstance(error, UnsupportedLanguageError):
            self.unsupported_language.emit(error.language)
        elif isinstance(error, MissingPackError):
            self.missing_pack.emit(error.from_code, error.to_code)
        elif isinstance(error, NashraError):
            self.failed.emit(str(error))
        elif error is not None:
            self.failed.emit(
                QCoreApplication.translate(
                    "TranslationRunner",
                    "The translation stopped because of an unexpected error: %1",
                ).replace("%1", str(error) or type(error).__name__)
            )
        else:
            assert isinstance(result, dict)
            self.translations = dict(result)
            self.done = self.total = len(result)
            self.finished.emit()
