"""Copy the translation or the summary to the clipboard, as plain text and as HTML.

    message = copy_translation(document, translations)             # -> str for the status bar
    message = copy_summary(document, translations, summary_ids)    # -> str for the status bar

Both return what happened in plain words. An unfinished translation is not copied (the message
says so); a summary whose sentences are not all translated yet is copied in the original only.
HTML keeps each paragraph's language and direction, so word processors paste Arabic right to left.

A QMimeData made in Python must not outlive the interpreter: Qt deletes the clipboard's data when
the application object goes, after Python has finalized, and PySide6 then crashes. So when the
application is about to quit, our data is replaced by the same plain text set from C++ (the
clipboard keeps the text after Nashra has closed; the HTML goes).
"""

from __future__ import annotations

import atexit
from collections.abc import Mapping, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from desktop.core.document import Document
from desktop.core.export import IncompleteTranslationError, render
from desktop.gui.export import messages
from desktop.gui.export.messages import ExportTranslations


def mime_data(
    document: Document,
    what: str,
    translations: Mapping[int, str] | None = None,
    summary_ids: Sequence[int] | None = None,
) -> QMimeData:
    """The export of `what` as text/plain and text/html (raises like `render`)."""
    mime = QMimeData()
    for fmt in ("txt", "html"):
        text = render(document, what, fmt, translations=translations, summary_ids=summary_ids)
        if fmt == "txt":
            mime.setText(text)
        else:
            mime.setHtml(text)
    return mime


_ours: QMimeData | None = None
_hand_over_connected = False


def set_clipboard(mime: QMimeData) -> None:
    """Put `mime` on the clipboard, and hand it over as plain text when the app quits."""
    global _ours, _hand_over_connected
    QGuiApplication.clipboard().setMimeData(mime)
    _ours = mime
    app = QCoreApplication.instance()
    if app is not None and not _hand_over_connected:
        app.aboutToQuit.connect(hand_over)
        atexit.register(hand_over)  # when the application never quits (tests, scripts)
        _hand_over_connected = True


def hand_over() -> None:
    """Replace our Python-made clipboard data with plain text set from C++ (see above)."""
    global _ours
    mime, _ours = _ours, None
    if mime is None or not shiboken6.isValid(mime) or QCoreApplication.instance() is None:
        return  # something else has been copied since, or Qt is gone already
    clipboard = QGuiApplication.clipboard()
    if clipboard.mimeData() is mime:
        clipboard.setText(mime.text())


def copy_translation(document: Document, translations: ExportTranslations | None) -> str:
    texts = messages.translation_texts(translations)
    try:
        mime = mime_data(document, "translation", translations=texts)
    except IncompleteTranslationError as error:
        return (
            messages.incomplete_message(error)
            + " "
            + QCoreApplication.translate("Clipboard", "Nothing was copied.")
        )
    set_clipboard(mime)
    return QCoreApplication.translate("Clipboard", "The translation was copied to the clipboard.")


def copy_summary(
    document: Document, translations: ExportTranslations | None, summary_ids: Sequence[int]
) -> str:
    if not summary_ids:
        return QCoreApplication.translate("Clipboard", "There is no summary to copy yet.")
    texts = messages.translation_texts(translations)
    ids = list(summary_ids)
    try:
        mime = mime_data(document, "summary", translations=texts or None, summary_ids=ids)
        message = QCoreApplication.translate(
            "Clipboard", "The summary was copied to the clipboard."
        )
    except IncompleteTranslationError:
        mime = mime_data(document, "summary", summary_ids=ids)
        message = QCoreApplication.translate(
            "Clipboard",
            "The summary was copied in the original language only: "
            "its translation is not finished yet.",
        )
    set_clipboard(mime)
    return message
