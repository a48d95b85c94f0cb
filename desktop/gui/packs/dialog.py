"""Translation ▸ Language Packs…: what is installed, what can be downloaded, and what to do.

Every file and network operation runs on a worker (:mod:`desktop.gui.packs.tasks`). The index is
fetched from the URL in the settings only when the user asks (Refresh List, Download); until then
the dialog lists the copy fetched last time. When it cannot be reached the dialog says so in
plain words, lists the last copy it has, and offers to install a pack from a file instead. The
dialog is non-modal (the article stays readable during a long download); closing it cancels a
running download and deletes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import packs
from desktop.gui import message_box
from desktop.gui.bidi import isolate
from desktop.gui.packs import tasks
from desktop.gui.packs.labels import format_size, pair_label
from desktop.gui.packs.lists import AvailablePackList, InstalledPackList
from desktop.gui.packs.opus_models import OpusModelList
from desktop.gui.packs.signals import pack_signals
from desktop.gui.packs.tasks import describe_error
from desktop.gui.settings import Settings
from desktop.gui.workers import Task


class PackDialog(QDialog):
    """The Language Packs dialog.

    Args:
        settings: the session's preferences (the pack index URL).
        folders: where packs are installed (default: argos's folders); tests pass their own.
        fetch_index: fetch the index from the network when the dialog opens.
    """

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        folders: packs.PackFolders | None = None,
        fetch_index: bool = True,
    ) -> None:
        super().__init__(parent)
        self.index_url = tasks.index_url(settings)
        self.folders = folders
        self.index: packs.PackIndex | None = None
        self.task: Task | None = None  # the running download, install or removal
        self.setObjectName("pack_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Language Packs"))
        self.resize(820, 680)

        self.status = QLabel(self)
        self.status.setObjectName("pack_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        installed_box = QGroupBox(self.tr("Installed"), self)
        self.installed_tree = InstalledPackList(installed_box)
        self.remove_button = QPushButton(self.tr("&Remove…"), installed_box)
        self.remove_button.setObjectName("remove_pack")
        self.remove_button.setAccessibleName(self.tr("Remove the selected language pack"))
        self.remove_button.setEnabled(False)
        installed_layout = QVBoxLayout(installed_box)
        installed_layout.addWidget(self.installed_tree)
        installed_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.opus_box = OpusModelList(self)
        self.opus_box.download_requested.connect(self.ask_download_model)
        self.opus_box.remove_requested.connect(self._on_remove_model)

        available_box = QGroupBox(self.tr("Available to Download"), self)
        self.filter_edit = QLineEdit(available_box)
        self.filter_edit.setObjectName("pack_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by language"))
        self.filter_edit.setAccessibleName(self.tr("Filter the available packs by language"))
        self.filter_edit.setClearButtonEnabled(True)
        self.available_tree = AvailablePackList(available_box)
        self.download_button = QPushButton(self.tr("&Download"), available_box)
        self.download_button.setObjectName("download_pack")
        self.download_button.setAccessibleName(self.tr("Download the selected language pack"))
        self.download_button.setEnabled(False)
        self.refresh_button = QPushButton(self.tr("Re&fresh List"), available_box)
        self.refresh_button.setObjectName("refresh_index")
        self.refresh_button.setAccessibleName(self.tr("Fetch the list of language packs again"))
        available_buttons = QHBoxLayout()
        available_buttons.addWidget(self.download_button)
        available_buttons.addWidget(self.refresh_button)
        available_buttons.addStretch()
        available_layout = QVBoxLayout(available_box)
        available_layout.addWidget(self.filter_edit)
        available_layout.addWidget(self.available_tree)
        available_layout.addLayout(available_buttons)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("pack_progress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel Download"), self)
        self.cancel_button.setObjectName("cancel_download")
        self.cancel_button.setAccessibleName(self.tr("Cancel the download"))
        self.cancel_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.file_button = QPushButton(self.tr("Install from &File…"), self)
        self.file_button.setObjectName("install_from_file")
        self.file_button.setAccessibleName(self.tr("Install a language pack from a file"))
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(installed_box, 2)
        layout.addWidget(self.opus_box, 2)
        layout.addWidget(available_box, 3)
        layout.addLayout(progress_row)
        layout.addWidget(buttons)

        self.installed_tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.available_tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.available_tree.itemActivated.connect(self._on_available_activated)
        self.filter_edit.textChanged.connect(self.available_tree.set_filter)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.download_button.clicked.connect(self._on_download_clicked)
        self.refresh_button.clicked.connect(self.refresh_index)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.file_button.clicked.connect(self._on_file_clicked)
        pack_signals().packs_changed.connect(self.refresh_installed)

        self.refresh_installed()
        if fetch_index:
            self.refresh_index()
        else:
            self._show_index(packs.load_cached_index(self.index_url))

    # -- listing ----------------------------------------------------------------------------------
    def refresh_installed(self) -> None:
        tasks.list_installed_task(self._on_installed_listed, folders=self.folders, context=self)
        tasks.list_models_task(self._on_models_listed, context=self)

    def _on_models_listed(self, result: Any, error: BaseException | None) -> None:
        if error is None:
            self.opus_box.set_models(result)

    def _on_installed_listed(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            self.status.setText(describe_error(error))
            return
        self.installed_tree.set_packs(result)
        self._fill_available()
        self._on_selection_changed()

    def refresh_index(self) -> None:
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Fetching the list of language packs…"))
        tasks.fetch_index_task(self._on_index_fetched, url=self.index_url, context=self)

    def _on_index_fetched(self, result: Any, error: BaseException | None) -> None:
        self.refresh_button.setEnabled(True)
        if error is None:
            self._show_index(result)
            return
        self.status.setText(describe_error(error))
        self.file_button.setDefault(True)
        cached = packs.load_cached_index(self.index_url)
        if cached is not None:
            self._show_index(cached, keep_status=True)

    def _show_index(self, index: packs.PackIndex | None, keep_status: bool = False) -> None:
        self.index = index
        if not keep_status:
            if index is None:
                self.status.setText(
                    self.tr("Click Refresh List to see the language packs you can download.")
                )
            elif index.from_cache:
                when = QDateTime.fromSecsSinceEpoch(int(index.fetched_at))
                self.status.setText(
                    self.tr("The list of language packs was fetched on %1.").replace(
                        "%1", when.toString()
                    )
                )
            else:
                self.status.setText(
                    self.tr("Language packs you can download: %1").replace(
                        "%1", str(len(index.packs))
                    )
                )
        self._fill_available()

    def _fill_available(self) -> None:
        self.available_tree.set_index(self.index, self.installed_tree)

    def _on_selection_changed(self) -> None:
        idle = self.task is None
        selected = self.installed_tree.selected_pair()
        removable = selected is not None and self.installed_tree.is_removable(selected)
        self.remove_button.setEnabled(idle and removable)
        self.download_button.setEnabled(idle and self.available_tree.selected_pair() is not None)
        self.file_button.setEnabled(idle)
        self.opus_box.set_idle(idle)

    # -- actions ---------------------------------------------------------------------------------
    def _start(self, task: Task, text: str, cancellable: bool = False) -> None:
        self.task = task
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self._on_selection_changed()

    def download(self, from_code: str, to_code: str) -> None:
        """Download and install the newest pack for a pair (the index is fetched if needed)."""
        if self.task is not None:
            return
        text = self.tr("Downloading the %1 language pack…").replace(
            "%1", pair_label(from_code, to_code)
        )
        task = tasks.download_task(
            from_code,
            to_code,
            self._on_task_done,
            on_progress=self._on_download_progress,
            index=self.index if self.index is not None and not self.index.from_cache else None,
            url=self.index_url,
            folders=self.folders,
            context=self,
        )
        if task.running:
            self._start(task, text, cancellable=True)

    def _on_download_clicked(self) -> None:
        pair = self.available_tree.selected_pair()
        if pair is not None:
            self.download(*pair)

    def _on_available_activated(self, item: QTreeWidgetItem, column: int) -> None:
        self._on_download_clicked()

    def _on_download_progress(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))
            self.progress.setFormat(
                self.tr("%1 of %2")
                .replace("%1", format_size(done))
                .replace("%2", format_size(total))
            )
        else:
            self.progress.setFormat(format_size(done))

    def _on_cancel_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _on_file_clicked(self) -> None:
        tasks.choose_pack_file(self, self.install_file)

    def install_file(self, path: str) -> None:
        """Install a .argosmodel file, or (after saying what it takes) convert and install an
        OPUS-MT release .zip, on a worker."""
        if self.task is not None:
            return
        if tasks.is_model_zip(path):
            message_box.ask(
                self,
                tasks.conversion_warning(),
                {self.tr("&Install"): lambda: self.install_model_file(path)},
                title=self.tr("Install an OPUS-MT Model"),
                name="confirm_conversion",
            )
            return
        task = tasks.install_file_task(path, self._on_task_done, folders=self.folders, context=self)
        if task.running:
            self._start(task, self.tr("Installing the language pack…"))

    def install_model_file(self, path: str) -> None:
        """Convert and install an OPUS-MT release zip (no question asked), cancellable."""
        if self.task is not None:
            return
        task = tasks.install_model_task(
            path, self._on_task_done, on_step=self._on_install_step, context=self
        )
        if task.running:
            self._start(task, self.tr("Installing the OPUS-MT model…"), cancellable=True)

    def _on_install_step(self, step: str, fraction: float) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(tasks.install_step_label(step))

    # -- OPUS-MT models ---------------------------------------------------------------------------
    def ask_download_model(self, model_id: str, url: str | None = None) -> None:
        """Ask the server for the release's size, then ask the user (size and conversion).
        `url` stands in for the pinned address (tests, a mirror)."""
        from desktop.core.models.opus_catalog import release_by_id

        if self.task is not None:
            return
        release = release_by_id(model_id)
        address = url or release.url
        self.status.setText(
            self.tr("Asking the server for the size of %1…").replace(
                "%1", isolate(release.file_name)
            )
        )

        def sized(result: Any, error: BaseException | None) -> None:
            size = format_size(result) if error is None and result else self.tr("unknown")
            self.status.setText("")
            message_box.ask(
                self,
                self.tr("Download %1 (%2) from %3?")
                .replace("%1", isolate(release.file_name))
                .replace("%2", size)
                .replace("%3", isolate(address))
                + "\n\n"
                + tasks.conversion_warning(),
                {self.tr("&Download"): lambda: self.download_model(model_id, url)},
                title=self.tr("Download an OPUS-MT Model"),
                name="confirm_model_download",
            )

        tasks.remote_size_task(address, sized, context=self)

    def download_model(self, model_id: str, url: str | None = None) -> None:
        """Download (from `url`, else the pinned address) and install an OPUS-MT model."""
        if self.task is not None:
            return
        task = tasks.download_model_task(
            model_id,
            self._on_task_done,
            on_progress=self._on_download_progress,
            on_step=self._on_install_step,
            url=url,
            context=self,
        )
        if task.running:
            self._start(task, self.tr("Downloading the OPUS-MT model…"), cancellable=True)

    def _on_remove_model(self, model_id: str) -> None:
        message_box.ask(
            self,
            self.tr("Remove the model %1? You can install it again later.").replace(
                "%1", isolate(model_id)
            ),
            {self.tr("&Remove"): lambda: self.remove_model(model_id)},
            title=self.tr("Remove Model"),
            name="confirm_remove_model",
            cancel_by_default=True,
        )

    def remove_model(self, model_id: str) -> None:
        if self.task is not None:
            return
        task = tasks.remove_model_task(model_id, self._on_task_done, context=self)
        if task.running:
            self._start(task, self.tr("Removing the model…"))

    def _on_remove_clicked(self) -> None:
        pair = self.installed_tree.selected_pair()
        if pair is None:
            return
        message_box.ask(
            self,
            self.tr(
                "Remove the %1 language pack? Articles in these languages will no longer be "
                "translated until you install it again."
            ).replace("%1", pair_label(*pair)),
            {self.tr("&Remove"): lambda: self.remove(*pair)},
            title=self.tr("Remove Language Pack"),
            name="confirm_remove",
            cancel_by_default=True,
        )

    def remove(self, from_code: str, to_code: str) -> None:
        """Remove a pair's packs on a worker, without asking (the confirmation is done)."""
        if self.task is not None:
            return
        task = tasks.remove_task(
            from_code, to_code, self._on_task_done, folders=self.folders, context=self
        )
        if task.running:
            self._start(task, self.tr("Removing the language pack…"))

    def _on_task_done(self, result: Any, error: BaseException | None) -> None:
        self.task = None
        self.progress.hide()
        self.progress.setFormat("%p%")
        self.cancel_button.hide()
        self._on_selection_changed()
        if error is not None:
            self.status.setText(describe_error(error))
        elif isinstance(result, list):
            self.status.setText(self.tr("The language pack was removed."))
        elif isinstance(result, Path):
            self.status.setText(self.tr("The model was removed."))
        elif getattr(result, "kind", "") == "opus-mt":
            self.status.setText(
                self.tr("The %1 OPUS-MT model is installed.").replace(
                    "%1", pair_label(result.from_code, result.to_code)
                )
            )
        else:
            self.status.setText(
                self.tr("The %1 language pack is installed.").replace(
                    "%1", pair_label(result.from_code, result.to_code)
                )
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)


def open_pack_dialog(
    parent: QWidget, settings: Settings, *, folders: packs.PackFolders | None = None
) -> PackDialog:
    """Translation ▸ Language Packs…: show the dialog (one per window), non-modal.

    Opening it lists what is installed and the last index seen; the network is used only when the
    user clicks Refresh List or Download (someone may only want to install a pack from a file).
    """
    dialog = parent.findChild(PackDialog, "pack_dialog")
    if not isinstance(dialog, PackDialog):
        dialog = PackDialog(settings, parent, folders=folders, fetch_index=False)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
