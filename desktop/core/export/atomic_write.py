"""Write a file so that it is either the old one or the complete new one, never half of each.

An export can fail halfway (a full disk, a crash in a writer, the user pulling a USB stick). Writing
to a temporary file in the same folder, syncing it to disk and renaming it over the target makes the
switch a single step: the rename is atomic on the same file system, which is why the temporary file
lives next to the target rather than in the system's temp folder.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO, NamedTuple

from desktop.core.export.errors import ExportError

log = logging.getLogger(__name__)

# Keeps the temporary name under the usual 255-byte limit even for long target names.
_MAX_STEM = 100


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Yield a binary stream whose content replaces `path` only if the block finishes.

    On any exception the temporary file is deleted and an existing file at `path` is left as it
    was. File-system failures come out as `ExportError` naming the file and the reason in plain
    words; other exceptions pass through unchanged.

    A symbolic link at `path` is followed, so the file it points to is replaced and the link kept.
    """
    shown = os.fspath(path)
    target = _real_target(Path(path))
    _check_target(shown, target)
    temporary = _create_temporary(shown, target)
    try:
        with os.fdopen(temporary.fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _keep_mode(target, temporary.path)
        os.replace(temporary.path, target)
    except OSError as exc:
        _discard(temporary.path)
        raise ExportError(shown, _reason(exc, target)) from exc
    except BaseException:
        _discard(temporary.path)
        raise
    _sync_folder(target.parent)


class _Temporary(NamedTuple):
    fd: int
    path: Path


def _real_target(path: Path) -> Path:
    if path.is_symlink():
        return path.resolve()
    return path


def _check_target(shown: str, target: Path) -> None:
    """Catch the common mistakes before creating anything, with a clearer reason."""
    if target.is_dir():
        raise ExportError(shown, "this is a folder, not a file; choose a file name")
    folder = target.parent
    if not folder.exists():
        raise ExportError(shown, f"the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(shown, f"{folder} is a file, not a folder")


def _create_temporary(shown: str, target: Path) -> _Temporary:
    """Create a new hidden file next to `target`.

    `os.open` with mode 0o666 (not `mkstemp`, which makes 0o600 files) lets the user's umask decide
    the permissions, so a new export is as readable as any file the user saves.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    stem = target.name[:_MAX_STEM]
    while True:
        candidate = target.with_name(f".{stem}.{secrets.token_hex(4)}.tmp")
        try:
            return _Temporary(os.open(candidate, flags, 0o666), candidate)
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(shown, _reason(exc, target)) from exc


def _keep_mode(target: Path, temporary: Path) -> None:
    """Give the new file the old one's permissions, so re-exporting changes only the content."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return
    with suppress(OSError):
        os.chmod(temporary, mode)


def _discard(temporary: Path) -> None:
    try:
        temporary.unlink(missing_ok=True)
    except OSError:
        log.warning("could not remove the temporary file %s", temporary, exc_info=True)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; POSIX only (Windows cannot open folders this way)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(exc: OSError, target: Path) -> str:
    """Say in plain words why the file system refused."""
    folder = target.parent
    if isinstance(exc, IsADirectoryError):
        return "this is a folder, not a file; choose a file name"
    if isinstance(exc, FileNotFoundError):
        return f"the folder {folder} does not exist"
    if isinstance(exc, NotADirectoryError):
        return "part of the path is a file, not a folder"
    if isinstance(exc, PermissionError):
        return (
            f"no permission to write in the folder {folder}, or the file is open in another program"
        )
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return f"the file could not be written ({exc.strerror or exc})"
