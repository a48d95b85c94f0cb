"""A tiny PDF writer for tests: real PDFs that PDFium parses, with full control of glyph order.

No PDF library on the dependency list writes Arabic text layers the way real producers do (visual
order, presentation forms), so the tests write the PDF objects by hand: a Type0 font with
Identity-H encoding and a ToUnicode map (no embedded font program is needed to extract text), and
Helvetica for Latin text.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_WIDTH = 595
PAGE_HEIGHT = 842
GLYPH_WIDTH = 600  # per mille of the font size, for the Type0 font's default width


@dataclass(frozen=True)
class Line:
    """One line of text on the page.

    Attributes:
        text: the characters as the text layer stores them.
        x: left edge of the first glyph (or right edge of the line when ``right_to_left``).
        y: baseline.
        latin: set in Helvetica (ASCII only) instead of the Type0 font.
        right_to_left: place each glyph left of the previous one, as producers that store Arabic
            in logical order do.
    """

    text: str
    x: float
    y: float
    size: float = 14
    latin: bool = False
    right_to_left: bool = False


def build_pdf(
    pages: list[list[Line]], *, title: str | None = None, extra_content: str = ""
) -> bytes:
    """A complete PDF with one page per list of lines.

    Args:
        pages: lines per page.
        title: a document-information title.
        extra_content: content-stream operators added to every page (vector drawings, images).
    """
    cids: dict[str, int] = {}
    for page in pages:
        for line in page:
            if not line.latin:
                for ch in line.text:
                    cids.setdefault(ch, len(cids) + 1)

    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes, extra: str = "") -> bytes:
        return b"<< /Length %d %s>>\nstream\n" % (len(data), extra.encode()) + data + b"\nendstream"

    catalog = add(b"")  # filled in once the page tree exists
    pages_id = add(b"")
    helvetica = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    to_unicode = add(stream(_to_unicode_cmap(cids)))
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestArabic "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /TestArabic /Flags 4 "
        b"/FontBBox [0 -300 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -300 "
        b"/CapHeight 700 /StemV 80 >> /DW %d >>" % GLYPH_WIDTH
    )
    type0 = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TestArabic /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode)
    )
    page_ids: list[int] = []
    for page in pages:
        content = "\n".join(_show(line, cids) for line in page) + "\n" + extra_content
        content_id = add(stream(content.encode("latin-1")))
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                % (pages_id, PAGE_WIDTH, PAGE_HEIGHT, content_id, helvetica, type0)
            )
        )
    kids = b" ".join(b"%d 0 R" % page_id for page_id in page_ids)
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    info = add(b"<< /Title <FEFF%s> >>" % _utf16_hex(title)) if title else None

    trailer = b"/Root %d 0 R" % catalog
    if info:
        trailer += b" /Info %d 0 R" % info
    return assemble_pdf(objects, trailer)


def assemble_pdf(objects: list[bytes], trailer: bytes) -> bytes:
    """A PDF file of `objects` (numbered from 1) with a correct cross-reference table.

    Args:
        trailer: the trailer's entries besides /Size, e.g. ``b"/Root 1 0 R"``.
    """
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    size = b"/Size %d " % (len(objects) + 1)
    out += b"trailer\n<< %s%s >>\nstartxref\n%d\n%%%%EOF\n" % (size, trailer, xref)
    return bytes(out)


def _show(line: Line, cids: dict[str, int]) -> str:
    if line.latin:
        escaped = line.text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return f"BT /F1 {line.size} Tf {line.x} {line.y} Td ({escaped}) Tj ET"
    if not line.right_to_left:
        glyphs = "".join(f"{cids[ch]:04X}" for ch in line.text)
        return f"BT /F2 {line.size} Tf {line.x} {line.y} Td <{glyphs}> Tj ET"
    # Each glyph advances right by its width; a TJ adjustment of twice that moves the pen back
    # left, so the glyphs land right to left in the order stored. (PDFium drops one-glyph text
    # objects of a font without a font program, so the glyphs share one TJ.)
    start = line.x - line.size * GLYPH_WIDTH / 1000
    parts = " ".join(f"<{cids[ch]:04X}> {2 * GLYPH_WIDTH}" for ch in line.text)
    return f"BT /F2 {line.size} Tf {start:.2f} {line.y} Td [{parts}] TJ ET"


def _to_unicode_cmap(cids: dict[str, int]) -> bytes:
    assert len(cids) <= 100, "one bfchar block holds at most 100 entries"
    entries = "\n".join(f"<{cid:04X}> <{_utf16_hex(ch).decode()}>" for ch, cid in cids.items())
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Test-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{len(cids)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
    ).encode("ascii")


def _utf16_hex(text: str) -> bytes:
    return text.encode("utf-16-be").hex().upper().encode("ascii")


def scanned_page_pdf() -> bytes:
    """A page with only a drawing and an inline image: what a scan looks like to a text reader."""
    drawing = (
        "0.5 w 50 50 m 545 50 l 545 792 l 50 792 l h S\n"
        "q 200 0 0 100 100 600 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q"
    )
    return build_pdf([[]], extra_content=drawing)
