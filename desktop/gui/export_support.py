"""What the export dialog, printing and the clipboard share: translation texts, plain-word
messages, and the offer to fall back to the original when the translation is not finished.

    texts = translation_texts(translations)           # {id: SentenceTranslation | str} -> {id: str}
    show_message(parent, text)                        # non-blocking, frees itself on close
    offer_original(parent, error, on_accept)          # "the translation is not finished" + button
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.errors import NashraError
from desktop.core.export import IncompleteTranslationError
from desktop.core.translation.results import SentenceTranslation

MESSAGE_OBJECT_NAME = "export_message"
OFFER_OBJECT_NAME = "export_original_offer"

Translations = Mapping[int, SentenceTranslation] | Mapping[int, str]


def translation_texts(translations: Translations | None) -> dict[int, str]:
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


def show_message(
    parent: QWidget | None,
    text: str,
    *,
    title: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A message box opened with open(): the window stays usable, the box frees itself."""
    box = QMessageBox(
        icon,
        title or QCoreApplication.translate("Export", "Nashra"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName(MESSAGE_OBJECT_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def offer_original(
    parent: QWidget | None,
    error: IncompleteTranslationError,
    on_accept: Callable[[], None],
    *,
    accept_text: str = "",
) -> QMessageBox:
    """Say the translation is not finished and offer to use the original instead."""
    box = QMessageBox(parent)
    box.setObjectName(OFFER_OBJECT_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Export", "Translation not finished"))
    box.setText(incomplete_message(error))
    box.setInformativeText(
        QCoreApplication.translate(
            "Export", "Wait until the translation has finished, or use the original text now."
        )
    )
    accept = box.addButton(
        accept_text or QCoreApplication.translate("Export", "Export the Original"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)

    def on_clicked(button: object) -> None:
        if button is accept:
            on_accept()

    box.buttonClicked.connect(on_clicked)
    box.open()
    return box
