from __future__ import annotations

from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.gui.settings import MAX_RECENT_FILES, MAX_ZOOM, Settings, settings_signals


def test_defaults() -> None:
    settings = Settings()
    assert settings.auto_translate is True
    assert settings.clean is True
    assert settings.theme == "system"
    assert settings.layout == "side"
    assert settings.ui_language == "system"
    assert settings.zoom == 0
    assert settings.recent_files == []
    assert settings.font_family == ""
    assert settings.index_url == ""


def test_values_survive_a_new_instance_in_the_config_folder() -> None:
    settings = Settings()
    settings.auto_translate = False
    settings.theme = "dark"
    settings.layout = "stacked"
    settings.zoom = 99
    settings.summary_method = "lexrank"
    settings.set_window_state("geometry", QByteArray(b"abc"))
    again = Settings()
    assert again.auto_translate is False
    assert again.theme == "dark"
    assert again.layout == "stacked"
    assert again.zoom == MAX_ZOOM
    assert again.summary_method == "lexrank"
    assert again.window_state("geometry") == QByteArray(b"abc")
    assert (paths.config_dir() / "nashra.ini").is_file()


def test_broken_values_fall_back_to_defaults() -> None:
    settings = Settings()
    settings.set_value("theme", "purple")
    settings.set_value("zoom", "big")
    settings.set_value("auto_translate", "nonsense")
    assert settings.theme == "system"
    assert settings.zoom == 0
    assert settings.auto_translate is False  # anything but a true word is off


def test_recent_files_most_recent_first_without_duplicates() -> None:
    settings = Settings()
    for number in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(f"/articles/{number}.txt")
    settings.add_recent_file("/articles/5.txt")
    recent = Settings().recent_files
    assert recent[0] == "/articles/5.txt"
    assert len(recent) == MAX_RECENT_FILES
    assert recent.count("/articles/5.txt") == 1


def test_one_recent_file_reads_back_as_a_list() -> None:
    Settings().recent_files = ["/only.txt"]
    assert Settings().recent_files == ["/only.txt"]


def test_changes_are_announced(qtbot: QtBot) -> None:
    with qtbot.waitSignal(settings_signals().changed) as blocker:
        Settings().theme = "light"
    assert blocker.args == ["theme"]
