"""`summarize` and `export`: the gist of an article, and the article taken elsewhere.

As in every command, `--to` is the target language and `--format` the file format. Export's old
spellings still work with a note on standard error: `--to FORMAT` (the formats and the languages
share no word, so the value says which was meant) and `--lang-to LANGUAGE`.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from desktop.commands.batch_arguments import (
    add_batch_arguments,
    check_inputs,
    is_batch,
    run_many,
    skip_single,
    write_text,
    write_text_file,
)
from desktop.commands.batch_run import Job, SentenceProgress
from desktop.commands.batch_translation import GroupedTranslation
from desktop.commands.common import EXIT_OK, add_document_arguments, read_document
from desktop.commands.translate_command import translate_for_cli
from desktop.core.document import Document
from desktop.core.errors import NashraError
from desktop.core.export import EXPORT_FORMATS, EXPORT_KINDS, SUBTITLE_FORMATS, export_document
from desktop.core.language import LANGUAGES
from desktop.core.summary import (
    DEFAULT_METHOD,
    DEFAULT_SENTENCES,
    METHODS,
    Summary,
    SummaryLength,
    summarize,
)
from desktop.core.translation import AlreadyInLanguageError, MissingPackError, SentenceTranslation

log = logging.getLogger(__name__)

FILE_FORMATS: tuple[str, ...] = EXPORT_FORMATS + SUBTITLE_FORMATS
SUMMARY_ENDINGS = {"text": "summary.txt", "json": "summary.json"}


def _deprecated(old: str, new: str) -> None:
    print(f"nashra-cli: {old} is deprecated; use {new}", file=sys.stderr)


class _LanguageOrOldFormat(argparse.Action):
    """Export's `--to`: the target language; a file format there is the old spelling."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        value = str(values)
        if value in LANGUAGES:
            namespace.to = value
        elif value in FILE_FORMATS:
            _deprecated(
                f"--to {value} for the file format", f"--format {value} (--to is the language)"
            )
            namespace.old_format = value
        else:
            parser.error(
                f"argument --to: invalid choice: {value!r} (choose from {', '.join(LANGUAGES)})"
            )


class _OldLanguageOption(argparse.Action):
    """Export's `--lang-to`, now `--to`."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        _deprecated(f"--lang-to {values}", f"--to {values}")
        namespace.old_language = str(values)


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
    if is_batch(args):
        return run_many(args, SUMMARY_ENDINGS[args.format], lambda _paths: _summary_job(args))
    if skip_single(args):
        return EXIT_OK
    document = read_document(args, stdin)
    return write_text(args, out, render_summary(document, _summary(args, document), args.format))


def _summary_job(args: argparse.Namespace) -> Job:
    def job(source: Path, target: Path, _progress: SentenceProgress) -> None:
        document = read_document(args, sys.stdin, str(source))
        write_text_file(target, render_summary(document, _summary(args, document), args.format))

    return job


def render_summary(document: Document, summary: Summary, fmt: str) -> str:
    """The summary's sentences, one a line ("text"), or with ids, ranks and scores ("json")."""
    if fmt == "json":
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
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    return "".join(document.sentence(sentence_id).text + "\n" for sentence_id in summary.ids)


def _check_export(args: argparse.Namespace) -> str | None:
    """Settle the old spellings, then what export needs: a format and an output."""
    if args.old_language is not None:
        args.to = args.to or args.old_language
    if args.old_format is not None:
        if args.format not in (None, args.old_format):
            return f"--to {args.old_format} and --format {args.format} disagree"
        args.format = args.old_format
    if args.format is None:
        return "the following arguments are required: --format"
    if args.output is None:
        return "the following arguments are required: -o/--output"
    return check_inputs(args)


def _cmd_export(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if is_batch(args):
        return run_many(args, f"{args.what}.{args.format}", lambda paths: _export_job(args, paths))
    if skip_single(args):
        return EXIT_OK
    document = read_document(args, stdin)
    translations = None
    if args.what != "original":
        try:
            translations = translate_for_cli(document, args.to)
        except (MissingPackError, AlreadyInLanguageError) as error:
            _original_only(args, error)
    _export(args, document, Path(args.output), translations)
    return EXIT_OK


def _export_job(args: argparse.Namespace, paths: Sequence[Path]) -> Job:
    def read(path: Path) -> Document:
        return read_document(args, sys.stdin, str(path))

    grouped = GroupedTranslation(paths, read, args.to) if args.what != "original" else None

    def job(source: Path, target: Path, progress: SentenceProgress) -> None:
        if grouped is None:
            _export(args, read(source), target, None)
            return
        try:
            document, translations = grouped.translate(source, progress)
        except (MissingPackError, AlreadyInLanguageError) as error:
            _original_only(args, error)
            _export(args, read(source), target, None)
            return
        _export(args, document, target, translations)

    return job


def _original_only(args: argparse.Namespace, error: NashraError) -> None:
    """A summary needs no translation: without one it is exported in the original language."""
    if args.what != "summary":
        raise error
    print(f"nashra-cli: {error}; the summary is exported in the original only", file=sys.stderr)


def _export(
    args: argparse.Namespace,
    document: Document,
    target: Path,
    translated: dict[int, SentenceTranslation] | None,
) -> None:
    summary_ids = _summary(args, document).ids if args.what == "summary" else None
    translations = None
    if translated is not None:
        translations = {sentence_id: result.text for sentence_id, result in translated.items()}
    path = export_document(
        document,
        target,
        what=args.what,
        to=args.format,
        translations=translations,
        summary_ids=summary_ids,
        target_language=args.to if translations is not None else None,
        page_size=args.page_size if args.format == "pdf" else None,
    )
    log.info("exported %s to %s", args.what, path)


def register(commands: Any) -> None:
    summarize_parser = commands.add_parser("summarize", help="the article's key sentences")
    add_document_arguments(summarize_parser, many=True)
    _add_length_arguments(summarize_parser)
    summarize_parser.add_argument("--format", choices=["text", "json"], default="text")
    add_batch_arguments(summarize_parser, single="file to write instead of standard output")
    summarize_parser.set_defaults(handler=_cmd_summarize, check_arguments=check_inputs)

    export = commands.add_parser("export", help="write the original, translation or summary")
    add_document_arguments(export, many=True)
    export.add_argument("--what", choices=EXPORT_KINDS, required=True)
    export.add_argument(
        "--format",
        choices=FILE_FORMATS,
        help="file format (required); srt for subtitle files (.srt, .vtt): the cues with their "
        "timing",
    )
    export.add_argument(
        "--to",
        action=_LanguageOrOldFormat,
        metavar="{en,ar}",
        help="translation language (default: the other one)",
    )
    export.add_argument("--lang-to", action=_OldLanguageOption, help=argparse.SUPPRESS)
    export.add_argument(
        "--page-size",
        choices=["a4", "letter"],
        help="PDF page size (default: Letter where the locale's country uses it, else A4)",
    )
    add_batch_arguments(export, single="file to write (required)")
    _add_length_arguments(export)
    export.set_defaults(
        handler=_cmd_export, check_arguments=_check_export, old_format=None, old_language=None
    )
