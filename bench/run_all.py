"""Every benchmark in one run: a table of goal / measured / met, also written to BENCHMARKS.md.

Each figure is a ratio against a baseline measured side by side in the same run:

* translation throughput: Nashra's engine against argostranslate's own path (bench/translation.py)
  on the same pack, text and beam;
* first translated sentence on screen after opening a 1,000-word article in the real main window
  (offscreen), model cold and warm, against argos translating that article (warm model): what an
  argos-based reader makes its user wait before showing anything;
* start-up, ``nashra FILE`` to the article painted, against a bare PySide6 window painting the same
  text; fresh processes, alternated, median;
* re-opening a translated article: open to translation painted, served by the cache, against the
  first (cold) translation of it;
* summary time for 1k / 10k / 50k words against the lead method in the same run, and its growth
  (bench/summaries.py's documents and timer);
* peak RSS of a process translating a long article with the pack, against one that only imports
  what translation needs.

The pack is the Transformer-base sized random-weight test pack, unless a real ar->en argos pack is
installed (``ARGOS_PACKAGES_DIR``, argos's data folder, or ``packs/`` in the checkout). The text is
FLORES-200 dev (../shared) from line 301, whole paragraphs (by source URL), else the committed
corpus. ``--quick`` is a smoke run (small pack, small texts, one repeat) that writes no file.

Usage: .venv/bin/python bench/run_all.py [--quick] [--shared PATH] [--output FILE] [--variants]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

import translation  # noqa: E402  (bench/translation.py, which puts the repository on sys.path)

PROBES = BENCH / "app_probes.py"


@dataclass(frozen=True)
class Plan:
    """How big a run is."""

    base: bool = True
    article_words: int = 1000
    long_words: int = 3000
    repeat: int = 2  # throughput runs per side, alternated
    startups: int = 15  # start-up runs per side, alternated (a few ms apart: many runs)
    gui_runs: int = 2  # fresh GUI sessions (each: cold, warm, cache)
    summary_sizes: tuple[int, ...] = (1000, 10000, 50000)
    variants: bool = False


QUICK = Plan(
    base=False,
    article_words=300,
    long_words=600,
    repeat=1,
    startups=2,
    gui_runs=1,
    summary_sizes=(1000, 5000),
)


@dataclass
class Row:
    item: str
    measured: str
    baseline: str
    ratio: str
    goal: str = "—"
    met: str = "—"


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    context: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)
        print(f"  {row.item}: {row.measured} vs {row.baseline} -> {row.ratio} (goal {row.goal})")

    def table(self) -> str:
        header = ("item", "measured", "baseline (same run)", "ratio", "goal", "met?")
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for row in self.rows:
            cells = (row.item, row.measured, row.baseline, row.ratio, row.goal, row.met)
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)


def met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


# -- inputs ---------------------------------------------------------------------------------------
def installed_real_pack() -> Path | None:
    """An installed ar->en argos pack (read from its metadata.json, without importing argos)."""
    data = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    folders = [os.environ.get("ARGOS_PACKAGES_DIR"), f"{data}/argos-translate/packages"]
    for folder in [Path(f) for f in folders if f] + [REPO / "packs"]:
        for metadata in sorted(folder.glob("*/metadata.json")):
            try:
                info = json.loads(metadata.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            pair = (info.get("from_code"), info.get("to_code"))
            if pair == ("ar", "en") and (metadata.parent / "model").is_dir():
                return metadata.parent
    return None


def take_words(paragraphs: list[list[str]], words: int) -> tuple[list[list[str]], list[list[str]]]:
    """Whole paragraphs from the front until ``words`` words; and the rest."""
    count = 0
    for index, paragraph in enumerate(paragraphs):
        if count >= words:
            return paragraphs[:index], paragraphs[index:]
        count += sum(len(sentence.split()) for sentence in paragraph)
    return paragraphs, []


def write_article(path: Path, paragraphs: list[list[str]]) -> Path:
    path.write_text("\n\n".join(" ".join(p) for p in paragraphs) + "\n", encoding="utf-8")
    return path


def word_total(paragraphs: Iterable[list[str]]) -> int:
    return sum(len(sentence.split()) for paragraph in paragraphs for sentence in paragraph)


# -- child processes ------------------------------------------------------------------------------
def probe(
    args: list[str], env: dict[str, str], log: Path, timeout: float = 600
) -> tuple[float, Any]:
    """Run ``app_probes.py ARGS``; seconds from start to its JSON line, and the JSON."""
    with log.open("ab") as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, str(PROBES), *args],
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            cwd=REPO,
        )
        try:
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith(b"{"):
                    seconds = time.perf_counter() - started
                    values = json.loads(line)
                    if "error" in values:
                        raise RuntimeError(f"{args[0]}: {values['error']} (see {log})")
                    return seconds, values
            raise RuntimeError(f"probe {args[0]} printed no result (see {log})")
        finally:
            try:
                child.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def child_env(work: Path, packs: Path, name: str) -> dict[str, str]:
    """The environment of a probe: offscreen Qt, its own Nashra folders, the pack's folder, and
    compiled bytecode kept in the work folder (as an installed app has; never in the checkout)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        PYTHONPYCACHEPREFIX=str(work / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        NASHRA_HOME=str(Path(tempfile.mkdtemp(prefix=f"{name}-", dir=work))),
        ARGOS_PACKAGES_DIR=str(packs),
    )
    return env


# -- benchmarks -----------------------------------------------------------------------------------
def throughput(
    report: Report, pack: Path, paragraphs: list[list[str]], plan: Plan
) -> translation.Comparison:
    tokens = translation.source_tokens(pack, paragraphs)
    result = translation.compare(pack, paragraphs, tokens, plan.repeat, plan.variants)
    ours, theirs = result.nashra, result.argos
    ratio, verdict = f"{result.output_ratio:.2f}×", met(result.output_ratio >= 4)
    single = result.argos_one_thread
    if single is not None and single.output_tokens:
        # argos with one thread: if it beats argos's default, the machine is slowing the baseline
        fair = ours.output_rate / single.output_rate
        ratio += f" ({fair:.2f}× argos on one thread)"
        if result.output_ratio >= 4 > fair:
            verdict = "only against argos's default threads"
    report.add(
        Row(
            "translation throughput (translated tokens/s)",
            f"{ours.output_rate:.0f} tok/s, {ours.sentences / ours.seconds:.2f} sent/s",
            f"argos {theirs.output_rate:.0f} tok/s, {theirs.sentences / theirs.seconds:.2f} sent/s",
            ratio,
            "≥ 4×",
            verdict,
        )
    )
    report.notes.append(
        f"Throughput text: {ours.sentences} sentences, {tokens} source tokens, beam 4, best of "
        f"{plan.repeat} alternated runs; argos {theirs.seconds:.1f} s for "
        f"{theirs.output_tokens} translated tokens, Nashra {ours.seconds:.1f} s for "
        f"{ours.output_tokens} ({result.ratio:.2f}× in time; the ratio in the table is on "
        "translated tokens per second, since a random-weight pack runs some sentences on to the "
        "length limit, not always the same ones both ways); the same text both ways in "
        f"{result.same} of {result.paragraphs} paragraphs."
    )
    if result.argos_one_thread is not None:
        single = result.argos_one_thread
        report.notes.append(
            f"argos with ARGOS_INTRA_THREADS=1 (not the baseline, a check on the machine): "
            f"{single.seconds:.1f} s against {theirs.seconds:.1f} s with its default of all "
            f"cores; Nashra is {single.seconds / ours.seconds:.2f}× that in time. Where one "
            "thread beats all cores, two threads are waiting on each other (a shared VM): the "
            "table's ratio then measures the machine more than the engines."
        )
    if result.variants:
        lines = [f"{theirs.name} {theirs.seconds:.1f} s", f"nashra (default) {ours.seconds:.1f} s"]
        lines += [f"{run.name} {run.seconds:.1f} s" for run in result.variants]
        report.notes.append(
            "Engine variants on the same text (inter x intra threads, sentences per sub-batch): "
            + "; ".join(lines)
            + "."
        )
    return result


def startup(report: Report, work: Path, packs: Path, article: Path, plan: Plan) -> None:
    times: dict[str, list[float]] = {"bare": [], "app": []}
    cpu: dict[str, list[float]] = {"bare": [], "app": []}
    heavy: list[str] = []
    before_paint: list[str] = []
    for kind in ("bare", "app"):  # untimed: compiles the bytecode, warms the disk cache
        probe([kind, str(article)], child_env(work, packs, "warm-up"), work / "startup.log")
    for run in range(plan.startups):
        for kind in ("bare", "app") if run % 2 == 0 else ("app", "bare"):
            env = child_env(work, packs, f"startup-{kind}")
            args = [kind, str(article)]
            seconds, values = probe(args, env, work / "startup.log")
            times[kind].append(seconds)
            cpu[kind].append(values.get("cpu", 0.0))
            heavy = values.get("heavy_imports", heavy)
            before_paint = values.get("loaded_before_paint", before_paint)
    app, bare = statistics.median(times["app"]), statistics.median(times["bare"])
    # Each run's app and bare start one after the other: the ratio within a pair is the least
    # exposed to the machine's load drifting during the benchmark. The ratio of the medians and
    # of the CPU time go in the notes.
    ratio = statistics.median(a / b for a, b in zip(times["app"], times["bare"], strict=True))
    cpu_ratio = statistics.median(cpu["app"]) / max(statistics.median(cpu["bare"]), 1e-9)
    report.add(
        Row(
            "start-up: `nashra FILE` to the article painted",
            f"{app:.2f} s",
            f"bare PySide6 window, same text: {bare:.2f} s",
            f"{ratio:.2f}×",
            "≤ 1.6×",
            met(ratio <= 1.6),
        )
    )
    report.notes.append(
        f"Start-up: {plan.startups} pairs of fresh processes (app and bare one after the other, "
        "order alternated), from process start to the paint after the text is in the window, "
        "bytecode compiled (one untimed run each first); the ratio is the median of the pairs' "
        f"ratios (ratio of the medians {app / bare:.2f}×, of the median CPU times "
        f"{cpu_ratio:.2f}×); runs app {fmt(times['app'])}, bare {fmt(times['bare'])}. "
        "Imported by the app before its article was ready: "
        f"{', '.join(heavy) or 'none'} (of ctranslate2, argostranslate, sumy, numpy, nltk, "
        "requests); loaded before it was painted: "
        f"{', '.join(before_paint) or 'none'} (of those, sqlite3, and Nashra's summary, engine, "
        "cache and pack modules: they load once the article is on screen)."
    )


def fmt(values: list[float]) -> str:
    return "/".join(f"{value:.2f}" for value in values)


def first_sentence(
    report: Report,
    work: Path,
    packs: Path,
    articles: tuple[Path, Path],
    argos_seconds: float,
    plan: Plan,
) -> None:
    sessions = []
    # Untimed: the first session compiles the bytecode of what the workers import (numpy, sumy,
    # CTranslate2...), which an installed app has already; it made a "warm" first sentence seconds
    # slower than a cold one.
    probe(["gui", *map(str, articles)], child_env(work, packs, "gui-warm-up"), work / "gui.log")
    for _ in range(plan.gui_runs):
        env = child_env(work, packs, "gui")
        sessions.append(probe(["gui", *map(str, articles)], env, work / "gui.log")[1])

    def median(key: str) -> float:
        return statistics.median(session[key] for session in sessions)

    for state in ("cold", "warm"):
        seconds = median(f"{state}_first")
        report.add(
            Row(
                f"first translated sentence on screen, model {state}",
                f"{seconds:.2f} s",
                f"argos translating the article: {argos_seconds:.1f} s",
                f"{argos_seconds / seconds:.1f}× sooner",
            )
        )
    cached, cold = median("cache_full"), median("cold_full")
    from_tab = statistics.median(s["cache_full"] - s["cache_opened"] for s in sessions)
    report.add(
        Row(
            "re-opening a translated article: translation on screen",
            f"{from_tab * 1000:.0f} ms after its tab opened ({cached * 1000:.0f} ms from Open)",
            f"first translation, cold: {cold:.1f} s",
            f"{from_tab / cold:.3f}×",
            "< 0.1 s",
            met(from_tab < 0.1),
        )
    )
    rss = median("peak_rss_mb")
    report.add(
        Row(
            "peak RSS of the app (GUI) during the above",
            f"{rss:.0f} MB",
            "—",
            "—",
            "< 500 MB",
            met(rss < 500),
        )
    )
    report.notes.append(
        f"GUI: median of {plan.gui_runs} sessions (fresh process, window shown, then File ▸ Open "
        "of the article; times run from the open call to the paint of the translation pane). "
        f"Article shown after {median('cold_shown'):.2f} s (cold) and {median('cache_shown'):.2f} "
        f"s (re-opened); whole translation on screen after {cold:.1f} s. Re-opening: the file is "
        f"loaded and split in {median('cache_opened') * 1000:.0f} ms, then the tab is made and "
        "its translation comes from the cache; the goal is read on that second part. The "
        "summary is computed at the same time on another worker, as in use."
    )


def memory(report: Report, work: Path, packs: Path, article: Path, words: int) -> None:
    env = child_env(work, packs, "memory")
    _, bare = probe(["memory", "--bare"], env, work / "memory.log")
    _, used = probe(["memory", str(packs), str(article)], env, work / "memory.log")
    peak, base = used["peak_rss_mb"], bare["peak_rss_mb"]
    report.add(
        Row(
            f"peak RSS translating a {words:,}-word article",
            f"{peak:.0f} MB",
            f"interpreter + imports: {base:.0f} MB",
            f"{peak / base:.1f}× (+{peak - base:.0f} MB)",
            "< 500 MB",
            met(peak < 500),
        )
    )
    report.notes.append(
        f"Memory: {used['sentences']} sentences translated in {used['seconds']:.1f} s in a child "
        "process (engine defaults), RSS high-water mark (VmHWM)."
    )


def summaries_speed(report: Report, shared: Path, sizes: tuple[int, ...]) -> None:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import summaries  # bench/summaries.py

    root = shared / "eval" / "easc-dev"
    if not root.is_dir():
        report.notes.append(f"Summaries: skipped, no EASC data at {root}.")
        return
    from desktop.core.summary import DEFAULT_METHOD, LEAD_METHOD

    corpus = summaries.load_easc(root)
    seconds: dict[int, float] = {}
    for size in sizes:
        document = summaries.long_document(corpus, size)
        summaries.time_summary(document, DEFAULT_METHOD, 0)  # stems cached, as in a session
        lead = summaries.time_summary(document, LEAD_METHOD, 1.0)
        seconds[size] = summaries.time_summary(document, DEFAULT_METHOD, 1.0)
        report.add(
            Row(
                f"summary ({DEFAULT_METHOD}), {size:,} words",
                f"{seconds[size] * 1000:.0f} ms",
                f"lead method: {lead * 1000:.1f} ms",
                f"{seconds[size] / lead:.0f}×" if lead else "—",
            )
        )
    first, last = sizes[0], sizes[-1]
    growth = seconds[last] / seconds[first]
    exponent = math.log(growth) / math.log(last / first)
    report.add(
        Row(
            f"summary growth, {first:,} → {last:,} words",
            f"time ×{growth:.0f}",
            f"words ×{last / first:.0f}",
            f"∝ words^{exponent:.2f}",
        )
    )
    report.notes.append(
        f"Summaries: EASC articles concatenated (bench/summaries.py), one third of the words, "
        f"median of repeated runs, OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}."
    )


# -- the run --------------------------------------------------------------------------------------
def run(plan: Plan, shared: Path, work: Path) -> Report:
    report = Report()
    real = installed_real_pack()  # before the work folder replaces ARGOS_PACKAGES_DIR
    translation.use_work_dir(work)
    if real is not None:
        pack, label = real, f"installed argos pack {real}"
    else:
        dims = translation.BASE if plan.base else translation.SMALL
        pack, label = translation.build_test_pack(work / "packages", dims)
    packs = pack.parent
    paragraphs, source = translation.load_paragraphs(shared, 10 * plan.long_words // 15)
    first, rest = take_words(paragraphs, plan.article_words)
    second, rest = take_words(rest, plan.article_words)
    long_text, _ = take_words(paragraphs, plan.long_words)
    article = write_article(work / "article.txt", first)
    other = write_article(work / "article-2.txt", second)
    long_article = write_article(work / "long-article.txt", long_text)

    import ctranslate2
    import PySide6

    report.context += [
        f"Pack: {label}.",
        f"Text: {source}; article {word_total(first)} words in {len(first)} paragraphs, "
        f"long article {word_total(long_text)} words.",
        f"Machine: {cpu_model()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, CTranslate2 {ctranslate2.__version__}, "
        f"PySide6 {PySide6.__version__}, QT_QPA_PLATFORM=offscreen.",
        f"Load average (1/5/15 min) at the start: {load()}.",
    ]
    print("\n".join(report.context))
    started = time.perf_counter()
    print("throughput (argos and Nashra, side by side)...", flush=True)
    result = throughput(report, pack, first, plan)
    print("GUI: first sentence, cache...", flush=True)
    first_sentence(report, work, packs, (article, other), result.argos.seconds, plan)
    print("start-up...", flush=True)
    startup(report, work, packs, article, plan)
    print("memory...", flush=True)
    memory(report, work, packs, long_article, word_total(long_text))
    print("summaries...", flush=True)
    summaries_speed(report, shared, plan.summary_sizes)
    report.context.append(f"Load average at the end: {load()}.")
    report.context.append(f"Benchmark run took {time.perf_counter() - started:.0f} s.")
    return report


ANALYSIS = "\n## Analysis"  # a hand-written section of BENCHMARKS.md that a new run keeps


def markdown(report: Report, quick: bool, previous: str = "") -> str:
    """The generated page, followed by the "## Analysis" section of ``previous`` if it has one."""
    lines = [
        "# Benchmarks",
        "",
        "Written by `bench/run_all.py` (`make bench`); every ratio is against a baseline"
        " measured side by side in the same run. Timings vary with the machine and its load;"
        " the ratios much less.",
        "",
    ]
    if quick:
        lines += ["**Smoke run (`--quick`): small pack and texts.**", ""]
    lines += [f"- {line}" for line in report.context]
    lines += ["", report.table(), "", "## Notes", ""]
    lines += [f"- {note}" for note in report.notes]
    page = "\n".join(lines) + "\n"
    if ANALYSIS in previous:
        page += previous[previous.index(ANALYSIS) :]
    return page


def main(argv: list[str] | None = None) -> int:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: small pack and texts")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--output", type=Path, help="default: BENCHMARKS.md (none with --quick)")
    parser.add_argument(
        "--variants", action="store_true", help="also time other engine settings (slow)"
    )
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else Plan()
    if args.variants:
        plan = dataclasses.replace(plan, variants=True)
    output = args.output or (None if args.quick else REPO / "BENCHMARKS.md")
    work = Path(tempfile.mkdtemp(prefix="nashra-bench-all-"))
    try:
        report = run(plan, args.shared, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print()
    print(report.table())
    if output is not None:
        previous = output.read_text(encoding="utf-8") if output.is_file() else ""
        output.write_text(markdown(report, args.quick, previous), encoding="utf-8")
        print(f"\nwritten to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
