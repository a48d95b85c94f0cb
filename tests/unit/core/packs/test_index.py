"""Fetching the package index from a real HTTP server on 127.0.0.1, and failing cleanly offline."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.packs import (
    IndexUnavailableError,
    PackNotAvailableError,
    fetch_index,
    load_cached_index,
)
from tests.fixtures.pack_fixtures import PackSet
from tests.fixtures.pack_server import PackServer, closed_port_url, index_entry


def test_index_lists_packs_with_sizes_and_checksums_and_is_cached(
    built_packs: PackSet, server: PackServer
) -> None:
    link = server.url("/ar_en.argosmodel")
    url = server.serve_index(
        [
            index_entry(built_packs.ar_en, [link]),
            index_entry(built_packs.en_ar, [link], checksum=False, size=False),
            {"type": "sbd", "from_code": "ar", "links": [link]},  # not a translation pack
            {"from_code": "ar", "to_code": "fr"},  # nothing to download
            "not an entry",
        ]
    )

    index = fetch_index(url, timeout=5)

    assert [pack.pair for pack in index.packs] == ["ar→en", "en→ar"]
    ar_en, en_ar = index.packs
    assert ar_en.size == built_packs.ar_en.archive.stat().st_size
    assert ar_en.sha256 is not None and len(ar_en.sha256) == 64
    assert (en_ar.size, en_ar.sha256) == (None, None)
    assert ar_en.links == (link,) and ar_en.from_name == "Arabic"
    assert not index.from_cache
    assert list((paths.cache_dir() / "packs").glob("index-*.json"))

    cached = load_cached_index(url)
    assert cached is not None and cached.from_cache and cached.packs == index.packs

    served_before = server.hits["/index.json"]
    assert fetch_index(url, max_age=3600).from_cache
    assert server.hits["/index.json"] == served_before  # no network for a fresh copy


def test_find_picks_the_newest_version_and_names_a_missing_pair(
    built_packs: PackSet, server: PackServer
) -> None:
    link = server.url("/pack")
    url = server.serve_index(
        [
            index_entry(built_packs.ar_en, [link], version="1.9"),
            index_entry(built_packs.ar_en, [link], version="1.10"),
        ]
    )
    index = fetch_index(url)
    assert index.find("ar", "en").version == "1.10"
    with pytest.raises(PackNotAvailableError, match="offers no pack for Arabic → French"):
        index.find("ar", "fr")


def test_offline_is_a_clear_error_at_once() -> None:
    url = closed_port_url()
    started = time.monotonic()
    with pytest.raises(IndexUnavailableError) as raised:
        fetch_index(url, timeout=5)
    assert time.monotonic() - started < 3
    message = str(raised.value)
    assert message.startswith(f"{url}: could not reach the language-pack index")
    assert "connection was refused" in message
    assert message.endswith("you can install a pack from a file instead")
    assert load_cached_index(url) is None


def test_a_server_that_never_answers_times_out(server: PackServer) -> None:
    url = server.serve("/index.json", behaviour="silent")
    started = time.monotonic()
    with pytest.raises(IndexUnavailableError, match=r"no answer from the server after 0.5 s"):
        fetch_index(url, timeout=0.5)
    assert time.monotonic() - started < 3


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"", 500, "HTTP 500"),
        (b"", 404, "HTTP 404"),
        (b"<html>sorry</html>", 200, "not valid JSON"),
        (b'{"packages": []}', 200, "not a JSON list"),
    ],
)
def test_bad_answers_are_clear_errors(
    server: PackServer, body: bytes, status: int, message: str
) -> None:
    url = server.serve("/index.json", body, status=status)
    with pytest.raises(IndexUnavailableError, match=message):
        fetch_index(url)


def test_only_http_urls_are_fetched(tmp_path: Path) -> None:
    index = tmp_path / "index.json"
    index.write_text("[]")
    with pytest.raises(IndexUnavailableError, match="not an http or https URL"):
        fetch_index(index.as_uri())
