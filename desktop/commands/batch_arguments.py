"""The arguments `translate`, `summarize` and `export` share for one article or many.

One file without ``-o`` prints to standard output as before (``export`` writes its ``-o`` file);
several inputs, a folder or a glob write one output per input into ``-o OUTDIR``, with one model
load for the whole run. ``-o`` naming an existing folder (or ending in "/") is an output folder for
a single file too.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from desktop.commands.batch_inputs import find_inputs, is_single_file, output_paths
from desktop.commands.batch_run import JobFactory, run_batch
from desktop.commands.common import EXIT_OK, STDIN, input_arguments
from desktop.core.errors import NashraError
from desktop.core.export.atomic_write import atomic_write


def add_batch_arguments(parser: argparse.ArgumentParser, *, single: str) -> None:
    """`-o` and `--skip-existing`; `single` says what `-o` is for one file."""
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE|OUTDIR",
        help=f"{single}; with several inputs, a folder or a glob: the folder to write one "
        "output per input into (made if missing)",
    )
    parser.add_argument(
        "--files-from",
        metavar="LIST",
        help="also read the files (or folders) named in LIST, one a line (- for standard input); "
        "their outputs copy the paths as listed, relative to the current folder",
    )
    parser.add_argument(
        "--skip-existing",
        action="store_true",
        help="leave out inputs whose output already exists (to finish an interrupted run)",
    )


def check_inputs(args: argparse.Namespace) -> str | None:
    """A usage error in the inputs and `-o`, or None."""
    inputs = input_arguments(args)
    if args.stdin and (inputs or args.files_from):
        return "give files or --stdin, not both"
    if args.files_from == STDIN and STDIN in inputs:
        return "standard input cannot be both an article and the --files-from list"
    if STDIN in inputs and len(inputs) > 1:
        return "standard input (-) cannot be one of several inputs"
    if is_batch(args) and args.output is None:
        return "several inputs, a folder or a glob need -o OUTDIR"
    return None


def is_batch(args: argparse.Namespace) -> bool:
    inputs = input_arguments(args)
    if args.files_from is not None:
        return True
    if args.stdin or inputs == [STDIN]:
        return False
    if not is_single_file(inputs):
        return True
    output = args.output
    return output is not None and (Path(output).is_dir() or output.endswith(("/", os.sep)))


def run_many(
    args: argparse.Namespace, ending: str, make_job: JobFactory, stderr: TextIO | None = None
) -> int:
    """Run the job `make_job` makes on every input into the output folder; the run's exit status.

    Args:
        ending: what replaces each input's extension in its output's name ("translation.txt").
    """
    stderr = stderr or sys.stderr
    folder = Path(args.output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise NashraError(
            args.output, f"cannot make the output folder ({error.strerror})"
        ) from error
    found = find_inputs(input_arguments(args), listed=listed_paths(args), skip=folder)
    outputs = output_paths(found.inputs, folder, ending)
    report = run_batch(
        found.inputs,
        outputs,
        make_job,
        skip_existing=args.skip_existing,
        stderr=stderr,
        ignored=found.ignored,
    )
    return report.exit_status


def listed_paths(args: argparse.Namespace) -> list[str]:
    """The paths in the `--files-from` list, blank lines left out."""
    if args.files_from is None:
        return []
    try:
        if args.files_from == STDIN:
            text = sys.stdin.read()
        else:
            text = Path(args.files_from).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise NashraError(args.files_from, f"cannot read the list of files ({error})") from error
    return [line.rstrip("\r") for line in text.split("\n") if line.strip()]


def skip_single(args: argparse.Namespace, stderr: TextIO | None = None) -> bool:
    """`--skip-existing` with one file and an existing `-o FILE`: say so and do nothing."""
    if args.skip_existing and args.output is not None and Path(args.output).exists():
        print(f"nashra-cli: {args.output} exists; skipped", file=stderr or sys.stderr)
        return True
    return False


def write_text(args: argparse.Namespace, out: TextIO, text: str) -> int:
    """One article's output: to `-o FILE` (atomically) or to standard output."""
    if args.output is None:
        out.write(text)
    else:
        write_text_file(Path(args.output), text)
    return EXIT_OK


def write_text_file(path: Path, text: str) -> None:
    """UTF-8, replacing `path` only once complete (an ExportError names it on failure)."""
    with atomic_write(path) as stream:
        stream.write(text.encode("utf-8"))
