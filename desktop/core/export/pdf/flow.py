"""Filling pages from the top down: a cursor, page breaks between lines, page numbers.

Every page has the same margins; text is placed from the reading side (right for right-to-left
paragraphs), and a paragraph that reaches the bottom margin goes on at the top of the next page.
"""

from __future__ import annotations

from desktop.core.export.pdf.canvas import Canvas, Gray, Page
from desktop.core.export.pdf.line_breaking import Line
from desktop.core.export.pdf.typesetting import SetParagraph, TextStyle, Typesetter

PAGE_NUMBER_STYLE = TextStyle(9)
PAGE_NUMBER_GRAY = 0.4


class Flow:
    """Where the next block goes; `y` is the top of the free space, in PDF coordinates."""

    def __init__(self, canvas: Canvas, margin: float) -> None:
        self.canvas = canvas
        self.margin = margin
        self.left = margin
        self.right = canvas.width - margin
        self.top = canvas.height - margin
        self.bottom = margin
        self.page: Page = canvas.new_page()
        self.y = self.top

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def room(self) -> float:
        return self.y - self.bottom

    @property
    def at_top(self) -> bool:
        return self.y >= self.top

    def new_page(self) -> None:
        self.page = self.canvas.new_page()
        self.y = self.top

    def space(self, amount: float) -> None:
        """Leave `amount` points free, except at the top of a page (no gap before a first line)."""
        if self.at_top:
            return
        if amount >= self.room:
            self.new_page()
        else:
            self.y -= amount

    def keep(self, height: float) -> None:
        """Start a new page unless `height` points still fit on this one."""
        if height > self.room and not self.at_top:
            self.new_page()

    def paragraph(
        self,
        paragraph: SetParagraph,
        *,
        indent: float = 0.0,
        bullet: float = 0.0,
        gray: Gray = 0.13,
    ) -> None:
        """Place the lines, breaking to a new page between lines where the page is full.

        Args:
            indent: the space left free on the reading side (list items).
            bullet: the radius of a bullet drawn in that space, level with the first line's
                lower-case letters; 0 for none.
        """
        for index, line in enumerate(paragraph.lines):
            if paragraph.pitch > self.room and not self.at_top:
                self.new_page()
            baseline = self.y - paragraph.ascent
            self.line(line, baseline, rtl=paragraph.rtl, indent=indent, gray=gray)
            if bullet and index == 0:
                centre = self.right - indent / 2 if paragraph.rtl else self.left + indent / 2
                self.canvas.dot(self.page, centre, baseline + 2.2 * bullet, bullet, gray)
            self.y -= paragraph.pitch

    def line(
        self,
        line: Line,
        baseline: float,
        *,
        rtl: bool,
        indent: float = 0.0,
        left: float | None = None,
        right: float | None = None,
        gray: Gray = 0.13,
    ) -> None:
        """Draw one line flush with the reading side of [left, right] (the margins by default)."""
        low = self.left if left is None else left
        high = self.right if right is None else right
        x = high - indent - line.width if rtl else low + indent
        self.canvas.text(self.page, line, x, baseline, gray)

    def number_pages(self, typesetter: Typesetter) -> None:
        """Put each page's number at the foot of the page, centred in the bottom margin."""
        for number, page in enumerate(self.canvas.pages, start=1):
            label = typesetter.set(
                str(number), rtl=False, style=PAGE_NUMBER_STYLE, width=self.width
            )
            for line in label.lines:
                x = (self.canvas.width - line.width) / 2
                self.canvas.text(page, line, x, self.margin / 2, PAGE_NUMBER_GRAY, decoration=True)
