"""One open document: the original and its translation side by side, and the summary.

The tab owns the document and its translation runner, which owns the translations; the panes and
the summary ask the runner for them. It follows the settings it shows by itself (zoom, layout,
reading font, confidence threshold, summary shown, cleaning, removed text), so the menus only
change settings. It tells the main window what happens through signals (progress, state, errors,
status messages); what the menus ask of one document (translate, export, print, copy) are its
methods.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.core.document import Document
from desktop.core.translation.document_translation import target_language
from desktop.core.translation.order import TranslationOrder
from desktop.gui.reading.document_notices import NoticeStrip, unsupported_language_notice
from desktop.gui.reading.first_paint import after_first_paint
from desktop.gui.reading.outline import Outline
from desktop.gui.reading.sentence_view import SentenceView
from desktop.gui.reading.tab_layout import TabLayout
from desktop.gui.reading.translation_pane import TranslationPane
from desktop.gui.reading.translation_runner import TranslationRunner, Translations
from desktop.gui.reading.translation_state import TranslationState
from desktop.gui.settings import (
    AUTO_TRANSLATE,
    CLEAN,
    CONFIDENCE_THRESHOLD,
    FONT_FAMILY,
    INDEX_URL,
    LAYOUT,
    MODEL_CHOICES,
    SHOW_OUTLINE,
    SHOW_REMOVED,
    SHOW_SUMMARY,
    SUMMARY_POSITION,
    SYNC_SCROLL,
    ZOOM,
    Option,
    Settings,
)
from desktop.gui.workers import TaskSlot

if TYPE_CHECKING:  # the banner (and the pack machinery) loads when a pack is found missing
    from desktop.gui.packs.banner import MissingPackBanner
    from desktop.gui.reading.summary_panel import SummaryPanel

log = logging.getLogger(__name__)

Loader = Callable[[bool], Document]  # clean -> document: opens the source again


VIEW_SETTLE_MS = 120  # a scroll that rests this long tells the translation what is in view
VIEW_BEYOND = 1.0  # and this many screens below it


class DocumentTab(QWidget):
    """A document with its translation and summary.

    Summary and translation start once the article has been painted (`start_when_painted`).

    Args:
        document: what to show.
        loader: opens the source again with cleaning on or off (`reload`); None for none.
        settings: the session's preferences; the tab follows the ones it shows.
    """

    translation_progress = Signal(int, int)  # done, total
    state_changed = Signal(object)  # a TranslationState
    error_occurred = Signal(str, str)  # title, message
    title_changed = Signal(str)
    message = Signal(str)  # a status message (what a copy did)
    summary_changed = Signal(list)  # the ids of a new summary (the panel's, passed on)
    exported = Signal(str)  # the path an export of the document was written to

    def __init__(
        self,
        document: Document,
        loader: Loader | None,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.loader = loader
        self.document = document
        self.state = TranslationState.IDLE
        self.work_started = False  # set by start_work()
        self.banner: MissingPackBanner | None = None
        self._reload = TaskSlot(self)
        self._summary_import = TaskSlot(self)
        self._syncing = False
        # What the reader looks at goes to the engine first (in view, then the summary's).
        self.order = TranslationOrder()
        self._view_moved = QTimer(self)
        self._view_moved.setSingleShot(True)
        self._view_moved.setInterval(VIEW_SETTLE_MS)
        self._view_moved.timeout.connect(self.update_translation_order)

        self.runner = TranslationRunner(self)
        self.original = SentenceView(self.tr("Original text"), self)
        self.original.setObjectName("original_view")
        self.translation = SentenceView(self.tr("Translation"), self)
        self.translation.setObjectName("translation_view")
        self.translation.translations = self._translations
        self.translation_pane = TranslationPane(self.translation, self)
        self.outline = Outline(self._translations, self)
        self.outline.heading_clicked.connect(self.go_to)
        # The summary panel is built after the article's first paint (see `summary_panel`);
        # until then the layout holds its place, so the panes do not move when it comes.
        self._summary_panel: SummaryPanel | None = None
        self.tab_layout = TabLayout(
            self.original, self.translation_pane, self.outline, settings, self
        )
        self.reading_splitter = self.tab_layout.reading_splitter
        self.outer_splitter = self.tab_layout.outer_splitter
        self.notices = NoticeStrip(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notices)
        layout.addWidget(self.tab_layout, 1)

        self.runner.progress.connect(self._on_runner_progress)
        self.runner.finished.connect(self._on_runner_finished)
        self.runner.cancelled.connect(self._on_runner_cancelled)
        self.runner.missing_pack.connect(self.show_missing_pack)
        self.runner.unsupported_language.connect(self.show_unsupported_language)
        self.runner.failed.connect(self._on_runner_failed)
        for view, other in ((self.original, self.translation), (self.translation, self.original)):
            view.setAcceptDrops(False)  # drops go to the main window, which opens them
            view.sentence_hovered.connect(other.set_hovered_id)
            view.sentence_clicked.connect(self.select_sentence)
            view.verticalScrollBar().valueChanged.connect(self._scroll_sync(view, other))
        self.original.verticalScrollBar().valueChanged.connect(self._view_moved.start)
        settings.changed.connect(self._on_setting_changed)

        self._apply_view_settings()
        # The owner connects its slots, shows the tab, then calls start_when_painted().
        self.set_document(document, translate=False, summarize=False)

    # -- document ---------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        if self.document.title:
            return self.document.title
        if self.document.source.startswith("<"):
            return self.tr("Pasted text")
        return Path(self.document.source).name

    @property
    def summary_panel(self) -> SummaryPanel:
        """The summary beside the article, built by `start_work` (or on first use)."""
        if self._summary_panel is None:
            self._summary_panel = self._build_summary_panel()
        return self._summary_panel

    def _build_summary_panel(self) -> SummaryPanel:
        from desktop.gui.reading.summary_panel import SummaryPanel

        panel = SummaryPanel(self.settings, self._translations, self)
        panel.sentence_clicked.connect(self.select_sentence)
        panel.highlight_changed.connect(self._on_summary_highlight_changed)
        panel.summary_changed.connect(self.summary_changed)
        panel.set_document(self.document, summarize=False)
        panel.set_translation_state(self.state)
        self.tab_layout.set_summary(panel)
        return panel

    @property
    def translations(self) -> Translations:
        """The document's translations so far (the runner's; do not modify)."""
        return self.runner.translations

    def _translations(self) -> Translations:
        return self.runner.translations

    @property
    def to_code(self) -> str:
        return target_language(self.document)

    def summary_ids(self) -> list[int]:
        """The ids of the summary shown (empty before it is made)."""
        return self._summary_panel.summary_ids() if self._summary_panel is not None else []

    def set_document(
        self, document: Document, *, translate: bool = True, summarize: bool = True
    ) -> None:
        """Show `document`; summarise it if `summarize`, and translate it if `translate` and the
        preferences say so."""
        self.runner.clear()
        self.document = document
        self.sentence_count = len(document.sentences())
        self.notices.show_notices(document.notices)
        self.outline.set_document(document)
        self.tab_layout.apply_settings()  # the outline shows when there is one
        self.original.show_original(document, show_removed=self.settings[SHOW_REMOVED])
        self.translation.show_translation(document, self.to_code)
        if summarize:
            self.summary_panel.set_document(document)
        elif self._summary_panel is not None:
            self._summary_panel.set_document(document, summarize=False)
        self.title_changed.emit(self.title)
        self._set_state(TranslationState.IDLE)
        if translate:
            self.translate_if_wanted()

    def start_when_painted(self) -> None:
        """Call `start_work` once the article is on screen (the tab must be shown by then)."""
        after_first_paint(self.original.viewport(), self.start_work)

    def start_work(self) -> None:
        """Summarise the document and translate it if wanted, once the article is on screen (so
        that the workers' imports and model loading do not hold up its first paint). Only the
        first call does anything, and a translation the user started meanwhile is not started
        again."""
        if self.work_started:
            return
        self.work_started = True
        # The summary panel's module (and the core's summary package) is imported on a worker:
        # on the GUI thread its imports would hold up a window that is already showing text.
        self._summary_import.start(_import_summary_panel, self._on_summary_panel_importable)
        if self.state is TranslationState.IDLE:
            self.translate_if_wanted()

    def _on_summary_panel_importable(self, _result: object, _error: BaseException | None) -> None:
        self.summary_panel.recompute()  # an import error shows here, on the GUI thread

    def translate_if_wanted(self) -> None:
        """Start translating when "Translate Automatically" is on."""
        if self.settings[AUTO_TRANSLATE]:
            self.start_translation()

    def reload(self, clean: bool) -> None:
        """Open the source again with cleaning on or off, on a worker."""
        if self.loader is None:
            return
        loader = self.loader
        self._reload.start(lambda: loader(clean), self._on_reload_done)

    def _on_reload_done(self, result: object, error: BaseException | None) -> None:
        if error is not None:
            self.error_occurred.emit(self.tr("Cannot open the article again"), str(error))
            return
        assert isinstance(result, Document)
        self.set_document(result)

    # -- translation ------------------------------------------------------------------------------
    def start_translation(self) -> None:
        self.hide_notice()
        self.runner.clear()
        self.translation.reset_translations()
        self._set_state(TranslationState.RUNNING)  # the summary draws: nothing translated yet
        self.update_translation_order()
        self.runner.start(self.document, order=self.order, model_id=self._chosen_model())

    def _model_option(self) -> Option[str] | None:
        """The setting that chooses the model for this document's direction."""
        return MODEL_CHOICES.get((self.document.language, self.to_code))

    def _chosen_model(self) -> str | None:
        """The model the settings choose for this document's direction (None: the best)."""
        option = self._model_option()
        return (self.settings[option] or None) if option is not None else None

    def cancel_translation(self) -> None:
        self.runner.cancel()

    def update_translation_order(self) -> None:
        """Tell the running translation what is in view (and a screen below), then the
        summary's sentences: those go to the engine next."""
        in_view = self.original.visible_sentence_ids(beyond=VIEW_BEYOND)
        self.order.prefer(in_view, self.summary_ids())

    @property
    def translating(self) -> bool:
        return self.runner.running

    def shutdown(self) -> None:
        """The tab is closing: stop the work it started (results are no longer wanted)."""
        self.runner.drop()
        self._reload.drop()
        self.save_splitters()

    def _set_state(self, state: TranslationState) -> None:
        self.state = state
        if self._summary_panel is not None:
            self._summary_panel.set_translation_state(state)
        self.state_changed.emit(state)

    def _on_runner_progress(self, done: int, total: int, new: Translations) -> None:
        self.translation.update_translations(new)
        if self._summary_panel is not None:
            self._summary_panel.translations_changed(new)
        self.outline.translations_changed(new)
        self.translation_progress.emit(done, total)

    def _on_runner_finished(self) -> None:
        # Progress brought every sentence already; show any it did not (none, ordinarily).
        pending = self.translation.text.pending
        missing = {i: t for i, t in self.runner.translations.items() if i in pending}
        if missing:
            self.translation.update_translations(missing)
        self._set_state(TranslationState.FINISHED)

    def _on_runner_cancelled(self) -> None:
        self._set_state(TranslationState.CANCELLED)

    def _on_runner_failed(self, message: str) -> None:
        self._set_state(TranslationState.FAILED)
        self.error_occurred.emit(self.tr("The translation failed"), message)

    def show_missing_pack(self, from_code: str, to_code: str) -> None:
        """In place of the translation: what is missing, and the buttons to get it."""
        from desktop.gui.packs.banner import MissingPackBanner

        self._set_state(TranslationState.MISSING_PACK)
        self.banner = MissingPackBanner(
            from_code, to_code, self.translation_pane, index_url=self.settings[INDEX_URL] or None
        )
        self.banner.pack_installed.connect(self._on_banner_pack_installed)
        self.translation_pane.show_notice(self.banner)

    def show_unsupported_language(self, language: str) -> None:
        """In place of the translation: the language no model translates (nothing to get)."""
        self._set_state(TranslationState.UNSUPPORTED_LANGUAGE)
        self.translation_pane.show_notice(
            unsupported_language_notice(language, self.translation_pane)
        )

    def hide_notice(self) -> None:
        """The translation pane again, instead of a missing-pack or unsupported-language notice."""
        if self.banner is not None or self.translation_pane.notice is not None:
            self.banner = None
            self.translation_pane.show_view()

    def _on_banner_pack_installed(self, _from_code: str, _to_code: str) -> None:
        self.start_translation()  # the engine pool forgot its engines when the pack came

    # -- what the menus ask of the document -------------------------------------------------------
    def export(self) -> None:
        """File ▸ Export…: the export dialog for this document."""
        from desktop.gui.export.dialog import open_export_dialog  # loaded when first used

        dialog = open_export_dialog(
            self.window(), self.settings, self.document, self.translations, self.summary_ids()
        )
        dialog.exported.connect(self.exported)

    def print_document(self) -> None:
        """File ▸ Print…"""
        from desktop.gui.export.printing import print_document  # loaded when first used

        ids = self.summary_ids() or None
        print_document(self.window(), self.document, self.translations, summary_ids=ids)

    def copy_translation(self) -> None:
        from desktop.gui.export import clipboard  # loaded when first used

        self.message.emit(clipboard.copy_translation(self.document, self.translations))

    def copy_summary(self) -> None:
        from desktop.gui.export import clipboard  # loaded when first used

        ids = self.summary_ids()
        self.message.emit(clipboard.copy_summary(self.document, self.translations, ids))

    # -- alignment --------------------------------------------------------------------------------
    def select_sentence(self, sentence_id: int) -> None:
        """Make `sentence_id` current in both panes and bring it into view in both."""
        for view in (self.original, self.translation):
            view.highlight(sentence_id)
            view.scroll_to(sentence_id)

    def go_to(self, sentence_id: int) -> None:
        """Bring a sentence (an outline's heading) to the top of both panes, and mark it."""
        for view in (self.original, self.translation):
            view.highlight(sentence_id)
            view.scroll_to_top_sentence(sentence_id, 0.0)

    def step_sentence(self, step: int) -> None:
        """Move the current sentence forwards (1) or backwards (-1) in reading order."""
        ids = self.original.sentence_ids()
        if not ids:
            return
        current = self.original.highlighted_id
        if current is None or current not in ids:
            index = 0 if step > 0 else len(ids) - 1
        else:
            index = max(0, min(len(ids) - 1, ids.index(current) + step))
        self.select_sentence(ids[index])

    def switch_pane(self) -> None:
        """Move the keyboard focus to the other reading pane."""
        target = self.translation if self.original.hasFocus() else self.original
        target.setFocus()

    def _scroll_sync(self, view: SentenceView, other: SentenceView) -> Callable[[int], None]:
        def follow(_value: int) -> None:
            if self._syncing or not self.settings[SYNC_SCROLL]:
                return
            self._syncing = True
            try:
                bar = view.verticalScrollBar()
                if bar.value() >= bar.maximum() > 0:
                    other.verticalScrollBar().setValue(other.verticalScrollBar().maximum())
                elif (top := view.top_sentence()) is not None:
                    other.scroll_to_top_sentence(*top)
            finally:
                self._syncing = False

        return follow

    def _on_summary_highlight_changed(self, ids: list[int]) -> None:
        self.original.set_summary_ids(ids)
        self.translation.set_summary_ids(ids)
        self.update_translation_order()

    # -- the settings the tab shows ---------------------------------------------------------------
    def _on_setting_changed(self, key: str) -> None:
        option = self._model_option()
        if option is not None and key == option.key:
            if self.state in (TranslationState.RUNNING, TranslationState.FINISHED):
                self.start_translation()  # the article in the newly chosen model
            return
        if key in (ZOOM.key, LAYOUT.key, SHOW_SUMMARY.key, SUMMARY_POSITION.key, SHOW_OUTLINE.key):
            self._apply_view_settings()
        elif key in (FONT_FAMILY.key, CONFIDENCE_THRESHOLD.key):
            self._apply_view_settings()
            for view in (self.original, self.translation):
                view.rerender()
        elif key == SHOW_REMOVED.key:
            self.original.show_original(self.document, show_removed=self.settings[SHOW_REMOVED])
        elif key == CLEAN.key:
            self.reload(self.settings[CLEAN])

    def _apply_view_settings(self) -> None:
        """Layout, zoom, fonts, thresholds and the summary's place from the settings."""
        self.tab_layout.apply_settings()
        family = self.settings[FONT_FAMILY]
        for view in (self.original, self.translation):
            if family:
                view.arabic_family = family
            view.confidence_threshold = self.settings[CONFIDENCE_THRESHOLD]
            view.set_zoom(self.settings[ZOOM])

    def save_splitters(self) -> None:
        self.tab_layout.save()


def _import_summary_panel() -> None:
    importlib.import_module("desktop.gui.reading.summary_panel")
