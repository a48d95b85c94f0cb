"""Typed preferences stored with QSettings in an INI file under `paths.config_dir()`.

Everyone reads and writes preferences through `Settings`; it is cheap to create (make one where
you need it, no singleton), and every instance sees the same file, so it follows `NASHRA_HOME` /
`--basedir` and tests get a fresh file per test. Writers emit `settings_signals().changed(key)`
so other widgets (themes, fonts, language) can react without knowing each other.

Usage:
    settings = Settings()
    if settings.auto_translate: ...
    settings.theme = "dark"          # stored at once, `changed("theme")` emitted
"""

from __future__ import annotations

from typing import Literal, cast, get_args

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from desktop.core import paths

Theme = Literal["system", "light", "dark"]
Layout = Literal["side", "stacked"]
UiLanguage = Literal["system", "en", "ar"]

SETTINGS_FILE_NAME = "nashra.ini"
MAX_RECENT_FILES = 10
DEFAULT_ZOOM = 0
MIN_ZOOM = -6
MAX_ZOOM = 12
DEFAULT_CONFIDENCE_THRESHOLD = -2.0  # mean log-probability per token (SentenceTranslation)
DEFAULT_INDEX_URL = ""  # empty: the core's default pack index

# Keys, public so that code can react to `changed(key)` without string typos.
AUTO_TRANSLATE = "auto_translate"
CLEAN = "clean"
SHOW_REMOVED = "show_removed"
THEME = "theme"
FONT_FAMILY = "font_family"
ZOOM = "zoom"
LAYOUT = "layout"
SUMMARY_METHOD = "summary_method"
SUMMARY_LENGTH = "summary_length"
RECENT_FILES = "recent_files"
UI_LANGUAGE = "ui_language"
INDEX_URL = "index_url"
CONFIDENCE_THRESHOLD = "confidence_threshold"
SYNC_SCROLL = "sync_scroll"
SHOW_SUMMARY = "show_summary"


class SettingsSignals(QObject):
    """Process-wide notifier: `changed(key)` after any `Settings` instance stored a value."""

    changed = Signal(str)


_signals: SettingsSignals | None = None


def settings_signals() -> SettingsSignals:
    global _signals
    if _signals is None:
        _signals = SettingsSignals()
    return _signals


def _as_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(value, int):
        return value != 0
    return default


def _as_int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _as_float(value: object, default: float) -> float:
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return default


def _as_str_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value if item]
    return []


class Settings:
    """Typed view of the preferences; unknown or broken stored values fall back to defaults."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            path = paths.config_dir() / SETTINGS_FILE_NAME
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.qsettings = qsettings

    # -- generic access -------------------------------------------------------------------------
    def value(self, key: str, default: object = None) -> object:
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        """Store `value` under `key` and tell everyone (`settings_signals().changed`)."""
        self.qsettings.setValue(key, value)
        self.qsettings.sync()
        settings_signals().changed.emit(key)

    def _choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = str(self.value(key, default))
        return value if value in allowed else default

    # -- preferences ----------------------------------------------------------------------------
    @property
    def auto_translate(self) -> bool:
        return _as_bool(self.value(AUTO_TRANSLATE), True)

    @auto_translate.setter
    def auto_translate(self, value: bool) -> None:
        self.set_value(AUTO_TRANSLATE, bool(value))

    @property
    def clean(self) -> bool:
        """Remove boilerplate (menus, captions, share buttons) when opening a document."""
        return _as_bool(self.value(CLEAN), True)

    @clean.setter
    def clean(self, value: bool) -> None:
        self.set_value(CLEAN, bool(value))

    @property
    def show_removed(self) -> bool:
        """Show what cleaning removed, greyed out."""
        return _as_bool(self.value(SHOW_REMOVED), False)

    @show_removed.setter
    def show_removed(self, value: bool) -> None:
        self.set_value(SHOW_REMOVED, bool(value))

    @property
    def theme(self) -> Theme:
        return cast(Theme, self._choice(THEME, get_args(Theme), "system"))

    @theme.setter
    def theme(self, value: Theme) -> None:
        self.set_value(THEME, value)

    @property
    def font_family(self) -> str:
        """Font for Arabic text; empty means the bundled Noto Naskh Arabic."""
        return str(self.value(FONT_FAMILY, "") or "")

    @font_family.setter
    def font_family(self, value: str) -> None:
        self.set_value(FONT_FAMILY, value)

    @property
    def zoom(self) -> int:
        """Zoom steps relative to the default text size (0), clamped to [MIN_ZOOM, MAX_ZOOM]."""
        return max(MIN_ZOOM, min(MAX_ZOOM, _as_int(self.value(ZOOM), DEFAULT_ZOOM)))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.set_value(ZOOM, max(MIN_ZOOM, min(MAX_ZOOM, int(value))))

    @property
    def layout(self) -> Layout:
        return cast(Layout, self._choice(LAYOUT, get_args(Layout), "side"))

    @layout.setter
    def layout(self, value: Layout) -> None:
        self.set_value(LAYOUT, value)

    @property
    def sync_scroll(self) -> bool:
        return _as_bool(self.value(SYNC_SCROLL), True)

    @sync_scroll.setter
    def sync_scroll(self, value: bool) -> None:
        self.set_value(SYNC_SCROLL, bool(value))

    @property
    def show_summary(self) -> bool:
        return _as_bool(self.value(SHOW_SUMMARY), True)

    @show_summary.setter
    def show_summary(self, value: bool) -> None:
        self.set_value(SHOW_SUMMARY, bool(value))

    @property
    def summary_method(self) -> str:
        """Name from `desktop.core.summary.METHODS`; empty means DEFAULT_METHOD (caller checks)."""
        return str(self.value(SUMMARY_METHOD, "") or "")

    @summary_method.setter
    def summary_method(self, value: str) -> None:
        self.set_value(SUMMARY_METHOD, value)

    @property
    def summary_length(self) -> str:
        """Free-form length spec owned by the summary panel (e.g. "5" sentences or "30%")."""
        return str(self.value(SUMMARY_LENGTH, "") or "")

    @summary_length.setter
    def summary_length(self, value: str) -> None:
        self.set_value(SUMMARY_LENGTH, value)

    @property
    def ui_language(self) -> UiLanguage:
        return cast(UiLanguage, self._choice(UI_LANGUAGE, get_args(UiLanguage), "system"))

    @ui_language.setter
    def ui_language(self, value: UiLanguage) -> None:
        self.set_value(UI_LANGUAGE, value)

    @property
    def index_url(self) -> str:
        """Language pack index URL; empty means the core's default."""
        return str(self.value(INDEX_URL, DEFAULT_INDEX_URL) or "")

    @index_url.setter
    def index_url(self, value: str) -> None:
        self.set_value(INDEX_URL, value)

    @property
    def confidence_threshold(self) -> float:
        """Translations whose `confidence` (mean log-prob per token) is below this are doubtful."""
        return _as_float(self.value(CONFIDENCE_THRESHOLD), DEFAULT_CONFIDENCE_THRESHOLD)

    @confidence_threshold.setter
    def confidence_threshold(self, value: float) -> None:
        self.set_value(CONFIDENCE_THRESHOLD, float(value))

    # -- recent files ---------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        return _as_str_list(self.value(RECENT_FILES))[:MAX_RECENT_FILES]

    @recent_files.setter
    def recent_files(self, value: list[str]) -> None:
        self.set_value(RECENT_FILES, list(value)[:MAX_RECENT_FILES])

    def add_recent_file(self, path: str) -> None:
        """Put `path` first in the recent files, without duplicates."""
        self.recent_files = [path] + [p for p in self.recent_files if p != path]

    # -- window state (bytes from saveGeometry/saveState) ---------------------------------------
    def window_state(self, name: str) -> QByteArray | None:
        """Stored `saveGeometry()`/`saveState()` bytes under `state/<name>`, or None."""
        value = self.value(f"state/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(f"state/{name}", state)
        self.qsettings.sync()
