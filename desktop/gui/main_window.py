"""The main window: assembles the panes and the menus, nothing else."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QWidget

from desktop.core.errors import NashraError
from desktop.core.loading import SUPPORTED_EXTENSIONS
from desktop.core.pipeline import open_document
from desktop.gui.article_view import ArticleView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nashra"))
        self.resize(1100, 720)
        self.original = ArticleView(self)
        self.translation = QLabel(self.tr("Translation will appear here."), self)
        self.translation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.translation.setAccessibleName(self.tr("Translation"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.original)
        splitter.addWidget(self.translation)
        self.setCentralWidget(splitter)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Open an article to start reading."))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._on_open_triggered)
        file_menu.addAction(open_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _on_open_triggered(self) -> None:
        patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open article"), "", self.tr("Articles ({0})").replace("{0}", patterns)
        )
        if path:
            self.open_file(path)

    def _show_error(self, title: str, message: str) -> None:
        """A window-modal message that does not block the event loop (workers keep streaming)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("error_message")
        box.open()

    def open_file(self, path: str) -> bool:
        """Show the article in `path`; a bad file gets a message and the window stays usable."""
        try:
            document = open_document(path)
        except NashraError as error:
            log.info("could not open %s: %s", path, error.reason)
            self._show_error(self.tr("Cannot open the article"), str(error))
            return False
        self.original.show_document(document)
        title = document.title or Path(path).name
        self.setWindowTitle(self.tr("{0} — Nashra").replace("{0}", title))
        count = len(document.sentences())
        self.statusBar().showMessage(
            self.tr("{0} paragraphs, {1} sentences")
            .replace("{0}", str(len(document.paragraphs)))
            .replace("{1}", str(count))
        )
        return True
