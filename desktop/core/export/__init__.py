"""Export a document as plain text, Markdown, HTML, Word or PDF: the original, the translation,
both side by side, or the summary.

Usage::

    export_document(document, "article.docx", what="bilingual", to="docx",
                    translations={sentence_id: text, ...})
    export_document(document, "article.pdf", what="original", to="pdf", page_size="a4")
    text = render(document, "summary", "md", summary_ids=[1, 4], translations=translations)

Files are replaced atomically: an export that fails leaves any earlier file as it was
(`desktop.core.export.atomic_write.atomic_write` does this for any file).
"""

from desktop.core.export.content import EXPORT_KINDS, ExportKind
from desktop.core.export.errors import (
    ExportCancelledError,
    ExportError,
    IncompleteTranslationError,
)
from desktop.core.export.exporter import (
    EXPORT_FORMATS,
    SUBTITLE_FORMATS,
    TEXT_FORMATS,
    ExportFormat,
    ExportProgress,
    export_document,
    render,
)

__all__ = [
    "EXPORT_FORMATS",
    "EXPORT_KINDS",
    "SUBTITLE_FORMATS",
    "TEXT_FORMATS",
    "ExportCancelledError",
    "ExportError",
    "ExportFormat",
    "ExportKind",
    "ExportProgress",
    "IncompleteTranslationError",
    "export_document",
    "render",
]
