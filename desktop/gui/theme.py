"""The look: the bundled Arabic font, light and dark themes, and the reading font.

"system" leaves the platform style alone, so Qt follows the desktop's light or dark scheme by
itself (Qt 6.5+). An explicit "light" or "dark" uses the Fusion style with a palette of its own,
which looks the same on every platform and does not depend on what the desktop offers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QFontDialog, QWidget

from desktop.core.fonts import ARABIC_FONT_FAMILY, bundled_font_paths

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")

_native_style: str | None = None  # the platform style, once the theme has replaced it


def load_bundled_fonts() -> list[str]:
    """Register the fonts under resources/fonts; returns the families now available."""
    families: list[str] = []
    for path in bundled_font_paths():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the bundled font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def _palette(dark: bool) -> QPalette:
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    if dark:
        colours = {
            role.Window: "#2b2b2e",
            role.WindowText: "#e6e6e6",
            role.Base: "#1f1f22",
            role.AlternateBase: "#2f2f33",
            role.Text: "#e6e6e6",
            role.Button: "#35353a",
            role.ButtonText: "#e6e6e6",
            role.BrightText: "#ff6b6b",
            role.Highlight: "#3d7bd9",
            role.HighlightedText: "#ffffff",
            role.ToolTipBase: "#3a3a3f",
            role.ToolTipText: "#e6e6e6",
            role.PlaceholderText: "#8a8a90",
            role.Link: "#7fb2ff",
            role.LinkVisited: "#c39bff",
            role.Light: "#4a4a50",
            role.Midlight: "#3e3e44",
            role.Mid: "#2a2a2e",
            role.Dark: "#18181a",
            role.Shadow: "#000000",
        }
        disabled = "#7a7a80"
    else:
        colours = {
            role.Window: "#f3f3f3",
            role.WindowText: "#1d1d1f",
            role.Base: "#ffffff",
            role.AlternateBase: "#f6f6f8",
            role.Text: "#1d1d1f",
            role.Button: "#f0f0f0",
            role.ButtonText: "#1d1d1f",
            role.BrightText: "#d0021b",
            role.Highlight: "#2f6fce",
            role.HighlightedText: "#ffffff",
            role.ToolTipBase: "#ffffdc",
            role.ToolTipText: "#1d1d1f",
            role.PlaceholderText: "#8a8a8e",
            role.Link: "#1a5fb4",
            role.LinkVisited: "#6d3fb8",
            role.Light: "#ffffff",
            role.Midlight: "#e8e8e8",
            role.Mid: "#c4c4c4",
            role.Dark: "#9e9e9e",
            role.Shadow: "#5a5a5a",
        }
        disabled = "#9a9a9e"
    palette = QPalette()
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(disabled))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply "system", "light" or "dark" (anything else counts as "system").

    The application's style is looked at only when it is to be replaced, or put back: the first
    Python reference to a QStyle builds PySide6's enums of QStyle, some 15 ms of start-up.
    """
    global _native_style
    if theme in ("light", "dark"):
        if _native_style is None:
            _native_style = _style_name(app)  # the platform's own, before Fusion replaces it
        app.setStyle("Fusion")
        app.setPalette(_palette(dark=theme == "dark"))
        return
    if _native_style and _style_name(app) != _native_style:
        app.setStyle(_native_style)
    app.setPalette(QPalette())


def _style_name(app: QApplication) -> str:
    style = app.style()
    return style.name() if style is not None else ""


def is_dark() -> bool:
    """Whether the window background is dark, whichever way the theme was chosen."""
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def reading_font(family: str = "", point_size: float = 0.0) -> QFont:
    """The font of the reading panes: the chosen family, else the bundled Arabic one."""
    font = QFont(family or ARABIC_FONT_FAMILY)
    if point_size > 0:
        font.setPointSizeF(point_size)
    return font


def open_font_dialog(
    parent: QWidget, current: QFont, on_chosen: Callable[[QFont], None]
) -> QFontDialog:
    """A non-modal font chooser; `on_chosen` runs with the font when the user accepts.

    The dialog deletes itself when closed.
    """
    dialog = QFontDialog(current, parent)
    dialog.setObjectName("font_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("theme", "Reading Font"))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fontSelected.connect(on_chosen)
    dialog.open()
    return dialog
