"""What the reader should know about a document that opened fine, worded in the interface's
language: a strip above the panes (characters a PDF could not map), and the notice that takes
the translation pane's place when no model translates the document's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.document import Notice, NoticeKind
from desktop.gui.bidi import isolate
from desktop.gui.packs.labels import language_label


def notice_text(notice: Notice) -> str | None:
    """One sentence for the strip above the panes (None: said elsewhere, or nothing to say)."""
    if notice.kind is NoticeKind.UNMAPPED_CHARACTERS:
        return QCoreApplication.translate(
            "DocumentNotices",
            "%1 characters of this PDF could not be read (its fonts do not say which letters "
            "they draw) and are left out.",
        ).replace("%1", QLocale().toString(notice.count))
    if notice.kind is NoticeKind.UNSUPPORTED_LANGUAGE:
        return None  # the translation pane says it, in place of the translation
    return isolate(notice.message)


def unsupported_language_text(language: str) -> str:
    name = isolate(language_label(language))
    return QCoreApplication.translate(
        "DocumentNotices",
        "This document is in %1; no model translates %1 (Nashra translates Arabic and English).",
    ).replace("%1", name)


class NoticeStrip(QLabel):
    """The document's notices above its panes, hidden when it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_notices")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(10, 6, 10, 6)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.hide()

    def show_notices(self, notices: Sequence[Notice]) -> None:
        texts = [text for text in map(notice_text, notices) if text]
        self.setText("\n".join(texts))
        self.setVisible(bool(texts))


def unsupported_language_notice(language: str, parent: QWidget | None = None) -> QLabel:
    """The notice in place of the translation: nothing to install, so no buttons."""
    label = QLabel(unsupported_language_text(language), parent)
    label.setObjectName("unsupported_language_notice")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label
