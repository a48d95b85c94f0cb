"""The PDF file format itself: numbered objects, streams, the cross-reference table, the trailer.

Only what Nashra's pages need (PDF 1.7, no incremental updates, no encryption). Values are written
from a few Python types: `Name`, `Ref`, `Text` (a text string, UTF-16 when not ASCII), numbers,
booleans, lists, dicts and bytes (written as hex strings).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import IO, Union


@dataclass(frozen=True)
class Name:
    value: str


@dataclass(frozen=True)
class Ref:
    number: int


@dataclass(frozen=True)
class Text:
    """A PDF text string (titles, metadata): any Unicode text."""

    value: str


# A recursive alias needs Union: `|` cannot join the quoted forward references at run time.
Value = Union[  # noqa: UP007
    None, bool, int, float, str, bytes, Name, Ref, Text, Sequence["Value"], Mapping[str, "Value"]
]

_NAME_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.+*!'~:;,")


def number(value: float) -> str:
    """A PDF number: integers as they are, reals with at most three decimals."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def serialize(value: Value) -> bytes:
    if value is None:
        return b"null"
    if isinstance(value, bool):
        return b"true" if value else b"false"
    if isinstance(value, int | float):
        return number(value).encode("ascii")
    if isinstance(value, Name):
        return b"/" + _name_bytes(value.value)
    if isinstance(value, Ref):
        return f"{value.number} 0 R".encode("ascii")
    if isinstance(value, Text):
        return _text_string(value.value)
    if isinstance(value, bytes):
        return b"<" + value.hex().upper().encode("ascii") + b">"
    if isinstance(value, str):  # raw operators or literal tokens written as they are
        return value.encode("ascii")
    if isinstance(value, Mapping):
        parts = [b"/" + _name_bytes(key) + b" " + serialize(item) for key, item in value.items()]
        return b"<< " + b" ".join(parts) + b" >>"
    return b"[" + b" ".join(serialize(item) for item in value) + b"]"


def _name_bytes(name: str) -> bytes:
    out = bytearray()
    for byte in name.encode("utf-8"):
        out.extend(bytes([byte]) if byte in _NAME_SAFE else f"#{byte:02X}".encode("ascii"))
    return bytes(out)


def _text_string(text: str) -> bytes:
    if text.isascii() and text.isprintable():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return b"(" + escaped.encode("ascii") + b")"
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class PdfFile:
    """Objects added in any order, written out once with their offsets."""

    def __init__(self) -> None:
        self._objects: list[bytes | None] = []

    def reserve(self) -> Ref:
        """A number for an object written later (pages refer to their parent before it exists)."""
        self._objects.append(None)
        return Ref(len(self._objects))

    def add(self, value: Value) -> Ref:
        ref = self.reserve()
        self.put(ref, value)
        return ref

    def put(self, ref: Ref, value: Value) -> None:
        self._objects[ref.number - 1] = serialize(value)

    def add_stream(self, data: bytes, dictionary: Mapping[str, Value] | None = None) -> Ref:
        """A Flate-compressed stream (`dictionary` adds entries such as /Type or /Length1)."""
        compressed = zlib.compress(data, 6)
        entries: dict[str, Value] = dict(dictionary or {})
        entries["Filter"] = Name("FlateDecode")
        entries["Length"] = len(compressed)
        ref = self.reserve()
        self._objects[ref.number - 1] = (
            serialize(entries) + b"\nstream\n" + compressed + b"\nendstream"
        )
        return ref

    def write(self, stream: IO[bytes], *, root: Ref, info: Ref) -> None:
        """Write the whole file; every reserved object must have been put."""
        header = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
        offsets = []
        position = len(header)
        chunks = [header]
        for number_, body in enumerate(self._objects, start=1):
            if body is None:
                raise ValueError(f"PDF object {number_} was reserved but never written")
            chunk = f"{number_} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
            offsets.append(position)
            chunks.append(chunk)
            position += len(chunk)
        identifier = hashlib.md5(b"".join(chunks), usedforsecurity=False).digest()
        xref = [f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode("ascii")]
        xref.extend(f"{offset:010d} 00000 n \n".encode("ascii") for offset in offsets)
        trailer: dict[str, Value] = {
            "Size": len(offsets) + 1,
            "Root": root,
            "Info": info,
            "ID": [identifier, identifier],
        }
        chunks.extend(xref)
        chunks.append(b"trailer\n" + serialize(trailer) + b"\n")
        chunks.append(f"startxref\n{position}\n%%EOF\n".encode("ascii"))
        for chunk in chunks:
            stream.write(chunk)
