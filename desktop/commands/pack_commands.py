"""`packs list | available | install | download | remove`: models of both kinds, without the GUI."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any, TextIO

from desktop.commands.common import EXIT_OK
from desktop.core.models.opus_catalog import CATALOG, release_by_id
from desktop.core.models.opus_install import (
    CONVERSION_NOTE,
    download_opus_model,
    install_opus_zip,
    remote_size,
)
from desktop.core.packs import (
    IndexUnavailableError,
    PackIndex,
    download_pack,
    fetch_index,
    install_pack_file,
    list_installed,
    load_cached_index,
    remove_pack,
)
from desktop.core.packs.net import DEFAULT_TIMEOUT
from desktop.core.translation.errors import language_name
from desktop.core.translation.models import ModelInfo, list_models, remove_model
from desktop.core.translation.packs import InstalledPack

INDEX_MAX_AGE = 3600.0  # `download` reuses an index fetched within the hour


def human_size(size: int | None) -> str:
    if size is None:
        return "size unknown"
    value = float(size)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


class _TerminalProgress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int | None) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done != total):
            return
        self.last = now
        if total:
            text = f"{self.label}: {done * 100 // total:3d}% of {human_size(total)}"
        else:
            text = f"{self.label}: {human_size(done)}"
        sys.stderr.write("\r" + text + " " * 8)
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _describe(pack: InstalledPack) -> str:
    return (
        f"{pack.from_code}→{pack.to_code} ({language_name(pack.from_code)} → "
        f"{language_name(pack.to_code)}) version {pack.version or '?'}"
    )


def _model_row(info: ModelInfo) -> str:
    where = f"{info.path}{'  (bundled, read-only)' if info.read_only else ''}"
    return (
        f"{info.model_id}\t{info.kind}\t{info.pair}\t{info.version or '?'}\t"
        f"{human_size(info.size)}\t{info.licence}\t{info.quality_note}\t{where}"
    )


def _cmd_list(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    installed = list_models()
    if not installed:
        out.write(
            "No translation models installed. Offline: `packs install FILE` (an argos .argosmodel "
            "or an OPUS-MT release .zip); online: `packs available` and `packs download`.\n"
        )
    for info in installed:
        out.write(_model_row(info) + "\n")
    return EXIT_OK


def _index(args: argparse.Namespace, max_age: float) -> PackIndex:
    """Fetch the index; offline, fall back to the last copy saved, saying how old it is."""
    try:
        return fetch_index(args.index_url, timeout=args.timeout, max_age=max_age)
    except IndexUnavailableError as error:
        cached = load_cached_index(error.url)
        if cached is None:
            raise
        saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(cached.fetched_at))
        print(
            f"nashra-cli: {error.url}: could not reach the language-pack index ({error.detail}); "
            f"showing the list saved on {saved}",
            file=sys.stderr,
        )
        return cached


def _cmd_available(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    installed_ids = {info.model_id for info in list_models()}
    for release in CATALOG:
        mark = "\tinstalled" if release.model_id in installed_ids else ""
        out.write(
            f"{release.model_id}\topus-mt\t{release.from_code}→{release.to_code}"
            f"\t{release.release_date}\t{release.licence}\t{release.quality_note}"
            f"\t{release.url}{mark}\n"
        )
    try:
        index = _index(args, max_age=0.0)
    except IndexUnavailableError as error:  # the OPUS-MT list above needs no network
        print(f"nashra-cli: {error}", file=sys.stderr)
        return EXIT_OK
    installed = {(p.pack.from_code, p.pack.to_code): p.pack.version for p in list_installed()}
    for pack in sorted(index.packs, key=lambda p: (p.from_code, p.to_code)):
        mark = ""
        if (pack.from_code, pack.to_code) in installed:
            mark = f"\tinstalled ({installed[pack.from_code, pack.to_code] or '?'})"
        out.write(
            f"{pack.pair}\targos\t{pack.version or '?'}\t{human_size(pack.size)}"
            f"\t{pack.from_name} → {pack.to_name}{mark}\n"
        )
    return EXIT_OK


def _install_progress(step: str, fraction: float) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\rinstalling: {step} {fraction * 100:3.0f}%" + " " * 8)
        sys.stderr.flush()


def _cmd_install(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if str(args.file).lower().endswith(".zip"):
        print(f"nashra-cli: {CONVERSION_NOTE}", file=sys.stderr)
        model = install_opus_zip(args.file, progress=_install_progress)
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        out.write(
            f"Installed OPUS-MT model {model.model_id} ({model.from_code}→{model.to_code}) "
            f"in {model.path}\n"
        )
        return EXIT_OK
    pack = install_pack_file(args.file)
    out.write(f"Installed {_describe(pack)} in {pack.path}\n")
    return EXIT_OK


def _cmd_download(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.to_code is None:  # `packs download MODEL_ID`: a pinned OPUS-MT release
        release = release_by_id(args.from_code)
        size = remote_size(release.url, timeout=args.timeout)
        print(
            f"nashra-cli: downloading {release.url} ({human_size(size)}); {CONVERSION_NOTE}",
            file=sys.stderr,
        )
        progress = _TerminalProgress(f"Downloading {release.model_id}")
        try:
            model = download_opus_model(
                release.model_id,
                progress=progress,
                install_progress=_install_progress,
                timeout=args.timeout,
            )
        finally:
            progress.finish()
        out.write(f"Installed OPUS-MT model {model.model_id} in {model.path}\n")
        return EXIT_OK
    index = _index(args, max_age=INDEX_MAX_AGE)
    progress = _TerminalProgress(f"Downloading {args.from_code}→{args.to_code}")
    try:
        pack = download_pack(
            args.from_code, args.to_code, index=index, progress=progress, timeout=args.timeout
        )
    finally:
        progress.finish()
    out.write(f"Installed {_describe(pack)} in {pack.path}\n")
    return EXIT_OK


def _cmd_remove(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.to_code is None:  # `packs remove MODEL_ID`
        ids = {info.model_id: info for info in list_models()}
        info = ids.get(args.from_code)
        if info is not None and info.kind == "argos":
            folders = remove_pack(info.from_code, info.to_code)
        else:
            folders = [remove_model(args.from_code)]
    else:
        folders = remove_pack(args.from_code, args.to_code)
    for folder in folders:
        out.write(f"Removed {folder}\n")
    return EXIT_OK


def _add_network_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--index-url", metavar="URL", help="package index to use (default: argos's own)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="give up on a silent server after this long (default %(default)g)",
    )


def register(commands: Any) -> None:
    packs = commands.add_parser("packs", help="list, download, install and remove language packs")
    actions = packs.add_subparsers(dest="packs_command", required=True, metavar="ACTION")

    listing = actions.add_parser(
        "list", help="installed models of both kinds: id, kind, pair, size, licence, quality"
    )
    listing.set_defaults(handler=_cmd_list)

    available = actions.add_parser(
        "available", help="OPUS-MT releases Nashra knows, and the packs argos's index offers"
    )
    _add_network_arguments(available)
    available.set_defaults(handler=_cmd_available)

    install = actions.add_parser(
        "install", help="install from a file: an argos .argosmodel or an OPUS-MT release .zip"
    )
    install.add_argument("file", metavar="FILE", help="the .argosmodel or OPUS-MT .zip file")
    install.set_defaults(handler=_cmd_install)

    download = actions.add_parser(
        "download", help="download and install: FROM TO (argos index) or an OPUS-MT MODEL_ID"
    )
    download.add_argument(
        "from_code", metavar="FROM|MODEL_ID", help="e.g. ar, or opus-mt-big-ar-en"
    )
    download.add_argument("to_code", metavar="TO", nargs="?", help="target language, e.g. en")
    _add_network_arguments(download)
    download.set_defaults(handler=_cmd_download)

    remove = actions.add_parser("remove", help="remove an installed model: FROM TO or MODEL_ID")
    remove.add_argument("from_code", metavar="FROM|MODEL_ID")
    remove.add_argument("to_code", metavar="TO", nargs="?")
    remove.set_defaults(handler=_cmd_remove)
