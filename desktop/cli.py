"""`nashra-cli`: the headless commands, over the same core as the app.

Errors the user can fix (a missing file, a damaged DOCX, ...) print one line naming the file and
the reason and exit with status 2; no traceback unless `--debug` is given.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any, TextIO

from desktop import __version__
from desktop.core.document import Document
from desktop.core.errors import NashraError
from desktop.core.loading import DEFAULT_MAX_BYTES
from desktop.core.pipeline import AUTO, document_from_bytes, open_document

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_USER_ERROR = 2
STDIN = "-"


def _add_document_arguments(parser: argparse.ArgumentParser) -> None:
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


def _read_document(args: argparse.Namespace, stdin: TextIO) -> Document:
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


def _cmd_segment(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    document = _read_document(args, stdin)
    blocks = ["\n".join(s.text for s in paragraph.sentences) for paragraph in document.paragraphs]
    if blocks:
        out.write("\n\n".join(blocks) + "\n")
    return EXIT_OK


def document_as_json(document: Document) -> dict[str, Any]:
    return {
        "source": document.source,
        "format": document.format,
        "encoding": document.encoding,
        "title": document.title,
        "language": document.language,
        "paragraphs": [
            {
                "kind": str(p.kind),
                "level": p.level,
                "language": p.language,
                "text": p.text,
                "sentences": [asdict(s) for s in p.sentences],
            }
            for p in document.paragraphs
        ],
        "removed": [
            {"reason": str(r.reason), "text": r.text, "block_index": r.block_index}
            for r in document.removed
        ],
    }


def _cmd_show(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    document = _read_document(args, stdin)
    if args.format == "json":
        json.dump(document_as_json(document), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    encoding = f", encoding {document.encoding}" if document.encoding else ""
    out.write(f"Title: {document.title or '(none)'}\n")
    out.write(f"Language: {document.language} (format {document.format}{encoding})\n")
    out.write(f"Source: {document.source}\n")
    for paragraph in document.paragraphs:
        out.write(
            f"\n[{paragraph.kind}{f' {paragraph.level}' if paragraph.level else ''}, "
            f"{paragraph.language}]\n"
        )
        for sentence in paragraph.sentences:
            out.write(f"  {sentence.id}: {sentence.text}\n")
    if document.removed:
        out.write("\nRemoved by cleaning:\n")
        for removed in document.removed:
            out.write(f"  ({removed.reason}) {removed.text}\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nashra-cli",
        description="Nashra's headless commands: read, split, translate, summarise.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="log details and show tracebacks")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    segment = commands.add_parser("segment", help="one sentence per line, paragraphs apart")
    _add_document_arguments(segment)
    segment.set_defaults(handler=_cmd_segment)

    show = commands.add_parser("show", help="title, language, paragraphs and what cleaning removed")
    _add_document_arguments(show)
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=_cmd_show)
    return parser


Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    out = out or sys.stdout
    stdin = stdin or sys.stdin
    parser = build_parser()
    args = parser.parse_args(argv)
    if hasattr(args, "stdin") and not args.stdin and args.file is None:
        parser.error("give a FILE, or --stdin to read the article from standard input")
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.debug:
        # Our own warnings matter to the user; third-party chatter ("discarding data") does not.
        logging.getLogger("desktop").setLevel(logging.WARNING)
    handler: Handler = args.handler
    try:
        return handler(args, out, stdin)
    except NashraError as error:
        print(f"nashra-cli: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # the last line of defence: one line, details with --debug
        if args.debug:
            raise
        log.debug("unexpected error", exc_info=True)
        print(f"nashra-cli: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    sys.exit(main())
