"""The main window's menu bar: it declares the actions and connects them, nothing more.

An action either changes a setting (zoom, layout, theme, cleaning… — the tabs and the theme follow
`Settings.changed` themselves, and checkable entries follow it back), asks the current tab to do
something (`DocumentTab` methods: translate, export, copy…), or opens a window-wide dialog (open,
language packs, about). Dialogs load when first used, not at start-up.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.gui import error_dialog, theme
from desktop.gui.bidi import isolate, left_to_right
from desktop.gui.reading.document_tab import DocumentTab
from desktop.gui.settings import (
    AUTO_TRANSLATE,
    CLEAN,
    FONT_FAMILY,
    LAYOUT,
    RECENT_FILES,
    SHOW_OUTLINE,
    SHOW_REMOVED,
    SHOW_SUMMARY,
    SUMMARY_POSITION,
    SYNC_SCROLL,
    THEME,
    UI_LANGUAGE,
    ZOOM,
    Layout,
    Option,
    Settings,
    SummaryPosition,
    Theme,
    UiLanguage,
)

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

T = TypeVar("T")
Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class MainMenus(QObject):
    """Builds the menu bar of `window`; `update_for_tab` enables what needs a document."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings: Settings = window.settings
        self._followers: dict[str, list[Callable[[], None]]] = {}
        bar = window.menuBar()
        self._file_menu(bar.addMenu(self.tr("&File")))
        self._edit_menu(bar.addMenu(self.tr("&Edit")))
        self._view_menu(bar.addMenu(self.tr("&View")))
        self._translation_menu(bar.addMenu(self.tr("&Translation")))
        self._help_menu(bar.addMenu(self.tr("&Help")))
        self.settings.changed.connect(self._on_setting_changed)

    # -- kinds of actions -------------------------------------------------------------------------
    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: Shortcut = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _tab_action(
        self,
        menu: QMenu,
        text: str,
        method: Callable[[DocumentTab], object],
        shortcut: Shortcut = None,
    ) -> QAction:
        """An action that asks the current tab (if any) to do something."""

        def on_current_tab() -> None:
            tab = self.window.current_tab()
            if tab is not None:
                method(tab)

        return self._action(menu, text, on_current_tab, shortcut)

    def _toggle(
        self, menu: QMenu, text: str, option: Option[bool], shortcut: Shortcut = None
    ) -> QAction:
        """A checkable action that is the setting `option`, both ways."""
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(True)
        action.setChecked(self.settings[option])
        action.toggled.connect(lambda on: self._store(option, on))
        self._follow(option, lambda: action.setChecked(self.settings[option]))
        menu.addAction(action)
        return action

    def _choices(self, menu: QMenu, option: Option[T], choices: list[tuple[T, str]]) -> None:
        """Radio actions, one per value of the setting `option`."""
        group = QActionGroup(self)
        actions: list[tuple[T, QAction]] = []
        for value, label in choices:
            action = QAction(label, self.window)
            action.setCheckable(True)
            action.setChecked(self.settings[option] == value)
            action.toggled.connect(functools.partial(self._on_choice_toggled, option, value))
            group.addAction(action)
            menu.addAction(action)
            actions.append((value, action))

        def follow() -> None:
            for value, action in actions:
                action.setChecked(self.settings[option] == value)

        self._follow(option, follow)

    def _on_choice_toggled(self, option: Option[T], value: T, checked: bool) -> None:
        if checked:
            self._store(option, value)

    def _store(self, option: Option[T], value: T) -> None:
        if self.settings[option] != value:
            self.settings[option] = value

    def _follow(self, option: Option[T], update: Callable[[], None]) -> None:
        self._followers.setdefault(option.key, []).append(update)

    def _on_setting_changed(self, key: str) -> None:
        for update in self._followers.get(key, ()):
            update()

    # -- File -------------------------------------------------------------------------------------
    def _file_menu(self, menu: QMenu) -> None:
        w = self.window
        self._action(menu, self.tr("&Open…"), w.open_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._on_recent_about_to_show)
        self._action(
            menu, self.tr("&Paste as New Document"), w.paste_as_new_document, "Ctrl+Shift+V"
        )
        menu.addSeparator()
        self.export_action = self._tab_action(
            menu, self.tr("&Export…"), DocumentTab.export, "Ctrl+E"
        )
        self.print_action = self._tab_action(
            menu, self.tr("&Print…"), DocumentTab.print_document, QKeySequence.StandardKey.Print
        )
        menu.addSeparator()
        self._action(
            menu, self.tr("&Close Tab"), w.close_current_tab, QKeySequence.StandardKey.Close
        )
        self._action(menu, self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)

    def _on_recent_about_to_show(self) -> None:
        self.recent_menu.clear()
        recent = self.settings[RECENT_FILES]
        for number, path in enumerate(recent, start=1):
            name = Path(path).name
            title = self.settings.recent_title(path) or name
            label = isolate(title) if title == name else f"{isolate(title)} ({isolate(name)})"
            action = self.recent_menu.addAction(f"&{number % 10} {label.replace('&', '&&')}")
            action.setToolTip(left_to_right(path))
            action.setStatusTip(left_to_right(path))
            action.triggered.connect(lambda _checked=False, path=path: self.window.open_file(path))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear List"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self._on_clear_recent_triggered)

    def _on_clear_recent_triggered(self) -> None:
        self.settings[RECENT_FILES] = []

    # -- Edit -------------------------------------------------------------------------------------
    def _edit_menu(self, menu: QMenu) -> None:
        self._action(menu, self.tr("&Copy"), self._copy, QKeySequence.StandardKey.Copy)
        self.copy_translation_action = self._tab_action(
            menu, self.tr("Copy &Translation"), DocumentTab.copy_translation, "Ctrl+Shift+C"
        )
        self.copy_summary_action = self._tab_action(
            menu, self.tr("Copy &Summary"), DocumentTab.copy_summary
        )

    def _copy(self) -> None:
        """Edit ▸ Copy: whatever the focused widget copies (a selection in a pane)."""
        copy = getattr(self.window.focusWidget(), "copy", None)
        if callable(copy):
            copy()

    # -- View -------------------------------------------------------------------------------------
    def _view_menu(self, menu: QMenu) -> None:
        zoom_in = self._action(menu, self.tr("Zoom &In"), lambda: self._zoom(1))
        # Ctrl+= first: the standard Ctrl++ needs Shift on most keyboards.
        keys = [QKeySequence("Ctrl+=")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn):
            if key not in keys:
                keys.append(key)
        zoom_in.setShortcuts(keys)
        self._action(
            menu, self.tr("Zoom &Out"), lambda: self._zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self._action(menu, self.tr("&Reset Zoom"), lambda: self._store(ZOOM, 0), "Ctrl+0")
        menu.addSeparator()
        layouts: list[tuple[Layout, str]] = [
            ("side", self.tr("&Side by Side")),
            ("stacked", self.tr("S&tacked")),
        ]
        self._choices(menu, LAYOUT, layouts)
        self.sync_action = self._toggle(menu, self.tr("S&ynchronized Scrolling"), SYNC_SCROLL)
        self.outline_action = self._toggle(menu, self.tr("Show &Outline"), SHOW_OUTLINE, "F8")
        summary_menu = menu.addMenu(self.tr("S&ummary"))
        self.summary_action = self._toggle(
            summary_menu, self.tr("Show S&ummary"), SHOW_SUMMARY, "F9"
        )
        summary_menu.addSeparator()
        positions: list[tuple[SummaryPosition, str]] = [
            ("beside", self.tr("&Beside the Text")),
            ("below", self.tr("Be&low the Text")),
        ]
        self._choices(summary_menu, SUMMARY_POSITION, positions)
        menu.addSeparator()
        self.clean_action = self._toggle(menu, self.tr("&Clean Articles"), CLEAN)
        self.clean_action.setToolTip(
            self.tr("Leave out menus, captions and teasers when opening an article")
        )
        self.removed_action = self._toggle(menu, self.tr("Show &Removed Text"), SHOW_REMOVED)
        menu.addSeparator()
        self._tab_action(
            menu, self.tr("&Next Sentence"), lambda tab: tab.step_sentence(1), "Alt+Down"
        )
        self._tab_action(
            menu, self.tr("&Previous Sentence"), lambda tab: tab.step_sentence(-1), "Alt+Up"
        )
        self._tab_action(menu, self.tr("Switch &Pane"), DocumentTab.switch_pane, "F6")
        menu.addSeparator()
        themes: list[tuple[Theme, str]] = [
            ("system", self.tr("&System")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ]
        self._choices(menu.addMenu(self.tr("T&heme")), THEME, themes)
        languages: list[tuple[UiLanguage, str]] = [
            ("system", self.tr("&System Language")),
            ("en", "&English"),
            ("ar", "&العربية"),
        ]
        self._choices(menu.addMenu(self.tr("Interface &Language")), UI_LANGUAGE, languages)
        self._action(menu, self.tr("Reading &Font…"), self._choose_font)

    def _zoom(self, step: int) -> None:
        self._store(ZOOM, self.settings[ZOOM] + step)

    def _choose_font(self) -> None:
        current = theme.reading_font(self.settings[FONT_FAMILY])
        theme.open_font_dialog(self.window, current, self._on_font_chosen)

    def _on_font_chosen(self, font: QFont) -> None:
        self._store(FONT_FAMILY, font.family())

    # -- Translation ------------------------------------------------------------------------------
    def _translation_menu(self, menu: QMenu) -> None:
        self.translate_action = self._tab_action(
            menu, self.tr("&Translate"), DocumentTab.start_translation, "Ctrl+T"
        )
        self.cancel_action = self._tab_action(
            menu, self.tr("&Cancel Translation"), DocumentTab.cancel_translation, "Esc"
        )
        self.auto_action = self._toggle(menu, self.tr("Translate &Automatically"), AUTO_TRANSLATE)
        menu.addSeparator()
        from desktop.gui.packs.model_menu import ModelMenu

        self.model_menu = ModelMenu(self.settings, menu)
        menu.addMenu(self.model_menu)
        self._action(menu, self.tr("&Language Packs…"), self._open_packs)

    def _open_packs(self) -> None:
        from desktop.gui.packs.dialog import open_pack_dialog  # loaded when first used

        open_pack_dialog(self.window, self.settings)

    # -- Help -------------------------------------------------------------------------------------
    def _help_menu(self, menu: QMenu) -> None:
        self._action(menu, self.tr("Open &Log Folder"), error_dialog.open_log_folder)
        self._action(menu, self.tr("&About Nashra"), self._about)

    def _about(self) -> None:
        from desktop.gui.about_dialog import open_about_dialog  # loaded when first used

        open_about_dialog(self.window)

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
