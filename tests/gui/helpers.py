"""Helpers for the tests that drive the main window: make it, open a file and wait, articles.

The fixtures these tests use (inline_workers, with_packs, without_packs, gated_translation,
no_auto_translate) come from tests/fixtures/gui_fixtures.py, registered in tests/conftest.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desktop.gui.main_window import MainWindow
from desktop.gui.reading.document_tab import DocumentTab
from desktop.gui.reading.translation_state import TranslationState
from desktop.gui.settings import Settings
from tests.conftest import REPO

SAMPLE = REPO / "resources" / "samples" / "wikinews-ar.txt"
CORPUS_AR = REPO / "tests" / "fixtures" / "corpus" / "flores200_dev_300.ar.txt"


def menu_action(window: MainWindow, text: str) -> QAction:
    """The window's menu action called `text` (with its & mnemonic)."""
    matches = [action for action in window.findChildren(QAction) if action.text() == text]
    assert len(matches) == 1, f"{len(matches)} actions called {text!r}"
    return matches[0]


def make_window(qtbot: QtBot, settings: Settings | None = None) -> MainWindow:
    window = MainWindow(settings or Settings())
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
