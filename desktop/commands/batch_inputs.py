"""Which files a batch command reads, and where each one's output goes.

The arguments may be files, folders (read recursively, keeping only the extensions Nashra reads)
and globs (for shells that do not expand them, and for archives too large for one command line).
Each output is named from its input (``report.pdf`` → ``report.translation.txt``) in a copy of the
inputs' folder tree under the output folder. The tree starts at the folder the arguments name (a
folder, a glob's fixed part, a file's own folder), not at the files found, so a run over an
archive that has grown since gives every old file the same name as before: ``--skip-existing``
relies on it. Two inputs never share an output: folders keep them apart, and inputs of the same
name in one folder (``a.txt``, ``a.html``) keep their own extension in the output's name.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.loading import READABLE_EXTENSIONS

_GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class BatchInput:
    """One input of a batch run.

    Attributes:
        path: the file, as given or as found under a folder or glob.
        root: the folder its argument names; outputs copy the tree below it.
        problem: why the argument names nothing to read (a glob matching no file, a missing
            path), or None.
    """

    path: Path
    root: Path
    problem: str | None = None

    @property
    def shown(self) -> str:
        return os.fspath(self.path)


@dataclass(frozen=True)
class FoundInputs:
    inputs: list[BatchInput]
    ignored: int  # files in the folders and globs with an extension Nashra does not read


def is_glob(argument: str) -> bool:
    return any(character in _GLOB_CHARACTERS for character in argument)


def is_single_file(arguments: Sequence[str]) -> bool:
    """One argument naming one file (or nothing yet): today's one-document behaviour."""
    if len(arguments) != 1:
        return False
    path = Path(arguments[0])
    return not path.is_dir() and (path.exists() or not is_glob(arguments[0]))


def find_inputs(
    arguments: Iterable[str], *, listed: Iterable[str] = (), skip: Path | None = None
) -> FoundInputs:
    """The inputs named by files, folders and globs, in argument order, each once.

    Args:
        listed: paths from a list file (`--files-from`), after the arguments. Their tree starts
            at the current folder, whatever else the list holds, so an archive's list split
            across machines gives every file the same output name on each.
        skip: a folder never searched (the output folder, when it lies inside an input folder,
            so a second run does not read the first run's outputs).
    """
    inputs: list[BatchInput] = []
    ignored = 0
    seen: set[Path] = set()
    skipped = skip.resolve() if skip is not None else None

    def add(item: BatchInput) -> None:
        key = item.path.resolve()
        if item.problem is not None or key not in seen:
            seen.add(key)
            inputs.append(item)

    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            files, others = _walk(path, skipped)
            ignored += others
            for file in files:
                add(BatchInput(file, path))
        elif path.exists():
            add(BatchInput(path, path.parent))
        elif is_glob(argument):
            root = _fixed_part(argument)
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                add(BatchInput(path, root, "matches no file"))
            for match in map(Path, matches):
                if match.is_dir():
                    files, others = _walk(match, skipped)
                    ignored += others
                    for file in files:
                        add(BatchInput(file, root))
                elif _readable(match):
                    add(BatchInput(match, root))
                else:
                    ignored += 1
        else:
            add(BatchInput(path, path.parent, "no such file or folder"))
    here = Path(".")
    for line in listed:
        path = Path(line)
        if path.is_dir():
            files, others = _walk(path, skipped)
            ignored += others
            for file in files:
                add(BatchInput(file, here))
        else:
            add(BatchInput(path, here, None if path.exists() else "no such file or folder"))
    return FoundInputs(inputs, ignored)


def output_paths(inputs: Sequence[BatchInput], folder: Path, ending: str) -> dict[Path, Path]:
    """Each input's output file under `folder`, named ``<stem>.<ending>``.

    Args:
        ending: what replaces the input's extension, e.g. "translation.txt" or "summary.json".
    """
    base = _common_folder(item.root for item in inputs)
    by_name: dict[str, list[tuple[BatchInput, Path]]] = {}
    for item in inputs:
        relative = _relative_folder(Path(os.path.abspath(item.path)).parent, base)
        target = folder / relative / f"{item.path.stem}.{ending}"
        # Case-insensitive file systems (Windows, macOS) would merge "A.txt" and "a.txt".
        by_name.setdefault(os.fspath(target).casefold(), []).append((item, target))
    outputs: dict[Path, Path] = {}
    for group in by_name.values():
        if len(group) == 1:
            (item, target), *_ = group
            outputs[item.path] = target
            continue
        names: set[str] = set()
        for item, target in group:
            name = f"{item.path.name}.{ending}"
            number = 1
            while name.casefold() in names:
                number += 1
                name = f"{item.path.name}.{number}.{ending}"
            names.add(name.casefold())
            outputs[item.path] = target.with_name(name)
    return outputs


def _readable(path: Path) -> bool:
    return path.suffix.lower() in READABLE_EXTENSIONS and not path.name.startswith(".")


def _walk(folder: Path, skip: Path | None) -> tuple[list[Path], int]:
    """Readable files under `folder`, sorted, hidden files and folders left out (an interrupted
    export's temporary file is hidden), symbolic links to folders not followed (no loops)."""
    files: list[Path] = []
    others = 0
    for current, folders, names in os.walk(folder):
        here = Path(current)
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith(".") and (skip is None or (here / name).resolve() != skip)
        )
        for name in sorted(names):
            path = here / name
            if _readable(path):
                files.append(path)
            elif not name.startswith("."):
                others += 1
    return files, others


def _fixed_part(pattern: str) -> Path:
    """The folder a glob starts from: its parts before the first one with a wildcard."""
    parts = Path(pattern).parts
    fixed: list[str] = []
    for part in parts[:-1]:
        if is_glob(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _common_folder(roots: Iterable[Path]) -> Path | None:
    absolute = [os.path.abspath(root) for root in roots]
    if not absolute:
        return None
    try:
        return Path(os.path.commonpath(absolute))
    except ValueError:  # folders on different Windows drives share no folder
        return None


def _relative_folder(folder: Path, base: Path | None) -> Path:
    if base is not None:
        return folder.relative_to(base)
    return Path(*_without_anchor(folder))


def _without_anchor(folder: Path) -> Iterator[str]:
    drive = folder.drive.rstrip(":\\/") if folder.drive else ""
    if drive:
        yield drive
    yield from folder.parts[1:]
