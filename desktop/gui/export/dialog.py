"""File ▸ Export…: what to export (original, translation, both side by side, summary), the format
(txt, md, html, docx, pdf) and the file.

    dialog = open_export_dialog(parent, settings, document, translations, summary_ids)  # open()
    # or: dialog = ExportDialog(document, settings, translations, summary_ids, parent); .open()
    dialog.exported.connect(on_exported)   # str: the path written

The dialog frees itself when closed. Export… asks for the file with `choose_save_path` (a native
save dialog with the format's filter and a name taken from the document's title), then writes it:
every format with `desktop.core.export.export_document` on a worker (a long PDF reports progress
and stops when the dialog is cancelled). An existing file is replaced only once the new one is
complete.
When the translation is not finished, the dialog says so and offers to export the original.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.document import Document
from desktop.core.export import SUBTITLE_FORMATS, IncompleteTranslationError, export_document
from desktop.core.export.errors import ExportCancelledError
from desktop.gui import workers
from desktop.gui.export import messages
from desktop.gui.export.messages import ExportTranslations
from desktop.gui.settings import EXPORT_FOLDER, EXPORT_FORMAT, EXPORT_WHAT, Settings

DIALOG_OBJECT_NAME = "export_dialog"
FORMATS = ("docx", "pdf", "html", "md", "txt")
KINDS = ("translation", "bilingual", "original", "summary")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_MAX_NAME = 80


def format_filters() -> dict[str, str]:
    return {
        "docx": QCoreApplication.translate("ExportDialog", "Word document (*.docx)"),
        "pdf": QCoreApplication.translate("ExportDialog", "PDF document (*.pdf)"),
        "html": QCoreApplication.translate("ExportDialog", "Web page (*.html *.htm)"),
        "md": QCoreApplication.translate("ExportDialog", "Markdown (*.md)"),
        "txt": QCoreApplication.translate("ExportDialog", "Plain text (*.txt)"),
        "srt": QCoreApplication.translate("ExportDialog", "Subtitles with their timing (*.srt)"),
    }


def kind_labels() -> dict[str, str]:
    return {
        "translation": QCoreApplication.translate("ExportDialog", "&Translation"),
        "bilingual": QCoreApplication.translate("ExportDialog", "&Both languages, side by side"),
        "original": QCoreApplication.translate("ExportDialog", "&Original"),
        "summary": QCoreApplication.translate("ExportDialog", "&Summary"),
    }


def suggested_file_name(document: Document, what: str, fmt: str) -> str:
    """A file name from the document's title (or file name), e.g. "Protests - translation.docx"."""
    base = document.title or Path(document.source).stem or "Nashra"
    base = _UNSAFE_NAME.sub(" ", base).strip(" .")[:_MAX_NAME].strip() or "Nashra"
    suffix = {
        "translation": QCoreApplication.translate("ExportDialog", "translation"),
        "bilingual": QCoreApplication.translate("ExportDialog", "bilingual"),
        "summary": QCoreApplication.translate("ExportDialog", "summary"),
    }.get(what)
    return f"{base} - {suffix}.{fmt}" if suffix else f"{base}.{fmt}"


def choose_save_path(parent: QWidget, suggested: str, name_filter: str) -> str:
    """Ask for the file to write (the native dialog asks before replacing); "" when cancelled.

    A module function so tests can replace it: the static dialog is modal.
    """
    path, _selected = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportDialog", "Export"), suggested, name_filter
    )
    return path


class ExportDialog(QDialog):
    exported = Signal(str)

    def __init__(
        self,
        document: Document,
        settings: Settings,
        translations: ExportTranslations | None = None,
        summary_ids: Sequence[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setObjectName(DIALOG_OBJECT_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Export"))
        self._document = document
        self._translations = messages.translation_texts(translations)
        self._summary_ids = list(summary_ids or [])
        self._task: workers.Task | None = None
        self._build()

    def _build(self) -> None:
        self.kind_group = QButtonGroup(self)
        kinds = QWidget(self)
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for kind, label in kind_labels().items():
            button = QRadioButton(label, kinds)
            button.setAccessibleName(label.replace("&", ""))
            self.kind_group.addButton(button)
            kinds_layout.addWidget(button)
            self.kind_buttons[kind] = button
        summary = self.kind_buttons["summary"]
        summary.setEnabled(bool(self._summary_ids))
        if not self._summary_ids:
            summary.setToolTip(self.tr("There is no summary to export yet."))
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("File format"))
        for fmt, label in format_filters().items():
            if fmt not in SUBTITLE_FORMATS or self._document.format == "subtitles":
                self.format_combo.addItem(label, fmt)
        self._restore_choices()
        self.note = QLabel(self)
        self.note.setObjectName("export_note")
        self.note.setWordWrap(True)
        self.kind_group.buttonToggled.connect(self._on_kind_toggled)
        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self._on_format_changed()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setAccessibleName(self.tr("Choose the file and export"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("What:"), kinds)
        format_label = QLabel(self.tr("&Format:"), self)
        format_label.setBuddy(self.format_combo)
        form.addRow(format_label, self.format_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._update_note()

    # -- choices --------------------------------------------------------------------------------
    def _restore_choices(self) -> None:
        """What and the format as the last export had them (a summary only if there is one)."""
        what = self._settings[EXPORT_WHAT]
        button = self.kind_buttons.get(what)
        if button is None or not button.isEnabled():
            button = self.kind_buttons["translation"]
        button.setChecked(True)
        index = self.format_combo.findData(self._settings[EXPORT_FORMAT])
        self.format_combo.setCurrentIndex(max(0, index))

    def what(self) -> str:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return "original"

    def set_what(self, what: str) -> None:
        self.kind_buttons[what].setChecked(True)

    def export_format(self) -> str:
        return str(self.format_combo.currentData())

    def set_export_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def _missing_translations(self) -> int:
        ids = [sentence.id for sentence in self._document.sentences()]
        if self.what() == "summary":
            ids = self._summary_ids
        return sum(1 for sentence_id in ids if sentence_id not in self._translations)

    def _update_note(self) -> None:
        what = self.what()
        missing = self._missing_translations()
        if what in ("translation", "bilingual") and missing:
            self.note.setText(
                self.tr("The translation is not finished yet (%1 sentences to go).").replace(
                    "%1", str(missing)
                )
            )
        elif what == "summary" and (missing or not self._translations):
            self.note.setText(self.tr("The summary will be exported in the original language."))
        else:
            self.note.setText("")

    def _on_format_changed(self, _index: int = 0) -> None:
        """Subtitles keep their cues: a summary (no cues) cannot be one."""
        summary = self.kind_buttons["summary"]
        subtitles = self.export_format() in SUBTITLE_FORMATS
        summary.setEnabled(bool(self._summary_ids) and not subtitles)
        if subtitles and summary.isChecked():
            self.kind_buttons["translation"].setChecked(True)

    def _on_kind_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._update_note()

    # -- exporting ------------------------------------------------------------------------------
    def _start_folder(self) -> str:
        stored = self._settings[EXPORT_FOLDER]
        if stored and os.path.isdir(stored):
            return stored
        source_folder = os.path.dirname(os.path.abspath(self._document.source))
        if os.path.isfile(self._document.source) and os.access(source_folder, os.W_OK):
            return source_folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _on_export_clicked(self) -> None:
        fmt = self.export_format()
        suggested = os.path.join(
            self._start_folder(), suggested_file_name(self._document, self.what(), fmt)
        )
        path = choose_save_path(self, suggested, format_filters()[fmt])
        if path:
            if not Path(path).suffix:
                path += f".{fmt}"
            self._settings[EXPORT_FOLDER] = os.path.dirname(path)
            self._settings[EXPORT_WHAT] = self.what()
            self._settings[EXPORT_FORMAT] = fmt
            self.export_to(path)

    def export_to(self, path: str, *, original_only: bool = False) -> None:
        """Write the chosen export to `path`; `original_only` drops the translation."""
        what, fmt = self.what(), self.export_format()
        if original_only and what != "summary":
            what = "original"
        translations = None if original_only else self._translations
        if what == "summary" and self._missing_translations():
            translations = None  # a summary in one language rather than an error
        ids = self._summary_ids if what == "summary" else None
        self._set_busy(True)
        document = self._document
        page_size = "letter" if _uses_letter_paper() else "a4"

        def work(control: workers.TaskControl) -> object:
            return export_document(
                document,
                path,
                what=what,
                to=fmt,
                translations=translations,
                summary_ids=ids,
                page_size=page_size if fmt == "pdf" else None,
                progress=lambda done, total: control.report((done, total)),
                cancel=control.cancelled,
            )

        self._task = workers.run_task(
            work,
            lambda result, error: self._on_export_done(path, result, error),
            on_progress=self._on_export_progress,
            with_control=True,
            context=self,
        )

    def _on_export_progress(self, value: object) -> None:
        assert isinstance(value, tuple)
        done, total = value
        if total:
            self.note.setText(
                self.tr("Exporting… %1%").replace("%1", str(round(100 * done / total)))
            )

    def reject(self) -> None:
        """Cancel closes the dialog; an export still being written stops, nothing is left."""
        if self._task is not None and self._task.running:
            self._task.cancel()
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        if busy:
            self.note.setText(self.tr("Exporting…"))

    def _on_export_done(self, path: str, result: object, error: BaseException | None) -> None:
        self._set_busy(False)
        self._update_note()
        if error is None:
            self.exported.emit(path)
            self.accept()
        elif isinstance(error, IncompleteTranslationError):
            messages.offer_original(self, error, lambda: self.export_to(path, original_only=True))
        elif not isinstance(error, (workers.TaskCancelled, ExportCancelledError)):
            messages.show_export_error(self, error)


def open_export_dialog(
    parent: QWidget | None,
    settings: Settings,
    document: Document,
    translations: ExportTranslations | None = None,
    summary_ids: Sequence[int] | None = None,
) -> ExportDialog:
    """Create the export dialog and open it without blocking; it frees itself when closed."""
    dialog = ExportDialog(document, settings, translations, summary_ids, parent)
    dialog.open()
    return dialog


def _uses_letter_paper() -> bool:
    """Letter where the locale measures in inches (as File ▸ Print does), else A4."""
    return QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
