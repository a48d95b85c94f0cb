"""Offline translation on CTranslate2: what a translation is, and what can go wrong.

The package re-exports only the small types every caller shares (a sentence's translation, its
flags, the errors meant for the user). The machinery lives in modules named for what they hold,
imported from there where it is needed:

- `engine`: :class:`~desktop.core.translation.engine.TranslationEngine` (batching, streaming,
  guards) and its decoding settings;
- `engine_pool`: the session's engines, one per language pair, shared by the GUI and the CLI;
- `packs`: finding installed language packs; `runtime`: loading models; `cache`: the SQLite cache;
- `document_translation`: which direction a document goes, and translating all of it.

Typical use::

    from desktop.core.translation.engine_pool import EnginePool

    engine = EnginePool().engine_for("ar", "en")
    results = engine.translate([(s.id, s.text) for s in sentences], progress=report, cancel=stop)

Importing this package loads neither the engine, its SQLite cache nor argostranslate.
"""

from desktop.core.translation.errors import (
    AlreadyInLanguageError,
    MissingPackError,
    PackLoadError,
    TranslationError,
    UnsupportedLanguageError,
)
from desktop.core.translation.results import SentenceTranslation, TranslationFlag

__all__ = [
    "AlreadyInLanguageError",
    "MissingPackError",
    "PackLoadError",
    "SentenceTranslation",
    "TranslationError",
    "TranslationFlag",
    "UnsupportedLanguageError",
]
