"""Offline translation with argostranslate language packs, run directly on CTranslate2.

Typical use::

    engine = TranslationEngine.for_pair("ar", "en", cache=cache_path)
    results = engine.translate([(s.id, s.text) for s in sentences], progress=report, cancel=stop)

Importing this package is cheap: each name below is imported from its module when first used
(PEP 562), so the app can show `results` types without loading the engine and its SQLite cache on
the way to its first paint. argostranslate and ctranslate2 load only when a pack is read or a model
is loaded, and nothing here touches the argos folders on import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.translation.cache import TranslationCache
    from desktop.core.translation.engine import (
        CancelFlag,
        DecodingSettings,
        ProgressCallback,
        TranslationEngine,
    )
    from desktop.core.translation.errors import (
        MissingPackError,
        PackLoadError,
        TranslationError,
    )
    from desktop.core.translation.packs import (
        InstalledPack,
        bundled_packs_dir,
        default_pack_dirs,
        find_pack,
        find_packs,
    )
    from desktop.core.translation.results import SentenceTranslation, TranslationFlag
    from desktop.core.translation.runtime import Runtime

_MODULE_OF = {
    "TranslationCache": "cache",
    "CancelFlag": "engine",
    "DecodingSettings": "engine",
    "ProgressCallback": "engine",
    "TranslationEngine": "engine",
    "MissingPackError": "errors",
    "PackLoadError": "errors",
    "TranslationError": "errors",
    "InstalledPack": "packs",
    "bundled_packs_dir": "packs",
    "default_pack_dirs": "packs",
    "find_pack": "packs",
    "find_packs": "packs",
    "SentenceTranslation": "results",
    "TranslationFlag": "results",
    "Runtime": "runtime",
}

__all__ = [
    "CancelFlag",
    "DecodingSettings",
    "InstalledPack",
    "MissingPackError",
    "PackLoadError",
    "ProgressCallback",
    "Runtime",
    "SentenceTranslation",
    "TranslationCache",
    "TranslationEngine",
    "TranslationError",
    "TranslationFlag",
    "bundled_packs_dir",
    "default_pack_dirs",
    "find_pack",
    "find_packs",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
