"""Shared set-up for the translation tests: no network at all, and sample sentences."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

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


@pytest.fixture(params=["argos", "opus-mt"])
def ar_en_model(request: pytest.FixtureRequest, argos_packages_dir: Path) -> Any:
    """The ar→en model of each kind: the engine's behaviour must hold for both.

    The OPUS-MT test model never stops by itself (see tests/fixtures/marian_release.py), so
    tests of the guard firing on short inputs only, or of scores of a finished sentence, stay on
    the argos pack.
    """
    if request.param == "argos":
        return find_pack("ar", "en", [argos_packages_dir])
    return request.getfixturevalue("opus_models").ar_en
