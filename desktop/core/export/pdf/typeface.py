"""One font file as the PDF writer needs it: shaping, metrics, outlines and a subset to embed.

Everything goes through HarfBuzz (uharfbuzz): it shapes Arabic the way browsers and Qt do
(joining forms, lam-alef, marks placed by the font's GPOS), and its subsetter cuts the embedded
font down to the glyphs a document uses, so one small wheel covers what would otherwise take
fontTools as well.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import uharfbuzz as hb


@dataclass(frozen=True)
class ShapedGlyph:
    """One glyph as HarfBuzz placed it, in font units.

    Attributes:
        gid: the glyph's index in the font.
        cluster: the index in the shaped text of the first character the glyph stands for.
    """

    gid: int
    cluster: int
    x_advance: int
    x_offset: int
    y_offset: int


class _PathPen:
    """Collects a glyph outline as PDF path operators (quadratic curves made cubic).

    The method names are the pen protocol HarfBuzz's `draw_glyph_with_pen` calls.
    """

    def __init__(self) -> None:
        self.operators: list[str] = []
        self._current = (0.0, 0.0)

    def moveTo(self, point: tuple[float, float]) -> None:
        self.operators.append(f"{_num(point[0])} {_num(point[1])} m")
        self._current = point

    def lineTo(self, point: tuple[float, float]) -> None:
        self.operators.append(f"{_num(point[0])} {_num(point[1])} l")
        self._current = point

    def curveTo(self, *points: tuple[float, float]) -> None:
        (x1, y1), (x2, y2), (x3, y3) = points
        self.operators.append(
            f"{_num(x1)} {_num(y1)} {_num(x2)} {_num(y2)} {_num(x3)} {_num(y3)} c"
        )
        self._current = points[-1]

    def qCurveTo(self, *points: tuple[float, float]) -> None:
        """A TrueType quadratic spline: implied on-curve points between consecutive controls."""
        controls, end = points[:-1], points[-1]
        for index, control in enumerate(controls):
            if index + 1 < len(controls):
                following = controls[index + 1]
                target = ((control[0] + following[0]) / 2, (control[1] + following[1]) / 2)
            else:
                target = end
            self._quadratic(control, target)

    def closePath(self) -> None:
        self.operators.append("h")

    def _quadratic(self, control: tuple[float, float], end: tuple[float, float]) -> None:
        (x0, y0), (qx, qy), (x3, y3) = self._current, control, end
        x1, y1 = x0 + 2 * (qx - x0) / 3, y0 + 2 * (qy - y0) / 3
        x2, y2 = x3 + 2 * (qx - x3) / 3, y3 + 2 * (qy - y3) / 3
        self.curveTo((x1, y1), (x2, y2), end)


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class Typeface:
    """A TrueType font file loaded once, with the numbers a PDF font dictionary needs.

    Metrics are in font units (`units_per_em` to the em); the PDF writer scales them.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._blob = hb.Blob.from_file_path(str(path))
        self._face = hb.Face(self._blob)
        self._font = hb.Font(self._face)
        self.units_per_em: int = self._face.upem
        extents = self._font.get_font_extents("ltr")
        self.ascender: int = extents.ascender
        self.descender: int = extents.descender  # negative, below the baseline
        self.cap_height: int = self._metric(hb.OTMetricsTag.CAP_HEIGHT)
        self.x_height: int = self._metric(hb.OTMetricsTag.X_HEIGHT)
        name = self._face.get_name(hb.OTNameIdPredefined.POSTSCRIPT_NAME)
        self.postscript_name: str = name or path.stem
        self._covered: frozenset[int] = frozenset(self._face.unicodes)

    def _metric(self, tag: hb.OTMetricsTag) -> int:
        value = self._font.get_metric_position_with_fallback(tag)
        return int(value)

    def covers(self, char: str) -> bool:
        return ord(char) in self._covered

    def advance(self, gid: int) -> int:
        """The glyph's own advance width (its `hmtx` entry), in font units."""
        return int(self._font.get_glyph_h_advance(gid))

    def shape(
        self, text: str, start: int, end: int, *, rtl: bool, features: dict[str, bool] | None = None
    ) -> list[ShapedGlyph]:
        """Shape `text[start:end]` with the rest of `text` as context (joining across runs).

        Glyphs come in display order (for right-to-left text, the last character's glyph first);
        clusters are indices into `text`. Marks stay in their base letter's cluster.
        """
        buffer = hb.Buffer()
        buffer.add_str(text, start, end - start)
        buffer.guess_segment_properties()
        buffer.direction = "rtl" if rtl else "ltr"
        hb.shape(self._font, buffer, features or {})
        return [
            ShapedGlyph(info.codepoint, info.cluster, pos.x_advance, pos.x_offset, pos.y_offset)
            for info, pos in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True)
        ]

    def outline(self, gid: int) -> str:
        """The glyph's outline as PDF path operators in font units, filled non-zero."""
        pen = _PathPen()
        self._font.draw_glyph_with_pen(gid, pen)
        if not pen.operators:
            return ""
        return "\n".join([*pen.operators, "f"])

    def bounding_box(self) -> tuple[int, int, int, int]:
        """A box that holds every glyph (the PDF font descriptor's FontBBox)."""
        return (-self.units_per_em, self.descender, 2 * self.units_per_em, self.ascender)

    def subset(self, gids: Iterable[int]) -> bytes:
        """The font cut down to `gids`, glyph indices unchanged, without hinting.

        Keeping the indices lets the PDF map its character codes to the original glyph numbers;
        hinting instructions are dropped because PDF viewers rasterise without them.
        """
        subset_input = hb.SubsetInput()
        subset_input.glyph_set.update({0, *gids})
        subset_input.flags = hb.SubsetFlags.RETAIN_GIDS | hb.SubsetFlags.NO_HINTING
        for tag in ("GSUB", "GPOS", "GDEF"):  # shaping is done; the PDF shows glyphs by index
            subset_input.drop_table_tag_set.add(_tag(tag))
        face = hb.subset(self._face, subset_input)
        data: bytes = face.blob.data
        return data


def _tag(name: str) -> int:
    return int.from_bytes(name.encode("ascii"), "big")


def subset_tag(postscript_name: str, gids: Iterable[int]) -> str:
    """The six capital letters PDF puts before a subset font's name, the same for the same glyphs.

    Derived from the glyph set instead of random, so writing a document twice gives the same file
    apart from its dates.
    """
    digest = hashlib.sha1(f"{postscript_name}:{sorted(gids)}".encode()).digest()
    return "".join(chr(ord("A") + byte % 26) for byte in digest[:6])


class MissingFontError(Exception):
    """A font file the PDF export needs is not there (a damaged installation)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"font file missing: {path}")
        self.path = path


@cache
def load_typeface(path: Path) -> Typeface:
    """One Typeface per file for the life of the process: loading parses the font's tables.

    Raises:
        MissingFontError: there is no file at `path`.
    """
    if not path.is_file():
        raise MissingFontError(path)
    return Typeface(path)
