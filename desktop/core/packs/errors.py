"""Errors the pack manager raises for problems the user can understand and act on.

Each names the file, folder, URL or pair it is about and says what went wrong in plain words, so
the CLI prints it on one line and the GUI shows it in a dialog. They all derive from
:class:`~desktop.core.errors.NashraError` through :class:`PackError`, so a caller can catch
every pack problem at once.
"""

from __future__ import annotations

from desktop.core.errors import NashraError


class PackError(NashraError):
    """Base of every language-pack management error."""


class IndexUnavailableError(PackError):
    """The package index could not be fetched (offline, timeout, HTTP error) or is unreadable."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(
            url,
            f"could not reach the language-pack index: {reason}; "
            "you can install a pack from a file instead",
        )
        self.url = url
        self.detail = reason  # the network reason alone, e.g. "the connection was refused"


class PackNotAvailableError(PackError):
    """The index offers no pack for the requested pair."""


class DownloadError(PackError):
    """A download failed (network, HTTP status, cut connection, too large); nothing was kept."""


class DownloadCancelledError(DownloadError):
    """The user cancelled the download; nothing was kept."""


class ChecksumMismatchError(DownloadError):
    """The downloaded bytes are not the ones the index describes (damaged or tampered with)."""


class InvalidPackError(PackError):
    """A ``.argosmodel`` file is not a valid, safe language pack; nothing was installed."""


class PackTooLargeError(InvalidPackError):
    """A pack unpacks to more than the size limit (a zip bomb, or simply too big)."""


class PackVersionError(PackError):
    """A newer version of the pack is already installed; installing an older one would be hidden."""


class PackNotInstalledError(PackError):
    """No installed pack for the pair that was asked to be removed."""


class ReadOnlyPackError(PackError):
    """The pack is bundled with the application (or its folder is read-only): not removable."""


class InvalidModelError(InvalidPackError):
    """An OPUS-MT release zip is not a valid, safe, complete release; nothing was installed."""


class UnsupportedModelError(InvalidModelError):
    """A Marian model CTranslate2 cannot run (e.g. an SSRU/RNN decoder); nothing was installed."""


class InstallCancelledError(PackError):
    """The user cancelled an install (unpacking or converting); nothing was kept."""


class ModelNotInstalledError(PackError):
    """No installed model has the id that was asked for."""
