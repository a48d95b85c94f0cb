"""What the export dialog, printing and the clipboard share: translation texts, plain-word
messages, and the offer to fall back to the original when the translation is not finished.

    texts = translation_texts(translations)    # {id: SentenceTranslation | str} -> {id: str}
    show_export_error(parent, error)           # non-blocking, frees itself on close
    offer_original(parent, error, on_accept)   # "the translation is not finished" + a button
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import NashraError
from desktop.core.export import IncompleteTranslationError
from desktop.core.translation import SentenceTranslation
from desktop.gui import message_box

MESSAGE_OBJECT_NAME = "export_message"
OFFER_OBJECT_NAME = "export_original_offer"

# What callers hand an export: the tab's translations, or plain texts by sentence id.
ExportTranslations = Mapping[int, SentenceTranslation] | Mapping[int, str]


def translation_texts(translations: ExportTranslations | None) -> dict[int, str]:
    """The translated text of each sentence: the form `desktop.core.export` takes."""
    if not translations:
        return {}
    return {
        sentence_id: item.text if isinstance(item, SentenceTranslation) else str(item)
        for sentence_id, item in translations.items()
    }


def incomplete_message(error: IncompleteTranslationError) -> str:
    done = error.total - len(error.missing)
    return (
        QCoreApplication.translate(
            "Export", "The translation is not finished yet: %1 of %2 sentences are translated."
        )
        .replace("%1", str(done))
        .replace("%2", str(error.total))
    )


def describe_error(error: BaseException) -> str:
    """What went wrong, in plain words."""
    if isinstance(error, IncompleteTranslationError):
        return incomplete_message(error)
    if isinstance(error, NashraError):
        return QCoreApplication.translate("Export", "The file could not be written: %1").replace(
            "%1", error.reason
        )
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return QCoreApplication.translate("Export", "The file could not be written: %1").replace(
            "%1", reason
        )
    return QCoreApplication.translate("Export", "Something unexpected went wrong: %1").replace(
        "%1", str(error) or type(error).__name__
    )


def show_export_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Say in plain words why an export could not be written."""
    return message_box.show_message(parent, describe_error(error), name=MESSAGE_OBJECT_NAME)


def offer_original(
    parent: QWidget | None,
    error: IncompleteTranslationError,
    on_accept: Callable[[], None],
    *,
    accept_text: str = "",
) -> QMessageBox:
    """Say the translation is not finished and offer to use the original instead."""
    accept = accept_text or QCoreApplication.translate("Export", "Export the Original")
    return message_box.ask(
        parent,
        incomplete_message(error),
        {accept: on_accept},
        title=QCoreApplication.translate("Export", "Translation not finished"),
        details=QCoreApplication.translate(
            "Export", "Wait until the translation has finished, or use the original text now."
        ),
        icon=QMessageBox.Icon.Information,
        name=OFFER_OBJECT_NAME,
    )
