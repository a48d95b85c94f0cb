"""README screenshots: an Arabic article translated with the test pack, its summary shown, and
the same article with no pack installed (the notice in place of the translation).

Builds the test language pack (random weights: its "translation" is meaningless text, say so in
the caption) into a temporary folder, opens the article in the real main window, waits until the
translation is finished and the summary is shown, and saves one PNG per theme. Every folder
Nashra or argos writes to is temporary: the user's settings and packs are not touched.

Usage (needs a display; on a server: xvfb-run -a -s "-screen 0 1280x800x24"):
    python scripts/screenshots.py [--out docs/screenshots] [--article FILE] [--ui-language en|ar]
        [--state translated|no-pack] [--size 1280x800] [--name NAME]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_ARTICLE = REPO.parent / "shared" / "samples" / "arabi21-deir-ez-zor.txt"
BUNDLED_ARTICLE = REPO / "resources" / "samples" / "wikinews-ar.txt"
THEMES = ("light", "dark")
TIMEOUT = 180.0


def default_article() -> Path:
    return SHARED_ARTICLE if SHARED_ARTICLE.is_file() else BUNDLED_ARTICLE


def prepare(home: Path, with_packs: bool = True) -> None:
    """Isolated folders and the installed test pack; before anything imports argostranslate."""
    os.environ["NASHRA_HOME"] = str(home / "nashra")
    os.environ["ARGOS_PACKAGES_DIR"] = str(home / "packages")
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):  # argos's own folders
        os.environ[variable] = str(home / variable.lower())
    sys.path.insert(0, str(REPO))
    from tests.fixtures.argos_pack import build_pair
    from tests.fixtures.pack_fixtures import install_archive

    if not with_packs:
        (home / "packages").mkdir(parents=True, exist_ok=True)
        return
    if not (home / "packages").is_dir():
        ar_en, en_ar = build_pair(home / "build")
        for pack in (ar_en, en_ar):
            install_archive(pack.archive, home / "packages")


def shoot(
    theme: str, article: Path, target: Path, ui_language: str, size: tuple[int, int], state: str
) -> int:
    """One screenshot in one theme, in this process."""
    from PySide6.QtWidgets import QApplication

    from desktop.gui.application import setup_application
    from desktop.gui.main_window import MainWindow
    from desktop.gui.reading.translation_state import TranslationState
    from desktop.gui.settings import AUTO_TRANSLATE, THEME, UI_LANGUAGE, Settings

    app = QApplication(sys.argv[:1])
    settings = Settings()
    settings[THEME] = theme  # type: ignore[assignment]
    settings[UI_LANGUAGE] = ui_language  # type: ignore[assignment]
    settings[AUTO_TRANSLATE] = True
    setup_application(app, settings)
    window = MainWindow(settings)
    window.resize(*size)
    window.show()
    window.open_file(str(article))

    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        app.processEvents()
        tab = window.current_tab()
        wanted = (
            TranslationState.FINISHED if state == "translated" else TranslationState.MISSING_PACK
        )
        if (
            tab is not None
            and tab.state == wanted
            and tab.summary_panel.summary_ids()
            and not tab.summary_panel.is_busy()
        ):
            break
        time.sleep(0.05)
    else:
        print(f"screenshots: the {theme} window was not ready in {TIMEOUT:.0f} s", file=sys.stderr)
        return 1
    tab.summary_panel.highlight_check.setChecked(True)
    for _ in range(20):  # let the highlight and the last repaints land
        app.processEvents()
        time.sleep(0.05)
    if not window.grab().save(str(target)):
        print(f"screenshots: could not write {target}", file=sys.stderr)
        return 1
    print(target)
    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--article", type=Path, default=None)
    parser.add_argument("--ui-language", choices=("en", "ar"), default="en")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--state", choices=("translated", "no-pack"), default="translated")
    parser.add_argument("--name", default=None, help="file name stem (default from the state)")
    parser.add_argument("--theme", choices=THEMES, help=argparse.SUPPRESS)  # one, in-process
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    article = (args.article or default_article()).resolve()
    width, height = (int(part) for part in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    if args.theme:  # a child: one theme in a fresh application
        prepare(args.home, with_packs=args.state == "translated")
        stem = args.name or ("main" if args.state == "translated" else "no-pack")
        suffix = "" if args.ui_language == "en" else f"-{args.ui_language}"
        target = args.out.resolve() / f"{stem}-{args.theme}{suffix}.png"
        return shoot(args.theme, article, target, args.ui_language, (width, height), args.state)

    with tempfile.TemporaryDirectory(prefix=f"nashra-screenshots-{args.state}-") as home:
        status = 0
        for theme in THEMES:
            command = [
                sys.executable,
                __file__,
                "--theme",
                theme,
                "--home",
                home,
                "--out",
                str(args.out.resolve()),
                "--article",
                str(article),
                "--ui-language",
                args.ui_language,
                "--size",
                args.size,
                "--state",
                args.state,
                *(["--name", args.name] if args.name else []),
            ]
            status |= subprocess.run(command, check=False).returncode
        return status


if __name__ == "__main__":
    sys.exit(main())
