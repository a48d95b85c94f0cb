"""Moving pack folders into and out of the packages folder without ever leaving half a pack.

Everything is staged in a hidden scratch folder *beside* the packages folder (same file system,
so renames are atomic, and outside it, so argos and LibreTranslate never list a half-written or
half-deleted pack: argos's own ``get_installed_packages`` fails on any folder without metadata).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_PREFIX = ".nashra-install-"
TRASH_PREFIX = ".nashra-old-"


def scratch_dir(packages_dir: Path, prefix: str) -> Path:
    """A new empty hidden folder next to ``packages_dir`` (created with its parents if missing)."""
    packages_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=packages_dir.parent))


def delete_tree(folder: Path) -> None:
    """Delete ``folder`` if it exists; a failure is logged, not raised (it is only scratch)."""
    shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        log.warning("Could not delete all of %s; it holds no pack and can be removed", folder)


def discard_folder(folder: Path) -> None:
    """Remove a pack folder so it vanishes at once: rename it aside, then delete the copy.

    Raises:
        OSError: the folder could not be moved (permissions); it is then left untouched.
    """
    aside = scratch_dir(folder.parent, TRASH_PREFIX)
    try:
        os.replace(folder, aside / folder.name)
    finally:
        delete_tree(aside)


def place_folder(staged: Path, final: Path) -> None:
    """Move a fully prepared pack folder to ``final``, replacing what is there.

    An existing folder is moved aside first and deleted only once the new one is in place; if
    the move fails, the old folder is put back.
    """
    if not final.exists():
        os.replace(staged, final)
        return
    aside = scratch_dir(final.parent, TRASH_PREFIX)
    try:
        os.replace(final, aside / final.name)
        try:
            os.replace(staged, final)
        except OSError:
            os.replace(aside / final.name, final)
            raise
    finally:
        delete_tree(aside)
