"""Preferences, each declared once below, stored with QSettings in an INI file under
`paths.config_dir()`.

The application makes one `Settings` and passes it to whatever shows or uses a preference (the
window, each tab, the summary panel, the dialogs). Reading goes through the option's declaration,
so a missing or broken stored value gives the default; writing stores at once and emits
`changed(key)`, which is how tabs, the theme and the engine react without the menus telling them.

    settings = Settings()
    if settings[AUTO_TRANSLATE]: ...
    settings[THEME] = "dark"              # stored, then changed("theme") emitted
    settings.changed.connect(on_changed)  # key of the option that changed

Every instance reads the same file (tests get a fresh one per test through `NASHRA_HOME`), but only
the instance that wrote a value emits `changed`: share the one the application made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar, cast, get_args

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from desktop.core import paths

T = TypeVar("T")

Theme = Literal["system", "light", "dark"]
Layout = Literal["side", "stacked"]
UiLanguage = Literal["system", "en", "ar"]
SummaryPosition = Literal["beside", "below"]

SETTINGS_FILE_NAME = "nashra.ini"
MAX_RECENT_FILES = 10
MIN_ZOOM = -6
MAX_ZOOM = 12


@dataclass(frozen=True)
class Option(Generic[T]):
    """One preference: where it is stored, its default, and how a stored value is read back.

    `read(stored, default)` turns what QSettings gives back (often a string in an INI file) into
    the option's type, and gives `default` for anything it cannot use.
    """

    key: str
    default: T
    read: Callable[[object, T], T]

    def value_of(self, stored: object) -> T:
        return self.default if stored is None else self.read(stored, self.default)


def _bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(value, int):
        return value != 0
    return default


def _text(value: object, default: str) -> str:
    return value if isinstance(value, str) else default


def _number(value: object, default: float) -> float:
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return default


def _text_list(value: object, default: list[str]) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value if item][:MAX_RECENT_FILES]
    return default


def _one_of(*allowed: str) -> Callable[[object, T], T]:
    def read(value: object, default: T) -> T:
        return cast(T, value) if value in allowed else default

    return read


def _zoom(value: object, default: int) -> int:
    try:
        return max(MIN_ZOOM, min(MAX_ZOOM, int(str(value))))
    except (TypeError, ValueError):
        return default


# The preferences. Keys are what the INI file holds; changing one loses the user's choice.
AUTO_TRANSLATE = Option("auto_translate", True, _bool)
CLEAN = Option("clean", True, _bool)  # leave out menus, captions, teasers when opening
SHOW_REMOVED = Option("show_removed", False, _bool)  # what cleaning removed, greyed out
THEME: Option[Theme] = Option("theme", "system", _one_of(*get_args(Theme)))
FONT_FAMILY = Option("font_family", "", _text)  # Arabic reading font; "" = the bundled one
ZOOM = Option("zoom", 0, _zoom)  # text size steps from the default reading size
LAYOUT: Option[Layout] = Option("layout", "side", _one_of(*get_args(Layout)))
SYNC_SCROLL = Option("sync_scroll", True, _bool)
SHOW_SUMMARY = Option("show_summary", True, _bool)
SHOW_OUTLINE = Option("show_outline", True, _bool)  # beside a document with headings
SUMMARY_METHOD = Option("summary_method", "", _text)  # a core summary method; "" = its default
SUMMARY_LENGTH = Option("summary_length", "", _text)  # "5" sentences or "30%"; "" = default
RECENT_FILES: Option[list[str]] = Option("recent_files", [], _text_list)
UI_LANGUAGE: Option[UiLanguage] = Option("ui_language", "system", _one_of(*get_args(UiLanguage)))
INDEX_URL = Option("index_url", "", _text)  # language pack index; "" = the core's default
# The translation model per direction, an id as `nashra-cli packs list` prints it; "" = the best
# installed one (OPUS-MT big, then the smaller OPUS-MT, then argos).
MODEL_AR_EN = Option("model/ar-en", "", _text)
MODEL_EN_AR = Option("model/en-ar", "", _text)
MODEL_CHOICES = {("ar", "en"): MODEL_AR_EN, ("en", "ar"): MODEL_EN_AR}
CONFIDENCE_THRESHOLD = Option("confidence_threshold", -2.0, _number)  # mean log-prob per token
SUMMARY_POSITION: Option[SummaryPosition] = Option(
    "summary_position", "beside", _one_of(*get_args(SummaryPosition))
)
RECENT_TITLES: Option[list[str]] = Option("recent_titles", [], _text_list)  # "path\ttitle"
EXPORT_FOLDER = Option("export/folder", "", _text)  # where the last export went
EXPORT_WHAT = Option("export/what", "translation", _text)  # the dialog's last choices
EXPORT_FORMAT = Option("export/format", "docx", _text)


class Settings(QObject):
    """The preferences of one session. `changed(key)` after a value was stored."""

    changed = Signal(str)

    def __init__(self, qsettings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if qsettings is None:
            path = paths.config_dir() / SETTINGS_FILE_NAME
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.qsettings = qsettings

    def __getitem__(self, option: Option[T]) -> T:
        return option.value_of(self.qsettings.value(option.key))

    def __setitem__(self, option: Option[T], value: T) -> None:
        """Store `value` (read back through the option, so it is stored as it will be read)."""
        self.qsettings.setValue(option.key, option.value_of(value))
        self.qsettings.sync()
        self.changed.emit(option.key)

    def add_recent_file(self, path: str, title: str = "") -> None:
        """Put `path` first in the recent files, without duplicates, with the document's title
        (the menu shows it rather than the path)."""
        recent: list[str] = [path, *(p for p in self[RECENT_FILES] if p != path)]
        self[RECENT_FILES] = recent
        stored: list[str] = self[RECENT_FILES]  # at most MAX_RECENT_FILES
        kept = set(stored)
        titles: list[str] = [f"{path}\t{title}"] if title else []
        for entry in self[RECENT_TITLES]:
            where, tab, _ = entry.partition("\t")
            if tab and where in kept and where != path:
                titles.append(entry)
        self[RECENT_TITLES] = titles

    def recent_title(self, path: str) -> str:
        """The title a recent file had when it was opened ("" if none was known)."""
        for entry in self[RECENT_TITLES]:
            where, _, title = entry.partition("\t")
            if where == path:
                return title
        return ""

    # -- window state (bytes from saveGeometry/saveState; not a preference: no signal) ---------
    def window_state(self, name: str) -> QByteArray | None:
        """Stored `saveGeometry()`/`saveState()` bytes under `state/<name>`, or None."""
        value = self.qsettings.value(f"state/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_state(self, name: str, state: QByteArray) -> None:
        self.qsettings.setValue(f"state/{name}", state)
        self.qsettings.sync()
