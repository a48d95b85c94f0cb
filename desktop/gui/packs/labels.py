"""How the interface names languages, pairs and sizes ("Arabic → English", "12.3 MB").

Kept apart from the pack tasks so the About dialog, the lists and the banner can show names
without loading the pack machinery (downloads, HTTP, TLS).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from desktop.gui.bidi import left_to_right


def _language_names() -> dict[str, str]:
    return {
        "ar": QCoreApplication.translate("PackActions", "Arabic"),
        "en": QCoreApplication.translate("PackActions", "English"),
        "fr": QCoreApplication.translate("PackActions", "French"),
        "fa": QCoreApplication.translate("PackActions", "Persian"),
        "ur": QCoreApplication.translate("PackActions", "Urdu"),
        "de": QCoreApplication.translate("PackActions", "German"),
        "es": QCoreApplication.translate("PackActions", "Spanish"),
        "it": QCoreApplication.translate("PackActions", "Italian"),
        "pt": QCoreApplication.translate("PackActions", "Portuguese"),
        "ru": QCoreApplication.translate("PackActions", "Russian"),
        "uk": QCoreApplication.translate("PackActions", "Ukrainian"),
        "tr": QCoreApplication.translate("PackActions", "Turkish"),
        "he": QCoreApplication.translate("PackActions", "Hebrew"),
        "zh": QCoreApplication.translate("PackActions", "Chinese"),
        "ja": QCoreApplication.translate("PackActions", "Japanese"),
        "ko": QCoreApplication.translate("PackActions", "Korean"),
        "hi": QCoreApplication.translate("PackActions", "Hindi"),
        "id": QCoreApplication.translate("PackActions", "Indonesian"),
        "ms": QCoreApplication.translate("PackActions", "Malay"),
        "nl": QCoreApplication.translate("PackActions", "Dutch"),
        "pl": QCoreApplication.translate("PackActions", "Polish"),
        "sv": QCoreApplication.translate("PackActions", "Swedish"),
        "el": QCoreApplication.translate("PackActions", "Greek"),
        "az": QCoreApplication.translate("PackActions", "Azerbaijani"),
        "bn": QCoreApplication.translate("PackActions", "Bengali"),
    }


def language_label(code: str) -> str:
    """The language's name in the interface language ("Arabic" / "العربية")."""
    names = _language_names()
    if code in names:
        return names[code]
    language = QLocale(code).language()
    if language == QLocale.Language.C:
        return code
    return QLocale.languageToString(language)


def _right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def in_order(text: str) -> str:
    """A Latin run (a size, a path) kept in its order inside a right-to-left interface; left as
    it is in a left-to-right one."""
    return left_to_right(text) if _right_to_left() else text


def pair_label(from_code: str, to_code: str) -> str:
    """The pair as "Arabic → English"; in a mirrored interface the arrow points left."""
    arrow = "←" if _right_to_left() else "→"
    return f"{language_label(from_code)} {arrow} {language_label(to_code)}"


def format_size(size: int | None) -> str:
    if size is None:
        return QCoreApplication.translate("PackActions", "unknown size")
    return in_order(
        QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIQuantifiers)
    )
