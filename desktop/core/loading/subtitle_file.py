"""Subtitle files (SubRip .srt and WebVTT .vtt): each cue becomes a block, its timing kept aside.

Subtitles are read for their words: the cue numbers, timings, styling tags ("<i>", "{\\an8}",
"<c.yellow>") and WebVTT's header, notes and style blocks are not text. The timing of cue *i*
goes into `RawText.cue_times[i]`, so an SRT export of the translation shows each translated cue
when the original showed. Both formats are simple enough that a reader here is shorter than the
glue around a library (pysrt, webvtt-py), and it must accept the malformed files players accept.
"""

from __future__ import annotations

import re

from desktop.core.document import Block, CueTime, RawText
from desktop.core.loading.encoding import decode_bytes

_TIMING = re.compile(
    r"^\s*(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})\s*-->\s*"
    r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
)
_TAG = re.compile(r"<[^<>]*>|\{\\[^{}]*\}")
_VTT_SKIPPED = ("NOTE", "STYLE", "REGION", "WEBVTT")


def load_subtitle_bytes(data: bytes, source: str) -> RawText:
    """Cues of an SRT or WebVTT file, in order, with their timings.

    Raises:
        NotTextError: the bytes are not text.
    """
    text, encoding = decode_bytes(data)
    blocks: list[Block] = []
    times: list[CueTime] = []
    for timing, lines in _cues(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        cue_text = " ".join(" ".join(_TAG.sub("", line).split()) for line in lines).strip()
        if cue_text:
            blocks.append(Block(cue_text))
            times.append(timing)
    return RawText(
        source=source,
        format="subtitles",
        blocks=tuple(blocks),
        encoding=encoding,
        cue_times=tuple(times),
    )


def _cues(lines: list[str]) -> list[tuple[CueTime, list[str]]]:
    """Each cue's timing and text lines. A cue starts at its timing line (files that leave out
    the blank line between cues are common); the number or identifier line before it, and the
    WebVTT header, NOTE, STYLE and REGION blocks, are not text."""
    cues: list[tuple[CueTime, list[str]]] = []
    skipping = False
    for position, line in enumerate(lines):
        match = _TIMING.match(line)
        if match is not None:
            cues.append((_cue_time(match), []))
            skipping = False
            continue
        stripped = line.strip()
        if not stripped:
            skipping = False
            continue
        if stripped.lstrip("\ufeff").startswith(_VTT_SKIPPED) and (not cues or not cues[-1][1]):
            skipping = True
        if skipping or not cues:
            continue
        following = lines[position + 1] if position + 1 < len(lines) else ""
        if _TIMING.match(following):
            continue  # the next cue's number or identifier
        cues[-1][1].append(stripped)
    return cues


def _cue_time(match: re.Match[str]) -> CueTime:
    groups = match.groups()
    return CueTime(_milliseconds(groups[:4]), _milliseconds(groups[4:]))


def _milliseconds(parts: tuple[str | None, ...]) -> int:
    hours, minutes, seconds, fraction = parts
    milliseconds = int((fraction or "0").ljust(3, "0")[:3])
    return ((int(hours or 0) * 60 + int(minutes or 0)) * 60 + int(seconds or 0)) * 1000 + (
        milliseconds
    )


def srt_time(milliseconds: int) -> str:
    """A time as SubRip writes it: 00:01:02,345."""
    hours, rest = divmod(max(0, milliseconds), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"
