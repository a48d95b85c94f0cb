"""Shared set-up for the translation tests: no network at all, and sample sentences."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop.core.translation.packs import InstalledPack, find_pack


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if anything (argos's index update, MiniSBD's download) opens a connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def ar_en(argos_packages_dir: Path) -> InstalledPack:
    return find_pack("ar", "en", [argos_packages_dir])


@pytest.fixture
def en_ar(argos_packages_dir: Path) -> InstalledPack:
    return find_pack("en", "ar", [argos_packages_dir])
