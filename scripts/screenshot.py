"""Open an article in the real main window and save a screenshot (run under Xvfb or offscreen).

Usage: python scripts/screenshot.py ARTICLE OUT.png [--width W --height H]
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.gui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("article")
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=760)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.resize(args.width, args.height)
    window.show()
    window.open_file(args.article)

    def grab() -> None:
        window.grab().save(args.out)
        app.quit()

    QTimer.singleShot(500, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
