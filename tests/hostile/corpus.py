"""A corpus of broken and hostile files, generated at run time (nothing binary is committed).

Each `Case` writes one file into a folder and says what a correct outcome looks like: a clear
error, a correct document, or either (a damaged file may still hold readable text). Checks on a
loaded document (no script text, no local file contents, bounded sentences) travel with the case.
"""

from __future__ import annotations

import functools
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from desktop.core.document import Document
from tests.fixtures import hostile_pdf
from tests.fixtures.document_writers import INTRO, LAST, write_docx, write_epub, write_odt
from tests.fixtures.pdf_builder import Line, build_pdf

Expect = Literal["error", "ok", "either"]
Check = Callable[[Document], None]

ARABIC_WORDS = INTRO.rstrip(".").split() + LAST.rstrip(".").split()
SECRET = "SECRET-LOCAL-FILE-4242"  # what an external entity would pull in from a local file


@dataclass(frozen=True)
class Case:
    category: str
    name: str
    extension: str
    content: Callable[[Path], bytes]  # given the corpus folder (for files cases may refer to)
    expect: Expect = "either"
    checks: tuple[Check, ...] = field(default=())

    def write(self, folder: Path) -> Path:
        path = folder / f"{self.category}-{self.name}{self.extension}"
        path.write_bytes(self.content(folder))
        return path


def _const(data: bytes) -> Callable[[Path], bytes]:
    return lambda _folder: data


# -- checks on loaded documents --------------------------------------------------------------------
def all_text(document: Document) -> str:
    parts = [document.title or ""] + [p.text for p in document.paragraphs]
    return "\n".join(parts + [r.text for r in document.removed])


def lacks(*needles: str) -> Check:
    def check(document: Document) -> None:
        text = all_text(document)
        for needle in needles:
            assert needle not in text, f"{needle!r} leaked into the document"

    check.__name__ = f"lacks({', '.join(needles)})"
    return check


def contains(*needles: str) -> Check:
    def check(document: Document) -> None:
        text = all_text(document)
        for needle in needles:
            assert needle in text, f"{needle!r} is missing from the document"

    check.__name__ = f"contains({', '.join(needles)})"
    return check


# -- valid files to damage -------------------------------------------------------------------------
def _written(writer: Callable[[Path], None], suffix: str) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"valid{suffix}"
        writer(path)
        return path.read_bytes()


def valid_files() -> dict[str, bytes]:
    """One valid file per damaged format, with Arabic text."""
    pdf = build_pdf(
        [[Line(INTRO, 560, 700, right_to_left=True), Line(LAST, 560, 650, right_to_left=True)]]
    )
    return {
        ".docx": _written(write_docx, ".docx"),
        ".odt": _written(write_odt, ".odt"),
        ".epub": _written(write_epub, ".epub"),
        ".pdf": pdf,
    }


TRUNCATE_AT = (0.0, 0.01, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.97, 0.995)


def truncated_cases(valid: dict[str, bytes]) -> list[Case]:
    cases = []
    for extension, data in valid.items():
        sizes = sorted(
            {max(1, int(len(data) * share)) for share in TRUNCATE_AT} | {4, len(data) - 1}
        )
        for size in sizes:
            expect: Expect = "either" if size == len(data) - 1 else "error"  # only "\n" cut
            cases.append(
                Case(f"truncated{extension}", f"{size}", extension, _const(data[:size]), expect)
            )
    return cases


def corrupted_cases(valid: dict[str, bytes]) -> list[Case]:
    """Bytes flipped at random places: one byte, a few, a run, or one in a hundred."""
    cases = []
    for extension, data in valid.items():
        for seed in range(10):
            rng = random.Random(f"{extension}{seed}")
            damaged = bytearray(data)
            if seed < 3:
                positions = [rng.randrange(len(data))]
            elif seed < 6:
                positions = [rng.randrange(len(data)) for _ in range(16)]
            elif seed < 8:
                start = rng.randrange(len(data) - 256)
                positions = list(range(start, start + 256))
            else:
                positions = [i for i in range(len(data)) if rng.random() < 0.01]
            for position in positions:
                damaged[position] ^= rng.randrange(1, 256)
            cases.append(
                Case(f"corrupted{extension}", f"seed{seed}", extension, _const(bytes(damaged)))
            )
    return cases


# -- zip bombs and hostile XML inside documents ----------------------------------------------
@dataclass(frozen=True)
class RawMember:
    """A zip member given as a raw deflate stream, with the size its headers will declare."""

    name: str
    raw: bytes
    crc: int
    declared_size: int


def deflated(name: str, data: bytes) -> RawMember:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return RawMember(
        name, compressor.compress(data) + compressor.flush(), zlib.crc32(data), len(data)
    )


def zeros_member(name: str, size: int, declared_size: int | None = None) -> RawMember:
    """`size` zero bytes deflated (the stream is built once per size and shared)."""
    raw, crc = _deflated_zeros(size)
    return RawMember(name, raw, crc, size if declared_size is None else declared_size)


@functools.cache
def _deflated_zeros(size: int) -> tuple[bytes, int]:
    """`size` zero bytes as a raw deflate stream (about a thousandth of `size`) and their CRC,
    compressed a megabyte at a time so `size` bytes are never held at once."""
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    chunk = bytes(1024 * 1024)
    parts, crc = [], 0
    for _ in range(size // len(chunk)):
        parts.append(compressor.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(compressor.flush())
    return b"".join(parts), crc


def raw_zip(members: list[RawMember]) -> bytes:
    """A zip written by hand, so member sizes can lie and members can be as large as we like."""
    body, directory = bytearray(), bytearray()
    for member in members:
        name = member.name.encode()
        sizes = (member.crc, len(member.raw), member.declared_size, len(name), 0)
        central = struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, *sizes, 0, 0, 0, 0, len(body)
        )
        body += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, *sizes) + name + member.raw
        directory += central + name
    count = len(members)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(body), 0)
    return bytes(body + directory + end)


def members_of(data: bytes, replace: dict[str, bytes] | None = None) -> list[RawMember]:
    """The members of a valid archive, deflated again, with some contents replaced."""
    replace = replace or {}
    archive = zipfile.ZipFile(io.BytesIO(data))
    return [deflated(n, replace.get(n, archive.read(n))) for n in archive.namelist()]


def _main_member(data: bytes, extension: str) -> str:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    wanted = {".docx": "word/document.xml", ".odt": "content.xml", ".epub": "chapter1.xhtml"}
    return next(n for n in names if n.endswith(wanted[extension]))


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"'
)
# The main part of each format with its text in place of BODY.
_MAIN_PART = {
    ".docx": f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>BODY</w:t></w:r></w:p>'
    "</w:body></w:document>",
    ".odt": f"<office:document-content {_ODF}><office:body><office:text><text:p>BODY</text:p>"
    "</office:text></office:body></office:document-content>",
    ".epub": '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>BODY</p></body></html>',
}
LAUGH = "ها "


def _with_doctype(extension: str, entities: str, reference: str) -> bytes:
    part = _MAIN_PART[extension].replace("BODY", f"{INTRO} {reference}")
    return f'<?xml version="1.0"?>\n<!DOCTYPE r [{entities}]>\n{part}'.encode()


def _billion_laughs(extension: str) -> bytes:
    entities = f'<!ENTITY l0 "{LAUGH}">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    return _with_doctype(extension, entities, "&l9;")


def zip_cases(valid: dict[str, bytes]) -> list[Case]:
    """Zip bombs disguised as documents, and entity tricks inside their XML."""
    cases: list[Case] = []
    big = 256 * 1024 * 1024
    for extension in (".docx", ".odt", ".epub"):
        data = valid[extension]
        main = _main_member(data, extension)
        others = [m for m in members_of(data) if m.name != main]
        bombs = {
            "main-part-256MB": [*others, zeros_member(main, big)],
            "unused-member-256MB": [*members_of(data), zeros_member("media/padding.bin", big)],
            "main-part-declared-1KB-holds-16MB": [*others, zeros_member(main, 16 << 20, 1000)],
            "1000-members-of-1MB": members_of(data)
            + [zeros_member(f"media/{i}.bin", 1 << 20) for i in range(1000)],
            "nested-zip-bomb": [
                *members_of(data),
                deflated("media/inner.zip", raw_zip([zeros_member("inner.bin", big)])),
            ],
        }
        for name, members in bombs.items():
            expect: Expect = "either" if name == "nested-zip-bomb" else "error"
            cases.append(
                Case(f"zip-bomb{extension}", name, extension, _const(raw_zip(members)), expect)
            )

        def replaced(part: bytes, data: bytes = data, main: str = main) -> bytes:
            return raw_zip(members_of(data, {main: part}))

        def external_file(folder: Path, extension: str = extension) -> bytes:
            secret = folder / "secret.txt"
            secret.write_text(SECRET, "utf-8")
            entity = f'<!ENTITY xxe SYSTEM "{secret.resolve().as_uri()}">'
            return replaced(_with_doctype(extension, entity, "&xxe;"))

        url_entity = '<!ENTITY xxe SYSTEM "http://127.0.0.1:9/entity">'
        category = f"xml-entities{extension}"
        cases += [
            Case(
                category,
                "billion-laughs",
                extension,
                _const(replaced(_billion_laughs(extension))),
                checks=(lacks(LAUGH * 11),),
            ),
            Case(category, "external-file", extension, external_file, checks=(lacks(SECRET),)),
            Case(
                category,
                "external-url",
                extension,
                _const(replaced(_with_doctype(extension, url_entity, "&xxe;"))),
            ),
        ]
    return cases


# -- text formats ------------------------------------------------------------------------------
TEXT_EXTENSIONS = (".txt", ".html", ".htm", ".xhtml", ".md")
ARTICLE = f"{INTRO}\n\n{LAST}\n"


def _junk(kind: str, size: int, seed: int) -> bytes:
    rng = random.Random(f"{kind}{size}{seed}")
    if kind == "random":
        return rng.randbytes(size)
    if kind == "png":
        return b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + rng.randbytes(size)
    if kind == "elf":
        return b"\x7fELF\x02\x01\x01" + b"\0" * 9 + rng.randbytes(size)
    if kind == "gzip":
        return zlib.compress(rng.randbytes(size))
    if kind == "nuls":
        return b"\0" * size
    if kind == "utf16-junk":  # unpaired surrogates, both byte orders
        data = bytearray(rng.randbytes(size))
        data[1::2] = bytes(0xD8 + byte % 8 for byte in data[1::2])
        return bytes(data)
    raise ValueError(kind)


def junk_cases() -> list[Case]:
    cases = []
    for extension in TEXT_EXTENSIONS:
        for kind in ("random", "png", "elf", "gzip", "nuls", "utf16-junk"):
            for size in (64, 40_000):
                cases.append(
                    Case(
                        f"binary-junk{extension}",
                        f"{kind}-{size}",
                        extension,
                        _const(_junk(kind, size, 0)),
                        "error",
                    )
                )
    return cases


def encoding_cases() -> list[Case]:
    text = ARTICLE * 20
    utf8 = text.encode("utf-8")
    middle = len(utf8) // 2
    middle -= (utf8[middle] & 0xC0) == 0x80  # start of a character
    invalid = {
        "lone-continuation-byte": utf8[:middle] + b"\x80" + utf8[middle:],
        "overlong-slash": utf8[:middle] + b"\xc0\xaf" + utf8[middle:],
        "encoded-surrogate": utf8[:middle] + b"\xed\xa0\x80" + utf8[middle:],
        "ff-bytes": utf8[:middle] + b"\xff\xfe\xff" + utf8[middle:],
        "cut-character-at-end": utf8 + "ع".encode()[:1],
        "cut-character-in-middle": utf8[:middle] + "ع".encode()[:1] + b" " + utf8[middle:],
        "one-bad-byte-per-line": b"\n".join(line + b"\xa0" for line in utf8.split(b"\n")),
        "bom-then-cp1256": b"\xef\xbb\xbf" + text.encode("cp1256"),
        "utf16-bom-odd-length": b"\xff\xfe" + text.encode("utf-16-le") + b"\x00"[:1] * 1 + b"x"[:0],
        "utf16-bom-unpaired-surrogate": b"\xff\xfe"
        + text.encode("utf-16-le")[:100]
        + b"\x00\xd8"
        + text.encode("utf-16-le")[100:],
    }
    mixed = {
        "utf8-then-cp1256": INTRO.encode("utf-8") + b"\n\n" + LAST.encode("cp1256"),
        "cp1256-then-utf8": INTRO.encode("cp1256") + b"\n\n" + LAST.encode("utf-8"),
        "utf8-then-iso8859-6": (ARTICLE * 5).encode() + (ARTICLE * 5).encode("iso8859_6"),
        "cp1256-with-utf16-line": INTRO.encode("cp1256") + b"\n" + LAST.encode("utf-16-le"),
        "latin1-and-utf8": "Café déjà vu.\n".encode("latin-1") + ARTICLE.encode(),
    }
    # Damaged UTF-8 and pasted-together encodings must still read as Arabic, not as mojibake.
    readable = (contains(INTRO.split()[1], LAST.split()[1]),)
    unreadable = {"bom-then-cp1256", "cp1256-with-utf16-line"}
    cases = [
        Case(
            "invalid-utf8",
            name,
            ".txt",
            _const(data),
            checks=() if name in unreadable else readable,
        )
        for name, data in invalid.items()
    ]
    cases += [
        Case(
            "invalid-utf8", f"{name}-html", ".html", _const(b"<p>" + data + b"</p>"), "ok", readable
        )
        for name, data in list(invalid.items())[:4]
    ]
    cases += [
        Case(
            "mixed-encodings",
            name,
            ".txt",
            _const(data),
            checks=() if name in unreadable else readable,
        )
        for name, data in mixed.items()
    ]
    return cases


def _arabic_run(words: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(ARABIC_WORDS) for _ in range(words))


def size_cases() -> list[Case]:
    sentence = INTRO + " "
    one_mb_line = (sentence * (1_000_000 // len(sentence.encode()) + 1)).encode()
    return [
        Case("large", "1MB-single-line", ".txt", _const(one_mb_line), "ok"),
        Case(
            "large",
            "20MB-plus",
            ".txt",
            _const((ARTICLE * 300_000).encode()[: 21 * 1024 * 1024]),
            "error",
        ),
        Case(
            "large", "20MB-plus-docx", ".docx", _const(b"PK\x03\x04" + b"\0" * (21 << 20)), "error"
        ),
        Case("large", "empty", ".txt", _const(b""), "error"),
        Case("large", "one-byte", ".md", _const(b"x"), "either"),
        Case("large", "whitespace-only", ".html", _const(b" \n\t\r\n" * 1000), "error"),
    ]


def long_sentence_cases() -> list[Case]:
    return [
        Case(
            "long-sentence", "arabic-5000-words", ".txt", _const(_arabic_run(5000).encode()), "ok"
        ),
        Case(
            "long-sentence",
            "arabic-5000-words-commas",
            ".txt",
            _const("، ".join(_arabic_run(5000, 1).split(" ", 4999)).encode()),
            "ok",
        ),
        Case(
            "long-sentence",
            "english-5000-words",
            ".txt",
            _const(" ".join(["word", "another", "thing"] * 1667).encode()),
            "ok",
        ),
        Case("long-sentence", "no-spaces-60000", ".txt", _const(("كلمة" * 15_000).encode()), "ok"),
        Case(
            "long-sentence",
            "arabic-5000-words-html",
            ".html",
            _const(f"<html><body><p>{_arabic_run(5000, 2)}</p></body></html>".encode()),
            "ok",
        ),
    ]


def html_cases() -> list[Case]:
    script = "var stolen = document.cookie; SCRIPT_TEXT_MARKER();"
    body = f"<h1>عنوان</h1><p>{INTRO}</p><p>{LAST}</p>"
    run = f"<script>{script}</script>"
    pages = {
        "script-in-head": f"<html><head>{run}</head><body>{body}</body></html>",
        "script-in-body": f"<html><body>{body}{run}</body></html>",
        "script-inside-paragraph": f"<html><body><p>{INTRO}{run}</p></body></html>",
        "script-holding-html": f"<html><body>{body}<script>document.write('<p>{script}</p>')"
        "</script></body></html>",
        "unclosed-script": f"<html><body>{body}<script>{script}",
        "style-in-head": "<html><head><style>p { SCRIPT_TEXT_MARKER: 1 }</style></head>"
        f"<body>{body}</body></html>",
        "script-in-article": f"<html><body><article>{body}{run}</article></body></html>",
        "event-handlers": '<html><body onload="SCRIPT_TEXT_MARKER()">'
        f'<p onclick="SCRIPT_TEXT_MARKER()">{INTRO}</p></body></html>',
        "template-and-svg": f"<html><body>{body}<template>SCRIPT_TEXT_MARKER</template>"
        "<svg><script>SCRIPT_TEXT_MARKER</script></svg></body></html>",
        "xhtml-cdata-script": '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<body>{body}<script><![CDATA[{script}]]></script></body></html>",
    }
    cases = [
        Case(
            "html-script",
            name,
            ".html",
            _const(page.encode()),
            "ok",
            (lacks("SCRIPT_TEXT_MARKER", "document.cookie"), contains(INTRO.split()[0])),
        )
        for name, page in pages.items()
    ]
    nested = {
        "div-5000": ("<div>" * 5000) + f"<p>{INTRO}</p>" + ("</div>" * 5000),
        "div-100000": ("<div>" * 100_000) + f"<p>{INTRO}</p>",
        "inline-b-5000": ("<b>" * 5000) + INTRO + ("</b>" * 5000),
        "span-50000": ("<span>" * 50_000) + INTRO,
        "table-2000": ("<table><tr><td>" * 2000) + INTRO + ("</td></tr></table>" * 2000),
        "list-3000": ("<ul><li>" * 3000) + INTRO,
    }
    cases += [
        Case(
            "html-nested",
            name,
            ".html",
            _const(f"<html><body>{page}</body></html>".encode()),
            "ok",
            (contains(INTRO.split()[0]),),
        )
        for name, page in nested.items()
    ]
    markdown = {
        "blockquote-10000": "> " * 10_000 + INTRO,
        "list-1000": "".join("  " * i + "- x\n" for i in range(1000)) + INTRO,
        "brackets-20000": "[" * 20_000 + INTRO + "]" * 20_000,
        "emphasis-20000": "*" * 20_000 + INTRO + "*" * 20_000,
    }
    cases += [
        Case(
            "markdown-nested",
            name,
            ".md",
            _const(text.encode()),
            "ok",
            (contains(INTRO.split()[1]),),
        )
        for name, text in markdown.items()
    ]
    return cases


BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def invisible_cases() -> list[Case]:
    rng = random.Random(5)
    controls = BIDI + ZERO_WIDTH

    def sprinkle(text: str, share: float) -> str:
        return "".join(c + (rng.choice(controls) if rng.random() < share else "") for c in text)

    texts = {
        "every-character": "".join(c + controls for c in ARTICLE),
        "sprinkled": sprinkle(ARTICLE * 50, 0.3),
        "overrides-unclosed": "\u202e" * 1000 + ARTICLE + "\u2067" * 1000,
        "only-controls": controls * 5000,
        "only-controls-and-spaces": (controls + " \n") * 2000,
        "zero-width-between-words": ARTICLE.replace(" ", "\u200b"),
        "tatweel-runs": ARTICLE.replace("ا", "ا" + "\u0640" * 500),
        "combining-marks-pileup": INTRO[:5] + "\u064b\u064c\u064d\u0651" * 5000 + INTRO[5:],
    }
    cases = [
        Case("bidi-zero-width", name, ".txt", _const(text.encode())) for name, text in texts.items()
    ]
    cases.append(
        Case(
            "bidi-zero-width",
            "html-every-character",
            ".html",
            _const(f"<p>{texts['every-character']}</p>".encode()),
        )
    )
    return cases


def pdf_cases() -> list[Case]:
    return [
        Case("hostile-pdf", name, ".pdf", _const(data), expect)
        for name, (data, expect) in hostile_pdf.cases().items()
    ]


@functools.cache
def build_corpus() -> tuple[Case, ...]:
    """Every case, built once per process (the bombs take a few seconds to compress)."""
    valid = valid_files()
    return (
        *truncated_cases(valid),
        *corrupted_cases(valid),
        *zip_cases(valid),
        *junk_cases(),
        *encoding_cases(),
        *size_cases(),
        *long_sentence_cases(),
        *html_cases(),
        *invisible_cases(),
        *pdf_cases(),
    )


# The worst of each family, for the tests that open only a few (the window, the frozen app).
WORST = [
    ("zip-bomb.docx", "main-part-256MB"),
    ("hostile-pdf", "page-of-120000-distinct-characters"),
    ("bidi-zero-width", "only-controls"),
    ("large", "20MB-plus"),
]


def worst_files(corpus: Sequence[Case], folder: Path) -> list[Path]:
    paths = []
    for category, name in WORST:
        case = next(c for c in corpus if (c.category, c.name) == (category, name))
        paths.append(case.write(folder))
    return paths
