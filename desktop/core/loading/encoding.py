"""Turning the bytes of a text file into text.

Arabic files still come in legacy single-byte code pages (Windows-1256, ISO-8859-6) and in UTF-16
from Windows tools. A wrong guess does not fail loudly: it yields mojibake that reads as nonsense,
so the order of trust matters: a byte-order mark, then what the file declares, then valid UTF-8,
then statistical detection with a check that the result actually reads as text.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata

logger = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The code pages an Arabic file without a declaration most likely uses. charset-normalizer
# sometimes prefers a look-alike (cp874, koi8, mac_arabic) on short inputs; these are the ones we
# compare against its choice.
_ARABIC_CODEPAGES = ("cp1256", "iso8859_6")

# Control characters a real text file does not hold (tab, newlines and form feed are fine).
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")

# Valid multi-byte UTF-8 characters needed before damaged sequences are forgiven, and how many
# damaged sequences per valid character are (a legacy code page read as UTF-8 is nearly all damage).
_MIN_UTF8_EVIDENCE = 20
_UTF8_DAMAGE_SHARE = 0.1


class NotTextError(ValueError):
    """The bytes do not decode to text in any encoding we know: binary data."""


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if the data starts with one."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode text of unknown encoding.

    Args:
        data: the raw bytes.
        declared: an encoding the document names for itself (an HTML ``<meta charset>``), if any.

    Returns:
        The text without a byte-order mark, and the Python name of the encoding used.

    Raises:
        NotTextError: no encoding gives something that reads as text (binary data).
    """
    bom = bom_encoding(data)
    if bom is not None:
        text = data.decode(bom, errors="replace").removeprefix("\ufeff")
        if not looks_like_text(text):
            raise NotTextError("the content is not text")
        return text, bom

    if b"\x00" in data[:65536] or _control_byte_share(data) > 0.01:
        # Text in any 8-bit encoding or UTF-8 has almost no control bytes; UTF-16 without a
        # byte-order mark has many (the zero half of every ASCII character, 0x06 for Arabic).
        return _decode_utf16_without_bom(data)

    utf8 = _try_utf8(data)
    declared_codec = _codec_name(declared) if declared else None
    if declared_codec is not None:
        text_declared = _try_decode(data, declared_codec)
        # Valid multi-byte UTF-8 is almost never an accident, while pages that declare a legacy
        # code page but were re-saved as UTF-8 are common.
        if utf8 is not None and not utf8.isascii() and declared_codec != "utf-8":
            logger.info("declared %s but the bytes are UTF-8; using UTF-8", declared)
            return utf8, "utf-8"
        if text_declared is not None and looks_like_text(text_declared):
            return text_declared, declared_codec
        logger.info("declared encoding %s does not fit the bytes; detecting", declared)

    if utf8 is not None:
        if not looks_like_text(utf8):
            raise NotTextError("the content is not text")
        return utf8, "utf-8"

    repaired = _mostly_utf8(data)
    if repaired is not None:
        return repaired, "utf-8"
    by_line = _decode_by_line(data)
    if by_line is not None:
        return by_line
    return _detect(data)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes, the damage shown as U+FFFD; None if it is not UTF-8.

    One stray byte (a cut download, a bad copy) must not send a UTF-8 file to statistical
    detection, which then reads every Arabic letter as two Windows-1256 letters.
    """
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    decoded = len(text) - len(text.encode("ascii", errors="ignore")) - damaged
    if decoded >= _MIN_UTF8_EVIDENCE and damaged <= decoded * _UTF8_DAMAGE_SHARE:
        logger.info("UTF-8 with %d damaged byte sequences; keeping UTF-8", damaged)
        return text
    return None


def _decode_by_line(data: bytes) -> tuple[str, str] | None:
    """Text pasted together from files in different encodings: UTF-8 lines stay UTF-8 and the
    other lines are decoded with the encoding detected for them alone. None when the file does
    not mix UTF-8 lines with others."""
    lines = data.splitlines(keepends=True)
    utf8_lines = {i for i, line in enumerate(lines) if _is_utf8_beyond_ascii(line)}
    other = [line for i, line in enumerate(lines) if i not in utf8_lines and not line.isascii()]
    if not utf8_lines or not other:
        return None
    _text, codec = _detect(b"".join(other))
    decoded = [
        line.decode("utf-8" if i in utf8_lines else codec, errors="replace")
        for i, line in enumerate(lines)
    ]
    text = "".join(decoded)
    if not looks_like_text(text):
        return None
    logger.info("mixed encodings: %d UTF-8 lines, the others %s", len(utf8_lines), codec)
    return text, f"utf-8+{codec}"


def _is_utf8_beyond_ascii(line: bytes) -> bool:
    if line.isascii():
        return False
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return len(text) - len(text.encode("ascii", errors="ignore")) >= 2


def _control_byte_share(data: bytes) -> float:
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\f\v")
    return controls / len(sample) if sample else 0.0


def _decode_utf16_without_bom(data: bytes) -> tuple[str, str]:
    """UTF-16 text without a byte-order mark; NotTextError for binary data."""
    for name in ("utf-16-le", "utf-16-be"):
        text = _try_decode(data, name)
        if text is None or not looks_like_text(text):
            continue
        plain = sum(1 for ch in text if ch.isascii() or "\u0600" <= ch <= "\u06ff")
        if plain >= 0.9 * len(text):
            return text, name
    raise NotTextError("the content is not text")


def _detect(data: bytes) -> tuple[str, str]:
    """Pick the encoding by statistics, preferring an Arabic code page when it reads as well."""
    import charset_normalizer  # only for files that are not UTF-8 (most are)

    best = charset_normalizer.from_bytes(data).best()
    candidates: list[str] = []
    if best is not None:
        candidates.append(_codec_name(best.encoding) or best.encoding)
    for name in _ARABIC_CODEPAGES:
        codec = _codec_name(name) or name
        if codec not in candidates:
            candidates.append(codec)

    arabic = {_codec_name(name) for name in _ARABIC_CODEPAGES}
    scored: list[tuple[float, bool, int, str, str]] = []
    for rank, name in enumerate(candidates):
        text = _try_decode(data, name)
        if text is None or not looks_like_text(text):
            continue
        scored.append((round(_arabic_score(text), 3), name in arabic, -rank, name, text))
    if not scored:
        raise NotTextError("the content is not text")
    # The detector's pick wins unless an Arabic code page reads at least as cleanly: look-alikes
    # such as mac_arabic or cp874 decode Arabic bytes into plausible but wrong letters.
    _score, _is_arabic, _rank, name, text = max(scored)
    logger.debug("detected encoding %s (charset-normalizer said %s)", name, candidates[0])
    return text, name


def _arabic_score(text: str) -> float:
    """Share of letters that are Arabic letters in words made only of Arabic letters.

    Decoding Arabic with the wrong Arabic code page still gives many Arabic letters, but mixed
    inside words with accented Latin letters or symbols; the right one gives clean words.
    """
    words = text.split()
    if not words:
        return 0.0
    clean = sum(1 for word in words if _is_clean_word(word))
    return clean / len(words)


def _is_clean_word(word: str) -> bool:
    """All Arabic letters, or a Latin word of a European language: Latin letters with at most a
    few accented ones ("ÉVÉNEMENTS"). Arabic read with a Latin code page gives words of accented
    letters only ("ÇáÚÑÈíÉ"); French read with an Arabic one mixes scripts ("ةVةNEMENTS")."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return True
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    if arabic == len(letters):
        return True
    accented = sum(1 for ch in letters if not ch.isascii())
    latin = all(ch < "\u0250" for ch in letters)
    return arabic == 0 and latin and accented * 2 <= len(letters)


def looks_like_text(text: str) -> bool:
    """Whether decoded content reads as text rather than binary data forced through a codec."""
    if not text:
        return True
    sample = text[:200_000]
    bad = 0
    for ch in sample:
        if ch in _ALLOWED_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd":
            bad += 1
    return bad <= len(sample) * 0.01


def _try_utf8(data: bytes) -> str | None:
    """Strict UTF-8, except that a character cut off at the very end is dropped.

    Callers sniff the start of a file, and a file saved by a crashing editor can end mid-character;
    neither should send a UTF-8 file to statistical detection.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data):
            return _try_decode(data[: exc.start], "utf-8")
        return None


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _codec_name(name: str | None) -> str | None:
    """Python's canonical codec name for a declared or detected encoding, or None if unknown."""
    if not name:
        return None
    cleaned = name.strip().strip("\"'").lower()
    # Browsers treat ISO-8859-6 labels with these suffixes as plain ISO-8859-6.
    cleaned = cleaned.removesuffix("-i").removesuffix("-e")
    try:
        return codecs.lookup(cleaned).name
    except LookupError:
        return None
