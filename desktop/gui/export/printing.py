"""Printing: the export's HTML laid out by Qt, with the bundled fonts, right to left.

Entry points:
    print_document(parent, document, translations, what="translation", summary_ids=None)
        File ▸ Print…: a QPrintDialog opened with open(); prints when accepted. When the
        translation is not finished it says so and offers to print the original.
    build_text_document(document, what, translations=None, summary_ids=None) -> QTextDocument
        The laid-out document it prints.

PDF files are the core's own export (`desktop.core.export`, format "pdf"), whose text layer
reads back as the article's text; Qt's PDF writer loses Arabic ligatures from it.

`desktop.core.export.render(..., "html")` decides what is printed; this module only adapts that
HTML to Qt's rich text, which ignores `:lang()` rules, keeps table columns left to right and draws
list bullets of right-to-left items on the wrong side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QObject, Qt
from PySide6.QtGui import (
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop.core.document import Document
from desktop.core.export import IncompleteTranslationError, render
from desktop.core.fonts import ARABIC_FONT_FAMILY, ARABIC_SCALE, LATIN_FONT_FAMILY
from desktop.gui.export import messages
from desktop.gui.export.messages import ExportTranslations
from desktop.gui.theme import load_bundled_fonts

PRINT_DIALOG_OBJECT_NAME = "print_dialog"
PDF_RESOLUTION = 300
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_BILINGUAL_ROW = re.compile(r"(<tr[^>]*>)(<t([dh])\b.*?</t\3>)(<t[dh]\b.*?</t[dh]>)</tr>")
_BULLET = "\u2022\u00a0"
_LIST_INDENT_PX = 24.0


def _ensure_arabic_font() -> None:
    if ARABIC_FONT_FAMILY not in QFontDatabase.families():
        load_bundled_fonts()


def build_text_document(
    document: Document,
    what: str,
    translations: ExportTranslations | None = None,
    summary_ids: Sequence[int] | None = None,
    parent: QObject | None = None,
) -> QTextDocument:
    """Lay out the export of `what` for printing.

    Raises:
        IncompleteTranslationError: the export shows translations and some are missing.
    """
    texts = messages.translation_texts(translations)
    html = render(
        document,
        what,
        "html",
        translations=texts or None,
        summary_ids=list(summary_ids) if summary_ids is not None else None,
    )
    _ensure_arabic_font()
    if what == "bilingual" and 'dir="rtl"' in html.split("<head>", 1)[0]:
        # Qt lays table columns out left to right whatever the direction: put the
        # right-to-left language's column on the right by swapping the cells.
        html = _BILINGUAL_ROW.sub(r"\1\4\2</tr>", html)
    text_document = QTextDocument(parent)
    text_document.setHtml(html)
    text_document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, document.title or ""
    )
    _fix_arabic(text_document)
    return text_document


def _fix_arabic(text_document: QTextDocument) -> None:
    """Arabic runs in the bundled font; right-to-left list items with the bullet on the right."""
    cursor = QTextCursor(text_document)
    base_size = text_document.defaultFont().pointSizeF()
    rtl_items: list[QTextBlock] = []
    block = text_document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            if _ARABIC.search(fragment.text()):
                arabic = QTextCharFormat()
                arabic.setFontFamilies([ARABIC_FONT_FAMILY, LATIN_FONT_FAMILY])
                current = fragment.charFormat()
                if not current.intProperty(QTextFormat.Property.FontSizeAdjustment):
                    # Body text: Naskh reads small at the Latin size (headings are large enough).
                    size = current.fontPointSize() or base_size
                    arabic.setFontPointSize(size * ARABIC_SCALE)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(arabic)
        if block.textList() is not None and block.textDirection() == Qt.LayoutDirection.RightToLeft:
            rtl_items.append(block)
        block = block.next()
    for block in rtl_items:
        text_list = block.textList()
        if text_list is not None:
            text_list.remove(block)
        cursor.setPosition(block.position())
        block_format = QTextBlockFormat(block.blockFormat())
        block_format.setIndent(0)
        block_format.setRightMargin(_LIST_INDENT_PX)
        block_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        cursor.setBlockFormat(block_format)
        cursor.insertText(_BULLET)


def _page_layout() -> QPageLayout:
    """A4, or Letter where the locale measures in inches, with 2 cm margins."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    size = QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4
    return QPageLayout(
        QPageSize(size),
        QPageLayout.Orientation.Portrait,
        QMarginsF(20, 20, 20, 20),
        QPageLayout.Unit.Millimeter,
    )


def print_to(text_document: QTextDocument, device: QPagedPaintDevice) -> None:
    text_document.print_(device)


def print_document(
    parent: QWidget | None,
    document: Document,
    translations: ExportTranslations | None,
    what: str = "translation",
    summary_ids: Sequence[int] | None = None,
) -> QPrintDialog | None:
    """File ▸ Print…: open the print dialog (non-blocking) and print when it is accepted.

    Returns the dialog, or None when a message was shown instead (translation not finished).
    """
    try:
        text_document = build_text_document(document, what, translations, summary_ids)
    except IncompleteTranslationError as error:

        def print_original() -> None:
            print_document(parent, document, translations, "original")

        messages.offer_original(
            parent,
            error,
            print_original,
            accept_text=QCoreApplication.translate("Printing", "Print the Original"),
        )
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(_page_layout())
    printer.setDocName(document.title or Path(document.source).stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName(PRINT_DIALOG_OBJECT_NAME)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    text_document.setParent(dialog)

    def on_accepted() -> None:
        print_to(text_document, printer)

    dialog.accepted.connect(on_accepted)  # the slot keeps `printer` alive with the dialog
    QDialog.open(dialog)  # the stubs only know QPrintDialog.open(receiver, member)
    return dialog
