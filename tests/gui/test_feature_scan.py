"""PySide6's source scan of each imported module is skipped for modules whose answer is known."""

from __future__ import annotations

import re
import textwrap

from tests.conftest import REPO
from tests.gui.reading_helpers import run_python


def test_the_gui_modules_are_entered_with_the_scans_own_answer() -> None:
    script = textwrap.dedent(
        """
        import sys
        from desktop.gui.feature_scan import skip_feature_scan

        feature = sys.modules["shibokensupport.feature"]
        scanned = []
        scan = feature._mod_uses_pyside
        feature._mod_uses_pyside = lambda module: scanned.append(module.__name__) or scan(module)

        entered = skip_feature_scan()
        import logging, typing, pathlib  # loaded before: no scan for them either
        import desktop.gui.main_window

        gui = sorted(name for name in sys.modules if name.startswith("desktop.gui."))
        table = feature.pyside_feature_dict
        assert entered > len(gui), (entered, len(gui))
        assert not [name for name in scanned if name.startswith("desktop.gui.")], scanned
        assert not {"logging", "typing", "pathlib"} & set(scanned), scanned
        assert all(table[name] == 0 for name in gui)  # "selects no feature"
        print("ok", len(gui))
        """
    )
    done = run_python(["-c", script])
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok ")


def test_no_module_selects_a_pyside_feature() -> None:
    """What makes skipping the scan safe: the scan exists for `from __feature__ import ...`."""
    users = [
        path.relative_to(REPO)
        for path in (REPO / "desktop").rglob("*.py")
        if re.search(r"^\s*from __feature__ import", path.read_text(encoding="utf-8"), re.M)
    ]
    assert users == []
