"""Run one command over many inputs: each a job, a broken one reported in a line, the rest go on.

A job reads its input and writes its output atomically (a temporary file renamed over the output
once complete), so an interrupted run leaves finished outputs and no half-written one, and a run
again with ``--skip-existing`` does only what is missing; the translation cache makes the
sentences an interrupted file had finished free. Ctrl+C and SIGTERM stop the run between two
writes of the current output's temporary file, which is then removed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TextIO

from desktop.commands.batch_inputs import BatchInput
from desktop.commands.batch_progress import BatchProgress
from desktop.commands.common import EXIT_OK, EXIT_USER_ERROR
from desktop.core.errors import NashraError

log = logging.getLogger(__name__)

EXIT_INTERRUPTED = 130

# (sentences done, sentences in the document): what a job reports as it goes.
SentenceProgress = Callable[[int, int], None]
# Reads `source`, writes `target` atomically; raises NashraError on input the user can fix.
Job = Callable[[Path, Path, SentenceProgress], None]
# Makes the run's job, given the inputs it will be called on, in order (to read ahead).
JobFactory = Callable[[Sequence[Path]], Job]


@dataclass
class BatchReport:
    done: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)
    ignored: int = 0
    interrupted: bool = False

    @property
    def exit_status(self) -> int:
        if self.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_USER_ERROR if self.failed else EXIT_OK

    def summary(self, total: int) -> list[str]:
        """The lines printed at the end: counts, then each failure again with its reason."""
        counts = f"{len(self.done)} done, {len(self.skipped)} skipped (output exists), "
        counts += f"{len(self.failed)} failed"
        if self.interrupted:
            left = total - len(self.done) - len(self.skipped) - len(self.failed)
            counts += f"; interrupted with {left} left: run again with --skip-existing to finish"
        if self.ignored:
            kinds = "file of another kind" if self.ignored == 1 else "files of other kinds"
            counts += f"; {self.ignored} {kinds} in the folders left alone"
        return [f"nashra-cli: {counts}", *(f"  {name}: {reason}" for name, reason in self.failed)]


def failure_reason(item: BatchInput, error: BaseException) -> str:
    """The reason to print after the input's name, without naming the input twice."""
    if isinstance(error, NashraError):
        if error.source == item.shown:
            return error.reason
        return str(error)  # names what failed: the output file, or the language pair
    return f"unexpected error: {type(error).__name__}: {error}"


def run_batch(
    inputs: Sequence[BatchInput],
    outputs: Mapping[Path, Path],
    make_job: JobFactory,
    *,
    skip_existing: bool,
    stderr: TextIO,
    progress: BatchProgress | None = None,
    ignored: int = 0,
) -> BatchReport:
    """Run the job on every input; prints each failure in one line and the summary at the end.

    Inputs naming nothing, whose output would replace an input, or (with `skip_existing`) whose
    output exists are settled first; the job is made for the others and runs on each in turn.

    Args:
        ignored: files of other kinds the search left alone (said in the summary).
    """
    report = BatchReport(ignored=ignored)
    input_files = {item.path.resolve() for item in inputs if item.problem is None}
    todo: list[BatchInput] = []
    for item in inputs:
        target = outputs[item.path]
        if item.problem is not None:
            _fail(report, item, item.problem, stderr)
        elif target.resolve() in input_files:
            reason = f"its output {target} would overwrite an input; choose another output folder"
            _fail(report, item, reason, stderr)
        elif skip_existing and target.exists():
            report.skipped.append(item.path)
        else:
            todo.append(item)
    sizes = [_size(item.path) for item in todo]
    progress = progress or BatchProgress(stderr, len(todo), sum(sizes))
    try:
        with _sigterm_interrupts():
            job = make_job([item.path for item in todo])
            for item, size in zip(todo, sizes, strict=True):
                _run_one(item, size, outputs[item.path], job, progress, report)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        progress.close()
    for line in report.summary(len(inputs)):
        print(line, file=stderr, flush=True)
    return report


def _fail(report: BatchReport, item: BatchInput, reason: str, stderr: TextIO) -> None:
    report.failed.append((item.shown, reason))
    print(f"nashra-cli: {item.shown}: {reason}", file=stderr, flush=True)


def _run_one(
    item: BatchInput,
    size: int,
    target: Path,
    job: Job,
    progress: BatchProgress,
    report: BatchReport,
) -> None:
    def fail(reason: str) -> None:
        report.failed.append((item.shown, reason))
        progress.message(f"nashra-cli: {item.shown}: {reason}")

    progress.start_file(item.path.name, size)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        job(item.path, target, progress.sentences)
        report.done.append(item.path)
    except NashraError as error:
        fail(failure_reason(item, error))
    except OSError as error:  # making the output's folder
        fail(f"{error.filename or target}: {error.strerror or error}")
    except Exception as error:  # one broken input never stops the run; --debug logs the trace
        log.debug("unexpected error on %s", item.shown, exc_info=True)
        fail(failure_reason(item, error))
    finally:
        progress.finish_file()


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM (a job scheduler stopping the run) ends it as Ctrl+C does: the current output's
    temporary file is removed. Only the main thread may set signal handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
