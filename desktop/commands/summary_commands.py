"""`summarize` and `export`: the gist of an article, and the article taken elsewhere."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any, TextIO

from desktop.commands.common import EXIT_OK, add_document_arguments, read_document
from desktop.commands.translate_command import translate_for_cli
from desktop.core.document import Document
from desktop.core.errors import NashraError
from desktop.core.export import EXPORT_FORMATS, EXPORT_KINDS, SUBTITLE_FORMATS, export_document
from desktop.core.summary import (
    DEFAULT_METHOD,
    DEFAULT_SENTENCES,
    METHODS,
    Summary,
    SummaryLength,
    summarize,
)
from desktop.core.translation import MissingPackError

log = logging.getLogger(__name__)


def _add_length_arguments(parser: argparse.ArgumentParser) -> None:
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=int, metavar="N", help="summary of N sentences")
    length.add_argument("--words", type=int, metavar="N", help="summary of at most N words")
    length.add_argument(
        "--ratio", type=float, metavar="R", help="summary of this share of the words (0-1)"
    )
    parser.add_argument("--method", choices=METHODS, default=DEFAULT_METHOD)


def _length(args: argparse.Namespace) -> SummaryLength:
    if args.words is not None:
        return SummaryLength.words(args.words)
    if args.ratio is not None:
        return SummaryLength.ratio(args.ratio)
    return SummaryLength.sentences(args.sentences or DEFAULT_SENTENCES)


def _summary(args: argparse.Namespace, document: Document) -> Summary:
    try:
        length = _length(args)
    except ValueError as error:  # a length out of range: the user's to fix, not a crash
        raise NashraError(document.source, str(error)) from error
    return summarize(document, length, args.method)


def _cmd_summarize(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    document = read_document(args, stdin)
    summary = _summary(args, document)
    if args.format == "json":
        record = {
            "source": document.source,
            "title": document.title,
            "language": document.language,
            "method": summary.method,
            "sentences": [
                {
                    "id": item.id,
                    "rank": item.rank,
                    "score": round(item.score, 6),
                    "text": document.sentence(item.id).text,
                }
                for item in summary.sentences
            ],
        }
        json.dump(record, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for sentence_id in summary.ids:
            out.write(document.sentence(sentence_id).text + "\n")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    document = read_document(args, stdin)
    summary_ids = _summary(args, document).ids if args.what == "summary" else None
    translations = None
    if args.what != "original":
        try:
            translated = translate_for_cli(document, args.to)
            translations = {sentence_id: result.text for sentence_id, result in translated.items()}
        except MissingPackError as error:
            if args.what != "summary":
                raise
            print(
                f"nashra-cli: {error}; the summary is exported in the original only",
                file=sys.stderr,
            )
    path = export_document(
        document,
        args.output,
        what=args.what,
        to=args.to_format,
        translations=translations,
        summary_ids=summary_ids,
    )
    log.info("exported %s to %s", args.what, path)
    return EXIT_OK


def register(commands: Any) -> None:
    summarize_parser = commands.add_parser("summarize", help="the article's key sentences")
    add_document_arguments(summarize_parser)
    _add_length_arguments(summarize_parser)
    summarize_parser.add_argument("--format", choices=["text", "json"], default="text")
    summarize_parser.set_defaults(handler=_cmd_summarize)

    export = commands.add_parser("export", help="write the original, translation or summary")
    add_document_arguments(export)
    export.add_argument("--what", choices=EXPORT_KINDS, required=True)
    export.add_argument(
        "--to",
        dest="to_format",
        choices=EXPORT_FORMATS + SUBTITLE_FORMATS,
        required=True,
        help="file format; srt for subtitle files (.srt, .vtt): the cues with their timing",
    )
    export.add_argument("-o", "--output", required=True, help="file to write")
    export.add_argument("--lang-to", dest="to", choices=["en", "ar"], help="translation language")
    _add_length_arguments(export)
    export.set_defaults(handler=_cmd_export)
