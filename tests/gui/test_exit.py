"""Quitting in the middle of a translation, in a real process: no thread left, no crash."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.gui.helpers import long_arabic_article, run_python

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
from desktop.gui.application import setup_application
from desktop.gui.main_window import MainWindow
from desktop.gui.settings import Settings

app = QApplication(sys.argv[:1])
settings = Settings()
setup_application(app, settings)
window = MainWindow(settings)
window.show()
state = {"progress": 0}

def on_progress(*_args):
    state["progress"] += 1
    if state["progress"] == 1:
        print("first sentences arrived", flush=True)
        window.close() if sys.argv[2] == "close" else app.quit()

window.document_opened.connect(lambda tab: tab.translation_progress.connect(on_progress))
window.open_file(sys.argv[1])
code = app.exec()
print("exited", code, flush=True)
"""


def _run(article: Path, how: str, packs: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return run_python(["-c", SCRIPT, str(article), how], packs=packs, home=home)


def test_quitting_or_closing_during_a_translation_exits_cleanly(
    tmp_path: Path, argos_packages_dir: Path
) -> None:
    article = long_arabic_article(tmp_path / "long.txt", 150)
    for how in ("quit", "close"):
        done = _run(article, how, argos_packages_dir, tmp_path / how)
        assert done.returncode == 0, done.stderr
        assert "first sentences arrived" in done.stdout
        assert "exited 0" in done.stdout
        assert "QThread" not in done.stderr
        assert "Traceback" not in done.stderr
