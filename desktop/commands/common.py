"""What every command that reads an article shares: its arguments and how it reads the file.

`segment` and `show` read one article (`file`); `translate`, `summarize` and `export` read one or
many (`inputs`: files, folders and globs, see `batch_arguments`).
"""

from __future__ import annotations

import argparse
from typing import TextIO

from desktop.core.document import Document
from desktop.core.loading import DEFAULT_MAX_BYTES
from desktop.core.pipeline import AUTO, document_from_bytes, open_document

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USER_ERROR = 2
STDIN = "-"


def add_document_arguments(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """The article's arguments; `many` takes several files, folders and globs (`inputs`)."""
    if many:
        parser.add_argument(
            "inputs",
            nargs="*",
            metavar="FILE|DIR|GLOB",
            help="article files, folders (searched recursively) or globs; - for standard input",
        )
    else:
        parser.add_argument("file", nargs="?", help="article file, or - to read standard input")
    parser.add_argument("--stdin", action="store_true", help="read the article from standard input")
    parser.add_argument(
        "--lang", choices=[AUTO, "ar", "en"], default=AUTO, help="document language"
    )
    parser.add_argument(
        "--no-clean", action="store_true", help="keep captions, teasers and comments"
    )
    parser.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_BYTES / (1024 * 1024),
        metavar="MB",
        help="refuse files larger than this (default %(default)g MB)",
    )


def input_arguments(args: argparse.Namespace) -> list[str]:
    """The files, folders and globs given (one or none for `segment` and `show`)."""
    if hasattr(args, "inputs"):
        return list(args.inputs)
    return [] if args.file is None else [args.file]


def read_document(args: argparse.Namespace, stdin: TextIO, path: str | None = None) -> Document:
    """The article named by `path` (by default the one argument), or standard input."""
    if path is None:
        path = next(iter(input_arguments(args)), None)
    if args.stdin or path == STDIN:
        buffer = getattr(stdin, "buffer", None)
        data = buffer.read() if buffer is not None else stdin.read().encode("utf-8")
        return document_from_bytes(
            data, source="<stdin>", clean=not args.no_clean, language=args.lang
        )
    assert path is not None  # the CLI asks for a FILE or --stdin before any command runs
    return open_document(
        path,
        clean=not args.no_clean,
        language=args.lang,
        max_bytes=int(args.max_size * 1024 * 1024),
    )
