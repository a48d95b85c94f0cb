"""The core must import and run where PySide6 is absent (a headless server, the CLI)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_core_imports_without_pyside6() -> None:
    script = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is blocked in this test")
                return None

        sys.meta_path.insert(0, NoQt())
        import desktop.core
        for module in pkgutil.walk_packages(desktop.core.__path__, "desktop.core."):
            importlib.import_module(module.name)
        import desktop.cli
        from desktop.core.pipeline import document_from_text
        document = document_from_text("مرحبا بكم. هذه جملة ثانية.")
        assert len(document.sentences()) == 2, document
        assert not [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
