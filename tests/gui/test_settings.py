"""Preferences: declared once, stored in the config folder, read back typed, announced."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.gui import settings as settings_module
from desktop.gui.settings import (
    AUTO_TRANSLATE,
    CLEAN,
    FONT_FAMILY,
    INDEX_URL,
    LAYOUT,
    MAX_RECENT_FILES,
    MAX_ZOOM,
    RECENT_FILES,
    SUMMARY_METHOD,
    THEME,
    UI_LANGUAGE,
    ZOOM,
    Option,
    Settings,
)


def test_defaults() -> None:
    settings = Settings()
    assert settings[AUTO_TRANSLATE] is True
    assert settings[CLEAN] is True
    assert settings[THEME] == "system"
    assert settings[LAYOUT] == "side"
    assert settings[UI_LANGUAGE] == "system"
    assert settings[ZOOM] == 0
    assert settings[RECENT_FILES] == []
    assert settings[FONT_FAMILY] == ""
    assert settings[INDEX_URL] == ""


def test_values_survive_a_new_instance_in_the_config_folder() -> None:
    settings = Settings()
    settings[AUTO_TRANSLATE] = False
    settings[THEME] = "dark"
    settings[LAYOUT] = "stacked"
    settings[ZOOM] = 99
    settings[SUMMARY_METHOD] = "lexrank"
    settings.set_window_state("geometry", QByteArray(b"abc"))
    again = Settings()
    assert again[AUTO_TRANSLATE] is False
    assert again[THEME] == "dark"
    assert again[LAYOUT] == "stacked"
    assert again[ZOOM] == MAX_ZOOM
    assert again[SUMMARY_METHOD] == "lexrank"
    assert again.window_state("geometry") == QByteArray(b"abc")
    assert (paths.config_dir() / "nashra.ini").is_file()


def test_broken_values_fall_back_to_defaults() -> None:
    settings = Settings()
    settings.qsettings.setValue("theme", "purple")
    settings.qsettings.setValue("zoom", "big")
    settings.qsettings.setValue("auto_translate", "nonsense")
    assert settings[THEME] == "system"
    assert settings[ZOOM] == 0
    assert settings[AUTO_TRANSLATE] is False  # anything but a true word is off


def test_recent_files_most_recent_first_without_duplicates() -> None:
    settings = Settings()
    for number in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(f"/articles/{number}.txt")
    settings.add_recent_file("/articles/5.txt")
    recent = Settings()[RECENT_FILES]
    assert recent[0] == "/articles/5.txt"
    assert len(recent) == MAX_RECENT_FILES
    assert recent.count("/articles/5.txt") == 1


def test_one_recent_file_reads_back_as_a_list() -> None:
    Settings()[RECENT_FILES] = ["/only.txt"]
    assert Settings()[RECENT_FILES] == ["/only.txt"]


def test_changes_are_announced(qtbot: QtBot) -> None:
    settings = Settings()
    with qtbot.waitSignal(settings.changed) as blocker:
        settings[THEME] = "light"
    assert blocker.args == ["theme"]


def test_every_setting_is_declared_once_with_its_own_key() -> None:
    options = [value for value in vars(settings_module).values() if isinstance(value, Option)]
    keys = [option.key for option in options]
    assert len(options) >= 16
    assert len(keys) == len(set(keys))
    for option in options:  # the default survives a round trip through the file
        settings = Settings()
        settings[option] = option.default
        assert Settings()[option] == option.default, option.key


def test_no_module_reads_a_setting_by_its_raw_key() -> None:
    """Settings are read through their declaration (typed, with the default), never as
    `qsettings.value("key")` somewhere else."""
    gui = Path(settings_module.__file__).parent
    raw = re.compile(r"qsettings\.(value|setValue)\(")
    offenders = [
        str(path.relative_to(gui))
        for path in gui.rglob("*.py")
        if path.name != "settings.py" and raw.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
