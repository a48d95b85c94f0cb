"""The Language Packs dialog's OPUS-MT part: the pinned releases (quality, licence, whether each is
installed and how big), and the buttons to download or remove one.

Nothing here touches the network: the list is Nashra's own catalogue, and a download starts only
when the user confirms it (after the size the server reports is shown).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.bidi import isolate
from desktop.gui.packs.labels import format_size, pair_label

ID_ROLE = Qt.ItemDataRole.UserRole
INSTALLED_ROLE = Qt.ItemDataRole.UserRole + 1


class OpusModelList(QGroupBox):
    """OPUS-MT models: `download_requested(model_id)`, `remove_requested(model_id)`."""

    download_requested = Signal(str)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("OPUS-MT Translation Models (best quality, CC-BY 4.0)"), parent)
        self.setObjectName("opus_models")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("opus_model_list")
        self.tree.setAccessibleName(self.tr("OPUS-MT translation models"))
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Languages"), self.tr("Model"), self.tr("Status"), self.tr("Quality")]
        )
        self.tree.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Do&wnload Model…"), self)
        self.download_button.setObjectName("download_model")
        self.remove_button = QPushButton(self.tr("Remove &Model…"), self)
        self.remove_button.setObjectName("remove_model")
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.tree.itemSelectionChanged.connect(self.update_buttons)
        self.download_button.clicked.connect(self._on_download)
        self.remove_button.clicked.connect(self._on_remove)
        self._idle = True
        self.set_models([])

    def set_models(self, installed: list[Any]) -> None:
        """The catalogue's releases, and any other installed OPUS-MT model, with their state."""
        from desktop.core.models.opus_catalog import CATALOG

        selected = self.selected_id()
        by_id = {info.model_id: info for info in installed if info.kind == "opus-mt"}
        self.tree.clear()
        rows: list[tuple[str, str, str, str, str, Any]] = [
            (r.model_id, r.from_code, r.to_code, r.release, r.quality_note, by_id.get(r.model_id))
            for r in CATALOG
        ]
        known = {r.model_id for r in CATALOG}
        rows += [
            (i.model_id, i.from_code, i.to_code, i.version, i.quality_note, i)
            for i in by_id.values()
            if i.model_id not in known
        ]
        for model_id, from_code, to_code, release, quality, info in rows:
            status = (
                self.tr("Installed (%1)").replace("%1", format_size(info.size))
                if info is not None
                else self.tr("Not installed")
            )
            item = QTreeWidgetItem(
                [pair_label(from_code, to_code), isolate(release), status, isolate(quality)]
            )
            item.setData(0, ID_ROLE, model_id)
            item.setData(0, INSTALLED_ROLE, info is not None)
            item.setToolTip(3, isolate(quality))
            self.tree.addTopLevelItem(item)
            if model_id == selected:
                item.setSelected(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.update_buttons()

    def selected_id(self) -> str | None:
        items = self.tree.selectedItems()
        return str(items[0].data(0, ID_ROLE)) if items else None

    def selected_installed(self) -> bool:
        items = self.tree.selectedItems()
        return bool(items and items[0].data(0, INSTALLED_ROLE))

    def set_idle(self, idle: bool) -> None:
        self._idle = idle
        self.update_buttons()

    def update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.download_button.setEnabled(self._idle and chosen and not self.selected_installed())
        self.remove_button.setEnabled(self._idle and chosen and self.selected_installed())

    def _on_download(self) -> None:
        model_id = self.selected_id()
        if model_id is not None:
            self.download_requested.emit(model_id)

    def _on_remove(self) -> None:
        model_id = self.selected_id()
        if model_id is not None:
            self.remove_requested.emit(model_id)
