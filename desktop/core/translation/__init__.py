"""Offline translation with argostranslate language packs, run directly on CTranslate2.

Typical use::

    engine = TranslationEngine.for_pair("ar", "en", cache=cache_path)
    results = engine.translate([(s.id, s.text) for s in sentences], progress=report, cancel=stop)

argostranslate and ctranslate2 are imported only when a pack is read or a model loaded, so importing
this package is cheap and touches no argos folders.
"""

from desktop.core.translation.cache import TranslationCache
from desktop.core.translation.engine import (
    CancelFlag,
    DecodingSettings,
    ProgressCallback,
    TranslationEngine,
)
from desktop.core.translation.errors import MissingPackError, PackLoadError, TranslationError
from desktop.core.translation.packs import (
    InstalledPack,
    bundled_packs_dir,
    default_pack_dirs,
    find_pack,
    find_packs,
)
from desktop.core.translation.results import SentenceTranslation, TranslationFlag
from desktop.core.translation.runtime import Runtime

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
