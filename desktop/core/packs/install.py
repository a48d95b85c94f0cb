"""Install a language pack from a ``.argosmodel`` file, after making sure it is safe and usable.

A pack file comes from the internet or a USB stick, so it is checked before anything lands in
the packages folder: a zip with exactly one top-level folder, no member that could write outside
that folder (absolute paths, ``..``, symlinks, devices), a total unpacked size under a limit
(checked on the declared sizes, then again on the bytes actually written, since declared sizes
can lie), a readable ``metadata.json`` naming both languages, and a ``model/`` folder that
CTranslate2 really loads. It is unpacked into a scratch folder beside the packages folder and
renamed into place only when all of that passed, so a rejected or interrupted install leaves the
packages folder exactly as it was.
"""

from __future__ import annotations

import json
import logging
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.packs.errors import (
    InvalidPackError,
    PackError,
    PackTooLargeError,
    PackVersionError,
)
from desktop.core.packs.folders import (
    STAGING_PREFIX,
    delete_tree,
    discard_folder,
    place_folder,
    scratch_dir,
)
from desktop.core.packs.installed import PackFolders, packs_for_pair
from desktop.core.translation.packs import InstalledPack, find_packs, read_pack, version_key

log = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 4 * 1024**3  # the largest argos packs unpack to well under 1 GB
MAX_METADATA_BYTES = 1024**2
CHUNK = 1024 * 1024


@dataclass(frozen=True)
class PackArchive:
    """What a validated ``.argosmodel`` holds, before it is installed."""

    path: Path
    folder: str  # the single top-level folder
    from_code: str
    to_code: str
    version: str
    unpacked_size: int  # as declared by the zip


def unsafe_name_reason(name: str) -> str | None:
    """Why a member name could write outside the pack folder, or None if it is safe."""
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or (len(normalised) > 1 and normalised[1] == ":"):
        return "has an absolute path"
    if any(part == ".." for part in normalised.split("/")):
        return "climbs out of the pack folder with '..'"
    if "\x00" in name:
        return "has a NUL byte in its name"
    return None


def member_kind_reason(info: zipfile.ZipInfo) -> str | None:
    """Why a member is not a plain file or folder (symlink, device, ...), or None."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind in (0, stat.S_IFREG, stat.S_IFDIR):  # 0: made on a system that stores no mode
        return None
    if stat.S_ISLNK(mode):
        return "is a symbolic link"
    return "is not a regular file or folder"


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise InvalidPackError(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise InvalidPackError(str(path), "is a folder, not a .argosmodel file") from exc
    except PermissionError as exc:
        raise InvalidPackError(str(path), "no permission to read this file") from exc
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise InvalidPackError(
            str(path), "not a language pack: the file is not a zip archive"
        ) from exc
    except OSError as exc:
        raise InvalidPackError(str(path), f"could not be read: {exc.strerror or exc}") from exc


def _check_members(path: Path, members: list[zipfile.ZipInfo], max_bytes: int) -> tuple[str, int]:
    """Check names, kinds, layout and declared size; return the top folder and unpacked size."""
    if not members:
        raise InvalidPackError(str(path), "not a language pack: the zip archive is empty")
    tops: set[str] = set()
    seen: set[str] = set()
    total = 0
    for info in members:
        reason = unsafe_name_reason(info.filename) or member_kind_reason(info)
        if reason:
            raise InvalidPackError(str(path), f"rejected: member '{info.filename}' {reason}")
        if info.flag_bits & 0x1:
            raise InvalidPackError(str(path), f"rejected: member '{info.filename}' is encrypted")
        parts = [
            part for part in info.filename.replace("\\", "/").split("/") if part not in ("", ".")
        ]
        if not parts:
            continue
        if len(parts) == 1 and not info.is_dir():
            raise InvalidPackError(
                str(path), f"not a language pack: file '{info.filename}' is outside the pack folder"
            )
        key = "/".join(parts).casefold()  # one file on case-insensitive disks (Windows, macOS)
        if key in seen:
            raise InvalidPackError(str(path), f"rejected: member '{info.filename}' appears twice")
        seen.add(key)
        tops.add(parts[0])
        total += info.file_size
    if len(tops) != 1:
        found = ", ".join(sorted(tops)) or "none"
        raise InvalidPackError(
            str(path), f"not a language pack: expected exactly one top-level folder, found {found}"
        )
    if total > max_bytes:
        raise PackTooLargeError(
            str(path),
            f"rejected: it would unpack to {total:,} bytes, over the {max_bytes:,}-byte limit",
        )
    return tops.pop(), total


def _read_metadata(path: Path, zipped: zipfile.ZipFile, folder: str) -> dict[str, object]:
    name = f"{folder}/metadata.json"
    try:
        info = zipped.getinfo(name)
    except KeyError:
        raise InvalidPackError(str(path), f"not a language pack: no {name}") from None
    if info.file_size > MAX_METADATA_BYTES:
        raise InvalidPackError(str(path), f"not a language pack: {name} is implausibly large")
    try:
        metadata = json.loads(zipped.read(info).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
        raise InvalidPackError(
            str(path), f"not a language pack: {name} is unreadable ({exc})"
        ) from exc
    if not isinstance(metadata, dict):
        raise InvalidPackError(str(path), f"not a language pack: {name} is not a JSON object")
    for key in ("from_code", "to_code"):
        value = metadata.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InvalidPackError(str(path), f"not a language pack: {name} has no {key}")
    if metadata.get("type", "translate") != "translate":
        raise InvalidPackError(
            str(path), f"not a translation pack: {name} says its type is {metadata.get('type')!r}"
        )
    return metadata


def inspect_pack_file(
    path: str | Path, *, max_unpacked_bytes: int = MAX_UNPACKED_BYTES
) -> PackArchive:
    """Validate a ``.argosmodel`` file without unpacking it.

    Raises:
        InvalidPackError: not a zip, unsafe member, wrong layout, bad metadata, no model.
        PackTooLargeError: the declared unpacked size is over ``max_unpacked_bytes``.
    """
    path = Path(path)
    with _open_zip(path) as zipped:
        folder, size = _check_members(path, zipped.infolist(), max_unpacked_bytes)
        metadata = _read_metadata(path, zipped, folder)
        names = {info.filename.replace("\\", "/") for info in zipped.infolist()}
    if f"{folder}/model/model.bin" not in names:
        raise InvalidPackError(str(path), f"not a language pack: no {folder}/model/model.bin")
    return PackArchive(
        path=path,
        folder=folder,
        from_code=str(metadata["from_code"]).strip(),
        to_code=str(metadata["to_code"]).strip(),
        version=str(metadata.get("package_version") or ""),
        unpacked_size=size,
    )


def _extract(archive: PackArchive, destination: Path, max_bytes: int) -> None:
    """Unpack member by member, counting the bytes really written (declared sizes can lie)."""
    written = 0
    with _open_zip(archive.path) as zipped:
        for info in zipped.infolist():
            parts = [p for p in info.filename.replace("\\", "/").split("/") if p not in ("", ".")]
            if not parts:
                continue
            target = destination.joinpath(*parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zipped.open(info) as source, open(target, "xb") as sink:
                while chunk := source.read(CHUNK):
                    written += len(chunk)
                    if written > max_bytes:
                        raise PackTooLargeError(
                            str(archive.path),
                            f"rejected: it unpacks to more than the {max_bytes:,}-byte limit",
                        )
                    sink.write(chunk)


def check_model_loads(model_dir: Path, source: str) -> None:
    """Load the CTranslate2 model once, on the CPU with one thread, and let it go.

    Looking for ``model.bin`` is not enough: a model saved by a newer CTranslate2 (unknown spec
    revision) or a truncated file only fails when loaded, and better at install time than in the
    middle of a translation. This costs about a second and the model's size in memory, once.
    """
    import ctranslate2

    try:
        translator = ctranslate2.Translator(
            str(model_dir), device="cpu", inter_threads=1, intra_threads=1
        )
    except (RuntimeError, ValueError, OSError) as exc:
        raise InvalidPackError(source, f"its model cannot be loaded by CTranslate2: {exc}") from exc
    del translator


def _check_unpacked(archive: PackArchive, folder: Path, check_model: bool) -> InstalledPack:
    pack = read_pack(folder)
    if pack is None:
        raise InvalidPackError(
            str(archive.path), "not a usable language pack: argos cannot read it (no tokenizer?)"
        )
    if check_model:
        check_model_loads(pack.model_dir, str(archive.path))
    return pack


def install_pack_file(
    path: str | Path,
    folders: PackFolders | None = None,
    *,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
    check_model: bool = True,
) -> InstalledPack:
    """Validate a ``.argosmodel`` file and install it into argos's packages folder.

    An installed pack for the same pair is replaced when the new one is the same version or
    newer (the old folder is removed only after the new one is in place).

    Args:
        folders: Where packs live; the pack goes to ``folders.install_dir`` (created if missing).
        max_unpacked_bytes: Refuse packs that unpack to more than this.
        check_model: Load the model with CTranslate2 before accepting it (see
            :func:`check_model_loads`).

    Raises:
        InvalidPackError: the file is not a valid, safe pack (nothing was changed).
        PackTooLargeError: over ``max_unpacked_bytes`` (nothing was changed).
        PackVersionError: a newer version of the pair is already installed.
        PackError: the packages folder could not be written.
    """
    folders = folders or PackFolders.default()
    archive = inspect_pack_file(path, max_unpacked_bytes=max_unpacked_bytes)
    packages_dir = folders.install_dir
    installed = packs_for_pair(find_packs(folders.writable), archive.from_code, archive.to_code)
    newer = [p for p in installed if version_key(p.version) > version_key(archive.version)]
    if newer:
        raise PackVersionError(
            str(archive.path),
            f"version {archive.version or '?'} is older than the installed {newer[0].version} "
            f"in {newer[0].path}; remove that one first to go back",
        )
    occupant = read_pack(packages_dir / archive.folder)
    if occupant is not None and (occupant.from_code, occupant.to_code) != (
        archive.from_code,
        archive.to_code,
    ):
        raise InvalidPackError(
            str(archive.path),
            f"its folder name '{archive.folder}' is taken by the installed "
            f"{occupant.from_code}→{occupant.to_code} pack; refusing to replace another pair",
        )
    try:
        staging = scratch_dir(packages_dir, STAGING_PREFIX)
    except OSError as exc:
        raise PackError(
            str(packages_dir), f"cannot write to the packages folder: {exc.strerror or exc}"
        ) from exc
    try:
        try:
            _extract(archive, staging, max_unpacked_bytes)
        except (zipfile.BadZipFile, EOFError) as exc:  # CRC error, truncated member
            raise InvalidPackError(str(archive.path), f"the archive is damaged: {exc}") from exc
        except (FileExistsError, NotADirectoryError, IsADirectoryError) as exc:
            raise InvalidPackError(
                str(archive.path), "rejected: two members clash (a file and a folder share a name)"
            ) from exc
        except OSError as exc:  # disk full, permissions
            raise PackError(
                str(packages_dir), f"could not unpack the pack: {exc.strerror or exc}"
            ) from exc
        _check_unpacked(archive, staging / archive.folder, check_model)
        final = packages_dir / archive.folder
        try:
            place_folder(staging / archive.folder, final)
        except OSError as exc:
            raise PackError(
                str(final), f"could not put the pack in place: {exc.strerror or exc}"
            ) from exc
    finally:
        delete_tree(staging)
    for old in installed:
        if old.path != final:
            try:
                discard_folder(old.path)
            except (
                OSError
            ) as exc:  # the new pack wins anyway (higher or equal version, first folder)
                log.warning("Could not remove the replaced pack %s: %s", old.path, exc)
    pack = read_pack(final)
    if pack is None:  # pragma: no cover - it was read from the same files a moment ago
        raise PackError(str(final), "the installed pack cannot be read back")
    log.info(
        "Installed language pack %s→%s %s in %s", pack.from_code, pack.to_code, pack.version, final
    )
    return pack
