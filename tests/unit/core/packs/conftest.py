"""Pack-manager test fixtures: the session's built packs, an HTTP server, a packages folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.packs import PackFolders


@pytest.fixture
def packages_dir(tmp_path: Path) -> Path:
    """Where installs go; not created in advance (the manager must create it)."""
    return tmp_path / "argos-translate" / "packages"


@pytest.fixture
def folders(packages_dir: Path) -> PackFolders:
    return PackFolders.only(packages_dir)
