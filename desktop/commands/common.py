"""What every command that reads an article shares: its arguments and how it reads the file."""

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


def add_document_arguments(parser: argparse.ArgumentParser) -> None:
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


def read_document(args: argparse.Namespace, stdin: TextIO) -> Document:
    if args.stdin or args.file == STDIN:
        buffer = getattr(stdin, "buffer", None)
        data = buffer.read() if buffer is not None else stdin.read().encode("utf-8")
        return document_from_bytes(
            data, source="<stdin>", clean=not args.no_clean, language=args.lang
        )
    return open_document(
        args.file,
        clean=not args.no_clean,
        language=args.lang,
        max_bytes=int(args.max_size * 1024 * 1024),
    )
