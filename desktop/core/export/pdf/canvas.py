"""Drawing on PDF pages: lines of shaped text, filled boxes and rules; then the whole file.

Coordinates are in points from the page's bottom-left corner, as in PDF. A text line is drawn
glyph by glyph in display order with the advances and offsets HarfBuzz gave (TJ adjustments
relative to each glyph's own width, text rise for vertical offsets), so the text layer lists the
glyphs left to right the way readers expect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

from desktop.core.export.pdf.font_resources import FontResources
from desktop.core.export.pdf.line_breaking import Line
from desktop.core.export.pdf.pdf_file import Name, PdfFile, Text, Value, number
from desktop.core.export.pdf.shaping import Glyph

Gray = float  # 0 black … 1 white


@dataclass
class Page:
    width: float
    height: float
    operators: list[str] = field(default_factory=list)


class Canvas:
    """The pages of one PDF, drawn in order."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.pages: list[Page] = []
        self.fonts = FontResources()

    def new_page(self) -> Page:
        page = Page(self.width, self.height)
        self.pages.append(page)
        return page

    def text(
        self,
        page: Page,
        line: Line,
        x: float,
        baseline: float,
        gray: Gray = 0.13,
        *,
        decoration: bool = False,
    ) -> None:
        """Draw `line` with its left end at `x` on `baseline`.

        Args:
            decoration: draw the glyphs as shapes outside the text layer (page numbers), so
                copying a page or re-reading the file gives the article and nothing else.
        """
        ops = page.operators
        ops.append(f"{number(gray)} g")
        outlines: list[tuple[Glyph, float]] = []
        pen = x
        for run in line.runs:
            if decoration:
                for glyph in run:
                    outlines.append((glyph, pen))
                    pen += glyph.advance
            else:
                pen = self._run(ops, run, pen, baseline, outlines)
        for glyph, origin in outlines:
            scale = glyph.size / glyph.face.units_per_em
            name = self.fonts.outline(glyph.face, glyph.gid)
            ops.append(
                f"q {number(scale)} 0 0 {number(scale)} {number(origin + glyph.x_offset)} "
                f"{number(baseline + glyph.y_offset)} cm /{name} Do Q"
            )

    def _run(
        self,
        ops: list[str],
        glyphs: tuple[Glyph, ...],
        pen: float,
        baseline: float,
        outlines: list[tuple[Glyph, float]],
    ) -> float:
        """Show one run's text glyphs as TJ arrays; outline glyphs are collected for later."""
        current: tuple[str, float] | None = None
        array: list[str] = []
        drawn_to = pen  # where the PDF's own pen stands after the last shown glyph
        rise = 0.0

        def flush() -> None:
            if array:
                ops.append(f"[{' '.join(array)}] TJ")
                array.clear()

        started = False
        for glyph in glyphs:
            if not glyph.text:
                outlines.append((glyph, pen))
                pen += glyph.advance
                continue
            font = (self.fonts.font(glyph.face), glyph.size)
            if not started:
                ops.append("BT")
                started = True
            if font != current or glyph.y_offset != rise:
                flush()
                if font != current:
                    ops.append(f"/{font[0]} {number(font[1])} Tf")
                    current = font
                if glyph.y_offset != rise:
                    rise = glyph.y_offset
                    ops.append(f"{number(rise)} Ts")
                ops.append(f"1 0 0 1 {number(pen + glyph.x_offset)} {number(baseline)} Tm")
                drawn_to = pen + glyph.x_offset
            else:
                shift = pen + glyph.x_offset - drawn_to
                if abs(shift) > 0.001:
                    array.append(number(-shift * 1000 / glyph.size))
            code = self.fonts.code(glyph.face, glyph.gid, glyph.text)
            array.append(f"<{code:04X}>")
            own = glyph.face.advance(glyph.gid) * glyph.size / glyph.face.units_per_em
            drawn_to = pen + glyph.x_offset + own
            pen += glyph.advance
        flush()
        if started:
            if rise:
                ops.append("0 Ts")
            ops.append("ET")
        return pen

    def fill_rect(self, page: Page, x: float, y: float, w: float, h: float, gray: Gray) -> None:
        page.operators.append(
            f"{number(gray)} g {number(x)} {number(y)} {number(w)} {number(h)} re f"
        )

    def dot(self, page: Page, cx: float, cy: float, radius: float, gray: Gray) -> None:
        """A filled circle: list bullets are drawn, not text, so the text layer holds the item."""
        k = radius * 0.5523  # control-point distance for a quarter circle
        x0, x1, y0, y1 = cx - radius, cx + radius, cy - radius, cy + radius
        quarters = [
            (x1, cy + k, cx + k, y1, cx, y1),
            (cx - k, y1, x0, cy + k, x0, cy),
            (x0, cy - k, cx - k, y0, cx, y0),
            (cx + k, y0, x1, cy - k, x1, cy),
        ]
        path = [f"{number(gray)} g {number(x1)} {number(cy)} m"]
        path.extend(" ".join(number(v) for v in quarter) + " c" for quarter in quarters)
        page.operators.append(" ".join([*path, "f"]))

    def rule(
        self, page: Page, x0: float, y0: float, x1: float, y1: float, width: float, gray: Gray
    ) -> None:
        page.operators.append(
            f"{number(gray)} G {number(width)} w {number(x0)} {number(y0)} m "
            f"{number(x1)} {number(y1)} l S"
        )

    def write(self, stream: IO[bytes], *, title: str | None, language: str, rtl: bool) -> None:
        """Write the PDF: pages, fonts, the document's title (if any) and language."""
        pdf = PdfFile()
        pages_ref = pdf.reserve()
        resources_ref = pdf.reserve()
        kids: list[Value] = []
        for page in self.pages:
            content = pdf.add_stream("\n".join(page.operators).encode("ascii"))
            kids.append(
                pdf.add(
                    {
                        "Type": Name("Page"),
                        "Parent": pages_ref,
                        "MediaBox": [0, 0, page.width, page.height],
                        "Resources": resources_ref,
                        "Contents": content,
                    }
                )
            )
        pdf.put(resources_ref, self.fonts.write(pdf))
        pdf.put(pages_ref, {"Type": Name("Pages"), "Kids": kids, "Count": len(kids)})
        preferences: dict[str, Value] = {"DisplayDocTitle": bool(title)}
        if rtl:
            preferences["Direction"] = Name("R2L")
        root = pdf.add(
            {
                "Type": Name("Catalog"),
                "Pages": pages_ref,
                "Lang": Text(language),
                "ViewerPreferences": preferences,
            }
        )
        info_entries: dict[str, Value] = {"Producer": Text("Nashra"), "Creator": Text("Nashra")}
        if title:
            info_entries["Title"] = Text(title)
        info = pdf.add(info_entries)
        pdf.write(stream, root=root, info=info)
