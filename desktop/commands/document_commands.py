"""`segment` and `show`: a document's sentences and what cleaning did, without translation."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any, TextIO

from desktop.commands.common import EXIT_OK, add_document_arguments, read_document
from desktop.core.document import Document, Matter
from desktop.core.language import language_name


def _cmd_segment(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    document = read_document(args, stdin)
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
        "notices": [
            {"kind": str(n.kind), "message": n.message, "language": n.language, "count": n.count}
            for n in document.notices
        ],
        "paragraphs": [
            {
                "kind": str(p.kind),
                "level": p.level,
                "language": p.language,
                "matter": str(p.matter),
                **({"cue": asdict(p.cue)} if p.cue else {}),
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
    document = read_document(args, stdin)
    if args.format == "json":
        json.dump(document_as_json(document), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    encoding = f", encoding {document.encoding}" if document.encoding else ""
    out.write(f"Title: {document.title or '(none)'}\n")
    out.write(
        f"Language: {document.language} ({language_name(document.language)}; "
        f"format {document.format}{encoding})\n"
    )
    out.write(f"Source: {document.source}\n")
    for notice in document.notices:
        out.write(f"Notice: {notice.message}\n")
    for paragraph in document.paragraphs:
        matter = f", {paragraph.matter}" if paragraph.matter is not Matter.BODY else ""
        out.write(
            f"\n[{paragraph.kind}{f' {paragraph.level}' if paragraph.level else ''}, "
            f"{paragraph.language}{matter}]\n"
        )
        for sentence in paragraph.sentences:
            out.write(f"  {sentence.id}: {sentence.text}\n")
    if document.removed:
        out.write("\nRemoved by cleaning:\n")
        for removed in document.removed:
            out.write(f"  ({removed.reason}) {removed.text}\n")
    return EXIT_OK


def register(commands: Any) -> None:
    segment = commands.add_parser("segment", help="one sentence per line, paragraphs apart")
    add_document_arguments(segment)
    segment.set_defaults(handler=_cmd_segment)

    show = commands.add_parser("show", help="title, language, paragraphs and what cleaning removed")
    add_document_arguments(show)
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=_cmd_show)
