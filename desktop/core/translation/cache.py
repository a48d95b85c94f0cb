"""A persistent translation cache in SQLite, so an article opened again appears at once.

Entries are keyed by a namespace (pack identity + decoding settings, see the engine) and the exact
sentence text. The cache is an optimisation, never a reason to fail: a corrupt or unreadable file is
moved aside and rebuilt, and if even that fails the cache switches itself off for the session.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.translation.results import SentenceTranslation, TranslationFlag

log = logging.getLogger(__name__)

T = TypeVar("T")

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    namespace TEXT NOT NULL,
    source_hash BLOB NOT NULL,
    translation TEXT NOT NULL,
    confidence REAL NOT NULL,
    flags TEXT NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (namespace, source_hash)
) WITHOUT ROWID
"""
_LOOKUP_CHUNK = 500  # stays under SQLite's bound-parameter limit


def _source_hash(text: str) -> bytes:
    """Sentences are stored hashed: the cache keeps no copy of the (possibly sensitive) source."""
    return hashlib.sha256(text.encode("utf-8")).digest()


def _select(query: str, parameters: list[object]) -> Callable[[sqlite3.Connection], list[Any]]:
    return lambda conn: conn.execute(query, parameters).fetchall()


class TranslationCache:
    """Thread-safe store of sentence translations in one SQLite file (or in memory).

    Args:
        path: The database file; None keeps the cache in memory for this process only.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._open()

    @property
    def enabled(self) -> bool:
        return self._conn is not None

    def get_many(self, namespace: str, texts: Iterable[str]) -> dict[str, SentenceTranslation]:
        """The cached translations among ``texts`` (missing ones are simply absent)."""
        by_hash = {_source_hash(text): text for text in texts}
        found: dict[str, SentenceTranslation] = {}
        hashes = list(by_hash)
        for start in range(0, len(hashes), _LOOKUP_CHUNK):
            chunk = hashes[start : start + _LOOKUP_CHUNK]
            query = (
                "SELECT source_hash, translation, confidence, flags FROM translations "
                f"WHERE namespace = ? AND source_hash IN ({','.join('?' * len(chunk))})"
            )
            rows = self._run(_select(query, [namespace, *chunk]))
            for source_hash, translation, confidence, flags in rows or []:
                try:
                    found[by_hash[bytes(source_hash)]] = SentenceTranslation(
                        str(translation),
                        float(confidence),
                        frozenset(TranslationFlag(flag) for flag in json.loads(flags)),
                    )
                except (ValueError, TypeError, KeyError):  # an entry another version wrote: a miss
                    continue
        return found

    def put_many(self, namespace: str, entries: Mapping[str, SentenceTranslation]) -> None:
        """Store ``entries`` in one transaction: after a crash either all are there or none."""
        now = time.time()
        rows = [
            (
                namespace,
                _source_hash(text),
                result.text,
                result.confidence,
                json.dumps(sorted(flag.value for flag in result.flags)),
                now,
            )
            for text, result in entries.items()
        ]
        if not rows:
            return

        def write(conn: sqlite3.Connection) -> None:
            with conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?)", rows
                )

        self._run(write)

    def clear(self) -> None:
        """Forget every cached translation (the user may not want traces of what they read)."""

        def wipe(conn: sqlite3.Connection) -> None:
            with conn:
                conn.execute("DELETE FROM translations")

        self._run(wipe)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _open(self) -> None:
        """Connect and check the schema; on a damaged file, move it aside and start afresh once."""
        try:
            self._conn = self._connect()
        except (sqlite3.Error, OSError) as exc:
            log.warning("Translation cache %s is unusable (%s); rebuilding it", self.path, exc)
            self._set_aside()
            try:
                self._conn = self._connect()
            except (sqlite3.Error, OSError) as again:
                log.warning("Translation cache disabled: %s", again)
                self._conn = None

    def _connect(self) -> sqlite3.Connection:
        if self.path is None:
            target = ":memory:"
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            target = str(self.path)
        # One connection shared by the GUI thread and workers, serialised by self._lock.
        conn = sqlite3.connect(target, timeout=5.0, check_same_thread=False)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # reads the header
            if version not in (0, SCHEMA_VERSION):
                conn.execute("DROP TABLE IF EXISTS translations")
            conn.execute(_SCHEMA)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("SELECT count(*) FROM translations LIMIT 1").fetchone()
            conn.commit()
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _set_aside(self) -> None:
        """Rename a damaged database (and its journal) so it can be inspected, never reused."""
        if self.path is None:
            return
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        for suffix in ("", "-journal", "-wal", "-shm"):
            damaged = self.path.with_name(self.path.name + suffix)
            if damaged.is_file():  # a folder in the way is not ours to move
                try:
                    damaged.replace(damaged.with_name(f"{damaged.name}.corrupt-{stamp}"))
                except OSError as exc:
                    log.warning("Cannot move %s aside: %s", damaged, exc)
                    with contextlib.suppress(OSError):
                        damaged.unlink()

    def _run(self, operation: Callable[[sqlite3.Connection], T]) -> T | None:
        """Run ``operation(conn)``; on a database error rebuild once and retry, else give up.

        A busy or locked database (OperationalError) is only reopened; any other database error
        means a damaged file, which is moved aside first.
        """
        with self._lock:
            for attempt in range(2):
                if self._conn is None:
                    return None
                try:
                    return operation(self._conn)
                except sqlite3.Error as exc:
                    log.warning("Translation cache error (%s); reopening %s", exc, self.path)
                    with contextlib.suppress(sqlite3.Error):
                        self._conn.close()
                    self._conn = None
                    if attempt == 0:
                        if not isinstance(exc, sqlite3.OperationalError):
                            self._set_aside()
                        self._open()
            return None
