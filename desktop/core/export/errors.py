"""Errors an export raises for problems the user can fix (a bad folder, a missing translation)."""

from __future__ import annotations

from desktop.core.errors import NashraError


class ExportError(NashraError):
    """The export could not be written; `source` is the output file, `reason` says why."""


class IncompleteTranslationError(ExportError):
    """The export shows translations and some sentences have none yet.

    Typed apart so the GUI can offer to finish translating instead of only showing the message.

    Attributes:
        missing: the ids of the sentences without a translation, in article order.
        total: how many sentences the export needs translated.
    """

    def __init__(self, source: str, reason: str, *, missing: tuple[int, ...], total: int) -> None:
        super().__init__(source, reason)
        self.missing = missing
        self.total = total


class ExportCancelledError(ExportError):
    """The user cancelled a long export (a PDF of many pages); nothing was written."""
