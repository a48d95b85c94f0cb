"""Typed errors the core raises for input the user can fix.

Every error names the file and the reason in plain words, so the CLI can print it on one line
and the GUI can show it in a dialog without a traceback.
"""

from __future__ import annotations


class NashraError(Exception):
    """Base of every error meant for the user's eyes."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class LoadError(NashraError):
    """The file could not be turned into text."""


class FileNotReadableError(LoadError):
    """Missing file, a directory, or no permission to read it."""


class UnsupportedFormatError(LoadError):
    """An extension (or content) Nashra has no reader for."""


class FileTooLargeError(LoadError):
    """The file is over the configured size limit."""


class EmptyDocumentError(LoadError):
    """The file holds no text at all (after decoding or extraction)."""


class CorruptFileError(LoadError):
    """The file claims a format but its content is broken, truncated or not text."""


class NoTextLayerError(LoadError):
    """A PDF (or image-only document) with no extractable text, e.g. a scan."""
