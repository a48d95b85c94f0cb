"""One small article written in every format Nashra reads, each by that format's own library.

The web-ish formats reference remote resources (a script that fetches, a stylesheet, images) so
the offline test also proves that reading a saved page never follows its links.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.loading import SUPPORTED_EXTENSIONS
from tests.fixtures.document_writers import INTRO, LAST, write_docx, write_epub, write_odt
from tests.fixtures.pdf_builder import Line, build_pdf

HEADLINE = "الحكومة تعلن خطة لدعم الصحافة"
REMOTE = "http://example.invalid"

# One file per reader (".htm" and ".html" share one), so each reader runs once.
EXTENSIONS = sorted({kind: ext for ext, kind in SUPPORTED_EXTENSIONS.items()}.values())


def write_article(folder: Path, extension: str) -> Path:
    path = folder / f"article{extension}"
    kind = SUPPORTED_EXTENSIONS[extension]
    if kind == "text":
        path.write_text(f"{HEADLINE}\n\n{INTRO}\n\n{LAST}\n", "utf-8")
    elif kind == "html":
        path.write_text(
            f'<html><head><title>{HEADLINE}</title><link rel="stylesheet" href="{REMOTE}/a.css">'
            f'<script src="{REMOTE}/tracker.js"></script></head><body><article>'
            f"<h1>{HEADLINE}</h1><p>{INTRO}</p><img src='{REMOTE}/photo.jpg'><p>{LAST}</p>"
            f"<script>fetch('{REMOTE}/beacon')</script></article></body></html>",
            "utf-8",
        )
    elif kind == "markdown":
        path.write_text(f"# {HEADLINE}\n\n{INTRO}\n\n![صورة]({REMOTE}/photo.jpg)\n\n{LAST}\n")
    elif kind == "docx":
        write_docx(path)
    elif kind == "odt":
        write_odt(path)
    elif kind == "epub":
        write_epub(path)
    elif kind == "pdf":
        path.write_bytes(
            build_pdf(
                [
                    [
                        Line(INTRO, 560, 700, right_to_left=True),
                        Line(LAST, 560, 600, right_to_left=True),
                    ]
                ]
            )
        )
    elif kind == "subtitles":  # SRT, or WebVTT with its header and "." before milliseconds
        header, dot = ("WEBVTT\n\n", ".") if extension == ".vtt" else ("", ",")
        cues = [
            (f"00:00:01{dot}000 --> 00:00:04{dot}000", INTRO),
            (f"00:00:05{dot}000 --> 00:00:08{dot}000", LAST),
        ]
        path.write_text(
            header + "\n".join(f"{n}\n{time}\n{text}\n" for n, (time, text) in enumerate(cues, 1)),
            "utf-8",
        )
    else:  # pragma: no cover - a new format needs a writer here
        raise AssertionError(f"no writer for {extension}")
    return path
