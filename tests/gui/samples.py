"""The Arabic and English Wikinews samples and a real, golden-free translation between them.

The samples are the same article sentence for sentence (resources/samples/README.md), so mapping
the Arabic sentence ids to the English sentences by position gives a human translation without a
translation pack (as tests/unit/core/export/conftest.py does for the core).
"""

from __future__ import annotations

from functools import cache

from desktop.core.document import Document
from desktop.core.pipeline import open_document
from desktop.core.translation.results import SentenceTranslation
from tests.conftest import REPO

SAMPLES = REPO / "resources" / "samples"
ARABIC_TITLE = "نشطاء مناهضون لاتفاقية أكتا يحتجون في أنحاء أوروبا"
ENGLISH_TITLE = "Anti-ACTA activists protest across Europe"


@cache
def arabic() -> Document:
    return open_document(SAMPLES / "wikinews-ar.txt")


@cache
def english() -> Document:
    return open_document(SAMPLES / "wikinews-en.txt")


def to_english() -> dict[int, SentenceTranslation]:
    """Each Arabic sentence id → the English sentence at the same position."""
    pairs = zip(arabic().sentences(), english().sentences(), strict=True)
    return {source.id: SentenceTranslation(target.text) for source, target in pairs}


def to_arabic() -> dict[int, SentenceTranslation]:
    pairs = zip(english().sentences(), arabic().sentences(), strict=True)
    return {source.id: SentenceTranslation(target.text) for source, target in pairs}


def empty_document() -> Document:
    return Document("<pasted text>", "text", None, "ar", [])
