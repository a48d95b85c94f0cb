"""The pack manager's index fetch and download connect, to the configured server only, and only
when called; listing, inspecting and installing from a file never do."""

from __future__ import annotations

from pathlib import Path

from desktop.core import packs
from tests.fixtures.pack_fixtures import PackSet
from tests.fixtures.pack_server import PackServer, index_entry
from tests.offline.guard import Attempt, network_guard, offline


def _connected_to(attempts: list[Attempt]) -> set[tuple[str, int]]:
    return {a.args[1] for a in attempts if a.event == "socket.connect"}


def test_only_fetch_index_and_download_connect_and_only_to_the_server(
    built_packs: PackSet, server: PackServer, tmp_path: Path
) -> None:
    folders = packs.PackFolders.only(tmp_path / "packages")
    link = server.serve("/ar_en.argosmodel", built_packs.ar_en.archive.read_bytes())
    url = server.serve_index([index_entry(built_packs.ar_en, [link])])
    host_port = server.httpd.server_address[:2]

    with offline():  # everything that works on local files
        assert packs.list_installed(folders) == []
        assert packs.load_cached_index(url) is None
        assert packs.inspect_pack_file(built_packs.en_ar.archive).to_code == "ar"
        packs.install_pack_file(built_packs.en_ar.archive, folders=folders)
        assert [p.pack.to_code for p in packs.list_installed(folders)] == ["ar"]

    with network_guard(block=False) as attempts:
        index = packs.fetch_index(url, timeout=5)
    assert _connected_to(attempts) == {host_port}
    assert server.hits["/index.json"] == 1

    with offline():  # the index is cached now; reading it needs no network
        cached = packs.load_cached_index(url)
        assert cached is not None and cached.packs == index.packs

    with network_guard(block=False) as attempts:
        packs.download_pack("ar", "en", index=index, folders=folders)
    assert _connected_to(attempts) == {host_port}
    assert server.hits["/ar_en.argosmodel"] == 1
    assert sorted(p.pack.to_code for p in packs.list_installed(folders)) == ["ar", "en"]

    with offline():
        packs.remove_pack("ar", "en", folders=folders)
