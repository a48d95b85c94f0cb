"""The summary of the open document, in both languages, recomputed on a worker.

    panel = SummaryPanel(settings, translations, parent)  # translations(): {id: translation}
    panel.set_document(document)          # None or an empty document: an empty summary and a note
    panel.translations_changed()          # show the translations that have arrived since
    panel.sentence_clicked.connect(...)   # int: a summary sentence was clicked: show it
    panel.highlight_changed.connect(...)  # list[int]: ids to highlight, [] to stop highlighting
    panel.summary_changed.connect(...)    # list[int]: the new summary's ids (e.g. for export)
    panel.summary_ids()                   # the current summary's ids, article order

The panel holds no translations of its own: it asks the tab's `translations()` whenever it
draws. The method and the length (a number of sentences, or a share of the article) are remembered
in `Settings`. Every change starts a new summary on a worker; a newer request supersedes a running
one, whose result is dropped (`workers.TaskSlot`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.document import Document, Sentence
from desktop.core.language import ARABIC, ENGLISH, other_language
from desktop.core.summary import (
    DEFAULT_METHOD,
    DEFAULT_SENTENCES,
    METHODS,
    Summary,
    SummaryLength,
    summarize,
)
from desktop.core.translation import SentenceTranslation
from desktop.gui import workers
from desktop.gui.reading.summary_html import paragraph
from desktop.gui.reading.translation_state import TranslationState
from desktop.gui.settings import SUMMARY_LENGTH, SUMMARY_METHOD, Settings

log = logging.getLogger(__name__)

MAX_SENTENCES = 50
DEFAULT_PERCENT = 30
RECOMPUTE_DELAY_MS = 150  # let a dragged slider settle before summarizing
SENTENCE_SCHEME = "sentence"

_UNIT_SENTENCES = 0
_UNIT_SHARE = 1


def method_names() -> dict[str, str]:
    """Readable names of `desktop.core.summary.METHODS`; unknown ones keep their own name."""
    names = {
        "nashra": QCoreApplication.translate("SummaryPanel", "Nashra (recommended)"),
        "lead": QCoreApplication.translate("SummaryPanel", "First sentences"),
        "lexrank": QCoreApplication.translate("SummaryPanel", "LexRank"),
        "textrank": QCoreApplication.translate("SummaryPanel", "TextRank"),
        "lsa": QCoreApplication.translate("SummaryPanel", "Latent semantic analysis"),
        "luhn": QCoreApplication.translate("SummaryPanel", "Luhn (frequent words)"),
        "edmundson": QCoreApplication.translate("SummaryPanel", "Edmundson (title and position)"),
        "kl": QCoreApplication.translate("SummaryPanel", "KL-Sum (word distribution)"),
        "sumbasic": QCoreApplication.translate("SummaryPanel", "SumBasic"),
        "reduction": QCoreApplication.translate("SummaryPanel", "Reduction (graph)"),
    }
    return {method: names.get(method, method) for method in METHODS}


def parse_length(spec: str) -> SummaryLength:
    """ "5" → 5 sentences, "30%" → 30 % of the words; anything else → the default."""
    text = spec.strip()
    try:
        if text.endswith("%"):
            return SummaryLength.ratio(int(text[:-1]) / 100)
        return SummaryLength.sentences(int(text))
    except ValueError:
        return SummaryLength.sentences(DEFAULT_SENTENCES)


class SummaryPanel(QWidget):
    sentence_clicked = Signal(int)
    highlight_changed = Signal(list)
    summary_changed = Signal(list)

    def __init__(
        self,
        settings: Settings,
        translations: Callable[[], Mapping[int, SentenceTranslation]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary_panel")
        self._settings = settings
        self._translations = translations
        self._document: Document | None = None
        self._sentences: dict[int, tuple[Sentence, str]] = {}  # id -> it and its language
        self._translation_state = TranslationState.RUNNING
        self._summary: Summary | None = None
        self._task = workers.TaskSlot(self)
        self._build()
        self._restore()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self._connect()
        self._render()

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.method_combo = QComboBox(self)
        self.method_combo.setAccessibleName(self.tr("Summary method"))
        for method, name in method_names().items():
            self.method_combo.addItem(name, method)
        self.unit_combo = QComboBox(self)
        self.unit_combo.setAccessibleName(self.tr("Summary length unit"))
        self.unit_combo.addItem(self.tr("sentences"), _UNIT_SENTENCES)
        self.unit_combo.addItem(self.tr("% of the article"), _UNIT_SHARE)
        self.sentences_spin = QSpinBox(self)
        self.sentences_spin.setRange(1, MAX_SENTENCES)
        self.sentences_spin.setAccessibleName(self.tr("Number of summary sentences"))
        self.share_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.share_slider.setRange(5, 100)
        self.share_slider.setSingleStep(5)
        self.share_slider.setPageStep(10)
        self.share_slider.setAccessibleName(self.tr("Share of the article in the summary"))
        self.share_label = QLabel(self)
        self.share_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("100 %") + 4)
        share_box = QWidget(self)
        share_layout = QHBoxLayout(share_box)
        share_layout.setContentsMargins(0, 0, 0, 0)
        share_layout.addWidget(self.share_slider, 1)
        share_layout.addWidget(self.share_label)
        self.length_stack = QStackedWidget(self)
        self.length_stack.addWidget(self.sentences_spin)
        self.length_stack.addWidget(share_box)
        self.highlight_check = QCheckBox(self.tr("&Highlight in article"), self)
        self.highlight_check.setAccessibleName(self.tr("Highlight the summary in the article"))
        self.status_label = QLabel(self)
        self.status_label.setObjectName("summary_status")
        self.status_label.setWordWrap(True)
        self.view = QTextBrowser(self)
        self.view.setObjectName("summary_view")
        self.view.setAccessibleName(self.tr("Summary"))
        self.view.setOpenLinks(False)

        method_label = QLabel(self.tr("&Method:"), self)
        method_label.setBuddy(self.method_combo)
        length_label = QLabel(self.tr("&Length:"), self)
        length_label.setBuddy(self.unit_combo)
        for combo in (self.method_combo, self.unit_combo):
            # Never narrower than the choices: a narrow panel must not cut them to "Nash".
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumWidth(combo.sizeHint().width())
        controls = QGridLayout()
        controls.addWidget(method_label, 0, 0)
        controls.addWidget(self.method_combo, 0, 1, 1, 2)
        controls.addWidget(length_label, 1, 0)
        controls.addWidget(self.length_stack, 1, 1)
        controls.addWidget(self.unit_combo, 1, 2)
        controls.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(controls)
        options = QHBoxLayout()
        options.addWidget(self.highlight_check)
        options.addWidget(self.status_label, 1)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)

    def _restore(self) -> None:
        index = self.method_combo.findData(self._settings[SUMMARY_METHOD] or DEFAULT_METHOD)
        if index < 0:
            index = max(0, self.method_combo.findData(DEFAULT_METHOD))
        self.method_combo.setCurrentIndex(index)
        spec = self._settings[SUMMARY_LENGTH]
        length = parse_length(spec or str(DEFAULT_SENTENCES))
        share = spec.strip().endswith("%") and length.unit == "ratio"
        self.sentences_spin.setValue(DEFAULT_SENTENCES if share else int(length.value))
        self.share_slider.setValue(round(length.value * 100) if share else DEFAULT_PERCENT)
        self.unit_combo.setCurrentIndex(_UNIT_SHARE if share else _UNIT_SENTENCES)
        self.length_stack.setCurrentIndex(self.unit_combo.currentIndex())
        self._update_share_label()

    def _connect(self) -> None:
        self.method_combo.currentIndexChanged.connect(self._on_method_changed)
        self.unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self.sentences_spin.valueChanged.connect(self._on_length_changed)
        self.share_slider.valueChanged.connect(self._on_length_changed)
        self.highlight_check.toggled.connect(self._on_highlight_toggled)
        self.view.anchorClicked.connect(self._on_anchor_clicked)

    # -- public API -----------------------------------------------------------------------------
    def set_document(self, document: Document | None, *, summarize: bool = True) -> None:
        """Show the summary of `document`; with `summarize` False the summary waits for
        `recompute()`."""
        self._document = document
        self._sentences = {
            sentence.id: (sentence, paragraph.language)
            for paragraph in (document.paragraphs if document is not None else [])
            for sentence in paragraph.sentences
        }
        self._summary = None
        if summarize:
            self.recompute()
        else:
            self._drop_pending()  # an earlier document's summary is no longer wanted
            self._render()

    def translations_changed(self, ids: Iterable[int] | None = None) -> None:
        """Draw again with the translations the tab has now: after a streamed batch of `ids`
        (nothing to do unless one is in the summary), or after any change (None)."""
        shown = set(self._summary.ids) if self._summary is not None else set()
        if ids is not None and shown and not shown.intersection(ids):
            return
        self._render()

    def set_translation_state(self, state: TranslationState) -> None:
        """Say under untranslated sentences why they have no translation."""
        self._translation_state = state
        self._render()

    def _untranslated_note(self) -> str:
        notes = {
            TranslationState.MISSING_PACK: self.tr(
                "Not translated: no language pack for this article"
            ),
            TranslationState.UNSUPPORTED_LANGUAGE: self.tr(
                "Not translated: no model translates this language"
            ),
            TranslationState.CANCELLED: self.tr("Translation cancelled"),
            TranslationState.FAILED: self.tr("Translation failed"),
            TranslationState.FINISHED: self.tr("Not translated"),
        }
        return notes.get(self._translation_state) or self.tr("Translation pending…")

    def summary_ids(self) -> list[int]:
        return list(self._summary.ids) if self._summary is not None else []

    def method(self) -> str:
        return str(self.method_combo.currentData())

    def length(self) -> SummaryLength:
        if self.unit_combo.currentIndex() == _UNIT_SHARE:
            return SummaryLength.ratio(self.share_slider.value() / 100)
        return SummaryLength.sentences(self.sentences_spin.value())

    def is_busy(self) -> bool:
        return self._task.running

    def recompute(self) -> None:
        """Start a new summary now; a running one is superseded and its result dropped."""
        self._drop_pending()
        document = self._document
        if document is None or not self._sentences:
            self._set_summary(None)
            return
        method, length = self.method(), self.length()
        self.status_label.setText(self.tr("Summarizing…"))
        self._task.start(lambda: summarize(document, length, method), self._on_summary_done)

    def _drop_pending(self) -> None:
        """Stop the pending recompute and drop a running summary (its result is not wanted)."""
        self._timer.stop()
        self._task.drop()

    # -- slots ----------------------------------------------------------------------------------
    def _on_method_changed(self, _index: int) -> None:
        self._settings[SUMMARY_METHOD] = self.method()
        self._timer.start()

    def _on_unit_changed(self, index: int) -> None:
        self.length_stack.setCurrentIndex(index)
        self._store_length()
        self._timer.start()

    def _on_length_changed(self, _value: int) -> None:
        self._update_share_label()
        self._store_length()
        self._timer.start()

    def _on_highlight_toggled(self, checked: bool) -> None:
        self.highlight_changed.emit(self.summary_ids() if checked else [])

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == SENTENCE_SCHEME and url.path().isdigit():
            self.sentence_clicked.emit(int(url.path()))

    def _on_summary_done(self, result: Summary | None, error: BaseException | None) -> None:
        if isinstance(error, workers.TaskCancelled):
            return
        if error is not None:
            log.warning("summary failed: %s", error)
            self._set_summary(
                None, self.tr("The summary could not be made: %1").replace("%1", str(error))
            )
            return
        self._set_summary(result)

    # -- helpers --------------------------------------------------------------------------------
    def _store_length(self) -> None:
        if self.unit_combo.currentIndex() == _UNIT_SHARE:
            self._settings[SUMMARY_LENGTH] = f"{self.share_slider.value()}%"
        else:
            self._settings[SUMMARY_LENGTH] = str(self.sentences_spin.value())

    def _update_share_label(self) -> None:
        self.share_label.setText(self.tr("%1 %").replace("%1", str(self.share_slider.value())))

    def _set_summary(self, summary: Summary | None, problem: str = "") -> None:
        self._summary = summary
        self._render(problem)
        ids = self.summary_ids()
        self.summary_changed.emit(ids)
        if self.highlight_check.isChecked():
            self.highlight_changed.emit(ids)

    def _render(self, problem: str = "") -> None:
        document = self._document
        if document is None:
            self.status_label.setText("")
            self.view.setHtml(self._note(self.tr("Open an article to see its summary here.")))
            return
        if not self._sentences:
            self.status_label.setText("")
            self.view.setHtml(self._note(self.tr("This document has no text to summarize.")))
            return
        if self._summary is None:
            self.status_label.setText(problem or self.tr("Summarizing…"))
            self.view.setHtml(self._note(problem) if problem else "")
            return
        count = len(self._summary)
        self.status_label.setText(
            self.tr("%1 of %2 sentences")
            .replace("%1", str(count))
            .replace("%2", str(len(self._sentences)))
        )
        self.view.setHtml(self._summary_html(document, self._summary))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.LayoutDirectionChange):
            # The summary's colours are written into its HTML: draw again once the view (a
            # child, told after this panel) has the new palette too.
            QTimer.singleShot(0, self, self._render)

    def _colors(self) -> tuple[str, str]:
        palette = self.view.palette()
        return (
            palette.color(QPalette.ColorRole.Text).name(),
            palette.color(QPalette.ColorRole.PlaceholderText).name(),
        )

    def _note(self, text: str) -> str:
        ui_rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return paragraph(text, ARABIC if ui_rtl else ENGLISH, "", self._colors()[1], font=False)

    def _summary_html(self, document: Document, summary: Summary) -> str:
        target = other_language(document.language)
        translations = self._translations()
        ui_language = (
            ARABIC if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ENGLISH
        )
        text_color, pending_color = self._colors()
        text_size = self.view.font().pointSizeF()  # of Latin runs; Arabic ones are set larger
        # While translating, each untranslated sentence says it is pending; when nothing more is
        # coming (no pack, cancelled, failed) the summary says why once, at the top.
        per_sentence = self._translation_state in (TranslationState.IDLE, TranslationState.RUNNING)
        parts: list[str] = []
        untranslated = [i for i in summary.ids if not getattr(translations.get(i), "text", "")]
        if untranslated and not per_sentence:
            parts.append(
                paragraph(
                    self._untranslated_note(),
                    ui_language,
                    "",
                    pending_color,
                    font=False,
                    italic=True,
                    last=True,
                )
            )
        for item in summary.sentences:
            sentence, language = self._sentences[item.id]
            link = f"{SENTENCE_SCHEME}:{item.id}"
            translation = translations.get(item.id)
            translated = translation is not None and bool(translation.text)
            alone = not translated and not per_sentence
            parts.append(
                paragraph(sentence.text, language, link, text_color, size=text_size, last=alone)
            )
            if translation is not None and translated:
                parts.append(
                    paragraph(translation.text, target, link, text_color, size=text_size, last=True)
                )
            elif per_sentence:
                parts.append(
                    paragraph(
                        self._untranslated_note(),
                        ui_language,
                        link,
                        pending_color,
                        font=False,
                        italic=True,
                        last=True,
                    )
                )
        return "".join(parts)
