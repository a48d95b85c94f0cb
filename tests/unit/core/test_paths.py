from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.core import paths


def test_nashra_home_moves_every_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NASHRA_HOME", str(tmp_path))
    for folder in (paths.config_dir(), paths.cache_dir(), paths.data_dir(), paths.log_dir()):
        assert folder.is_relative_to(tmp_path)
    assert paths.translation_cache_file().is_relative_to(tmp_path)


def test_set_base_dir_wins_over_the_environment(tmp_path: Path) -> None:
    paths.set_base_dir(tmp_path / "portable")
    try:
        assert paths.config_dir() == tmp_path / "portable" / "config"
    finally:
        paths.set_base_dir(None)


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux only")
def test_platform_defaults_follow_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NASHRA_HOME", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert paths.cache_dir() == tmp_path / "xdg-cache" / "nashra"


def test_the_sample_article_ships_with_the_resources() -> None:
    assert paths.sample_article().is_file()
