"""The session's translation engines: one per language pair, loaded once, sharing one cache.

Loading a model takes a noticeable moment and its memory, so an engine is made the first time a
pair is asked for and kept. The GUI keeps one pool for the whole session (:func:`shared_pool`,
every tab asks it) and calls :meth:`EnginePool.forget` when a pack is installed or removed; a
command-line run makes its own, so a batch of files loads each model once.

Every engine of a pool writes to the translation cache at `paths.translation_cache_file()`
(looked up when an engine is made, so a test or `--basedir` that moves Nashra's folders is
followed), and one open cache is shared by all of them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import paths
from desktop.core.document import Document
from desktop.core.language import is_translatable
from desktop.core.translation.document_translation import target_language
from desktop.core.translation.errors import (
    AlreadyInLanguageError,
    MissingPackError,
    UnsupportedLanguageError,
)

if TYPE_CHECKING:  # the engine and its SQLite cache load with the first engine
    from desktop.core.translation.cache import TranslationCache
    from desktop.core.translation.engine import TranslationEngine

_Key = tuple[str, str, tuple[str, ...] | None, Path | None, str | None, Path]


class EnginePool:
    """Engines by language pair; thread-safe (workers ask for them).

    Args:
        use_cache: give the engines the persistent translation cache (the CLI's `--no-cache`
            and some benchmarks turn it off).
        options: passed to every :class:`TranslationEngine` made (decoding settings, runtime,
            batch sizes).
    """

    def __init__(self, *, use_cache: bool = True, **options: Any) -> None:
        self.use_cache = use_cache
        self.options = options
        self._lock = threading.Lock()
        self._engines: dict[_Key, TranslationEngine] = {}
        self._caches: dict[Path, TranslationCache] = {}

    def engine_for(
        self,
        from_code: str,
        to_code: str,
        pack_dirs: Iterable[Path] | None = None,
        model_id: str | None = None,
    ) -> TranslationEngine:
        """The engine translating `from_code` into `to_code`, made on first use.

        The model is the best installed one for the direction (OPUS-MT big, then the smaller
        OPUS-MT, then argos), or `model_id` (as `list_models` gives it) when it is given.

        Raises:
            UnknownModelError: `model_id` is not installed, or translates another pair.
            MissingPackError: no installed pack translates the pair (the message names it).
            UnsupportedLanguageError: no pack translates it and one of the two languages is
                neither Arabic nor English: Nashra has no model to offer for it.
        """
        from desktop.core.translation.cache import TranslationCache
        from desktop.core.translation.engine import TranslationEngine

        folders = tuple(str(folder) for folder in pack_dirs) if pack_dirs is not None else None
        cache_file = paths.translation_cache_file() if self.use_cache else None
        models_dir = paths.models_dir()
        key = (from_code, to_code, folders, cache_file, model_id or None, models_dir)
        with self._lock:
            engine = self._engines.get(key)
            if engine is None:
                cache = None
                if cache_file is not None:
                    cache = self._caches.get(cache_file)
                    if cache is None:
                        cache_file.parent.mkdir(parents=True, exist_ok=True)
                        cache = self._caches[cache_file] = TranslationCache(cache_file)
                try:
                    engine = TranslationEngine.for_pair(
                        from_code,
                        to_code,
                        pack_dirs=None if folders is None else [Path(f) for f in folders],
                        model_id=model_id or None,
                        models_dir=models_dir,
                        cache=cache,
                        **self.options,
                    )
                except MissingPackError as error:
                    if is_translatable(from_code) and is_translatable(to_code):
                        raise
                    unsupported = from_code if not is_translatable(from_code) else to_code
                    raise UnsupportedLanguageError(
                        f"{from_code}→{to_code}", unsupported, to_code
                    ) from error
                self._engines[key] = engine
            return engine

    def engine_for_document(
        self,
        document: Document,
        to: str | None = None,
        pack_dirs: Iterable[Path] | None = None,
        model_id: str | None = None,
    ) -> TranslationEngine:
        """The engine for the document's direction (into `to`, else the other language).

        Raises:
            AlreadyInLanguageError: `to` is the document's own language.
            UnsupportedLanguageError: the document is in a language Nashra has no model for
                (Persian, Hebrew, ...) and no installed pack translates it either.
            MissingPackError: no installed pack translates an Arabic or English document.
        """
        to_code = target_language(document, to)
        if to_code == document.language:
            raise AlreadyInLanguageError(document.source, to_code)
        try:
            return self.engine_for(document.language, to_code, pack_dirs, model_id)
        except UnsupportedLanguageError as error:
            raise UnsupportedLanguageError(document.source, error.language, to_code) from error

    def forget(self) -> None:
        """Drop the engines, so the next request looks for packs again (one was installed or
        removed). A translation running on a dropped engine finishes on it."""
        with self._lock:
            self._engines.clear()

    def close(self) -> None:
        """Drop the engines and close the cache files (at exit, or between tests; nothing may be
        translating)."""
        with self._lock:
            self._engines.clear()
            for cache in self._caches.values():
                cache.close()
            self._caches.clear()


_shared: EnginePool | None = None
_shared_lock = threading.Lock()


def shared_pool() -> EnginePool:
    """The process's pool, which the desktop app's tabs share."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = EnginePool()
        return _shared
