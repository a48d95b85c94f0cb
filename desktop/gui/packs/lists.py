"""The two lists of the Language Packs dialog: installed packs, and packs in the index."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.core import packs
from desktop.core.translation.packs import version_key
from desktop.gui.packs.labels import format_size, in_order, pair_label

PAIR_ROLE = Qt.ItemDataRole.UserRole
Pair = tuple[str, str]


class PackList(QTreeWidget):
    """A flat, single-selection list of packs whose rows know their (from, to) pair."""

    def __init__(self, parent: QWidget | None, name: str, accessible: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def add_row(self, pair: Pair, columns: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(columns)
        item.setData(0, PAIR_ROLE, pair)
        self.addTopLevelItem(item)
        return item

    def selected_pair(self) -> Pair | None:
        items = self.selectedItems()
        pair = items[0].data(0, PAIR_ROLE) if items else None
        return (str(pair[0]), str(pair[1])) if pair else None


class InstalledPackList(PackList):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "installed_packs", self.tr("Installed language packs"))
        self.setHeaderLabels(
            [self.tr("Languages"), self.tr("Version"), self.tr("Size"), self.tr("Folder")]
        )
        self.infos: list[packs.PackInfo] = []

    def set_packs(self, infos: Sequence[packs.PackInfo]) -> None:
        self.infos = list(infos)
        self.clear()
        for info in self.infos:
            pack = info.pack
            pair = (pack.from_code, pack.to_code)
            columns = [
                pair_label(*pair),
                pack.version,
                format_size(info.size),
                in_order(str(pack.path.parent)),
            ]
            item = self.add_row(pair, columns)
            item.setToolTip(3, str(pack.path))
            if info.read_only:
                item.setToolTip(0, self.tr("Comes with Nashra; cannot be removed"))
        if not self.infos:
            item = QTreeWidgetItem([self.tr("No language pack is installed yet.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)

    def version_of(self, pair: Pair) -> str | None:
        versions = [
            i.pack.version for i in self.infos if (i.pack.from_code, i.pack.to_code) == pair
        ]
        return max(versions, key=version_key) if versions else None

    def is_removable(self, pair: Pair) -> bool:
        matches = [i for i in self.infos if (i.pack.from_code, i.pack.to_code) == pair]
        return any(not info.read_only for info in matches)


class AvailablePackList(PackList):
    """The newest pack of each pair in the index, Arabic pairs first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "available_packs", self.tr("Language packs available to download"))
        self.setHeaderLabels(
            [self.tr("Languages"), self.tr("Version"), self.tr("Size"), self.tr("Status")]
        )
        self.filter_text = ""

    def set_index(self, index: packs.PackIndex | None, installed: InstalledPackList) -> None:
        self.clear()
        if index is None:
            return
        newest: dict[Pair, packs.AvailablePack] = {}
        for entry in index.packs:
            key = (entry.from_code, entry.to_code)
            if key not in newest or version_key(entry.version) > version_key(newest[key].version):
                newest[key] = entry

        def order(item: tuple[Pair, packs.AvailablePack]) -> tuple[bool, str]:
            return ("ar" not in item[0], pair_label(*item[0]))

        for pair, entry in sorted(newest.items(), key=order):
            version = installed.version_of(pair)
            if version is None:
                status = ""
            elif version_key(version) < version_key(entry.version):
                status = self.tr("Update available")
            else:
                status = self.tr("Installed")
            self.add_row(pair, [pair_label(*pair), entry.version, format_size(entry.size), status])
        self.set_filter(self.filter_text)

    def set_filter(self, text: str) -> None:
        """Show only the pairs whose name contains `text` (any case)."""
        self.filter_text = text
        needle = text.strip().casefold()
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None:
                item.setHidden(bool(needle) and needle not in item.text(0).casefold())
