"""A paragraph turned into shaped runs: bidi levels, a font per character, HarfBuzz glyphs.

Arabic letters are set in Noto Naskh Arabic, every other letter and the European digits in the
Latin face at a size that makes its letters as tall as Naskh's (see `desktop.core.fonts`); spaces,
punctuation and marks follow the letter before them, so an Arabic comma stays in Naskh and the
full stop after an English name in the Latin face.

Each glyph carries the text it stands for, which becomes the PDF's glyph-to-text map (ToUnicode).
Two rules keep that text layer exact for every reader:

* one glyph per HarfBuzz cluster carries the cluster's characters (a ligature such as lam-lam-heh
  maps to its three letters, a letter with its marks to all of them); the cluster's other glyphs
  (the marks' own glyphs) carry none and are drawn as outlines, outside the text layer, so no
  reader sees a zero-width character that splits the word;
* in a right-to-left run a glyph's characters are written in display order (reversed), because
  a PDF's text layer is read in display order and every reader (poppler's pdftotext, pdf.js,
  MuPDF, pdfminer with Nashra's repair) rebuilds logical order by reversing right-to-left runs
  character by character; logical order inside the glyph would come out as "هلل" for "لله".
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass

from desktop.core.bidi import embedding_levels
from desktop.core.export.pdf.typeface import ShapedGlyph, Typeface


@dataclass(frozen=True)
class FontSet:
    """The faces one text style draws with, and the Arabic face's size relative to the Latin."""

    arabic: Typeface
    latin: Typeface
    arabic_scale: float


@dataclass(frozen=True)
class Glyph:
    """A glyph ready to draw, in points.

    Attributes:
        text: what the glyph stands for in the text layer, in display order; empty for a glyph
            drawn as an outline (not part of the text layer).
    """

    face: Typeface
    size: float
    gid: int
    cluster: int
    text: str
    advance: float
    x_offset: float
    y_offset: float


@dataclass(frozen=True)
class Run:
    """Consecutive characters with one level and one face, shaped together.

    Glyphs are in display order (left to right on the page).
    """

    start: int
    end: int
    level: int
    glyphs: tuple[Glyph, ...]

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


@dataclass(frozen=True)
class ShapedParagraph:
    """A paragraph's runs in logical order, and each character's share of the width.

    Attributes:
        advances: per character, the advance of the glyphs of the cluster it starts (0 for
            characters inside a cluster), so a line's width is the sum over its characters.
    """

    text: str
    rtl: bool
    runs: tuple[Run, ...]
    advances: tuple[float, ...]


def shape_paragraph(text: str, *, rtl: bool, size: float, fonts: FontSet) -> ShapedParagraph:
    """Shape a paragraph set at `size` points (the Latin size; Arabic is scaled up)."""
    levels = embedding_levels(text, rtl)
    faces = _faces(text, fonts, rtl)
    runs: list[Run] = []
    advances = [0.0] * len(text)
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and levels[end] == levels[start] and faces[end] is faces[start]:
            end += 1
        face = faces[start]
        run_size = size * fonts.arabic_scale if face is fonts.arabic else size
        run = _shape_run(text, start, end, levels[start], face, run_size)
        for glyph in run.glyphs:
            advances[glyph.cluster] += glyph.advance
        runs.append(run)
        start = end
    return ShapedParagraph(text, rtl, tuple(runs), tuple(advances))


def is_arabic(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x0870 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _faces(text: str, fonts: FontSet, rtl: bool) -> list[Typeface]:
    """The face of each character: by script for letters and digits, by neighbour for the rest.

    Spaces, punctuation and marks take the face of the letter before them (those before the
    first letter, the first letter's).
    """
    by_script = [_script_face(char, fonts) for char in text]
    default = fonts.arabic if rtl else fonts.latin
    previous = next((face for face in by_script if face is not None), default)
    faces = []
    for char, face in zip(text, by_script, strict=True):
        if face is None:
            face = previous
        else:
            previous = face
        faces.append(_covering(face, char, fonts))
    return faces


def _script_face(char: str, fonts: FontSet) -> Typeface | None:
    if unicodedata.category(char)[0] not in "LN":
        return None
    return fonts.arabic if is_arabic(char) else fonts.latin


def _covering(face: Typeface, char: str, fonts: FontSet) -> Typeface:
    """The chosen face, or the other one when only the other has a glyph for `char`."""
    if face.covers(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return face
    other = fonts.latin if face is fonts.arabic else fonts.arabic
    return other if other.covers(char) else face


def _texts(text: str, logical: list[ShapedGlyph], end: int) -> list[str]:
    """What each glyph of a run stands for, the glyphs taken in logical order.

    Each cluster's characters go to its widest glyph (the first on ties). A glyph that takes no
    room then hands its characters to the spacing glyph before it (after it at the start of the
    run): Naskh draws lam-alef as a lam and an alef of zero width on top of it, and a zero-width
    character in the text layer is one readers (pdftotext) split words at.
    """
    clusters = sorted({glyph.cluster for glyph in logical})
    cluster_end = dict(zip(clusters, [*clusters[1:], end], strict=True))
    carrier: dict[int, int] = {}
    for index, glyph in enumerate(logical):
        best = carrier.get(glyph.cluster)
        if best is None or glyph.x_advance > logical[best].x_advance:
            carrier[glyph.cluster] = index
    texts = [""] * len(logical)
    for cluster, index in carrier.items():
        texts[index] = text[cluster : cluster_end[cluster]]
    spacing = [index for index, glyph in enumerate(logical) if glyph.x_advance > 0]
    for index, glyph in enumerate(logical):
        if not texts[index] or glyph.x_advance > 0 or not spacing:
            continue
        before = bisect.bisect_left(spacing, index)  # spacing glyphs before this one
        if before:
            texts[spacing[before - 1]] += texts[index]
        else:
            texts[spacing[0]] = texts[index] + texts[spacing[0]]
        texts[index] = ""
    return texts


def _shape_run(text: str, start: int, end: int, level: int, face: Typeface, size: float) -> Run:
    rtl = level % 2 == 1
    shaped = face.shape(text, start, end, rtl=rtl)
    scale = size / face.units_per_em
    logical = shaped[::-1] if rtl else shaped
    texts = _texts(text, logical, end)
    if rtl:
        texts = [characters[::-1] for characters in reversed(texts)]
    glyphs = [
        Glyph(
            face=face,
            size=size,
            gid=glyph.gid,
            cluster=glyph.cluster,
            text=characters,
            advance=glyph.x_advance * scale,
            x_offset=glyph.x_offset * scale,
            y_offset=glyph.y_offset * scale,
        )
        for glyph, characters in zip(shaped, texts, strict=True)
    ]
    return Run(start, end, level, tuple(glyphs))
