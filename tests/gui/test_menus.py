"""The menus only connect: a setting changed anywhere reaches every open tab, and the menu's
checkable entries follow it back; the engine pool forgets its engines when packs change."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.translation.engine_pool import shared_pool
from desktop.gui import menus
from desktop.gui.packs.signals import pack_signals
from desktop.gui.settings import LAYOUT, SHOW_REMOVED, SHOW_SUMMARY, ZOOM
from tests.gui.helpers import SAMPLE, make_window, menu_action, open_and_wait

ARTICLE = "اقرأ أيضا\n\nخبر مهم عن الاقتصاد اليوم.\n\nشارك هذا المقال\n\nتفاصيل أخرى عن الخبر.\n"


@pytest.mark.usefixtures("inline_workers", "no_auto_translate")
def test_a_setting_reaches_every_open_tab(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot)
    (tmp_path / "other.txt").write_text(ARTICLE, encoding="utf-8")
    tabs = [
        open_and_wait(qtbot, window, SAMPLE),
        open_and_wait(qtbot, window, tmp_path / "other.txt"),
    ]
    sizes = [tab.original.font().pointSizeF() for tab in tabs]

    window.settings[ZOOM] = 3
    window.settings[LAYOUT] = "stacked"
    window.settings[SHOW_SUMMARY] = False
    window.settings[SHOW_REMOVED] = True

    for tab, size in zip(tabs, sizes, strict=True):
        assert tab.original.font().pointSizeF() == size + 3
        assert tab.translation.font().pointSizeF() == size + 3
        assert tab.reading_splitter.orientation() == Qt.Orientation.Vertical
        assert not tab.summary_panel.isVisibleTo(tab)
    assert "اقرأ أيضا" in tabs[1].original.toPlainText()  # the removed teaser, shown
    # The menu's entries follow the settings they stand for.
    assert menu_action(window, "S&tacked").isChecked()
    assert not menu_action(window, "&Side by Side").isChecked()
    assert not window.menus.summary_action.isChecked()
    assert window.menus.removed_action.isChecked()


def test_the_menus_do_not_reach_into_the_tabs() -> None:
    source = inspect.getsource(menus)
    assert "document_tabs" not in source  # no loop over every tab: the tabs listen themselves


def test_the_engine_pool_forgets_its_engines_when_packs_change(argos_packages_dir: Path) -> None:
    pool = shared_pool()
    first = pool.engine_for("ar", "en", [argos_packages_dir])
    try:
        assert pool.engine_for("ar", "en", [argos_packages_dir]) is first
        pack_signals().packs_changed.emit()
        assert pool.engine_for("ar", "en", [argos_packages_dir]) is not first
    finally:
        pool.close()
