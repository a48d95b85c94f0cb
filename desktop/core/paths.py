"""Every folder Nashra reads or writes, in one place, with one override.

`NASHRA_HOME` (or `set_base_dir`) moves all of them under one folder: tests point it at a
temporary directory, and a portable install can keep its data next to the program. argostranslate
reads its own folders when it is first imported, so `configure_argos_environment` must run before
anything imports it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "nashra"

_base_override: Path | None = None


def set_base_dir(path: str | os.PathLike[str] | None) -> None:
    """Put config, cache and data under `path` (None restores the platform defaults)."""
    global _base_override
    _base_override = Path(path) if path is not None else None


def _base_dir() -> Path | None:
    if _base_override is not None:
        return _base_override
    env = os.environ.get("NASHRA_HOME")
    return Path(env) if env else None


def _platform_dir(kind: str) -> Path:
    home = Path.home()
    if sys.platform == "win32":
        root = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(root) / "Nashra" / kind
    if sys.platform == "darwin":
        if kind == "cache":
            return home / "Library" / "Caches" / "Nashra"
        return home / "Library" / "Application Support" / "Nashra" / kind
    xdg = {
        "config": ("XDG_CONFIG_HOME", home / ".config"),
        "cache": ("XDG_CACHE_HOME", home / ".cache"),
        "data": ("XDG_DATA_HOME", home / ".local" / "share"),
    }[kind]
    return Path(os.environ.get(xdg[0]) or xdg[1]) / APP_NAME


def _dir(kind: str) -> Path:
    base = _base_dir()
    return base / kind if base is not None else _platform_dir(kind)


def config_dir() -> Path:
    return _dir("config")


def cache_dir() -> Path:
    return _dir("cache")


def data_dir() -> Path:
    return _dir("data")


def log_dir() -> Path:
    return data_dir() / "logs"


def models_dir() -> Path:
    """Translation models Nashra converted itself (OPUS-MT releases), one folder per model."""
    return data_dir() / "models"


def translation_cache_file() -> Path:
    return cache_dir() / "translations.sqlite3"


def resources_dir() -> Path:
    """The `resources/` folder: next to the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def sample_article() -> Path:
    return resources_dir() / "samples" / "wikinews-ar.txt"
