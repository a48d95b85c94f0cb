"""Downloading packs from a real HTTP server on 127.0.0.1: progress, cancel, failures, checksums.

Whatever goes wrong, the packages folder must be exactly as before and no scratch file may remain.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.core.packs import (
    ChecksumMismatchError,
    DownloadCancelledError,
    DownloadError,
    InvalidPackError,
    PackFolders,
    download_pack,
    fetch_index,
    install_pack_file,
    list_installed,
)
from tests.fixtures.pack_fixtures import PackSet
from tests.fixtures.pack_server import PackServer, index_entry, leftovers, snapshot

FAST: dict[str, Any] = {"timeout": 5, "retries": 2, "backoff": 0}


@pytest.fixture
def installed_en_ar(built_packs: PackSet, folders: PackFolders, packages_dir: Path) -> list[Any]:
    """Install another pack first, so "nothing changed" is checked against a non-empty folder."""
    install_pack_file(built_packs.en_ar.archive, folders)
    return snapshot(packages_dir)


def _serve(server: PackServer, built_packs: PackSet, **route: Any) -> str:
    link = server.serve("/ar_en.argosmodel", built_packs.ar_en.archive.read_bytes(), **route)
    return server.serve_index([index_entry(built_packs.ar_en, [link])])


def test_download_reports_progress_and_installs(
    built_packs: PackSet, server: PackServer, folders: PackFolders, packages_dir: Path
) -> None:
    index_url = _serve(server, built_packs)
    reports: list[tuple[int, int | None]] = []

    pack = download_pack(
        "ar", "en", index_url=index_url, folders=folders, progress=lambda *r: reports.append(r)
    )

    size = built_packs.ar_en.archive.stat().st_size
    assert len(reports) >= 3
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert {total for _, total in reports} == {size}
    assert reports[-1] == (size, size)
    assert pack.path == packages_dir / built_packs.ar_en.name
    assert [info.pair for info in list_installed(folders)] == ["ar→en"]
    assert sorted(p.name for p in packages_dir.parent.iterdir()) == ["packages"]


def test_cancel_mid_way_leaves_nothing(
    built_packs: PackSet,
    server: PackServer,
    folders: PackFolders,
    packages_dir: Path,
    installed_en_ar: list[Any],
) -> None:
    index_url = _serve(server, built_packs)
    cancel = threading.Event()

    def progress(done: int, total: int | None) -> None:
        if done > 0:
            cancel.set()

    with pytest.raises(DownloadCancelledError, match="download cancelled"):
        download_pack(
            "ar", "en", index_url=index_url, folders=folders, progress=progress, cancel=cancel
        )
    assert snapshot(packages_dir) == installed_en_ar and leftovers(packages_dir) == []


def test_a_connection_cut_half_way_is_retried_then_fails_cleanly(
    built_packs: PackSet,
    server: PackServer,
    folders: PackFolders,
    packages_dir: Path,
    installed_en_ar: list[Any],
) -> None:
    index_url = _serve(server, built_packs, behaviour="cut")
    size = built_packs.ar_en.archive.stat().st_size

    with pytest.raises(DownloadError, match=f"closed after {size // 2:,} of {size:,} bytes"):
        download_pack("ar", "en", index_url=index_url, folders=folders, **FAST)
    assert server.hits["/ar_en.argosmodel"] == 3
    assert snapshot(packages_dir) == installed_en_ar and leftovers(packages_dir) == []


@pytest.mark.parametrize(("status", "attempts"), [(404, 1), (500, 3)])
def test_http_errors_retry_only_server_errors(
    status: int,
    attempts: int,
    built_packs: PackSet,
    server: PackServer,
    folders: PackFolders,
    packages_dir: Path,
    installed_en_ar: list[Any],
) -> None:
    index_url = _serve(server, built_packs, status=status)

    with pytest.raises(DownloadError, match=rf"/ar_en\.argosmodel: download failed: HTTP {status}"):
        download_pack("ar", "en", index_url=index_url, folders=folders, **FAST)
    assert server.hits["/ar_en.argosmodel"] == attempts
    assert snapshot(packages_dir) == installed_en_ar and leftovers(packages_dir) == []


def test_a_passing_server_error_is_overcome_by_a_retry(
    built_packs: PackSet, server: PackServer, folders: PackFolders
) -> None:
    index_url = _serve(server, built_packs, fail_first=2)
    pack = download_pack("ar", "en", index_url=index_url, folders=folders, **FAST)
    assert pack.from_code == "ar" and server.hits["/ar_en.argosmodel"] == 3


def test_the_next_link_is_tried_when_one_is_missing(
    built_packs: PackSet, server: PackServer, folders: PackFolders
) -> None:
    good = server.serve("/mirror.argosmodel", built_packs.ar_en.archive.read_bytes())
    index_url = server.serve_index(
        [index_entry(built_packs.ar_en, [server.url("/gone.argosmodel"), good])]
    )
    index = fetch_index(index_url)
    # The order links are tried in is the index's order; put the missing one first.
    assert index.packs[0].links[0].endswith("/gone.argosmodel")
    download_pack("ar", "en", index=index, folders=folders, **FAST)
    assert server.hits["/gone.argosmodel"] == 1 and server.hits["/mirror.argosmodel"] == 1


def test_a_server_that_never_answers_times_out(
    built_packs: PackSet,
    server: PackServer,
    folders: PackFolders,
    packages_dir: Path,
    installed_en_ar: list[Any],
) -> None:
    index_url = _serve(server, built_packs, behaviour="silent")
    started = time.monotonic()
    with pytest.raises(DownloadError, match=r"no answer from the server after 0\.5 s"):
        download_pack(
            "ar", "en", index_url=index_url, folders=folders, timeout=0.5, retries=1, backoff=0
        )
    assert time.monotonic() - started < 4
    assert snapshot(packages_dir) == installed_en_ar and leftovers(packages_dir) == []


def test_a_checksum_mismatch_installs_nothing(
    built_packs: PackSet,
    server: PackServer,
    folders: PackFolders,
    packages_dir: Path,
    installed_en_ar: list[Any],
) -> None:
    link = server.serve("/ar_en.argosmodel", built_packs.ar_en.archive.read_bytes())
    entry = index_entry(built_packs.ar_en, [link]) | {"sha256": "0" * 64}
    index_url = server.serve_index([entry])

    with pytest.raises(ChecksumMismatchError, match="does not match the index's SHA-256"):
        download_pack("ar", "en", index_url=index_url, folders=folders, **FAST)
    assert server.hits["/ar_en.argosmodel"] == 1
    assert snapshot(packages_dir) == installed_en_ar and leftovers(packages_dir) == []


def test_a_file_for_another_pair_is_refused_naming_the_url(
    built_packs: PackSet, server: PackServer, folders: PackFolders, packages_dir: Path
) -> None:
    link = server.serve("/ar_en.argosmodel", built_packs.en_ar.archive.read_bytes())
    index_url = server.serve_index(
        [index_entry(built_packs.ar_en, [link], archive=built_packs.en_ar.archive)]
    )
    with pytest.raises(InvalidPackError, match=f"^{re.escape(link)}: .* holds en→ar"):
        download_pack("ar", "en", index_url=index_url, folders=folders, **FAST)
    assert snapshot(packages_dir) == [] and leftovers(packages_dir) == []


def test_an_https_failure_is_reported_before_an_ipfs_link(
    built_packs: PackSet,
    server: PackServer,
    folders: PackFolders,
    packages_dir: Path,
    installed_en_ar: list[Any],
) -> None:
    missing = server.url("/gone.argosmodel")
    index_url = server.serve_index(
        [index_entry(built_packs.ar_en, [missing, "ipfs://QmNotAnHttpLink"])]
    )
    with pytest.raises(DownloadError) as caught:
        download_pack("ar", "en", index_url=index_url, folders=folders, **FAST)
    assert "404" in str(caught.value) and caught.value.source == missing
    assert "not an http or https URL" not in str(caught.value)
    assert snapshot(packages_dir) == installed_en_ar and leftovers(packages_dir) == []
