"""Open an article in the real main window, let it translate, and save a screenshot.

Run under Xvfb (or QT_QPA_PLATFORM=offscreen), with ARGOS_PACKAGES_DIR pointing at a folder of
installed packs to see a translation:

    xvfb-run -a -s "-screen 0 1280x800x24" python scripts/screenshot.py ARTICLE OUT.png

Usage: python scripts/screenshot.py ARTICLE OUT.png [--width W --height H] [--select ID]
    [--basedir DIR] [--theme system|light|dark] [--layout side|stacked]
"""

from __future__ import annotations

import argparse
import sys
import tempfile

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core import paths


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article")
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=760)
    parser.add_argument("--select", type=int, default=None, help="sentence id to highlight")
    parser.add_argument("--basedir", help="settings and cache folder (default: a temporary one)")
    parser.add_argument("--theme", default="light")
    parser.add_argument("--layout", choices=["side", "stacked"], default="side")
    parser.add_argument("--timeout", type=int, default=60_000, help="ms to wait for translation")
    args = parser.parse_args()
    paths.set_base_dir(args.basedir or tempfile.mkdtemp(prefix="nashra-shot-"))

    from desktop.gui.application import setup_application
    from desktop.gui.document_tab import DocumentTab, TranslationState
    from desktop.gui.main_window import MainWindow
    from desktop.gui.settings import Settings

    app = QApplication(sys.argv[:1])
    settings = Settings()
    settings.theme = args.theme
    settings.layout = args.layout
    setup_application(app, settings)
    window = MainWindow(settings)
    window.resize(args.width, args.height)
    window.show()

    def grab() -> None:
        window.grab().save(args.out)
        app.quit()

    def on_state(tab: DocumentTab) -> None:
        if tab.state in (TranslationState.RUNNING, TranslationState.IDLE):
            return
        if args.select is not None:
            tab.select_sentence(args.select)
        QTimer.singleShot(800, grab)

    def on_opened(tab: DocumentTab) -> None:
        tab.state_changed.connect(lambda _state: on_state(tab))
        on_state(tab)

    window.document_opened.connect(on_opened)
    window.open_file(args.article)
    QTimer.singleShot(args.timeout, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
