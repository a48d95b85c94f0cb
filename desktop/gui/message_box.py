"""Message boxes that never block: opened with `open()` (the window stays usable and the workers
keep streaming) and deleted when closed.

    show_message(parent, text, title=..., icon=...)                    # OK only
    ask(parent, text, {"Export the Original": on_accept}, title=...)   # buttons, then Cancel
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(
    parent: QWidget | None, text: str, title: str, icon: QMessageBox.Icon, name: str
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(icon)
    box.setWindowTitle(title or QCoreApplication.translate("MessageBox", "Nashra"))
    box.setText(text)
    return box


def show_message(
    parent: QWidget | None,
    text: str,
    *,
    title: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    name: str = "message",
    details: str = "",
) -> QMessageBox:
    """A message with an OK button.

    Args:
        name: the box's object name (tests and the window find boxes by it).
        details: a second, smaller paragraph (QMessageBox's informative text).
    """
    box = _box(parent, text, title, icon, name)
    if details:
        box.setInformativeText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def ask(
    parent: QWidget | None,
    text: str,
    choices: Mapping[str, Callable[[], None]],
    *,
    title: str = "",
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    name: str = "question",
    cancel_by_default: bool = False,
) -> QMessageBox:
    """A question with one button per choice and Cancel.

    Clicking a choice's button calls its function; Cancel, Esc or closing the box calls nothing.
    The first choice is the default button, or Cancel with `cancel_by_default` (for a question
    whose answer destroys something).
    """
    box = _box(parent, text, title, icon, name)
    if details:
        box.setInformativeText(details)
    buttons = {
        box.addButton(label, QMessageBox.ButtonRole.AcceptRole): action
        for label, action in choices.items()
    }
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    if cancel_by_default or not buttons:
        box.setDefaultButton(cancel)
    else:
        box.setDefaultButton(next(iter(buttons)))

    def on_clicked(button: object) -> None:
        action = next((act for btn, act in buttons.items() if btn is button), None)
        if action is not None:
            action()

    box.buttonClicked.connect(on_clicked)
    box.open()
    return box
