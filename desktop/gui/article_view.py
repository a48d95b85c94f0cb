"""The original-text pane: a document rendered paragraph by paragraph, each in its own direction."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.core.document import BlockKind, Document, Paragraph
from desktop.core.language import is_rtl


def _paragraph_html(paragraph: Paragraph) -> str:
    direction = "rtl" if is_rtl(paragraph.language) else "ltr"
    align = "right" if direction == "rtl" else "left"
    sentences = " ".join(
        f'<a name="s{s.id}"></a>{html.escape(s.text)}' for s in paragraph.sentences
    )
    tag = f"h{min(max(paragraph.level, 1), 3)}" if paragraph.kind is BlockKind.HEADING else "p"
    return f'<{tag} dir="{direction}" align="{align}">{sentences}</{tag}>'


def document_html(document: Document) -> str:
    return "\n".join(_paragraph_html(paragraph) for paragraph in document.paragraphs)


class ArticleView(QTextBrowser):
    """Read-only view of one document's text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Original text"))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def show_document(self, document: Document) -> None:
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if is_rtl(document.language)
            else Qt.LayoutDirection.LeftToRight
        )
        self.setHtml(document_html(document))
