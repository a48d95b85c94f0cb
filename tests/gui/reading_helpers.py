"""Fixtures and helpers for the reading window tests (main window, tabs, panes, workers).

Import the fixtures by name into a test module (and list them in its `__all__`): pytest finds
fixtures in the module's namespace.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.translation.engine_pool import shared_pool
from desktop.gui import translation_runner, workers
from desktop.gui.document_tab import DocumentTab, TranslationState
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "samples" / "wikinews-ar.txt"
CORPUS_AR = REPO / "tests" / "fixtures" / "corpus" / "flores200_dev_300.ar.txt"


@pytest.fixture
def inline_workers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Background work runs at once in the test's thread."""
    monkeypatch.setattr(workers, "_inline", True)
    yield


@pytest.fixture
def with_packs(monkeypatch: pytest.MonkeyPatch, argos_packages_dir: Path) -> Iterator[Path]:
    """The test packs (ar→en, en→ar) are the installed ones."""
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(argos_packages_dir))
    shared_pool().close()
    yield argos_packages_dir
    workers.cancel_all()
    workers.wait_for_all(30_000)
    shared_pool().close()


@pytest.fixture
def without_packs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No pack is installed anywhere Nashra looks."""
    empty = tmp_path / "no-packs"
    empty.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(empty))
    # argos fixed its folder list when first imported (maybe with the test packs in it).
    monkeypatch.setattr("desktop.core.translation.packs.default_pack_dirs", lambda: [empty])
    shared_pool().close()
    yield
    workers.cancel_all()
    workers.wait_for_all(30_000)
    shared_pool().close()


class TranslationGate:
    """Holds the translation after its first batch until released or cancelled."""

    def __init__(self) -> None:
        self.release = threading.Event()


@pytest.fixture
def gated_translation(monkeypatch: pytest.MonkeyPatch) -> Iterator[TranslationGate]:
    """Translations stop after their first batch until cancelled (or `gate.release.set()`)."""
    gate = TranslationGate()
    real = translation_runner.translate_document

    def gated(document: Any, engine: Any, *, progress: Any = None, cancel: Any = None) -> Any:
        def report(done: int, total: int, new: Any) -> None:
            if progress is not None:
                progress(done, total, new)
            while not gate.release.is_set() and not cancel.is_set():
                gate.release.wait(0.01)

        return real(document, engine, progress=report, cancel=cancel)

    monkeypatch.setattr(translation_runner, "translate_document", gated)
    yield gate
    gate.release.set()


@pytest.fixture
def no_auto_translate() -> None:
    Settings().auto_translate = False


def make_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only fire in the active window
    return window


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path | str) -> DocumentTab:
    """Open `path` and wait for its tab (works with real and inline workers)."""
    before = window.tabs.count()
    window.open_file(str(path))
    qtbot.waitUntil(lambda: window.tabs.count() > before, timeout=20_000)
    tab = window.current_tab()
    assert tab is not None
    # Summary and translation start once the article has been painted.
    qtbot.waitUntil(lambda: tab.work_started, timeout=5_000)
    return tab


def wait_translated(qtbot: QtBot, tab: DocumentTab, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: tab.state is not TranslationState.RUNNING, timeout=timeout)
    assert tab.state is TranslationState.FINISHED, tab.state


def long_arabic_article(path: Path, sentences: int = 60) -> Path:
    """An article of `sentences` distinct Arabic sentences in paragraphs of five."""
    lines = CORPUS_AR.read_text(encoding="utf-8").splitlines()[:sentences]
    paragraphs = [" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    path.write_text("عنوان المقال الطويل\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def run_python(
    args: list[str], *, packs: Path | None = None, home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`python ARGS` from the checkout in a child process: offscreen Qt, and the given pack and
    Nashra folders (the child does not share the test process's modules or PySide6 state)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if packs is not None:
        env["ARGOS_PACKAGES_DIR"] = str(packs)
    if home is not None:
        env["NASHRA_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
