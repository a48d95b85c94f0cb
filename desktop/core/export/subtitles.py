"""SubRip (.srt) export of a subtitle document: each cue keeps its timing.

A subtitle file opened in Nashra has one paragraph per cue, and each paragraph keeps its cue's
timing (`Paragraph.cue`). The export writes the cues again in order, numbered from 1, with the
original text, the translation, or both (original line above the translation: the form
bilingual subtitles take in players).
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.core.document import Document
from desktop.core.export.content import ExportKind, clean_text
from desktop.core.export.errors import ExportError
from desktop.core.loading.subtitle_file import srt_time

NO_CUES_REASON = (
    "SRT export needs a subtitle file (.srt or .vtt); this document has no cue timings, so "
    "export it as text, Markdown, HTML or Word instead"
)


def render_srt(
    document: Document,
    kind: ExportKind,
    translations: Mapping[int, str] | None,
    error_source: str,
) -> str:
    """The document's cues as SubRip text.

    Raises:
        ExportError: the document has no cues, or a summary was asked for (it has no timing).
    """
    if kind is ExportKind.SUMMARY:
        raise ExportError(
            error_source, "a summary has no cue timings; export it as text, Markdown, HTML or Word"
        )
    cues = [paragraph for paragraph in document.paragraphs if paragraph.cue is not None]
    if not cues:
        raise ExportError(error_source, NO_CUES_REASON)
    out: list[str] = []
    for number, paragraph in enumerate(cues, start=1):
        assert paragraph.cue is not None
        lines = []
        if kind in (ExportKind.ORIGINAL, ExportKind.BILINGUAL):
            lines.append(clean_text(paragraph.text))
        if kind in (ExportKind.TRANSLATION, ExportKind.BILINGUAL):
            assert translations is not None
            lines.append(
                " ".join(clean_text(translations[s.id]) for s in paragraph.sentences).strip()
            )
        timing = f"{srt_time(paragraph.cue.start_ms)} --> {srt_time(paragraph.cue.end_ms)}"
        out.append("\n".join([str(number), timing, *lines]))
    return "\n\n".join(out) + "\n"
