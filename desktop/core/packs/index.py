"""The argos package index: which packs can be downloaded, from where, how big, with what checksum.

The index is a JSON list of package metadata (the same fields as a pack's ``metadata.json`` plus
``links``). Nashra fetches it itself instead of calling argos's ``update_package_index()``,
which swallows every error and leaves the caller with a stale or missing list. The last good copy
is kept under Nashra's cache folder, one file per index URL.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.core import paths
from desktop.core.packs import net
from desktop.core.packs.errors import IndexUnavailableError, PackNotAvailableError
from desktop.core.translation.errors import language_name
from desktop.core.translation.packs import version_key

log = logging.getLogger(__name__)

MAX_INDEX_BYTES = 16 * 1024**2  # the real index is a few hundred kB
_SHA256 = re.compile(r"^(?:sha256[:=-])?([0-9a-fA-F]{64})$")


@dataclass(frozen=True)
class AvailablePack:
    """One downloadable pack, as the index describes it."""

    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str
    links: tuple[str, ...]
    size: int | None = None  # bytes of the .argosmodel, when the index says
    sha256: str | None = None  # lower-case hex, when the index gives a SHA-256 checksum

    @property
    def pair(self) -> str:
        return f"{self.from_code}→{self.to_code}"


@dataclass(frozen=True)
class PackIndex:
    """A fetched (or cached) index."""

    url: str
    packs: tuple[AvailablePack, ...]
    fetched_at: float  # time.time() of the successful fetch
    from_cache: bool = False

    def find(self, from_code: str, to_code: str) -> AvailablePack:
        """The newest pack for a pair.

        Raises:
            PackNotAvailableError: the index has no pack for the pair.
        """
        matches = [p for p in self.packs if (p.from_code, p.to_code) == (from_code, to_code)]
        if not matches:
            raise PackNotAvailableError(
                f"{from_code}→{to_code}",
                f"the index at {self.url} offers no pack for "
                f"{language_name(from_code)} → {language_name(to_code)}",
            )
        return max(matches, key=lambda pack: version_key(pack.version))


def default_index_url() -> str:
    """argos's own index URL (its ``ARGOS_PACKAGE_INDEX`` setting is honoured)."""
    from argostranslate import settings

    return str(settings.remote_package_index)


def _checksum(entry: dict[str, object]) -> str | None:
    for key in ("sha256", "checksum"):
        value = entry.get(key)
        if isinstance(value, str):
            match = _SHA256.match(value.strip())
            if match:
                return match.group(1).lower()
            log.warning("Ignoring a checksum in an unknown format: %r", value)
    return None


def _size(entry: dict[str, object]) -> int | None:
    for key in ("size", "filesize", "file_size"):
        value = entry.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return None


def parse_index(data: bytes, url: str) -> tuple[AvailablePack, ...]:
    """Read the index JSON; entries that are not downloadable translation packs are skipped.

    Raises:
        IndexUnavailableError: the data is not a JSON list.
    """
    try:
        entries = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise IndexUnavailableError(url, f"the index is not valid JSON ({exc})") from exc
    if not isinstance(entries, list):
        raise IndexUnavailableError(url, "the index is not a JSON list of packs")
    packs = []
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("type", "translate") != "translate":
            continue
        codes = entry.get("from_code"), entry.get("to_code")
        links = entry.get("links")
        if not all(isinstance(code, str) and code for code in codes) or not isinstance(links, list):
            continue
        links = [link for link in links if isinstance(link, str) and link]
        if not links:
            continue
        from_code, to_code = str(codes[0]), str(codes[1])
        packs.append(
            AvailablePack(
                from_code=from_code,
                to_code=to_code,
                from_name=str(entry.get("from_name") or language_name(from_code)),
                to_name=str(entry.get("to_name") or language_name(to_code)),
                version=str(entry.get("package_version") or ""),
                links=tuple(links),
                size=_size(entry),
                sha256=_checksum(entry),
            )
        )
    return tuple(packs)


def _cache_file(url: str, cache_dir: Path | None) -> Path:
    folder = cache_dir if cache_dir is not None else paths.cache_dir() / "packs"
    return folder / f"index-{hashlib.sha256(url.encode()).hexdigest()[:16]}.json"


def load_cached_index(url: str | None = None, *, cache_dir: Path | None = None) -> PackIndex | None:
    """The last index fetched from ``url``, or None if there is none (or it is unreadable)."""
    url = url or default_index_url()
    try:
        saved = json.loads(_cache_file(url, cache_dir).read_text(encoding="utf-8"))
        packs = parse_index(json.dumps(saved["entries"]).encode(), url)
        return PackIndex(url, packs, float(saved["fetched_at"]), from_cache=True)
    except (OSError, ValueError, KeyError, TypeError, IndexUnavailableError):
        return None


def _save(url: str, data: bytes, fetched_at: float, cache_dir: Path | None) -> None:
    """Keep the raw entries, written to a temporary file and renamed: never a half-written cache."""
    target = _cache_file(url, cache_dir)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        record = {"url": url, "fetched_at": fetched_at, "entries": json.loads(data)}
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".index-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(record, stream)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:  # a cache that cannot be written costs a fetch next time, nothing more
        log.warning("Could not cache the pack index in %s: %s", target, exc)


def fetch_index(
    url: str | None = None,
    *,
    timeout: float = net.DEFAULT_TIMEOUT,
    max_age: float = 0.0,
    cache_dir: Path | None = None,
) -> PackIndex:
    """The package index from ``url`` (default :func:`default_index_url`).

    Args:
        timeout: Seconds allowed for connecting and for each read.
        max_age: Serve the cached copy without any network access when it is younger than this
            many seconds (0: always fetch).
        cache_dir: Where the copy is kept (default ``<cache>/packs``).

    Raises:
        IndexUnavailableError: unreachable, timed out, an HTTP error, too big or not an index.
    """
    url = url or default_index_url()
    if max_age > 0:
        cached = load_cached_index(url, cache_dir=cache_dir)
        if cached is not None and time.time() - cached.fetched_at < max_age:
            return cached
    log.info("Fetching the language-pack index from %s", url)
    try:
        with net.open_url(url, timeout) as response:
            data = response.read(MAX_INDEX_BYTES + 1)
    except (OSError, ValueError, net.HttpStatusError, http.client.HTTPException) as exc:
        raise IndexUnavailableError(url, net.describe(exc, timeout)) from exc
    if len(data) > MAX_INDEX_BYTES:
        raise IndexUnavailableError(url, f"the index is larger than {MAX_INDEX_BYTES:,} bytes")
    packs = parse_index(data, url)
    fetched_at = time.time()
    _save(url, data, fetched_at, cache_dir)
    return PackIndex(url, packs, fetched_at)
