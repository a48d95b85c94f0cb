"""`nashra-cli`: the headless commands, over the same core as the app.

Errors the user can fix (a missing file, a damaged DOCX, ...) print one line naming the file and
the reason and exit with status 2; no traceback unless `--debug` is given.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from desktop import __version__
from desktop.commands import (
    document_commands,
    pack_commands,
    self_test_command,
    summary_commands,
    translate_command,
)
from desktop.commands.common import EXIT_OK, EXIT_UNEXPECTED, EXIT_USER_ERROR, input_arguments
from desktop.core.errors import NashraError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nashra-cli",
        description="Nashra's headless commands: read, split, translate, summarise.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="log details and show tracebacks")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    for module in (
        document_commands,
        translate_command,
        summary_commands,
        pack_commands,
        self_test_command,
    ):
        module.register(commands)
    return parser


Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    out = out or sys.stdout
    stdin = stdin or sys.stdin
    parser = build_parser()
    args = parser.parse_args(argv)
    if (
        hasattr(args, "stdin")
        and not args.stdin
        and not input_arguments(args)
        and getattr(args, "files_from", None) is None
    ):
        parser.error("give a FILE, or --stdin to read the article from standard input")
    check = getattr(args, "check_arguments", None)
    problem = check(args) if check is not None else None
    if problem:
        parser.error(problem)
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
