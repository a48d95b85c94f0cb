"""The main window's menus, and the view options they change (zoom, layout, cleaning...).

Preferences are written to `Settings` and applied to every open tab. Entries that open a dialog
(export, print, packs, about) call that dialog module's function.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.core.translation.engine_pool import shared_pool
from desktop.gui import error_dialog, theme
from desktop.gui.pack_signals import pack_signals
from desktop.gui.settings import Layout, Settings, Theme, UiLanguage

if TYPE_CHECKING:
    from desktop.gui.document_tab import DocumentTab
    from desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class MainMenus(QObject):
    """Builds the menu bar of `window` and keeps the checkable entries in step with the tab."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings: Settings = window.settings
        bar = window.menuBar()
        self._file_menu(bar.addMenu(self.tr("&File")))
        self._edit_menu(bar.addMenu(self.tr("&Edit")))
        self._view_menu(bar.addMenu(self.tr("&View")))
        self._translation_menu(bar.addMenu(self.tr("&Translation")))
        self._help_menu(bar.addMenu(self.tr("&Help")))
        pack_signals().packs_changed.connect(self._on_packs_changed)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        *,
        checkable: bool = False,
        checked: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if checkable:
            action.setCheckable(True)
            action.setChecked(checked)
            action.toggled.connect(lambda _on: slot())
        else:
            action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- File -------------------------------------------------------------------------------------
    def _file_menu(self, menu: QMenu) -> None:
        w = self.window
        self._action(menu, self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._on_recent_about_to_show)
        self._action(
            menu, self.tr("&Paste as New Document"), w.paste_as_new_document, "Ctrl+Shift+V"
        )
        menu.addSeparator()
        self.export_action = self._action(menu, self.tr("&Export…"), self._export, "Ctrl+E")
        self.print_action = self._action(
            menu, self.tr("&Print…"), self._print, QKeySequence.StandardKey.Print
        )
        menu.addSeparator()
        self._action(
            menu, self.tr("&Close Tab"), w.close_current_tab, QKeySequence.StandardKey.Close
        )
        self._action(menu, self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)

    def open_dialog(self) -> QFileDialog:
        """File ▸ Open…: a non-modal chooser with a filter per format."""
        dialog = QFileDialog(
            self.window, self.tr("Open Article"), "", self.window.open_file_filters()
        )
        dialog.setObjectName("open_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._on_files_selected)
        dialog.open()
        return dialog

    def _on_files_selected(self, files: list[str]) -> None:
        for path in files:
            self.window.open_file(path)

    def _on_recent_about_to_show(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {path}")
            action.triggered.connect(lambda _checked=False, path=path: self.window.open_file(path))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._on_clear_recent_triggered)

    def _on_clear_recent_triggered(self) -> None:
        self.settings.recent_files = []

    def _export(self) -> None:
        from desktop.gui import export_dialog  # loaded when first used, not at start-up

        tab = self.window.current_tab()
        if tab is not None:
            export_dialog.open_export_dialog(
                self.window, tab.document, tab.translations, _summary_ids(tab)
            )

    def _print(self) -> None:
        from desktop.gui import printing  # loaded when first used, not at start-up

        tab = self.window.current_tab()
        if tab is not None:
            printing.print_document(
                self.window, tab.document, tab.translations, summary_ids=_summary_ids(tab)
            )

    # -- Edit -------------------------------------------------------------------------------------
    def _edit_menu(self, menu: QMenu) -> None:
        self._action(menu, self.tr("&Copy"), self._copy, QKeySequence.StandardKey.Copy)
        self.copy_translation_action = self._action(
            menu, self.tr("Copy &Translation"), self._copy_translation, "Ctrl+Shift+C"
        )
        self.copy_summary_action = self._action(menu, self.tr("Copy &Summary"), self._copy_summary)

    def _copy(self) -> None:
        focused = self.window.focusWidget()
        copy = getattr(focused, "copy", None)
        if callable(copy):
            copy()

    def _copy_translation(self) -> None:
        from desktop.gui import clipboard  # loaded when first used, not at start-up

        tab = self.window.current_tab()
        if tab is not None:
            message = clipboard.copy_translation(tab.document, tab.translations)
            self.window.statusBar().showMessage(message, 5000)

    def _copy_summary(self) -> None:
        from desktop.gui import clipboard  # loaded when first used, not at start-up

        tab = self.window.current_tab()
        if tab is not None:
            message = clipboard.copy_summary(
                tab.document, tab.translations, tab.summary_panel.summary_ids()
            )
            self.window.statusBar().showMessage(message, 5000)

    # -- View -------------------------------------------------------------------------------------
    def _view_menu(self, menu: QMenu) -> None:
        s = self.settings
        zoom_in = self._action(menu, self.tr("Zoom &In"), lambda: self.zoom(1))
        # Ctrl+= first: the standard Ctrl++ needs Shift on most keyboards.
        keys = [QKeySequence("Ctrl+=")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn):
            if key not in keys:
                keys.append(key)
        zoom_in.setShortcuts(keys)
        self._action(
            menu, self.tr("Zoom &Out"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self._action(menu, self.tr("&Reset Zoom"), lambda: self.zoom(0, reset=True), "Ctrl+0")
        menu.addSeparator()
        group = QActionGroup(self)
        self.side_action = self._action(
            menu,
            self.tr("&Side by Side"),
            lambda: self.set_layout("side"),
            checkable=True,
            checked=s.layout == "side",
        )
        self.stacked_action = self._action(
            menu,
            self.tr("S&tacked"),
            lambda: self.set_layout("stacked"),
            checkable=True,
            checked=s.layout == "stacked",
        )
        group.addAction(self.side_action)
        group.addAction(self.stacked_action)
        self.sync_action = self._action(
            menu,
            self.tr("S&ynchronized Scrolling"),
            self._on_sync_toggled,
            checkable=True,
            checked=s.sync_scroll,
        )
        self.summary_action = self._action(
            menu,
            self.tr("Show S&ummary"),
            self._on_summary_toggled,
            "F9",
            checkable=True,
            checked=s.show_summary,
        )
        menu.addSeparator()
        self.clean_action = self._action(
            menu,
            self.tr("&Clean Articles"),
            self._on_clean_toggled,
            checkable=True,
            checked=s.clean,
        )
        self.clean_action.setToolTip(
            self.tr("Leave out menus, captions and teasers when opening an article")
        )
        self.removed_action = self._action(
            menu,
            self.tr("Show &Removed Text"),
            self._on_removed_toggled,
            checkable=True,
            checked=s.show_removed,
        )
        menu.addSeparator()
        self._action(menu, self.tr("&Next Sentence"), lambda: self.step(1), "Alt+Down")
        self._action(menu, self.tr("&Previous Sentence"), lambda: self.step(-1), "Alt+Up")
        self._action(menu, self.tr("Switch &Pane"), self.switch_pane, "F6")
        menu.addSeparator()
        self._theme_menu(menu.addMenu(self.tr("T&heme")))
        self._language_menu(menu.addMenu(self.tr("Interface &Language")))
        self._action(menu, self.tr("Reading &Font…"), self._choose_font)

    def _choice_menu(
        self, menu: QMenu, choices: list[tuple[str, str]], current: str, pick: Callable[[str], None]
    ) -> None:
        group = QActionGroup(self)
        for value, label in choices:
            action = self._action(
                menu,
                label,
                functools.partial(pick, value),
                checkable=True,
                checked=value == current,
            )
            group.addAction(action)

    def _theme_menu(self, menu: QMenu) -> None:
        choices = [
            ("system", self.tr("&System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ]
        self._choice_menu(menu, choices, self.settings.theme, self._on_theme_picked)

    def _on_theme_picked(self, value: str) -> None:
        if value != self.settings.theme and value in ("system", "light", "dark"):
            self.settings.theme = cast_theme(value)

    def _language_menu(self, menu: QMenu) -> None:
        choices = [("system", self.tr("&System Language")), ("en", "&English"), ("ar", "&العربية")]
        self._choice_menu(menu, choices, self.settings.ui_language, self._on_language_picked)

    def _on_language_picked(self, value: str) -> None:
        if value != self.settings.ui_language and value in ("system", "en", "ar"):
            self.settings.ui_language = cast_language(value)
            self.window.statusBar().showMessage(
                self.tr("The interface language changes when Nashra starts again.")
            )

    def _choose_font(self) -> None:
        current = theme.reading_font(self.settings.font_family)
        theme.open_font_dialog(self.window, current, self._on_font_chosen)

    def _on_font_chosen(self, font: QFont) -> None:
        self.settings.font_family = font.family()
        for tab in self.window.document_tabs():
            tab.apply_preferences()
            tab.original.rerender()
            tab.translation.rerender()

    def zoom(self, step: int, *, reset: bool = False) -> None:
        self.settings.zoom = 0 if reset else self.settings.zoom + step
        for tab in self.window.document_tabs():
            tab.set_zoom(self.settings.zoom)

    def set_layout(self, layout: Layout) -> None:
        self.settings.layout = layout
        for tab in self.window.document_tabs():
            tab.set_layout(layout)

    def _on_sync_toggled(self) -> None:
        self.settings.sync_scroll = self.sync_action.isChecked()

    def _on_summary_toggled(self) -> None:
        self.settings.show_summary = self.summary_action.isChecked()
        for tab in self.window.document_tabs():
            tab.apply_preferences()

    def _on_clean_toggled(self) -> None:
        self.settings.clean = self.clean_action.isChecked()
        for tab in self.window.document_tabs():
            tab.reload(self.settings.clean)

    def _on_removed_toggled(self) -> None:
        self.settings.show_removed = self.removed_action.isChecked()
        for tab in self.window.document_tabs():
            tab.set_show_removed(self.settings.show_removed)

    def step(self, step: int) -> None:
        tab = self.window.current_tab()
        if tab is not None:
            tab.step_sentence(step)

    def switch_pane(self) -> None:
        tab = self.window.current_tab()
        if tab is not None:
            target = tab.translation if tab.original.hasFocus() else tab.original
            target.setFocus()

    # -- Translation ------------------------------------------------------------------------------
    def _translation_menu(self, menu: QMenu) -> None:
        self.translate_action = self._action(menu, self.tr("&Translate"), self._translate, "Ctrl+T")
        self.cancel_action = self._action(
            menu, self.tr("&Cancel Translation"), self.window.cancel_translation, "Esc"
        )
        self.auto_action = self._action(
            menu,
            self.tr("Translate &Automatically"),
            self._on_auto_toggled,
            checkable=True,
            checked=self.settings.auto_translate,
        )
        menu.addSeparator()
        self._action(menu, self.tr("&Language Packs…"), self._open_packs)

    def _translate(self) -> None:
        tab = self.window.current_tab()
        if tab is not None:
            tab.start_translation()

    def _on_auto_toggled(self) -> None:
        self.settings.auto_translate = self.auto_action.isChecked()

    def _open_packs(self) -> None:
        from desktop.gui import pack_dialog  # loaded when first used, not at start-up

        pack_dialog.open_pack_dialog(self.window)

    def _on_packs_changed(self) -> None:
        shared_pool().forget()

    # -- Help -------------------------------------------------------------------------------------
    def _help_menu(self, menu: QMenu) -> None:
        self._action(menu, self.tr("Open &Log Folder"), error_dialog.open_log_folder)
        self._action(menu, self.tr("&About Nashra"), self._about)

    def _about(self) -> None:
        from desktop.gui import about_dialog  # loaded when first used, not at start-up

        about_dialog.open_about_dialog(self.window)

    # -- state ------------------------------------------------------------------------------------
    def update_for_tab(self, tab: DocumentTab | None) -> None:
        has_tab = tab is not None
        for action in (
            self.export_action,
            self.print_action,
            self.translate_action,
            self.copy_translation_action,
            self.copy_summary_action,
        ):
            action.setEnabled(has_tab)
        self.cancel_action.setEnabled(tab is not None and tab.translating)


def _summary_ids(tab: DocumentTab) -> list[int] | None:
    """The ids of the summary shown in the tab (None before it is computed)."""
    ids = tab.summary_panel.summary_ids()
    return ids or None


def cast_theme(value: str) -> Theme:
    return "dark" if value == "dark" else "light" if value == "light" else "system"


def cast_language(value: str) -> UiLanguage:
    return "ar" if value == "ar" else "en" if value == "en" else "system"
