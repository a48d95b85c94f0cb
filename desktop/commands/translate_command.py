"""`translate`: a document's sentences in the other language, as text, JSON lines or pairs.

Text output is each paragraph's translations joined by a space, exactly as the model wrote them
(the same strings as JSONL's "translation" and the GUI's pane). Many inputs go through one engine
pool (`shared_pool`), so each model loads once for the whole run, and are translated several at a
time (`batch_translation`). Nobody waits for a first sentence on screen here, so every engine call
runs at full size.
"""

from __future__ import annotations

import argparse
import json
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
from desktop.core.document import Document
from desktop.core.translation import SentenceTranslation
from desktop.core.translation.document_translation import translate_documents
from desktop.core.translation.engine_pool import EnginePool, shared_pool

# The output file's name in a batch run: <input's stem>.<ending>.
OUTPUT_ENDINGS = {
    "text": "translation.txt",
    "jsonl": "translation.jsonl",
    "bilingual": "bilingual.txt",
}


def translate_for_cli(
    document: Document,
    to: str | None,
    pool: EnginePool | None = None,
    progress: SentenceProgress | None = None,
    model: str | None = None,
) -> dict[int, SentenceTranslation]:
    """Translate with the best installed model (or `model`, an id as `packs list` prints it) and
    the user's cache.

    Args:
        pool: the run's engines; by default the process's `shared_pool`, so a batch loads each
            model once.
        progress: (sentences done, sentences in all); without it, a count on a terminal only.
    """
    engine = (pool or shared_pool()).engine_for_document(document, to, model_id=model)
    show_progress = progress is None and sys.stderr.isatty()

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)
        elif show_progress:
            print(f"\rtranslating: {done}/{total} sentences", end="", file=sys.stderr, flush=True)

    try:
        return translate_documents([document], engine, progress=report)[0]
    finally:
        if show_progress:
            print(file=sys.stderr)


def render_translation(
    document: Document, translations: dict[int, SentenceTranslation], fmt: str
) -> str:
    """The translation as `fmt` ("text", "jsonl" or "bilingual"), the model's text unchanged."""
    if fmt == "jsonl":
        lines = []
        for sentence in document.sentences():
            result = translations[sentence.id]
            record = {
                "id": sentence.id,
                "source": sentence.text,
                "translation": result.text,
                "confidence": round(result.confidence, 4),
                "flags": sorted(str(flag) for flag in result.flags),
            }
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        return "".join(lines)
    if fmt == "bilingual":
        pairs = [f"{s.text}\n{translations[s.id].text}" for s in document.sentences()]
        return "\n\n".join(pairs) + "\n"
    paragraphs = [
        " ".join(translations[s.id].text for s in paragraph.sentences)
        for paragraph in document.paragraphs
    ]
    return "\n\n".join(paragraphs) + "\n"


def _cmd_translate(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if is_batch(args):
        return run_many(args, OUTPUT_ENDINGS[args.format], lambda paths: _batch_job(args, paths))
    if skip_single(args):
        return EXIT_OK
    document = read_document(args, stdin)
    translations = translate_for_cli(document, args.to, model=args.model)
    return write_text(args, out, render_translation(document, translations, args.format))


def _batch_job(args: argparse.Namespace, paths: Sequence[Path]) -> Job:
    translation = GroupedTranslation(
        paths, lambda path: read_document(args, sys.stdin, str(path)), args.to, model=args.model
    )

    def job(source: Path, target: Path, progress: SentenceProgress) -> None:
        document, translations = translation.translate(source, progress)
        write_text_file(target, render_translation(document, translations, args.format))

    return job


def register(commands: Any) -> None:
    translate = commands.add_parser(
        "translate", help="translate offline with an installed language pack"
    )
    add_document_arguments(translate, many=True)
    translate.add_argument(
        "--to", choices=["en", "ar"], help="target language (default: the other one)"
    )
    translate.add_argument("--format", choices=["text", "jsonl", "bilingual"], default="text")
    translate.add_argument(
        "--model", metavar="ID", help="the model to use, as `packs list` prints it (default: best)"
    )
    add_batch_arguments(translate, single="file to write instead of standard output")
    translate.set_defaults(handler=_cmd_translate, check_arguments=check_inputs)
