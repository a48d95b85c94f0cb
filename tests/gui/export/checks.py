"""Read exported files back, whatever their format, as plain text to look for sentences in."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

import docx
import lxml.html
from PySide6.QtCore import QObject

from desktop.core.document import Document
from desktop.core.translation import SentenceTranslation

_SPACES = re.compile(r"\s+")


def read_back(path: Path) -> str:
    """The file's text with runs of white space folded to one space."""
    fmt = path.suffix.lstrip(".")
    if fmt == "docx":
        document = docx.Document(str(path))
        parts = [paragraph.text for paragraph in document.paragraphs]
        for table in document.tables:
            parts.extend(cell.text for row in table.rows for cell in row.cells)
        text = "\n".join(parts)
    elif fmt == "html":
        text = lxml.html.fromstring(path.read_bytes()).text_content()
    elif fmt == "pdf":
        text = pdf_text(path)
    else:
        text = path.read_text(encoding="utf-8")
    return _SPACES.sub(" ", text)


def pdf_text(path: Path) -> str:
    """The PDF's text as Nashra reads it back (its own PDF reader, which orders Arabic lines)."""
    from desktop.core.pipeline import open_document

    document = open_document(path, clean=False)
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def words_in_order(text: str, *words: str) -> bool:
    """Each word occurs in `text`, each after the one before (logical reading order)."""
    position = 0
    for word in words:
        found = text.find(word, position)
        if found < 0:
            return False
        position = found + len(word)
    return True


def watch_destroyed(obj: QObject) -> Callable[[], bool]:
    """A check that turns true once `obj` is destroyed (for qtbot.waitUntil).

    Not qtbot.waitSignal(obj.destroyed): disconnecting from a destroyed object's signal raises
    in PySide6.
    """
    destroyed: list[bool] = []
    obj.destroyed.connect(lambda: destroyed.append(True))
    return lambda: bool(destroyed)


def write_pdf(
    document: Document,
    path: Path,
    what: str,
    translations: Mapping[int, SentenceTranslation] | None = None,
    summary_ids: list[int] | None = None,
) -> Path:
    """A PDF as File ▸ Export writes it (the core's PDF export)."""
    from desktop.core.export import export_document

    texts = {i: getattr(t, "text", t) for i, t in (translations or {}).items()}
    return export_document(
        document, path, what=what, to="pdf", translations=texts or None, summary_ids=summary_ids
    )
