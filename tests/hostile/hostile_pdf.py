"""Hand-made hostile PDFs: page-tree cycles, lying lengths, compressed bombs, endless nesting.

Written object by object (like tests/unit/core/loading/pdf_builder.py), so each file is exactly
as broken as intended.
"""

from __future__ import annotations

import functools
import zlib
from typing import Literal

from tests.unit.core.loading.pdf_builder import assemble_pdf

Expect = Literal["error", "ok", "either"]

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 700 Td (A short line of text for the test.) Tj ET"


def _stream(data: bytes, extra: bytes = b"", length: int | None = None) -> bytes:
    declared = len(data) if length is None else length
    return b"<< /Length %d %s>>\nstream\n" % (declared, extra) + data + b"\nendstream"


def _page(contents: bytes = b"4 0 R", parent: int = 2) -> bytes:
    return (
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %s "
        b"/Resources << /Font << /F1 3 0 R >> >> >>" % (parent, contents)
    )


def pdf(objects: list[bytes], trailer: bytes = b"/Root 1 0 R") -> bytes:
    return assemble_pdf(objects, trailer)


def _simple(pages: bytes, page: bytes, content: bytes) -> bytes:
    return pdf([b"<< /Type /Catalog /Pages 2 0 R >>", pages, _FONT, content, page])


@functools.cache
def flate_bomb(size: int) -> bytes:
    """A zlib stream of `size` spaces (PDF whitespace), about a thousandth of that long."""
    compressor = zlib.compressobj(1)
    chunk = b" " * (1024 * 1024)
    return b"".join(compressor.compress(chunk) for _ in range(size >> 20)) + compressor.flush()


def flate_page(content: bytes) -> bytes:
    """A one-page PDF whose page content is `content`, stored with /FlateDecode as given."""
    kids = b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>"
    return _simple(kids, _page(), _stream(content, b"/Filter /FlateDecode "))


def cases() -> dict[str, tuple[bytes, Expect]]:
    kids = b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>"
    normal = _simple(kids, _page(), _stream(_TEXT))
    nested_array = b"[" * 100_000 + b"]" * 100_000
    nested_dict = b"<<" * 50_000 + b">>" * 50_000
    result: dict[str, tuple[bytes, Expect]] = {
        "valid-control": (normal, "ok"),
        "pages-kids-cycle": (
            _simple(b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>", _page(), _stream(_TEXT)),
            "either",
        ),
        "page-is-its-own-parent": (
            _simple(
                b"<< /Type /Pages /Kids [5 0 R 2 0 R] /Count 9 >>", _page(parent=5), _stream(_TEXT)
            ),
            "either",
        ),
        "catalog-without-pages": (pdf([b"<< /Type /Catalog >>"]), "error"),
        "no-objects": (pdf([]), "error"),
        "root-is-not-a-dict": (pdf([b"42"]), "error"),
        "length-says-2GB": (_simple(kids, _page(), _stream(_TEXT, length=2**31 - 1)), "either"),
        "length-negative": (_simple(kids, _page(), _stream(_TEXT, length=-5)), "either"),
        "length-is-a-reference-to-itself": (
            _simple(kids, _page(), b"<< /Length 4 0 R >>\nstream\n" + _TEXT + b"\nendstream"),
            "either",
        ),
        "content-flate-bomb-64MB": (flate_page(flate_bomb(64 << 20)), "either"),
        "content-flate-bomb-256MB": (flate_page(flate_bomb(256 << 20)), "error"),
        "image-flate-bomb-256MB": (
            _simple(
                kids,
                _page(),
                _stream(
                    flate_bomb(256 << 20),
                    b"/Subtype /Image /Width 1 /Height 1 /Filter /FlateDecode ",
                ),
            ),
            "either",
        ),
        "content-broken-flate": (
            _simple(kids, _page(), _stream(b"x\x9c" + b"\xff" * 500, b"/Filter /FlateDecode ")),
            "either",
        ),
        "unknown-filter": (
            _simple(kids, _page(), _stream(_TEXT, b"/Filter /NoSuchDecode ")),
            "either",
        ),
        "content-nested-arrays": (
            _simple(kids, _page(), _stream(nested_array + b" " + _TEXT)),
            "either",
        ),
        "content-nested-dicts": (
            _simple(kids, _page(), _stream(nested_dict + b" " + _TEXT)),
            "either",
        ),
        "content-20000-saves": (_simple(kids, _page(), _stream(b"q " * 20_000 + _TEXT)), "either"),
        "contents-array-cycle": (_simple(kids, _page(b"[4 0 R 6 0 R]"), _stream(_TEXT)), "either"),
        "xref-prev-loop": (normal.replace(b"/Root 1 0 R", b"/Root 1 0 R /Prev 9"), "either"),
        "encrypted-unknown-handler": (
            normal.replace(b"/Root 1 0 R", b"/Root 1 0 R /Encrypt << /Filter /Nope /V 9 >>"),
            "error",
        ),
        "startxref-points-nowhere": (
            normal.replace(b"startxref\n", b"startxref\n9999999"),
            "either",
        ),
        "one-million-pages-claimed": (
            _simple(b"<< /Type /Pages /Kids [5 0 R] /Count 1000000 >>", _page(), _stream(_TEXT)),
            "either",
        ),
    }
    # PDFium drops text drawn exactly over itself: these read as the one line they show.
    line = b"BT /F1 12 Tf 72 700 Td (The same line drawn again and again.) Tj ET\n"
    result["500-lines-stacked-in-one-place"] = (flate_page(zlib.compress(line * 500)), "either")
    result["page-of-a-million-characters"] = (flate_page(zlib.compress(line * 30_000)), "either")
    distinct = "\n".join(
        f"BT /F1 2 Tf {10 + (i % 20) * 28} {800 - (i // 20) * 2.2:.2f} Td (Line {i} x) Tj ET"
        for i in range(12_000)
    )
    result["page-of-120000-distinct-characters"] = (
        flate_page(zlib.compress(distinct.encode())),
        "error",
    )
    many_pages = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT, _stream(_TEXT)]
    kid_ids = []
    for _ in range(500):
        many_pages.append(_page())
        kid_ids.append(b"%d 0 R" % len(many_pages))
    many_pages[1] = b"<< /Type /Pages /Kids [%s] /Count 500 >>" % b" ".join(kid_ids)
    result["500-pages-one-shared-stream"] = (pdf(many_pages), "ok")
    return result
