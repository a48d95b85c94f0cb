"""Test helpers for language packs: a real HTTP server on 127.0.0.1 and hand-made pack archives."""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import zipfile
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal

from tests.fixtures.argos_pack import BuiltPack, zip_folder

Behaviour = Literal["normal", "cut", "silent"]


@dataclass
class Route:
    """What the server answers on one path.

    Args:
        behaviour: "cut" announces the full Content-Length, sends half and closes; "silent"
            accepts the request and never answers.
        fail_first: answer this many requests with HTTP 503 before behaving normally.
    """

    body: bytes = b""
    status: int = 200
    behaviour: Behaviour = "normal"
    fail_first: int = 0
    content_type: str = "application/octet-stream"


class PackServer:
    """A threaded HTTP server serving an index and packs, counting the requests on each path."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_HEAD(self) -> None:
                server.hits["HEAD " + self.path] += 1
                route = server.routes.get(self.path)
                if route is None or route.status != 200:
                    self.send_error(404 if route is None else route.status)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()

            def do_GET(self) -> None:
                server.hits[self.path] += 1
                route = server.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                if route.behaviour == "silent":
                    server.stopping.wait(30)
                    return
                if server.hits[self.path] <= route.fail_first:
                    self.send_error(503)
                    return
                if route.status != 200:
                    self.send_error(route.status)
                    return
                self.send_response(200)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                body = (
                    route.body[: len(route.body) // 2] if route.behaviour == "cut" else route.body
                )
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)  # the client may hang up: that is a cancel test

            def log_message(self, format: str, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client hanging up mid-transfer is what the tests do on purpose

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def serve(self, path: str, body: bytes = b"", **route: Any) -> str:
        self.routes[path] = Route(body, **route)
        return self.url(path)

    def serve_index(self, entries: list[dict[str, Any]], path: str = "/index.json") -> str:
        return self.serve(path, json.dumps(entries).encode(), content_type="application/json")

    def close(self) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


def index_entry(
    pack: BuiltPack,
    links: list[str],
    *,
    version: str = "1.0",
    checksum: bool = True,
    size: bool = True,
    archive: Path | None = None,
) -> dict[str, Any]:
    """An argos index entry for a built pack, with the optional size and sha256 fields."""
    data = (archive or pack.archive).read_bytes()
    entry: dict[str, Any] = {
        "package_version": version,
        "argos_version": "1.9",
        "from_code": pack.from_code,
        "from_name": "Arabic" if pack.from_code == "ar" else "English",
        "to_code": pack.to_code,
        "to_name": "English" if pack.to_code == "en" else "Arabic",
        "type": "translate",
        "links": links,
    }
    if checksum:
        entry["sha256"] = hashlib.sha256(data).hexdigest()
    if size:
        entry["size"] = len(data)
    return entry


def rebuild_with_version(pack: BuiltPack, work: Path, version: str) -> Path:
    """The same pack under a new version number and folder name, as a new ``.argosmodel``."""
    name = f"translate-{pack.from_code}_{pack.to_code}-{version.replace('.', '_')}"
    folder = work / name
    if not folder.exists():
        import shutil

        shutil.copytree(pack.folder, folder)
        metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
        metadata["package_version"] = version
        (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    archive = work / f"{name}.argosmodel"
    zip_folder(folder, archive)
    return archive


def write_zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    """A zip with exactly the members given (names are not cleaned, unlike ``ZipFile.write``)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for info, data in members:
            zipped.writestr(info, data)
    return path


def pack_members(
    pack: BuiltPack, top: str | None = None
) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    """The members of a valid pack (optionally under another top folder), to tamper with."""
    top = top or pack.name
    members: list[tuple[zipfile.ZipInfo | str, bytes]] = []
    for path in sorted(pack.folder.rglob("*")):
        if path.is_file():
            members.append((f"{top}/{path.relative_to(pack.folder).as_posix()}", path.read_bytes()))
    return members


def snapshot(folder: Path) -> list[tuple[str, int]]:
    """Every path under ``folder`` with its size (0 for folders): to compare before and after."""
    if not folder.exists():
        return []
    return sorted(
        (path.relative_to(folder).as_posix(), path.stat().st_size if path.is_file() else 0)
        for path in folder.rglob("*")
    )


def leftovers(packages_dir: Path) -> list[str]:
    """Nashra's scratch folders left beside the packages folder (there should be none)."""
    return sorted(p.name for p in packages_dir.parent.glob(".nashra-*"))


def closed_port_url(path: str = "/index.json") -> str:
    """A URL on 127.0.0.1 where nothing listens: connecting is refused at once, like offline."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"
