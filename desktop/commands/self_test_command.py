"""`self-test`: check that this installation (frozen or not) starts, reads, translates, exports."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from desktop.self_test import run_self_test


def _cmd_self_test(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    return run_self_test(out, pack=args.pack, require_pack=args.require_pack, debug=args.debug)


def register(commands: Any) -> None:
    self_test = commands.add_parser(
        "self-test", help="check that Qt, loading, translation, summary and export work here"
    )
    self_test.add_argument(
        "--pack", metavar="FILE", help="an .argosmodel file or pack folder to translate with"
    )
    self_test.add_argument(
        "--require-pack",
        action="store_true",
        help="fail (instead of skipping) when no language pack is found",
    )
    self_test.set_defaults(handler=_cmd_self_test)
