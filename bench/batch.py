"""Batch throughput: 100 news articles in one ``nashra-cli translate DIR -o OUT`` run against one
document holding the same sentences, side by side in one run.

The articles are the EASC dev articles (../shared/eval/easc-dev; taken again in turn past the 77
there, else the committed sample article), every sentence made distinct by a number ("… (12-3)."),
since the engine translates identical sentences once within a call and would flatter the one big
document. The big document is the same paragraphs in one text file. Both sides are fresh
``nashra-cli`` processes (interpreter, imports and one model load each) with an empty translation
cache, alternated; the best of ``--repeat`` counts. Also timed, as the baseline a shell loop
gives: one ``nashra-cli translate FILE`` process per article over the first ``--loop`` articles.

The random-weight test pack (small by default, ``--base`` for Transformer-base size) does not
stop at the same token for a sentence in different batches, so besides sentences per second the
table gives translated tokens per second (the outputs counted with the pack's SentencePiece
model, the same way on both sides).

Usage: .venv/bin/python bench/batch.py [--articles 100] [--base] [--repeat 2] [--loop 10]
       [--shared PATH]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import translation  # noqa: E402  (bench/translation.py, which puts the repository on sys.path)

REPO = translation.REPO
_END = re.compile(r"^(.*?)([.!?؟…]*)$", re.DOTALL)


def article_sources(shared: Path) -> list[Path]:
    easc = shared / "eval" / "easc-dev" / "Articles"
    if easc.is_dir():
        return sorted(easc.glob("*.txt"))
    return [REPO / "resources" / "samples" / "wikinews-ar.txt"]


def make_articles(sources: list[Path], count: int) -> list[list[str]]:
    """`count` articles (paragraphs of sentences), every sentence tagged with its own number."""
    from desktop.core.pipeline import open_document

    documents = [open_document(path, clean=False) for path in sources]
    articles: list[list[str]] = []
    for index in range(count):
        document = documents[index % len(documents)]
        paragraphs = []
        number = 0
        for paragraph in document.paragraphs:
            sentences = []
            for sentence in paragraph.sentences:
                number += 1
                match = _END.match(sentence.text.strip())
                assert match is not None
                sentences.append(f"{match[1]} ({index + 1}-{number}){match[2] or '.'}")
            paragraphs.append(" ".join(sentences))
        articles.append(paragraphs)
    return articles


def sentence_count(paths: list[Path]) -> int:
    from desktop.core.pipeline import open_document

    return sum(len(list(open_document(path).sentences())) for path in paths)


@dataclass
class Side:
    name: str
    seconds: float
    cpu_seconds: float
    sentences: int
    output_tokens: int

    @property
    def rate(self) -> float:
        return self.sentences / self.seconds

    @property
    def cpu_rate(self) -> float:
        return self.sentences / self.cpu_seconds

    @property
    def token_rate(self) -> float:
        return self.output_tokens / self.seconds

    def row(self) -> str:
        return (
            f"| {self.name} | {self.seconds:.1f} s | {self.cpu_seconds:.1f} s | {self.sentences} | "
            f"{self.rate:.1f} | {self.token_rate:.0f} | {self.cpu_rate:.1f} |"
        )


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(arguments: list[str], home: Path, packages: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh `nashra-cli` process, with an empty cache in `home`
    (CPU time is the steadier figure on a machine other work shares)."""
    shutil.rmtree(home, ignore_errors=True)
    env = {**os.environ, "NASHRA_HOME": str(home), "ARGOS_PACKAGES_DIR": str(packages)}
    cpu = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *arguments],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"nashra-cli {' '.join(arguments)} failed:\n{result.stderr}")
    return seconds, _children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--base", action="store_true", help="Transformer-base sized pack")
    parser.add_argument("--repeat", type=int, default=2, help="runs per side, alternated")
    parser.add_argument("--loop", type=int, default=10, help="articles for the per-file loop")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="nashra-bench-batch-"))
    try:
        return measure(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace, work: Path) -> int:
    translation.use_work_dir(work)
    packages = work / "packages"
    pack_dir, label = translation.build_test_pack(
        packages, translation.BASE if args.base else translation.SMALL
    )
    from desktop.core.translation.runtime import Runtime, available_cores

    articles = make_articles(article_sources(args.shared), args.articles)
    folder = work / "articles"
    folder.mkdir()
    files = []
    for index, paragraphs in enumerate(articles, 1):
        path = folder / f"article-{index:03d}.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        files.append(path)
    book = work / "all-in-one.txt"
    book.write_text("\n\n".join(p for a in articles for p in a) + "\n", encoding="utf-8")
    words = sum(len(p.split()) for a in articles for p in a)
    counts = {"articles": sentence_count(files), "document": sentence_count([book])}
    print(f"pack: {label}")
    print(
        f"text: {len(files)} articles, {words} words, {counts['articles']} sentences "
        f"({counts['document']} in the one document); {available_cores()} cores, "
        "%d x %d threads" % Runtime().threads()
    )

    home = work / "home"
    best: dict[str, tuple[float, float]] = {}
    commands = {
        "articles": ["translate", str(folder), "-o", str(work / "out")],
        "document": ["translate", str(book), "-o", str(work / "all-in-one.translation.txt")],
    }
    for repeat in range(args.repeat):
        order = list(commands) if repeat % 2 == 0 else list(reversed(commands))
        for name in order:
            seconds, cpu = run_cli(commands[name], home, packages)
            best[name] = min(best.get(name, (seconds, cpu)), (seconds, cpu))
            print(f"  run {repeat + 1}: {name} {seconds:.1f} s (CPU {cpu:.1f} s)", flush=True)
    outputs = {
        "articles": [p.read_text(encoding="utf-8") for p in sorted((work / "out").rglob("*.txt"))],
        "document": [(work / "all-in-one.translation.txt").read_text(encoding="utf-8")],
    }
    sides = {
        name: Side(
            name,
            *best[name],
            counts[name],
            translation.output_tokens(pack_dir, outputs[name]),
        )
        for name in commands
    }
    sides["articles"].name = f"{len(files)} articles, one run (`translate DIR -o OUT`)"
    sides["document"].name = "one document of the same sentences"

    loop = files[: max(0, args.loop)]
    loop_side = None
    if loop:
        seconds = cpu = 0.0
        for path in loop:
            target = work / "loop" / f"{path.stem}.translation.txt"
            target.parent.mkdir(exist_ok=True)
            wall, used = run_cli(["translate", str(path), "-o", str(target)], home, packages)
            seconds, cpu = seconds + wall, cpu + used
        texts = [p.read_text(encoding="utf-8") for p in sorted((work / "loop").glob("*.txt"))]
        loop_side = Side(
            f"a shell loop, one process per article (first {len(loop)})",
            seconds,
            cpu,
            sentence_count(loop),
            translation.output_tokens(pack_dir, texts),
        )

    print()
    print("| run | time | CPU time | sentences | sentences/s | translated tokens/s | per CPU s |")
    print("|---|---|---|---|---|---|---|")
    for side in (sides["articles"], sides["document"], loop_side):
        if side is not None:
            print(side.row())
    articles, document = sides["articles"], sides["document"]
    print()
    print(
        f"per sentence, articles / one document: {articles.rate / document.rate:.2f}× "
        f"(translated tokens/s {articles.token_rate / document.token_rate:.2f}×; per CPU second "
        f"{articles.cpu_rate / document.cpu_rate:.2f}×)"
    )
    if loop_side is not None:
        print(
            f"per sentence, one run / shell loop: {articles.rate / loop_side.rate:.2f}× "
            f"(translated tokens/s {articles.token_rate / loop_side.token_rate:.2f}×)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
