"""Fixtures for the language pack GUI tests: a loopback index with the test packs, and a slow
download to cancel."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fixtures.pack_fixtures import PackSet
from tests.fixtures.pack_server import PackServer, index_entry
from tests.gui.packs.server import SlowServer


@pytest.fixture
def pack_server(built_packs: PackSet) -> Iterator[PackServer]:
    """Serves /index.json listing both test packs (with sizes and checksums) and the packs."""
    server = PackServer()
    entries = []
    for pack in (built_packs.ar_en, built_packs.en_ar):
        path = f"/{pack.archive.name}"
        server.serve(path, pack.archive.read_bytes())
        entries.append(index_entry(pack, [server.url(path)]))
    server.serve_index(entries)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def slow_server() -> Iterator[SlowServer]:
    server = SlowServer()
    try:
        yield server
    finally:
        server.close()
