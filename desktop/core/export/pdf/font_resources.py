"""The fonts a PDF embeds, with the character codes that give every glyph its text.

Each font is a Type 0 font with a TrueType CID font inside (Identity-H, two bytes per code). The
codes are Nashra's own: one per distinct (glyph, text) pair, mapped to the glyph by CIDToGIDMap
and to the text by the ToUnicode CMap. A glyph that stands for different texts in different
places (the same shape for two letters, or a ligature that occurs in two spellings) gets one code
per text, so the map is exact where a code-per-glyph map would have to pick one.

Glyphs that belong to a cluster but carry no text (the marks' own glyphs, see
`desktop.core.export.pdf.shaping`) are drawn as form XObjects made from their outlines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.export.pdf.pdf_file import Name, PdfFile, Ref, Value
from desktop.core.export.pdf.typeface import Typeface, subset_tag

_MAX_CODE = 0xFFFF
_CMAP_CHUNK = 100  # entries per beginbfchar block, the limit the CMap format sets
_SYMBOLIC = 4  # font descriptor flag: the font's own glyph set, no standard encoding
_STEM_V = 80  # no TrueType equivalent; the value most producers write


@dataclass
class _EmbeddedFont:
    face: Typeface
    resource: str
    codes: dict[tuple[int, str], int] = field(default_factory=dict)

    def code(self, gid: int, text: str) -> int:
        key = (gid, text)
        found = self.codes.get(key)
        if found is None:
            found = len(self.codes) + 1  # code 0 stays .notdef
            if found > _MAX_CODE:
                raise ValueError(f"{self.face.postscript_name}: more than 65535 glyph codes")
            self.codes[key] = found
        return found


class FontResources:
    """Codes for glyphs as pages are drawn, then the font objects once the pages are done."""

    def __init__(self) -> None:
        self._fonts: dict[int, _EmbeddedFont] = {}
        self._outlines: dict[tuple[int, int], str] = {}
        self._outline_faces: dict[int, Typeface] = {}

    def font(self, face: Typeface) -> str:
        """The resource name (F1, F2, …) pages use for `face`."""
        embedded = self._fonts.get(id(face))
        if embedded is None:
            embedded = _EmbeddedFont(face, f"F{len(self._fonts) + 1}")
            self._fonts[id(face)] = embedded
        return embedded.resource

    def code(self, face: Typeface, gid: int, text: str) -> int:
        """The two-byte code that draws glyph `gid` of `face` and reads as `text`."""
        self.font(face)
        return self._fonts[id(face)].code(gid, text)

    def outline(self, face: Typeface, gid: int) -> str:
        """The resource name (G1, G2, …) of a form drawing glyph `gid` at 1 unit per font unit."""
        key = (id(face), gid)
        name = self._outlines.get(key)
        if name is None:
            name = f"G{len(self._outlines) + 1}"
            self._outlines[key] = name
            self._outline_faces[id(face)] = face
        return name

    def write(self, pdf: PdfFile) -> dict[str, Value]:
        """Add every font and outline form to `pdf`; returns the page resources dictionary."""
        fonts: dict[str, Value] = {
            embedded.resource: _write_font(pdf, embedded) for embedded in self._fonts.values()
        }
        forms: dict[str, Value] = {}
        for (face_id, gid), name in self._outlines.items():
            face = self._outline_faces[face_id]
            forms[name] = _write_outline(pdf, face, gid)
        resources: dict[str, Value] = {"ProcSet": [Name("PDF"), Name("Text")]}
        if fonts:
            resources["Font"] = fonts
        if forms:
            resources["XObject"] = forms
        return resources


def _write_font(pdf: PdfFile, embedded: _EmbeddedFont) -> Ref:
    face = embedded.face
    gids = sorted({gid for gid, _ in embedded.codes})
    base_name = f"{subset_tag(face.postscript_name, gids)}+{face.postscript_name}"
    font_file = face.subset(gids)
    to_1000 = 1000 / face.units_per_em

    cid_to_gid = bytearray(2 * (len(embedded.codes) + 1))
    widths: list[Value] = []
    for (gid, _text), code in sorted(embedded.codes.items(), key=lambda item: item[1]):
        cid_to_gid[2 * code : 2 * code + 2] = gid.to_bytes(2, "big")
        widths.append(round(face.advance(gid) * to_1000))
    x_min, y_min, x_max, y_max = face.bounding_box()
    descriptor = pdf.add(
        {
            "Type": Name("FontDescriptor"),
            "FontName": Name(base_name),
            "Flags": _SYMBOLIC,
            "FontBBox": [
                round(x_min * to_1000),
                round(y_min * to_1000),
                round(x_max * to_1000),
                round(y_max * to_1000),
            ],
            "ItalicAngle": 0,
            "Ascent": round(face.ascender * to_1000),
            "Descent": round(face.descender * to_1000),
            "CapHeight": round(face.cap_height * to_1000),
            "StemV": _STEM_V,
            "FontFile2": pdf.add_stream(font_file, {"Length1": len(font_file)}),
        }
    )
    descendant = pdf.add(
        {
            "Type": Name("Font"),
            "Subtype": Name("CIDFontType2"),
            "BaseFont": Name(base_name),
            "CIDSystemInfo": {
                "Registry": _literal("Adobe"),
                "Ordering": _literal("Identity"),
                "Supplement": 0,
            },
            "FontDescriptor": descriptor,
            "DW": 0,
            "W": [1, widths] if widths else [],
            "CIDToGIDMap": pdf.add_stream(bytes(cid_to_gid)),
        }
    )
    return pdf.add(
        {
            "Type": Name("Font"),
            "Subtype": Name("Type0"),
            "BaseFont": Name(base_name),
            "Encoding": Name("Identity-H"),
            "DescendantFonts": [descendant],
            "ToUnicode": pdf.add_stream(to_unicode_cmap(embedded.codes).encode("ascii")),
        }
    )


def _literal(text: str) -> str:
    """A PDF literal string for plain ASCII words (the CIDSystemInfo entries)."""
    return f"({text})"


def to_unicode_cmap(codes: dict[tuple[int, str], int]) -> str:
    """The ToUnicode CMap: each code to its text, as UTF-16BE (surrogate pairs beyond the BMP)."""
    entries = sorted((code, text) for (_gid, text), code in codes.items() if text)
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for start in range(0, len(entries), _CMAP_CHUNK):
        chunk = entries[start : start + _CMAP_CHUNK]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(
            f"<{code:04X}> <{text.encode('utf-16-be').hex().upper()}>" for code, text in chunk
        )
        lines.append("endbfchar")
    lines.extend(["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end", ""])
    return "\n".join(lines)


def _write_outline(pdf: PdfFile, face: Typeface, gid: int) -> Ref:
    reach = 3 * face.units_per_em  # marks sit far from their origin; the box only clips
    return pdf.add_stream(
        face.outline(gid).encode("ascii"),
        {
            "Type": Name("XObject"),
            "Subtype": Name("Form"),
            "BBox": [-reach, -reach, reach, reach],
        },
    )
