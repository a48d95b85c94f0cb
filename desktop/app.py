"""`nashra`: start the desktop application, optionally on a file.

Start-up happens in this order, and this is the one place that orders it:

1. Arguments are parsed and logging set up before Qt is imported, so `nashra --help` works
   without a display and a broken Qt installation gives a readable message, not a traceback.
2. The Qt-free core modules the window needs to show an article are imported before PySide6:
   once PySide6 is loaded it reads the source of every module imported after it (looking for its
   `__feature__` switches), about 15 ms of start-up for these when run from source.
3. `gui.application.run` sets up Qt (translators before any widget), shows the window and opens
   the file on a worker.
4. A tab starts its summary and translation only once the article has been painted
   (`gui.reading.first_paint`): numpy, CTranslate2 and the model load after the first paint.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.core import logs, paths

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nashra", description="Read Arabic articles offline.")
    parser.add_argument("file", nargs="?", help="article to open")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="verbose logging")
    parser.add_argument("--basedir", help="keep settings, cache and data in this folder")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that Qt, loading, translation, summary and export work, then exit",
    )
    parser.add_argument("--pack", help="with --self-test: an .argosmodel file to translate with")
    parser.add_argument(
        "--require-pack", action="store_true", help="with --self-test: fail without a pack"
    )
    return parser


def _self_test(args: argparse.Namespace) -> int:
    """Report on standard output; a windowed build on Windows has none, so there to a file."""
    from desktop.self_test import run_self_test

    options = {"pack": args.pack, "require_pack": args.require_pack, "debug": args.debug}
    if sys.stdout is not None:
        return run_self_test(sys.stdout, **options)
    report = paths.log_dir() / "self-test.txt"
    report.parent.mkdir(parents=True, exist_ok=True)
    with report.open("w", encoding="utf-8") as out:
        return run_self_test(out, **options)


# Step 2 of the start-up order above: the Qt-free modules the window needs to show an article.
_BEFORE_QT = ("desktop.core.pipeline", "desktop.core.translation.engine_pool")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        return _self_test(args)
    if args.basedir:
        paths.set_base_dir(args.basedir)
    logs.setup_logging(args.debug)
    for name in _BEFORE_QT:
        importlib.import_module(name)
    try:
        from desktop.gui.application import run
    except ImportError as error:
        print(f"nashra: the Qt libraries could not be loaded: {error}", file=sys.stderr)
        return 1
    return run(args.file)


def frozen_main(argv0: str) -> int:
    """Entry of the frozen build: on Linux `nashra-cli` is a link to the one `nashra` executable.

    Started by a name that begins with `nashra-cli` (the link, or its /usr/bin link), the headless
    commands run; otherwise the application.
    """
    if Path(argv0).name.startswith("nashra-cli"):
        from desktop.cli import main as cli_main

        return cli_main()
    return main()


if __name__ == "__main__":
    sys.exit(frozen_main(sys.argv[0]))
