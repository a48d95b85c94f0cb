"""`translate`: a document's sentences in the other language, as text, JSON lines or pairs."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from desktop.commands.common import EXIT_OK, add_document_arguments, read_document
from desktop.core.document import Document
from desktop.core.translation import SentenceTranslation
from desktop.core.translation.document_translation import translate_document
from desktop.core.translation.engine_pool import EnginePool


def translate_for_cli(
    document: Document, to: str | None, pool: EnginePool | None = None, model: str | None = None
) -> dict[int, SentenceTranslation]:
    """Translate with the best installed model (or ``model``, an id as `packs list` prints it)
    and the user's cache; progress on a terminal only."""
    engine = (pool or EnginePool()).engine_for_document(document, to, model_id=model)
    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int, _new: dict[int, SentenceTranslation]) -> None:
        if show_progress:
            print(f"\rtranslating: {done}/{total} sentences", end="", file=sys.stderr, flush=True)

    try:
        return translate_document(document, engine, progress=progress)
    finally:
        if show_progress:
            print(file=sys.stderr)


def _cmd_translate(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    document = read_document(args, stdin)
    translations = translate_for_cli(document, args.to, model=args.model)
    if args.format == "jsonl":
        for sentence in document.sentences():
            result = translations[sentence.id]
            record = {
                "id": sentence.id,
                "source": sentence.text,
                "translation": result.text,
                "confidence": round(result.confidence, 4),
                "flags": sorted(str(flag) for flag in result.flags),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif args.format == "bilingual":
        pairs = [f"{s.text}\n{translations[s.id].text}" for s in document.sentences()]
        out.write("\n\n".join(pairs) + "\n")
    else:
        paragraphs = [
            " ".join(translations[s.id].text for s in paragraph.sentences)
            for paragraph in document.paragraphs
        ]
        out.write("\n\n".join(paragraphs) + "\n")
    return EXIT_OK


def register(commands: Any) -> None:
    translate = commands.add_parser(
        "translate", help="translate offline with an installed language pack"
    )
    add_document_arguments(translate)
    translate.add_argument(
        "--to", choices=["en", "ar"], help="target language (default: the other one)"
    )
    translate.add_argument("--format", choices=["text", "jsonl", "bilingual"], default="text")
    translate.add_argument(
        "--model", metavar="ID", help="the model to use, as `packs list` prints it (default: best)"
    )
    translate.set_defaults(handler=_cmd_translate)
