"""The banner over the translation pane when no language pack translates the document's pair.

It says what is missing and how big the download is (from the index copy cached by an earlier
fetch: nothing is fetched until the user clicks Download), and does the download or the install
from a file itself, with progress and Cancel in the banner. The summary keeps working meanwhile.
`pack_installed` tells the tab it can translate now, also when the pack came from elsewhere (the
Language Packs dialog).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import packs
from desktop.gui.packs import tasks
from desktop.gui.packs.labels import format_size, pair_label
from desktop.gui.packs.signals import pack_signals
from desktop.gui.workers import Task


class MissingPackBanner(QFrame):
    """Non-modal notice with [Download] and [Install from File…].

    Args:
        folders: where packs are installed (default: argos's folders); tests pass their own.
        index_url: the pack index the settings name (None: the core's default).
    """

    download_requested = Signal(str, str)
    install_from_file_requested = Signal()
    pack_installed = Signal(str, str)

    def __init__(
        self,
        from_code: str,
        to_code: str,
        parent: QWidget | None = None,
        *,
        folders: packs.PackFolders | None = None,
        index_url: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.index_url = index_url
        self.from_code = from_code
        self.to_code = to_code
        self.folders = folders
        self.task: Task | None = None
        self._installed = False
        self.setObjectName("missing_pack_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        pair = pair_label(from_code, to_code)
        available = tasks.cached_pack(from_code, to_code, index_url)
        self.download_size = available.size if available is not None else None

        self.title = QLabel(self.tr("No %1 language pack is installed").replace("%1", pair), self)
        self.title.setObjectName("banner_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        if self.download_size is not None:
            text = self.tr(
                "Nashra needs it to translate this article. Download it (%1) or install it from "
                "a file. The summary works meanwhile."
            ).replace("%1", format_size(self.download_size))
        else:
            text = self.tr(
                "Nashra needs it to translate this article. Download it or install it from a "
                "file. The summary works meanwhile."
            )
        self.message = QLabel(text, self)
        self.message.setObjectName("banner_message")
        self.message.setWordWrap(True)

        self.download_button = QPushButton(self._download_text(), self)
        self.download_button.setObjectName("banner_download")
        self.download_button.setAccessibleName(
            self.tr("Download the %1 language pack").replace("%1", pair)
        )
        self.file_button = QPushButton(self.tr("Install from &File…"), self)
        self.file_button.setObjectName("banner_install_file")
        self.file_button.setAccessibleName(self.tr("Install a language pack from a file"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("banner_progress")
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("banner_cancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the download"))
        self.cancel_button.hide()

        self.download_button.clicked.connect(self._on_download_clicked)
        self.file_button.clicked.connect(self._on_file_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        pack_signals().packs_changed.connect(self._on_packs_changed)

        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A background tinted with the highlight colour, so it follows the theme."""
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        mix = 0.18
        tint = QColor.fromRgbF(
            base.redF() * (1 - mix) + accent.redF() * mix,
            base.greenF() * (1 - mix) + accent.greenF() * mix,
            base.blueF() * (1 - mix) + accent.blueF() * mix,
        )
        painter = QPainter(self)
        painter.fillRect(self.rect(), tint)
        painter.end()
        super().paintEvent(event)

    def _download_text(self) -> str:
        if self.download_size is None:
            return self.tr("&Download")
        return self.tr("&Download (%1)").replace("%1", format_size(self.download_size))

    def _set_busy(self, busy: bool, downloading: bool = False) -> None:
        self.download_button.setEnabled(not busy)
        self.file_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy and downloading)
        if busy:
            self.progress.setRange(0, 0)  # until the size is known

    def _on_download_clicked(self) -> None:
        self.download_requested.emit(self.from_code, self.to_code)
        self.message.setText(self.tr("Downloading the language pack…"))
        self._set_busy(True, downloading=True)
        self.task = tasks.download_task(
            self.from_code,
            self.to_code,
            self._on_task_done,
            on_progress=self._on_download_progress,
            url=self.index_url,
            folders=self.folders,
            context=self,
        )

    def _on_download_progress(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))
            self.message.setText(
                self.tr("Downloading the language pack: %1 of %2…")
                .replace("%1", format_size(done))
                .replace("%2", format_size(total))
            )
        else:
            self.message.setText(
                self.tr("Downloading the language pack: %1…").replace("%1", format_size(done))
            )

    def _on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _on_file_clicked(self) -> None:
        self.install_from_file_requested.emit()
        tasks.choose_pack_file(self, self.install_file)

    def install_file(self, path: str) -> None:
        """Install a .argosmodel on a worker (what [Install from File…] does once chosen)."""
        self.message.setText(self.tr("Installing the language pack…"))
        self._set_busy(True)
        self.task = tasks.install_file_task(
            path, self._on_task_done, folders=self.folders, context=self
        )

    def _on_task_done(self, result: Any, error: BaseException | None) -> None:
        self.task = None
        self._set_busy(False)
        self.cancel_button.setEnabled(True)
        if error is not None:
            self.message.setText(tasks.describe_error(error))
            return
        if (result.from_code, result.to_code) != (self.from_code, self.to_code):
            self.message.setText(
                self.tr("The %1 pack was installed, but this article needs the %2 pack.")
                .replace("%1", pair_label(result.from_code, result.to_code))
                .replace("%2", pair_label(self.from_code, self.to_code))
            )
            return
        self._report_installed()

    def _report_installed(self) -> None:
        if self._installed:
            return
        self._installed = True
        self.title.setText(
            self.tr("The %1 language pack is installed").replace(
                "%1", pair_label(self.from_code, self.to_code)
            )
        )
        self.message.setText(self.tr("Translating…"))
        self.download_button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.pack_installed.emit(self.from_code, self.to_code)

    def _on_packs_changed(self) -> None:
        if self.task is None and not self._installed:  # installed elsewhere: check our pair
            tasks.list_installed_task(self._on_installed_listed, folders=self.folders, context=self)

    def _on_installed_listed(self, result: Any, error: BaseException | None) -> None:
        if error is None and any(
            (info.pack.from_code, info.pack.to_code) == (self.from_code, self.to_code)
            for info in result
        ):
            self._report_installed()
