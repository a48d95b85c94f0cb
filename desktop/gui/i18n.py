"""The interface language: English (the source strings) or Arabic, with the layout mirrored.

Translations are kept as Qt Linguist sources (resources/translations/nashra_<lang>.ts, committed).
The compiled .qm is taken from next to the .ts when a build put it there and it is up to date,
else compiled with pyside6-lrelease into the cache folder when missing or older than the .ts.
Qt's own translations (qtbase_<lang>.qm) translate the standard dialogs and buttons.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.core import paths

log = logging.getLogger(__name__)

UI_LANGUAGES = ("en", "ar")
RTL_LANGUAGES = frozenset({"ar"})

_installed: list[QTranslator] = []  # QTranslator must outlive its installation


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def resolve_language(setting: str, locale: QLocale | None = None) -> str:
    """The interface language for a ui_language setting: "en", "ar", or the system's ("system")."""
    if setting in UI_LANGUAGES:
        return setting
    locale = locale or QLocale.system()
    return "ar" if locale.language() == QLocale.Language.Arabic else "en"


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _newer(target: Path, source: Path) -> bool:
    try:
        return not source.exists() or target.stat().st_mtime >= source.stat().st_mtime
    except OSError:
        return False


def compiled_translation(language: str) -> Path | None:
    """The .qm for `language`, compiled if needed; None (logged) when there is none."""
    source = translations_dir() / f"nashra_{language}.ts"
    shipped = source.with_suffix(".qm")
    if shipped.exists() and _newer(shipped, source):
        return shipped
    if not source.exists():
        log.warning("No translation for the interface language %r", language)
        return None
    target = paths.cache_dir() / "translations" / f"nashra_{language}.qm"
    if target.exists() and _newer(target, source):
        return target
    import subprocess  # only when the .qm must be compiled (not on an ordinary start)

    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease was not found: the interface stays in English")
        return None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [tool, "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Could not compile %s: %s", source, exc)
        return None
    return target if target.exists() else None


def _load(app: QApplication, file: Path) -> bool:
    translator = QTranslator(app)
    if not translator.load(str(file)):
        log.warning("Could not load the translation %s", file)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def install_translations(app: QApplication, setting: str = "system") -> str:
    """Translate and mirror the interface for the ui_language setting; returns the language.

    Call before any window is built: widgets take their strings and direction when created.
    """
    remove_translations(app)
    language = resolve_language(setting)
    if language != "en":
        qm = compiled_translation(language)
        if qm is None or not _load(app, qm):
            language = "en"
        else:
            qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            qt_file = qt_folder / f"qtbase_{language}.qm"
            if qt_file.exists():
                _load(app, qt_file)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language in RTL_LANGUAGES
        else Qt.LayoutDirection.LeftToRight
    )
    app.setLayoutDirection(direction)
    log.info("Interface language: %s", language)
    return language


def remove_translations(app: QApplication) -> None:
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
