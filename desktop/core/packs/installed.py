"""Which packs are installed where, how much room they take, and removing them.

Discovery itself is :mod:`desktop.core.translation.packs` (argos's own reader); this module adds
what the pack manager needs on top: which folders may be written to (argos's, so LibreTranslate
and argos see what Nashra installs) and which are read-only (bundled with the application).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.packs.errors import PackError, PackNotInstalledError, ReadOnlyPackError
from desktop.core.packs.folders import discard_folder
from desktop.core.translation.errors import language_name
from desktop.core.translation.packs import (
    InstalledPack,
    argos_package_dirs,
    bundled_packs_dir,
    find_packs,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PackFolders:
    """Where packs are read from, and which of those folders Nashra may change.

    Args:
        writable: argos's packages folders; new packs are installed into the first one.
        read_only: folders shipped with the application (bundled packs); listed, never changed.
    """

    writable: tuple[Path, ...]
    read_only: tuple[Path, ...] = ()

    @classmethod
    def default(cls) -> PackFolders:
        """argos's folders (honouring ``ARGOS_PACKAGES_DIR``) and the bundled one."""
        return cls(tuple(argos_package_dirs()), (bundled_packs_dir(),))

    @classmethod
    def only(cls, packages_dir: Path) -> PackFolders:
        """A single writable folder: for tests, or a portable install that keeps its own packs."""
        return cls((Path(packages_dir),))

    @property
    def install_dir(self) -> Path:
        return self.writable[0]

    def all(self) -> list[Path]:
        return [*self.writable, *self.read_only]

    def is_read_only(self, pack: InstalledPack) -> bool:
        return any(pack.path.parent == folder for folder in self.read_only)


@dataclass(frozen=True)
class PackInfo:
    """An installed pack as the user sees it in a list."""

    pack: InstalledPack
    size: int  # bytes on disk
    read_only: bool

    @property
    def pair(self) -> str:
        return f"{self.pack.from_code}→{self.pack.to_code}"

    @property
    def description(self) -> str:
        return f"{language_name(self.pack.from_code)} → {language_name(self.pack.to_code)}"


def folder_size(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (links are not followed or counted)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                stat = os.lstat(os.path.join(root, name))
            except OSError:
                continue
            if not os.path.islink(os.path.join(root, name)):
                total += stat.st_size
    return total


def list_installed(folders: PackFolders | None = None) -> list[PackInfo]:
    """Every usable pack in ``folders`` (default :meth:`PackFolders.default`), with its size."""
    folders = folders or PackFolders.default()
    return [
        PackInfo(pack, folder_size(pack.path), folders.is_read_only(pack))
        for pack in find_packs(folders.all())
    ]


def packs_for_pair(
    packs: Sequence[InstalledPack], from_code: str, to_code: str
) -> list[InstalledPack]:
    return [p for p in packs if p.from_code == from_code and p.to_code == to_code]


def remove_pack(from_code: str, to_code: str, folders: PackFolders | None = None) -> list[Path]:
    """Remove every installed version of a pair from the writable folders.

    Returns:
        The folders that were removed.

    Raises:
        PackNotInstalledError: no pack for the pair is installed.
        ReadOnlyPackError: the only packs for the pair are bundled, or a folder refuses deletion.
    """
    folders = folders or PackFolders.default()
    pair = f"{from_code}→{to_code}"
    matches = packs_for_pair(find_packs(folders.all()), from_code, to_code)
    writable = [pack for pack in matches if not folders.is_read_only(pack)]
    if not matches:
        searched = ", ".join(str(folder) for folder in folders.all())
        raise PackNotInstalledError(
            pair, f"no language pack installed for this pair (looked in {searched})"
        )
    if not writable:
        raise ReadOnlyPackError(
            pair,
            f"the pack in {matches[0].path} is bundled with Nashra and cannot be removed",
        )
    removed = []
    for pack in writable:
        try:
            discard_folder(pack.path)
        except PermissionError as exc:
            raise ReadOnlyPackError(
                str(pack.path), f"no permission to remove this pack ({exc.strerror})"
            ) from exc
        except OSError as exc:
            raise PackError(
                str(pack.path), f"could not remove this pack: {exc.strerror or exc}"
            ) from exc
        log.info("Removed language pack %s", pack.path)
        removed.append(pack.path)
    return removed
