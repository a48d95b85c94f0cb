"""Read exported files back, whatever their format, as plain text to look for sentences in."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import docx
import lxml.html
from pdfminer.high_level import extract_text
from PySide6.QtCore import QObject

from desktop.core.loading.arabic_pdf_repair import form_evidence, repair_line

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
    """The PDF's text layer, with Arabic repaired to logical order and base letters by the core.

    Not `load_pdf_bytes`: it fails on glyphs that stand for two characters (Qt writes the lam-alef
    ligature so), reported to the lead.
    """
    lines = extract_text(str(path)).splitlines()
    return "\n".join(repair_line(line, visual=form_evidence(line) > 0) for line in lines)


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
