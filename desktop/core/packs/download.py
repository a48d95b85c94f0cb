"""Download a pack from the index: streamed, with progress, cancel, timeouts, retries and checks.

The file is written into a hidden scratch folder beside the packages folder and only installed
(by :func:`~desktop.core.packs.install.install_pack_file`, with all its validation) once it is
complete and matches the index's checksum. The scratch folder is deleted whatever happens, so a
cut, cancelled or failed download leaves no partial pack and no stray file.
"""

from __future__ import annotations

import hashlib
import http.client
import logging
import time
from collections.abc import Callable, Sequence
from typing import BinaryIO

from desktop.core.cancel import CancelFlag, is_cancelled
from desktop.core.packs import net
from desktop.core.packs.errors import (
    ChecksumMismatchError,
    DownloadCancelledError,
    DownloadError,
    InvalidPackError,
)
from desktop.core.packs.folders import delete_tree, scratch_dir
from desktop.core.packs.index import AvailablePack, PackIndex, fetch_index
from desktop.core.packs.install import MAX_UNPACKED_BYTES, inspect_pack_file, install_pack_file
from desktop.core.packs.installed import PackFolders
from desktop.core.translation.packs import InstalledPack

log = logging.getLogger(__name__)

DownloadProgress = Callable[[int, int | None], None]  # (bytes done, total bytes or None)

DOWNLOAD_PREFIX = ".nashra-download-"
CHUNK = 256 * 1024
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 1.0  # seconds before the first retry; doubles each time
MAX_DOWNLOAD_BYTES = 2 * 1024**3


class _Cut(Exception):
    """The server closed the connection before sending everything it announced."""


def _wait(seconds: float, cancel: CancelFlag | None) -> None:
    """Sleep before a retry, waking early (within 0.1 s) when cancelled."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0 and not is_cancelled(cancel):
        time.sleep(min(left, 0.1))


class _Transfer:
    """One download into ``sink``; every attempt starts the file over."""

    def __init__(
        self,
        sink: BinaryIO,
        *,
        size_hint: int | None,
        progress: DownloadProgress | None,
        cancel: CancelFlag | None,
        timeout: float,
        max_bytes: int,
    ) -> None:
        self.sink = sink
        self.size_hint = size_hint
        self.progress = progress
        self.cancel = cancel
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.digest = hashlib.sha256()

    def attempt(self, url: str) -> None:
        self.sink.seek(0)
        self.sink.truncate()
        self.digest = hashlib.sha256()
        with net.open_url(url, self.timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else self.size_hint
            if total is not None and total > self.max_bytes:
                raise DownloadError(
                    url, f"the file is {total:,} bytes, over the {self.max_bytes:,}-byte limit"
                )
            done = 0
            if self.progress:
                self.progress(0, total)
            while True:
                if is_cancelled(self.cancel):
                    raise DownloadCancelledError(url, "download cancelled")
                chunk = response.read1(CHUNK)  # what has arrived: a slow server stays cancellable
                if not chunk:
                    break
                done += len(chunk)
                if done > self.max_bytes:
                    raise DownloadError(url, f"the file is over the {self.max_bytes:,}-byte limit")
                self.sink.write(chunk)
                self.digest.update(chunk)
                if self.progress:
                    self.progress(done, total)
            if length and length.isdigit() and done < int(length):
                raise _Cut(f"the connection was closed after {done:,} of {int(length):,} bytes")
        self.sink.flush()


def download_file(
    urls: Sequence[str],
    sink: BinaryIO,
    *,
    sha256: str | None = None,
    size_hint: int | None = None,
    progress: DownloadProgress | None = None,
    cancel: CancelFlag | None = None,
    timeout: float = net.DEFAULT_TIMEOUT,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    max_bytes: int = MAX_DOWNLOAD_BYTES,
) -> str:
    """Download into ``sink`` from the first of ``urls`` that works; returns the URL used.

    Connection errors, timeouts, cut transfers and 5xx answers are retried ``retries`` times per
    URL with a doubling ``backoff``; other HTTP errors (404, ...) move straight on to the next URL.
    Progress restarts from 0 on a retry (the transfer starts over).

    Raises:
        DownloadCancelledError: ``cancel`` was set.
        ChecksumMismatchError: the bytes do not match ``sha256``.
        DownloadError: every URL failed; names the last URL and why.
    """
    if not urls:
        raise DownloadError("(no URL)", "the index gives no download link for this pack")
    transfer = _Transfer(
        sink,
        size_hint=size_hint,
        progress=progress,
        cancel=cancel,
        timeout=timeout,
        max_bytes=max_bytes,
    )
    failure: tuple[str, str] = (urls[0], "not attempted")
    tried_http = False
    for url in urls:
        for attempt in range(retries + 1):
            if is_cancelled(cancel):
                raise DownloadCancelledError(url, "download cancelled")
            try:
                transfer.attempt(url)
            except (
                OSError,
                ValueError,
                http.client.HTTPException,
                net.HttpStatusError,
                _Cut,
            ) as exc:
                reason = str(exc) if isinstance(exc, _Cut) else net.describe(exc, timeout)
                # An ipfs:// (or other non-http) link after an https one must not hide why the
                # https download failed (offline, 404, timeout): keep the first real reason.
                if not (isinstance(exc, net.UnsupportedUrlError) and tried_http):
                    failure = (url, reason)
                tried_http = tried_http or not isinstance(exc, net.UnsupportedUrlError)
                retry = isinstance(exc, _Cut) or net.is_retryable(exc)
                if not retry or attempt == retries:
                    log.info("Download of %s failed (attempt %d): %s", url, attempt + 1, reason)
                    break
                pause = backoff * 2**attempt
                log.warning("Download of %s failed: %s; retrying in %g s", url, reason, pause)
                _wait(pause, cancel)
                continue
            if sha256 and transfer.digest.hexdigest() != sha256.lower():
                raise ChecksumMismatchError(
                    url,
                    "the downloaded file does not match the index's SHA-256 checksum "
                    "(damaged in transit or changed on the server); nothing was installed",
                )
            return url
    raise DownloadError(failure[0], f"download failed: {failure[1]}")


def download_pack(
    from_code: str,
    to_code: str,
    *,
    index: PackIndex | None = None,
    index_url: str | None = None,
    folders: PackFolders | None = None,
    progress: DownloadProgress | None = None,
    cancel: CancelFlag | None = None,
    timeout: float = net.DEFAULT_TIMEOUT,
    retries: int = DEFAULT_RETRIES,
    backoff: float = DEFAULT_BACKOFF,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
    check_model: bool = True,
) -> InstalledPack:
    """Download the index's newest pack for a pair and install it.

    Args:
        index: An index already fetched; fetched from ``index_url`` when omitted.
        folders: Where packs live (default :meth:`PackFolders.default`).

    Raises:
        IndexUnavailableError, PackNotAvailableError: no index, or no such pack in it.
        DownloadError (and subclasses): see :func:`download_file`.
        InvalidPackError, PackVersionError, PackError: see :func:`install_pack_file`.
    """
    folders = folders or PackFolders.default()
    if index is None:
        index = fetch_index(index_url, timeout=timeout)
    entry: AvailablePack = index.find(from_code, to_code)
    staging = scratch_dir(folders.install_dir, DOWNLOAD_PREFIX)
    try:
        target = staging / f"translate-{from_code}_{to_code}.argosmodel"
        with open(target, "wb") as sink:
            url = download_file(
                entry.links,
                sink,
                sha256=entry.sha256,
                size_hint=entry.size,
                progress=progress,
                cancel=cancel,
                timeout=timeout,
                retries=retries,
                backoff=backoff,
            )
        try:
            archive = inspect_pack_file(target, max_unpacked_bytes=max_unpacked_bytes)
            if (archive.from_code, archive.to_code) != (from_code, to_code):
                raise InvalidPackError(
                    url,
                    f"the index offers this file for {entry.pair} but it holds "
                    f"{archive.from_code}→{archive.to_code}",
                )
            return install_pack_file(
                target, folders, max_unpacked_bytes=max_unpacked_bytes, check_model=check_model
            )
        except InvalidPackError as exc:  # name the URL, not the scratch file that is about to go
            if exc.source != str(target):
                raise
            raise type(exc)(url, exc.reason) from exc
    finally:
        delete_tree(staging)
