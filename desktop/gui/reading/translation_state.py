"""Where a tab's translation stands; the status bar, the summary and the menus show it."""

from __future__ import annotations

from enum import StrEnum


class TranslationState(StrEnum):
    IDLE = "idle"  # not started (Translate Automatically is off, or a new document)
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"
    MISSING_PACK = "missing_pack"  # no installed pack translates the document's pair
    UNSUPPORTED_LANGUAGE = "unsupported_language"  # no model exists for the document's language
    FAILED = "failed"
