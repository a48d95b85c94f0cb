"""The PDF readers the tests check exports with: poppler's command-line tools and Nashra itself.

poppler-utils (`pdftotext`, `pdftoppm`) is a system package; the tests that need it skip, saying
how to install it, where it is missing. Nashra's own reader needs nothing besides the project.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.core.pipeline import open_document

POPPLER_MISSING = (
    "poppler-utils is not installed (pdftotext, pdftoppm): apt-get install poppler-utils"
)
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
# pdftotext marks right-to-left runs with embedding controls; they are not text.
_EMBEDDING_MARKS = re.compile("[\u202a-\u202e]")
# Words as runs of one script: Arabic letters (with their marks), Latin letters, digits. pdftotext
# places the spaces and punctuation around a change of direction by its own rule (an Arabic comma
# or the space before a number lands on the other side), so order is checked on these.
_TOKENS = re.compile(
    r"[\u0610-\u061a\u0620-\u065f\u0670-\u06d3\u06d5-\u06ed\u06fa-\u06ff\u0750-\u077f]+"
    r"|[A-Za-z]+|[0-9\u0660-\u0669]+"
)


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(POPPLER_MISSING)
    return found


def pdftotext(path: Path, *, crop: tuple[float, float, float, float] | None = None) -> str:
    """The PDF's text as poppler reads it; `crop` is (x, y, width, height) in points from the top
    left of page 1 (`-r 72` makes pixels points)."""
    command = [poppler("pdftotext"), "-enc", "UTF-8"]
    if crop is not None:
        x, y, width, height = crop
        command += ["-r", "72", "-x", str(int(x)), "-y", str(int(y))]
        command += ["-W", str(int(width)), "-H", str(int(height)), "-f", "1", "-l", "1"]
    result = subprocess.run([*command, str(path), "-"], capture_output=True, check=True)
    return _EMBEDDING_MARKS.sub("", result.stdout.decode("utf-8"))


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def read_back(path: Path) -> list[str]:
    """The sentences Nashra finds when it opens the PDF."""
    return [sentence.text for sentence in open_document(path).sentences()]


def render_gray(path: Path, *, dpi: int, page: int = 1) -> tuple[int, int, list[bytes]]:
    """Page `page` rendered by pdftoppm as 8-bit grey rows: (width, height, rows)."""
    result = subprocess.run(
        [poppler("pdftoppm"), "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        check=True,
    )
    data = result.stdout
    header = data.split(maxsplit=4)  # P5 width height maxval pixels
    width, height = int(header[1]), int(header[2])
    pixels = data[len(data) - width * height :]
    return width, height, [pixels[row * width : (row + 1) * width] for row in range(height)]
