"""Help ▸ About Nashra: what it is, the versions of its parts, and every licence that applies.

Versions come from the installed distributions' metadata (nothing heavy is imported). Licences:
Nashra's, the bundled font's (resources/fonts/OFL.txt), the sample article's, the libraries', and
those shipped inside each installed language pack (its LICENSE or README files).
"""

from __future__ import annotations

import importlib.metadata
import platform
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core import paths
from desktop.gui.bidi import left_to_right
from desktop.gui.packs import tasks
from desktop.gui.packs.labels import pair_label

LIBRARIES = (  # (shown name, distribution names to try)
    ("Qt", ()),
    ("PySide6", ("PySide6", "PySide6-Essentials")),
    ("CTranslate2", ("ctranslate2",)),
    ("argostranslate", ("argos-translate-lt", "argostranslate")),
    ("sumy", ("sumy",)),
)
PACK_LICENCE_PREFIXES = ("license", "licence", "copying", "readme", "notice")
MAX_LICENCE_CHARS = 200_000


def distribution_version(names: tuple[str, ...]) -> str | None:
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def versions() -> list[tuple[str, str]]:
    """(component, version) for Nashra and everything it is built on."""
    rows = [("Nashra", __version__), ("Python", platform.python_version())]
    for name, distributions in LIBRARIES:
        if name == "Qt":
            rows.append((name, qVersion()))
        elif name == "PySide6":
            rows.append((name, pyside_version))
        else:
            rows.append((name, distribution_version(distributions) or "—"))
    return rows


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[:MAX_LICENCE_CHARS]
    except OSError:
        return None


def pack_licence_files(folder: Path) -> list[Path]:
    try:
        return sorted(
            child
            for child in folder.iterdir()
            if child.is_file() and child.name.casefold().startswith(PACK_LICENCE_PREFIXES)
        )
    except OSError:
        return []


class AboutDialog(QDialog):
    """Non-modal, deleted when closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("About Nashra"))
        self.resize(760, 540)
        self.licence_texts: dict[str, str] = {}

        tabs = QTabWidget(self)
        tabs.setObjectName("about_tabs")
        tabs.addTab(self._about_tab(), self.tr("About"))
        tabs.addTab(self._versions_tab(), self.tr("Versions"))
        tabs.addTab(self._licences_tab(), self.tr("Licences"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

        tasks.list_installed_task(self._on_installed_listed, context=self)
        tasks.list_models_task(self._on_models_listed, context=self)

    def _about_tab(self) -> QWidget:
        page = QWidget(self)
        name = self.tr("Nashra %1").replace("%1", left_to_right(__version__))
        title = QLabel(f"<h2>{name}</h2>", page)
        text = QLabel(
            self.tr(
                "Read Arabic news articles offline, side by side with their English translation, "
                "with a summary in both languages. Translation runs on your computer with "
                "Argos Translate language packs; nothing you read is sent anywhere."
            ),
            page,
        )
        text.setWordWrap(True)
        licence = QLabel(self.tr("Nashra is free software, released under the MIT licence."), page)
        licence.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(licence)
        layout.addStretch()
        return page

    def _versions_tab(self) -> QWidget:
        page = QWidget(self)
        self.versions_tree = QTreeWidget(page)
        self.versions_tree.setObjectName("versions")
        self.versions_tree.setAccessibleName(self.tr("Versions of Nashra and its components"))
        self.versions_tree.setHeaderLabels([self.tr("Component"), self.tr("Version")])
        self.versions_tree.setRootIsDecorated(False)
        for name, version in versions():
            self.versions_tree.addTopLevelItem(QTreeWidgetItem([name, version]))
        self.versions_tree.resizeColumnToContents(0)
        copy = QPushButton(self.tr("&Copy Versions"), page)
        copy.setObjectName("copy_versions")
        copy.setAccessibleName(self.tr("Copy the versions to the clipboard"))
        copy.clicked.connect(self._on_copy_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(self.versions_tree)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeading)
        return page

    def _licences_tab(self) -> QWidget:
        page = QWidget(self)
        self.licence_list = QListWidget(page)
        self.licence_list.setObjectName("licences")
        self.licence_list.setAccessibleName(self.tr("Components and their licences"))
        self.licence_list.setWordWrap(True)
        self.licence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.licence_view = QPlainTextEdit(page)
        self.licence_view.setObjectName("licence_text")
        self.licence_view.setReadOnly(True)
        self.licence_view.setAccessibleName(self.tr("Licence text"))
        self.licence_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # English texts
        resources = paths.resources_dir()
        self._add_licence(
            self.tr("Nashra — MIT licence"),
            _read(resources.parent / "LICENSE")
            or self.tr("Nashra is free software, released under the MIT licence."),
        )
        self._add_licence(
            self.tr("Noto Naskh Arabic font — SIL Open Font License 1.1"),
            _read(resources / "fonts" / "OFL.txt") or "SIL Open Font License 1.1",
        )
        self._add_licence(
            self.tr("Sample article — CC BY-SA 4.0"),
            _read(resources / "samples" / "README.md") or "CC BY-SA 4.0",
        )
        for name, distributions in LIBRARIES[1:]:
            self._add_licence(name, self._library_licence(distributions))
        self.licence_list.currentRowChanged.connect(self._on_licence_row_changed)
        self.licence_list.setCurrentRow(0)
        layout = QHBoxLayout(page)
        layout.addWidget(self.licence_list, 2)
        layout.addWidget(self.licence_view, 3)
        return page

    def _library_licence(self, distributions: tuple[str, ...]) -> str:
        for name in distributions:
            try:
                distribution = importlib.metadata.distribution(name)
            except importlib.metadata.PackageNotFoundError:
                continue
            for file in distribution.files or ():
                parts = [part.casefold() for part in file.parts]
                if any(part.startswith(("license", "licence", "copying")) for part in parts):
                    text = _read(Path(str(distribution.locate_file(file))))
                    if text:
                        return text
            metadata = distribution.metadata
            licence = metadata["License-Expression"] or metadata["License"]
            classifiers = [c for c in metadata.get_all("Classifier") or [] if "License" in c]
            return licence or "\n".join(classifiers) or self.tr("Licence unknown")
        return self.tr("Not installed")

    def _add_licence(self, label: str, text: str) -> None:
        self.licence_texts[label] = text
        self.licence_list.addItem(QListWidgetItem(label))

    def _on_licence_row_changed(self, row: int) -> None:
        item = self.licence_list.item(row)
        self.licence_view.setPlainText(self.licence_texts.get(item.text(), "") if item else "")

    def _on_installed_listed(self, result: Any, error: BaseException | None) -> None:
        if error is not None:
            return
        for info in result:
            pack = info.pack
            texts = [
                f"== {file.name} ==\n{_read(file) or ''}" for file in pack_licence_files(pack.path)
            ]
            label = self.tr("Language pack %1 (version %2)")
            label = label.replace("%1", pair_label(pack.from_code, pack.to_code)).replace(
                "%2", pack.version
            )
            self._add_licence(
                label,
                "\n\n".join(texts)
                or self.tr("This pack ships no licence file. Its folder: %1").replace(
                    "%1", str(pack.path)
                ),
            )

    def _on_models_listed(self, result: Any, error: BaseException | None) -> None:
        """OPUS-MT models, with the attribution their licence (CC-BY 4.0) asks for."""
        if error is not None:
            return
        for info in result:
            if info.kind != "opus-mt":
                continue
            label = (
                self.tr("OPUS-MT model %1 (%2) — %3")
                .replace("%1", pair_label(info.from_code, info.to_code))
                .replace("%2", info.version)
                .replace("%3", info.licence)
            )
            self._add_licence(label, f"{info.attribution}\n\n{info.quality_note}\n\n{info.path}")

    def _on_copy_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText("\n".join(f"{name} {version}" for name, version in versions()))


def open_about_dialog(parent: QWidget) -> AboutDialog:
    """Help ▸ About Nashra."""
    dialog = parent.findChild(AboutDialog, "about_dialog")
    if not isinstance(dialog, AboutDialog):
        dialog = AboutDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
