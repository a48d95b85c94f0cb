"""The two entry points: render an export as text, or write it to a file atomically."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import IO, NamedTuple

from desktop.core.cancel import CancelFlag
from desktop.core.document import Document
from desktop.core.export.atomic_write import atomic_write
from desktop.core.export.content import EXPORT_KINDS, ExportContent, ExportKind, build_content
from desktop.core.export.html_export import render_html
from desktop.core.export.markdown import render_markdown
from desktop.core.export.plain_text import render_plain_text
from desktop.core.export.subtitles import render_srt


class ExportFormat(StrEnum):
    """The file formats; the values are the file extensions and the CLI's `--to` words."""

    TXT = "txt"
    MD = "md"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"
    SRT = "srt"  # subtitle documents only: the cues with their timing


# The formats every document exports to; SRT only suits subtitle documents (`format ==
# "subtitles"`, paragraphs with cues), so it is offered apart.
EXPORT_FORMATS: tuple[str, ...] = tuple(
    fmt.value for fmt in ExportFormat if fmt is not ExportFormat.SRT
)
SUBTITLE_FORMATS: tuple[str, ...] = (ExportFormat.SRT.value,)
# (blocks or table rows laid out, all of them): PDF exports report it as they go.
ExportProgress = Callable[[int, int], None]
# The formats `render` can return as a string (for the clipboard); DOCX and PDF are binary.
TEXT_FORMATS: tuple[str, ...] = (ExportFormat.TXT, ExportFormat.MD, ExportFormat.HTML)

_TEXT_RENDERERS: Mapping[ExportFormat, Callable[[ExportContent], str]] = {
    ExportFormat.TXT: render_plain_text,
    ExportFormat.MD: render_markdown,
    ExportFormat.HTML: render_html,
}


def render(
    document: Document,
    what: str,
    to: str,
    *,
    translations: Mapping[int, str] | None = None,
    summary_ids: Sequence[int] | None = None,
    target_language: str | None = None,
) -> str:
    """Return the export as text (txt, md or html), e.g. for the clipboard.

    Takes the same arguments as `export_document`. Errors name `document.source`, since there is
    no output file.

    Raises:
        IncompleteTranslationError: the export shows translations and some are missing.
        ValueError: an unknown kind or format, DOCX or PDF (not text), or a summary without ids.
    """
    kind, fmt = _parse(what, to)
    if fmt is ExportFormat.SRT:
        return _srt(document, kind, translations, target_language, document.source)
    if fmt not in TEXT_FORMATS:
        raise ValueError(
            f"{fmt.value.upper()} is a binary format; write it to a file with export_document"
        )
    content = build_content(
        document,
        kind,
        translations=translations,
        summary_ids=summary_ids,
        target_language=target_language,
        error_source=document.source,
    )
    return _TEXT_RENDERERS[fmt](content)


def export_document(
    document: Document,
    path: str | os.PathLike[str],
    *,
    what: str,
    to: str,
    translations: Mapping[int, str] | None = None,
    summary_ids: Sequence[int] | None = None,
    target_language: str | None = None,
    page_size: str | None = None,
    progress: ExportProgress | None = None,
    cancel: CancelFlag | None = None,
) -> Path:
    """Write `document` to `path` as `to`, replacing the file only once it is complete.

    Text formats are UTF-8 without a byte-order mark, with "\\n" line endings on every system.

    Args:
        what: one of `EXPORT_KINDS`: "original", "translation", "bilingual" or "summary".
        to: one of `EXPORT_FORMATS`: "txt", "md", "html", "docx" or "pdf", or "srt" (a subtitle
            document's cues with their timing; ExportError for other documents and for
            summaries). The path's extension is not checked, so a caller may save e.g. Markdown
            as "notes.txt".
        translations: sentence id → translated text; the translation and bilingual kinds need one
            for every sentence, the summary for its sentences and the title (without any, the
            summary is in the original language only).
        summary_ids: the summary's sentence ids, in article order; the summary kind needs them.
        target_language: the translation's language; by default the other of Arabic and English.
        page_size: "a4" or "letter" for a PDF (other formats have no pages); by default
            Letter where the locale's country uses it, else A4
            (`desktop.core.export.pdf_export.default_page_size`).
        progress: PDF only (the other formats take a fraction of a second): called with
            (blocks or rows laid out, total) as the pages fill, from the calling thread.
        cancel: PDF only: checked between blocks; when set the export stops, writes nothing
            and raises `ExportCancelledError`.

    Returns:
        The path written.

    Raises:
        ExportError: the file could not be written (missing folder, no permission, a folder at
            `path`, full disk), naming the file and the reason.
        ExportCancelledError: `cancel` was set (an `ExportError`).
        IncompleteTranslationError: the export shows translations and some are missing.
        ValueError: an unknown kind, format or page size, or a summary without ids.
    """
    kind, fmt = _parse(what, to)
    target = Path(path)
    if fmt is ExportFormat.SRT:
        text = _srt(document, kind, translations, target_language, os.fspath(path))
        with atomic_write(target) as stream:
            stream.write(text.encode("utf-8"))
        return target
    content = build_content(
        document,
        kind,
        translations=translations,
        summary_ids=summary_ids,
        target_language=target_language,
        error_source=os.fspath(path),
    )
    if fmt is ExportFormat.PDF:
        from desktop.core.export.pdf_export import check_page_size

        page_size = check_page_size(page_size)  # a bad size is refused before any file is made
    with atomic_write(target) as stream:
        _write(content, fmt, stream, _PdfOptions(page_size, progress, cancel, os.fspath(path)))
    return target


def _srt(
    document: Document,
    kind: ExportKind,
    translations: Mapping[int, str] | None,
    target_language: str | None,
    error_source: str,
) -> str:
    """SubRip text; the translation is checked complete as for every other format."""
    if kind in (ExportKind.TRANSLATION, ExportKind.BILINGUAL):
        build_content(
            document,
            kind,
            translations=translations,
            summary_ids=None,
            target_language=target_language,
            error_source=error_source,
        )
    return render_srt(document, kind, translations, error_source)


class _PdfOptions(NamedTuple):
    page_size: str | None
    progress: ExportProgress | None
    cancel: CancelFlag | None
    source: str


def _write(content: ExportContent, fmt: ExportFormat, stream: IO[bytes], pdf: _PdfOptions) -> None:
    if fmt is ExportFormat.DOCX:
        # python-docx and lxml take ~0.1 s to import; only DOCX exports pay for them.
        from desktop.core.export.docx_export import write_docx

        write_docx(content, stream)
    elif fmt is ExportFormat.PDF:
        # HarfBuzz and the fonts load on first use; only PDF exports pay for them.
        from desktop.core.export.pdf_export import write_pdf

        write_pdf(
            content,
            stream,
            source=pdf.source,
            page_size=pdf.page_size,
            progress=pdf.progress,
            cancel=pdf.cancel,
        )
    else:
        stream.write(_TEXT_RENDERERS[fmt](content).encode("utf-8"))


def _parse(what: str, to: str) -> tuple[ExportKind, ExportFormat]:
    try:
        kind = ExportKind(what)
    except ValueError:
        raise ValueError(f"unknown export {what!r}; expected one of {EXPORT_KINDS}") from None
    try:
        fmt = ExportFormat(to)
    except ValueError:
        raise ValueError(f"unknown format {to!r}; expected one of {EXPORT_FORMATS}") from None
    return kind, fmt
