"""Start-up alone: `nashra FILE` against a bare PySide6 window, in alternated pairs (a minute).

The same measurement as the start-up row of ``bench/run_all.py`` (which runs everything), for
trying a change to the path to the first paint: run it before and after, or with an environment
variable the change reads set in one of two shells. It prints the row, the per-pair times and
what the app had loaded when its article was painted. No pack is installed, so the app shows its
missing-pack banner after the paint, as a first start does.

Usage: .venv/bin/python bench/startup.py [--pairs N] [--shared PATH]
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))

import run_all  # noqa: E402
import translation  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=15, help="app/bare pairs (default 15)")
    parser.add_argument("--shared", type=Path, default=BENCH.parent.parent / "shared")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="nashra-bench-startup-"))
    try:
        packs = work / "packs"
        packs.mkdir()
        paragraphs, source = translation.load_paragraphs(args.shared, 2016)
        first, _ = run_all.take_words(paragraphs, run_all.Plan().article_words)
        article = run_all.write_article(work / "article.txt", first)
        report = run_all.Report()
        plan = dataclasses.replace(run_all.Plan(), startups=args.pairs)
        run_all.startup(report, work, packs, article, plan)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"article: {run_all.word_total(first)} words ({source})")
    print(report.table())
    for note in report.notes:
        print(f"- {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
