"""Translate one document on a worker thread and stream the sentences back as Qt signals.

Engines (one loaded model per pack) are kept for the session and shared by every tab; the SQLite
translation cache at `paths.translation_cache_file()` makes a document opened again appear at once.
After installing or removing a pack, call `forget_engines()` so the next translation looks again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core import paths
from desktop.core.document import Document
from desktop.core.errors import NashraError
from desktop.core.translation.document_translation import target_language, translate_document
from desktop.core.translation.errors import MissingPackError
from desktop.core.translation.results import SentenceTranslation
from desktop.gui.workers import Task, TaskCancelled, TaskControl, run_task

if TYPE_CHECKING:  # the engine and its SQLite cache load on the worker, with the first translation
    from desktop.core.translation.cache import TranslationCache
    from desktop.core.translation.engine import TranslationEngine

log = logging.getLogger(__name__)

Translations = dict[int, SentenceTranslation]

_lock = threading.Lock()
_engines: dict[tuple[str, str, tuple[str, ...] | None, Path], TranslationEngine] = {}
_caches: dict[Path, TranslationCache] = {}


def forget_engines() -> None:
    """Drop the loaded engines (a pack was installed or removed)."""
    with _lock:
        _engines.clear()


def close_engines() -> None:
    """Drop the engines and close the cache files (at exit, or between tests; no task running)."""
    with _lock:
        _engines.clear()
        for cache in _caches.values():
            cache.close()
        _caches.clear()


def engine_for_pair(
    from_code: str, to_code: str, pack_dirs: Sequence[Path] | None = None
) -> TranslationEngine:
    """The session's engine for a pair, created on first use. Raises `MissingPackError`."""
    cache_file = paths.translation_cache_file()
    key = (from_code, to_code, tuple(str(d) for d in pack_dirs) if pack_dirs else None, cache_file)
    from desktop.core.translation.cache import TranslationCache
    from desktop.core.translation.engine import TranslationEngine

    with _lock:
        engine = _engines.get(key)
        if engine is None:
            cache = _caches.get(cache_file)
            if cache is None:
                cache_file.parent.mkdir(parents=True, exist_ok=True)
                cache = _caches[cache_file] = TranslationCache(cache_file)
            engine = TranslationEngine.for_pair(
                from_code, to_code, pack_dirs=pack_dirs, cache=cache
            )
            _engines[key] = engine
        return engine


def _tr(text: str) -> str:
    return QCoreApplication.translate("TranslationRunner", text)


class TranslationRunner(QObject):
    """Runs at most one translation at a time for one document.

    Signals (all on the GUI thread):
        progress(done, total, new): `new` maps sentence ids to their fresh translations.
        finished(translations): every sentence is translated.
        cancelled(translations): stopped by `cancel()`; holds what had arrived.
        missing_pack(from_code, to_code): no pack installed for the pair.
        failed(message): anything else went wrong; `message` is readable.
    """

    progress = Signal(int, int, object)
    finished = Signal(object)
    cancelled = Signal(object)
    missing_pack = Signal(str, str)
    failed = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, pack_dirs: Sequence[Path] | None = None
    ) -> None:
        super().__init__(parent)
        self.pack_dirs = list(pack_dirs) if pack_dirs else None
        self.translations: Translations = {}
        self.done = 0
        self.total = 0
        self._task: Task | None = None
        self._generation = 0

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.running

    def start(self, document: Document, to_code: str | None = None) -> None:
        """Translate `document` (default: into the other language); cancels a running one."""
        self.cancel()
        self.translations = {}
        self.done = 0
        self.total = len(document.sentences())
        to = target_language(document, to_code)
        from_code = document.language
        pack_dirs = self.pack_dirs

        def work(control: TaskControl) -> Translations:
            engine = engine_for_pair(from_code, to, pack_dirs)
            control.raise_if_cancelled()
            return translate_document(
                document,
                engine,
                progress=lambda done, total, new: control.report((done, total, new)),
                cancel=control.cancelled,
            )

        self._generation += 1
        generation = self._generation

        def done(result: object, error: BaseException | None) -> None:
            if generation == self._generation:  # a superseded translation's end is not news
                self._on_task_done(result, error)

        self._task = run_task(
            work,
            done,
            on_progress=self._on_task_progress,
            with_control=True,
            context=self,
        )

    def cancel(self) -> None:
        """Stop after the current batch; `cancelled` follows when the worker has returned."""
        if self._task is not None and self._task.running:
            self._task.cancel()

    def _on_task_progress(self, value: object) -> None:
        assert isinstance(value, tuple)
        done: int = value[0]
        total: int = value[1]
        new: Translations = value[2]
        self.translations.update(new)
        self.done, self.total = done, total
        self.progress.emit(done, total, new)

    def _on_task_done(self, result: object, error: BaseException | None) -> None:
        self._task = None
        if isinstance(error, TaskCancelled):
            self.cancelled.emit(dict(self.translations))
        elif isinstance(error, MissingPackError):
            self.missing_pack.emit(error.from_code, error.to_code)
        elif isinstance(error, NashraError):
            self.failed.emit(str(error))
        elif error is not None:
            self.failed.emit(
                _tr("The translation stopped because of an unexpected error: {0}").replace(
                    "{0}", str(error) or type(error).__name__
                )
            )
        else:
            assert isinstance(result, dict)
            self.translations = dict(result)
            self.done = self.total = len(result)
            self.finished.emit(dict(result))
