"""Run the hostile-file corpus through Nashra's open path and report what happened.

Usable from tests (`run_case`, `run_corpus`) and as a script::

    .venv/bin/python -m tests.hostile.run_corpus [--category PREFIX] [--verbose]

Each case runs in the same process, in a worker thread watched for hangs, while a sampler
records the process's peak resident memory; the outcome is "ok" (a document), the name of the
NashraError subclass raised, "crash" (any other exception) or "hang".
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import tempfile
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.document import Document
from desktop.core.errors import NashraError
from desktop.core.pipeline import open_document
from tests.hostile.corpus import Case, build_corpus

HANG_SECONDS = 60.0
# Words that only appear when a third-party exception's text leaks into a message.
LEAK = re.compile(
    r"Error\b|Exception|Traceback|BadZip|KeyError|zlib|lxml|etree|pdfminer|docx\.|odf|ebooklib|"
    r"<class|errno|\bline \d+|\bcolumn \d+",
)
MAX_SENTENCE_CHARS = 2000  # a "sentence" longer than this is not one a reader can align


@dataclass
class Outcome:
    case: Case
    outcome: str  # "ok", a NashraError subclass name, "crash" or "hang"
    message: str
    seconds: float
    peak_rss_growth: int  # bytes above the resident size when the case started
    problems: list[str]

    @property
    def passed(self) -> bool:
        return not self.problems


class _RssSampler:
    """The process's resident memory, sampled every few milliseconds (Linux /proc; else 0)."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    @staticmethod
    def current() -> int:
        try:
            with open("/proc/self/statm", "rb") as statm:
                return int(statm.read().split()[1]) * 4096
        except OSError:
            return 0

    def _run(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self.current())

    def __enter__(self) -> _RssSampler:
        self.peak = self.current()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.current())


def _in_thread(work: Callable[[], Any], timeout: float) -> tuple[bool, Any, BaseException | None]:
    """Run `work` on a daemon thread; (finished, result, error). A hung thread is left behind."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=target, name="hostile-case", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return False, None, None
    return True, box.get("result"), box.get("error")


def check_document(document: Document) -> list[str]:
    """Problems with a loaded document: bad spans, lost text, unbounded sentences."""
    problems = []
    for paragraph in document.paragraphs:
        position = 0
        pieces = []
        for sentence in paragraph.sentences:
            if not position <= sentence.start < sentence.end <= len(paragraph.text):
                problems.append(f"bad span {sentence.start}:{sentence.end}")
            elif paragraph.text[sentence.start : sentence.end] != sentence.text:
                problems.append(f"span text differs for sentence {sentence.id}")
            if sentence.end - sentence.start > MAX_SENTENCE_CHARS:
                problems.append(f"a sentence of {sentence.end - sentence.start} characters")
            position = sentence.end
            pieces.append(sentence.text)
        if "".join("".join(pieces).split()) != "".join(paragraph.text.split()):
            problems.append("sentences do not add up to their paragraph")
    if not document.paragraphs:
        problems.append("a document without paragraphs (should be an EmptyDocumentError)")
    return problems


def run_case(case: Case, folder: Path, *, timeout: float = HANG_SECONDS) -> Outcome:
    path = case.write(folder)
    started = time.perf_counter()
    with _RssSampler() as sampler:
        base = sampler.peak
        finished, document, error = _in_thread(lambda: open_document(path), timeout)
    seconds = time.perf_counter() - started
    growth = max(0, sampler.peak - base)
    path.unlink(missing_ok=True)
    problems: list[str] = []
    if not finished:
        return Outcome(case, "hang", f"no answer after {timeout:g} s", seconds, growth, ["hang"])
    if error is not None and not isinstance(error, NashraError):
        detail = "".join(traceback.format_exception_only(error)).strip()
        return Outcome(case, "crash", detail, seconds, growth, [f"crash: {detail}"])
    if isinstance(error, NashraError):
        message = str(error)
        if str(path) not in message or error.source != str(path):
            problems.append("the message does not name the file")
        if "\n" in message or LEAK.search(error.reason):
            problems.append(f"raw exception text in the message: {error.reason!r}")
        if case.expect == "ok":
            problems.append("expected a document")
        return Outcome(case, type(error).__name__, message, seconds, growth, problems)
    assert isinstance(document, Document)
    if case.expect == "error":
        problems.append("expected an error")
    problems += check_document(document)
    for check in case.checks:
        try:
            check(document)
        except AssertionError as failed:
            problems.append(str(failed))
    summary = f"{len(document.paragraphs)} paragraphs, {len(document.sentences())} sentences"
    return Outcome(case, "ok", summary, seconds, growth, problems)


def run_corpus(cases: Iterable[Case] | None = None, *, folder: Path | None = None) -> list[Outcome]:
    cases = build_corpus() if cases is None else cases
    if folder is not None:
        return [run_case(case, folder) for case in cases]
    with tempfile.TemporaryDirectory(prefix="nashra-hostile-") as temporary:
        return [run_case(case, Path(temporary)) for case in cases]


def family(category: str) -> str:
    """Categories per format ("truncated.docx") are grouped as one family ("truncated")."""
    return category.split(".", 1)[0]


def table(outcomes: list[Outcome]) -> str:
    """A Markdown table: per category, how many cases, their outcomes, worst time and memory."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[outcome.case.category].append(outcome)
    lines = [
        "| category | files | outcomes | passed | max time | max memory growth |",
        "|---|---:|---|---:|---:|---:|",
    ]
    for category, group in groups.items():
        counts: dict[str, int] = defaultdict(int)
        for outcome in group:
            counts[outcome.outcome] += 1
        shown = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
        passed = sum(outcome.passed for outcome in group)
        lines.append(
            f"| {category} | {len(group)} | {shown} | {passed} | "
            f"{max(o.seconds for o in group):.2f} s | "
            f"{max(o.peak_rss_growth for o in group) / 2**20:.0f} MB |"
        )
    total_passed = sum(o.passed for o in outcomes)
    lines.append(
        f"| **all** | {len(outcomes)} | | {total_passed} | "
        f"{max(o.seconds for o in outcomes):.2f} s | "
        f"{max(o.peak_rss_growth for o in outcomes) / 2**20:.0f} MB |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--category", default="", help="only categories starting with this")
    parser.add_argument("--verbose", action="store_true", help="one line per file")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # it logs every empty page
    cases = [case for case in build_corpus() if case.category.startswith(args.category)]
    outcomes = run_corpus(cases)
    for outcome in outcomes:
        if args.verbose or not outcome.passed:
            mark = "ok  " if outcome.passed else "FAIL"
            print(
                f"{mark} {outcome.case.category}/{outcome.case.name}: {outcome.outcome} "
                f"({outcome.seconds:.2f} s, +{outcome.peak_rss_growth / 2**20:.0f} MB) "
                f"{outcome.message[:160]} {'; '.join(outcome.problems)}"
            )
    print(table(outcomes))
    return 0 if all(outcome.passed for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
