"""Child processes for bench/run_all.py: each runs one measurement and prints one JSON line.

* ``bare FILE``: a bare PySide6 window (QMainWindow + QTextBrowser) showing FILE's text; prints
  when its text has been painted. The start-up baseline.
* ``app FILE [ARGS...]``: ``nashra FILE`` (``desktop.app.main``); prints when the article has been
  painted in the original pane of its tab.
* ``gui FIRST SECOND``: the real main window, already shown: open FIRST (model cold) and time the
  first translated sentence painted in the translation pane and the whole translation; open SECOND
  (model warm) and time its first sentence; close FIRST and open it again (translation cache).
* ``memory PACKS FILE``: peak RSS after translating FILE with the pack in PACKS; ``memory --bare``
  only imports what the translation needs (the baseline).

The parent times ``bare`` and ``app`` from process start to the printed line (start-up includes the
interpreter); the others time themselves. Nothing here imports the GUI before the app does.
"""

from __future__ import annotations

import importlib.util  # PySide6 loads it in both probes anyway
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SHOWN = "shown"
HEAVY = ("ctranslate2", "argostranslate", "sumy", "numpy", "nltk", "requests")
# What the first paint of an article must not wait for: the heavy libraries, and Nashra's own
# summary, engine, cache and pack modules (they load once the article is on screen).
NOT_BEFORE_PAINT = (
    *HEAVY,
    "sqlite3",
    "desktop.core.summary",
    "desktop.core.translation.engine",
    "desktop.core.translation.cache",
    "desktop.core.packs",
)


def report(values: dict[str, Any]) -> None:
    print(json.dumps(values), flush=True)


def cpu_seconds() -> float:
    """User + system CPU time of this process so far (all its threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """This process's RSS high-water mark. Linux's getrusage keeps the parent's across fork and
    exec (a probe started by a big benchmark process would report the parent's), so /proc first."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def after_paint(
    widget: Any, action: Callable[[], None], *, on_paint: Callable[[], None] | None = None
) -> None:
    """Call ``action`` once, when the event loop is back after ``widget`` next paints (and
    ``on_paint`` as the paint event arrives)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                if on_paint is not None:
                    on_paint()
                QTimer.singleShot(0, action)
            return False

    watch = PaintWatch(widget)
    widget.installEventFilter(watch)
    widget.update()


def bare(path: str) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QTextBrowser(window)
    view.setPlainText(Path(path).read_text(encoding="utf-8"))
    window.setCentralWidget(view)
    window.resize(1200, 760)
    after_paint(view.viewport(), lambda: (report({SHOWN: True, "cpu": cpu_seconds()}), os._exit(0)))
    window.show()
    return app.exec()


def app(path: str, extra: list[str]) -> int:
    from desktop import app as nashra

    def watch(main_window: Any) -> None:
        add_document = main_window.MainWindow.add_document

        def watched(self: Any, *args: Any, **kwargs: Any) -> Any:
            # What the app imported before the article was ready.
            heavy = sorted(name for name in HEAVY if name in sys.modules)
            tab = add_document(self, *args, **kwargs)
            at_paint: list[str] = []

            def on_paint() -> None:
                at_paint.extend(name for name in NOT_BEFORE_PAINT if name in sys.modules)

            values = {SHOWN: True, "heavy_imports": heavy, "loaded_before_paint": at_paint}
            after_paint(
                tab.original.viewport(),
                lambda: (report({**values, "cpu": cpu_seconds()}), os._exit(0)),
                on_paint=on_paint,
            )
            return tab

        main_window.MainWindow.add_document = watched

    # Patch the window when the app imports it, not before: the probe must not change the order
    # in which the app imports its modules (or import Qt earlier than the app does).
    sys.meta_path.insert(0, PatchOnImport("desktop.gui.main_window", watch))
    return nashra.main([path, *extra])


class PatchOnImport:
    """Calls ``patch(module)`` right after the module ``name`` is first imported.

    A finder by duck typing, not an ``importlib.abc.MetaPathFinder``: importing ``importlib.abc``
    pulls in ``importlib.resources`` (about 10 ms), which neither the app nor the bare window loads,
    and would add the same time to both sides of the start-up ratio."""

    def __init__(self, name: str, patch: Callable[[Any], None]) -> None:
        self.name = name
        self.patch = patch

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.loader is not None
        loader, patch = spec.loader, self.patch
        exec_module = loader.exec_module

        def exec_and_patch(module: Any) -> None:
            exec_module(module)
            patch(module)

        loader.exec_module = exec_and_patch  # type: ignore[method-assign]
        return spec


class GuiSession:
    """The main window on screen; opens files and reports timings through callbacks."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop.gui.application import setup_application
        from desktop.gui.main_window import MainWindow
        from desktop.gui.settings import Settings

        self.app = QApplication(sys.argv[:1])
        settings = Settings()
        setup_application(self.app, settings)
        self.window = MainWindow(settings)
        self.window.show()
        self.results: dict[str, Any] = {}

    def open(
        self,
        path: str,
        name: str,
        *,
        first: Callable[[], None] | None = None,
        finished: Callable[[], None] | None = None,
    ) -> None:
        """Open ``path``; ``<name>_first`` / ``<name>_full``: seconds to the first translated
        sentence painted / to the finished translation painted; ``<name>_shown``: to the article
        painted; ``<name>_opened``: to its tab made (loaded, split; translation starting);
        ``<name>_arrived``: to the first translations reaching the tab."""
        from desktop.gui.reading.translation_state import TranslationState

        started = time.perf_counter()

        def mark(key: str, then: Callable[[], None] | None) -> Callable[[], None]:
            def record() -> None:
                self.results[f"{name}_{key}"] = time.perf_counter() - started
                if then is not None:
                    then()

            return record

        def opened(tab: Any) -> None:
            self.window.document_opened.disconnect(opened)
            self.results[f"{name}_tab"] = tab
            mark("opened", None)()
            after_paint(tab.original.viewport(), mark("shown", None))
            seen = {"first": False, "full": False}

            def on_progress(done: int, _total: int) -> None:
                if done and not seen["first"]:
                    seen["first"] = True
                    mark("arrived", None)()
                    after_paint(tab.translation.viewport(), mark("first", first))

            def on_state(state: str) -> None:
                if state == TranslationState.FINISHED and not seen["full"]:
                    seen["full"] = True
                    after_paint(tab.translation.viewport(), mark("full", finished))
                elif state in (TranslationState.MISSING_PACK, TranslationState.FAILED):
                    report({"error": f"translation {state}"})
                    os._exit(1)

            tab.translation_progress.connect(on_progress)
            tab.state_changed.connect(on_state)

        self.window.document_opened.connect(opened)
        self.window.open_file(path)

    def close(self, name: str) -> None:
        from desktop.gui import workers

        tab = self.results.pop(f"{name}_tab")
        self.window.close_tab(self.window.tabs.indexOf(tab))
        workers.wait_for_all(120_000)


def gui(first_path: str, second_path: str) -> int:
    session = GuiSession()

    def done() -> None:
        session.results["peak_rss_mb"] = peak_rss_mb()
        report({k: v for k, v in session.results.items() if not k.endswith("_tab")})
        os._exit(0)

    def reopen() -> None:
        session.close("warm")
        session.close("cold")
        session.open(first_path, "cache", finished=done)

    def warm() -> None:
        session.open(second_path, "warm", first=reopen)

    session.open(first_path, "cold", finished=warm)
    return session.app.exec()


def memory(packs: str, path: str) -> int:
    import ctranslate2  # noqa: F401  (the baseline holds the same libraries)

    from desktop.core.pipeline import open_document
    from desktop.core.translation.document_translation import translate_document
    from desktop.core.translation.engine import TranslationEngine

    if packs == "--bare":
        report({"peak_rss_mb": peak_rss_mb()})
        return 0
    document = open_document(path)
    engine = TranslationEngine.for_pair("ar", "en", pack_dirs=[Path(packs)])
    started = time.perf_counter()
    translated = translate_document(document, engine)
    report(
        {
            "peak_rss_mb": peak_rss_mb(),
            "sentences": len(translated),
            "seconds": time.perf_counter() - started,
        }
    )
    return 0


def main(argv: list[str]) -> int:
    mode, *args = argv
    if mode == "bare":
        return bare(args[0])
    if mode == "app":
        return app(args[0], args[1:])
    if mode == "gui":
        return gui(args[0], args[1])
    if mode == "memory":
        return memory(args[0], args[1] if len(args) > 1 else "")
    raise SystemExit(f"unknown probe {mode!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
