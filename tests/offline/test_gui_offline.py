"""The desktop app opens, translates and summarises a document without touching the network.

Real worker threads run the loading and translation: the audit hook sees every thread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.gui import workers
from desktop.gui.packs.banner import MissingPackBanner
from desktop.gui.packs.dialog import PackDialog
from desktop.gui.reading.translation_state import TranslationState
from desktop.gui.settings import AUTO_TRANSLATE, Settings
from tests.gui.helpers import make_window, open_and_wait, wait_translated
from tests.offline.articles import write_article
from tests.offline.guard import offline

TIMEOUT = 30_000


@pytest.mark.usefixtures("with_packs")
def test_the_app_reads_translates_and_summarises_offline(qtbot: QtBot, tmp_path: Path) -> None:
    Settings()[AUTO_TRANSLATE] = True
    article = write_article(tmp_path, ".docx")
    with offline():
        window = make_window(qtbot)
        tab = open_and_wait(qtbot, window, article)
        wait_translated(qtbot, tab)
        qtbot.waitUntil(lambda: bool(tab.summary_panel.summary_ids()), timeout=TIMEOUT)
        assert sorted(tab.translations) == [s.id for s in tab.document.sentences()]
        assert window.findChild(QMessageBox, "error_message") is None
        window.close()
        workers.wait_for_all(TIMEOUT)


@pytest.mark.usefixtures("without_packs")
def test_a_missing_pack_and_the_packs_dialog_do_not_fetch_anything_until_asked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    article = write_article(tmp_path, ".txt")
    with offline():
        window = make_window(qtbot)
        tab = open_and_wait(qtbot, window, article)
        qtbot.waitUntil(lambda: tab.state is TranslationState.MISSING_PACK, timeout=TIMEOUT)
        assert isinstance(tab.findChild(MissingPackBanner), MissingPackBanner)
        dialog = PackDialog(window.settings, window, fetch_index=False)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: "Refresh List" in dialog.status.text(), timeout=TIMEOUT)
        workers.wait_for_all(TIMEOUT)
        dialog.close()
        window.close()


def test_opening_the_language_packs_dialog_from_the_menu_does_not_fetch_the_index(
    qtbot: QtBot,
) -> None:
    with offline():
        window = make_window(qtbot)
        window.menus._open_packs()
        dialog = window.findChild(PackDialog, "pack_dialog")
        assert isinstance(dialog, PackDialog)
        workers.wait_for_all(TIMEOUT)
        dialog.close()
        window.close()
