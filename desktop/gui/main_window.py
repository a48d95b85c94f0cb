"""The main window: tabs of documents, the menus and the status bar; it only assembles.

Opening (File ▸ Open, recent files, drag and drop, paste, `nashra FILE`) loads on a worker and
adds a DocumentTab; everything a document does happens inside its tab, and the status bar shows
the current tab's state.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from desktop.core.document import Document
from desktop.core.loading import SUPPORTED_EXTENSIONS
from desktop.core.pipeline import document_from_text, open_document
from desktop.gui import message_box, workers
from desktop.gui.bidi import elide, isolate
from desktop.gui.menus import MainMenus
from desktop.gui.reading.document_tab import DocumentTab
from desktop.gui.reading.status_progress import StatusProgress
from desktop.gui.reading.translation_state import TranslationState
from desktop.gui.settings import AUTO_TRANSLATE, CLEAN, UI_LANGUAGE, Settings

log = logging.getLogger(__name__)

TAB_TITLE_LENGTH = 40  # characters of a document's title its tab shows
FIRST_WINDOW_SHARE = 0.8  # of the screen, each way, before the user has sized the window


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class MainWindow(QMainWindow):
    """Signals: document_opened(tab) after a document is shown in a new tab."""

    document_opened = Signal(object)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Nashra"))
        self.setAcceptDrops(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("document_tabs")
        self.tabs.setAccessibleName(self.tr("Open documents"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._on_current_changed)
        self.welcome = QLabel(
            self.tr(
                "Open an article with File ▸ Open (Ctrl+O), drop a file here, "
                "or paste text as a new document (Ctrl+Shift+V)."
            ),
            self,
        )
        self.welcome.setObjectName("welcome")
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.progress = StatusProgress(self)
        self.statusBar().addPermanentWidget(self.progress)
        self.progress.cancel_requested.connect(self.cancel_translation)
        self.menus = MainMenus(self)
        self.settings.changed.connect(self._on_setting_changed)
        self.statusBar().showMessage(self.tr("Open an article to start reading."))
        self._restore_window()
        app = QCoreApplication.instance()
        if app is not None:  # app.quit() without closing the window must not leave threads
            app.aboutToQuit.connect(self._on_about_to_quit)

    # -- tabs -------------------------------------------------------------------------------------
    def current_tab(self) -> DocumentTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DocumentTab) else None

    def document_tabs(self) -> list[DocumentTab]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [tab for tab in tabs if isinstance(tab, DocumentTab)]

    def add_document(
        self, document: Document, loader: Callable[[bool], Document] | None
    ) -> DocumentTab:
        tab = DocumentTab(document, loader, self.settings, self.tabs)
        tab.state_changed.connect(lambda _state, tab=tab: self._on_tab_state_changed(tab))
        tab.translation_progress.connect(lambda *_args, tab=tab: self._on_tab_state_changed(tab))
        tab.error_occurred.connect(self.show_error)
        tab.title_changed.connect(lambda title, tab=tab: self._on_tab_title_changed(tab, title))
        tab.message.connect(self._on_tab_message)
        tab.exported.connect(self._on_exported)
        index = self.tabs.addTab(tab, isolate(elide(tab.title, TAB_TITLE_LENGTH)))
        self.tabs.setTabToolTip(index, isolate(document.source))
        self.tabs.setCurrentIndex(index)
        self.stack.setCurrentWidget(self.tabs)
        self.document_opened.emit(tab)
        self._on_tab_state_changed(tab)
        tab.start_when_painted()
        return tab

    def close_tab(self, index: int) -> None:
        """Close a tab; a translation running in it is cancelled."""
        tab = self.tabs.widget(index)
        if isinstance(tab, DocumentTab):
            tab.shutdown()
        self.tabs.removeTab(index)
        if tab is not None:
            tab.deleteLater()
        if self.tabs.count() == 0:
            self.stack.setCurrentWidget(self.welcome)
            self.setWindowTitle(self.tr("Nashra"))
            self.progress.show_idle()

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def _on_current_changed(self, _index: int) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        self._show_title(tab.title)
        self._on_tab_state_changed(tab)
        self.menus.update_for_tab(tab)

    def _on_tab_title_changed(self, tab: DocumentTab, title: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, isolate(elide(title, TAB_TITLE_LENGTH)))
        if tab is self.current_tab():
            self._show_title(title)

    def _show_title(self, title: str) -> None:
        """The window's title: the document's, in its own direction, then the app's name."""
        self.setWindowTitle(self.tr("%1 — Nashra").replace("%1", isolate(title)))

    def _on_tab_state_changed(self, tab: DocumentTab) -> None:
        if tab is not self.current_tab():
            return
        self.progress.show_tab(tab)
        self.menus.update_for_tab(tab)
        counts = (
            self.tr("%1 paragraphs, %2 sentences")
            .replace("%1", str(len(tab.document.paragraphs)))
            .replace("%2", str(tab.sentence_count))
        )
        waiting = not tab.work_started and self.settings[AUTO_TRANSLATE]
        messages = {
            TranslationState.IDLE: self.tr("Preparing the translation…")
            if waiting
            else self.tr("Translation is off: Translation ▸ Translate (Ctrl+T)."),
            TranslationState.RUNNING: self.tr("Translating…"),
            TranslationState.FINISHED: self.tr("Translated."),
            TranslationState.CANCELLED: self.tr("Translation cancelled."),
            TranslationState.MISSING_PACK: self.tr("No language pack for this article."),
            TranslationState.UNSUPPORTED_LANGUAGE: self.tr("No model translates this language."),
            TranslationState.FAILED: self.tr("The translation failed."),
        }
        self.statusBar().showMessage(f"{counts} — {messages[tab.state]}")

    def cancel_translation(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.cancel_translation()

    def _on_tab_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _on_exported(self, path: str) -> None:
        """Say where an export went, with a button that opens its folder."""
        from desktop.gui.export.notice import ExportNotice  # loaded with the first export

        for old in self.statusBar().findChildren(ExportNotice):
            old.dismiss()
        notice = ExportNotice(path, self.statusBar())
        self.statusBar().addPermanentWidget(notice)
        notice.show()

    def _on_setting_changed(self, key: str) -> None:
        if key == UI_LANGUAGE.key:
            self.statusBar().showMessage(
                self.tr("The interface language changes when Nashra starts again.")
            )

    # -- opening ----------------------------------------------------------------------------------
    def open_dialog(self) -> QFileDialog:
        """File ▸ Open…: a non-modal chooser with a filter per format."""
        dialog = QFileDialog(self, self.tr("Open Article"), "", self.open_file_filters())
        dialog.setObjectName("open_dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(self._on_files_selected)
        dialog.open()
        return dialog

    def _on_files_selected(self, files: list[str]) -> None:
        for path in files:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        """Open `path` in a new tab (on a worker); a bad file gets a message, nothing else."""
        for tab in self.document_tabs():
            if _same_file(tab.document.source, path):
                self.tabs.setCurrentWidget(tab)
                return
        clean = self.settings[CLEAN]

        def load(clean: bool) -> Document:
            return open_document(path, clean=clean)

        self._load(lambda: load(clean), load, path)

    def open_text(self, text: str) -> None:
        """A new document from pasted or dropped text."""
        if not text.strip():
            self.show_error(self.tr("Nothing to paste"), self.tr("The clipboard holds no text."))
            return

        def load(clean: bool) -> Document:
            return document_from_text(text, clean=clean)

        clean = self.settings[CLEAN]
        self._load(lambda: load(clean), load, None)

    def paste_as_new_document(self) -> None:
        clipboard = QGuiApplication.clipboard()
        self.open_text(clipboard.text() if clipboard is not None else "")

    def _load(
        self,
        first: Callable[[], Document],
        loader: Callable[[bool], Document],
        path: str | None,
    ) -> None:
        name = Path(path).name if path else self.tr("pasted text")
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", isolate(name)))

        def done(result: object, error: BaseException | None) -> None:
            if error is not None:
                log.info("could not open %s: %s", path or "pasted text", error)
                self.statusBar().showMessage(
                    self.tr("%1 could not be opened.").replace("%1", isolate(name))
                )
                self.show_error(self.tr("Cannot open the article"), str(error))
                return
            assert isinstance(result, Document)
            if path is not None:
                self.settings.add_recent_file(str(Path(path).resolve()), result.title or "")
            self.add_document(result, loader)

        workers.run_task(first, done, context=self)

    def open_file_filters(self) -> str:
        """Filters for File ▸ Open: all articles, then one per format, then all files."""
        by_format: dict[str, list[str]] = {}
        for extension, kind in SUPPORTED_EXTENSIONS.items():
            by_format.setdefault(kind, []).append(f"*{extension}")
        names = {
            "text": self.tr("Plain text"),
            "html": self.tr("Web pages"),
            "markdown": self.tr("Markdown"),
            "docx": self.tr("Word documents"),
            "odt": self.tr("OpenDocument text"),
            "epub": self.tr("EPUB books"),
            "pdf": self.tr("PDF documents"),
            "subtitles": self.tr("Subtitles"),
        }
        every = " ".join(p for patterns in by_format.values() for p in patterns)
        filters = [self.tr("All articles (%1)").replace("%1", every)]
        for kind, patterns in by_format.items():
            filters.append(f"{names.get(kind, kind)} ({' '.join(patterns)})")
        filters.append(self.tr("All files (*)"))
        return ";;".join(filters)

    # -- drag and drop ----------------------------------------------------------------------------
    @staticmethod
    def _dropped_files(mime: QMimeData) -> list[str]:
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self._dropped_files(mime) or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        files = self._dropped_files(mime)
        for path in files:
            self.open_file(path)
        if not files and mime.hasText():
            self.open_text(mime.text())
        event.acceptProposedAction()

    # -- messages ---------------------------------------------------------------------------------
    def show_error(self, title: str, message: str) -> QMessageBox:
        """A window-modal message that does not block the event loop (workers keep streaming)."""
        # The core words its reasons in English: keep them (a path among them) in their order.
        return message_box.show_message(self, isolate(message), title=title, name="error_message")

    # -- window state -----------------------------------------------------------------------------
    def _restore_window(self) -> None:
        """The size and place the window had when Nashra last closed; the first time, most of the
        screen, centred."""
        geometry = self.settings.window_state("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        state = self.settings.window_state("window")
        if state is not None:
            self.restoreState(state)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 760)
            return
        area = screen.availableGeometry()
        width = round(area.width() * FIRST_WINDOW_SHARE)
        height = round(area.height() * FIRST_WINDOW_SHARE)
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)

    def save_window(self) -> None:
        self.settings.set_window_state("geometry", self.saveGeometry())
        self.settings.set_window_state("window", self.saveState())
        tab = self.current_tab()
        if tab is not None:
            tab.save_splitters()

    def stop_work(self) -> None:
        """Cancel every translation and wait for the workers to return."""
        for tab in self.document_tabs():
            tab.shutdown()
        workers.cancel_all()
        if not workers.wait_for_all(15_000):
            log.warning("background work still running at exit")

    def _on_about_to_quit(self) -> None:
        self.stop_work()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the layout and stop the background work."""
        self.save_window()
        self.stop_work()
        super().closeEvent(event)
