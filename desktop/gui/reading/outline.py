"""The outline beside the text: the document's headings, each in the original and, once it is
translated, in the other language; clicking one brings it up in both panes.

Shown when a document has at least two headings and is long enough to need finding one's way
(a book's chapters, a report's sections): a news article's two subheadings beside it would only
take the panes' room. The headings are the document's heading paragraphs, whatever format they
came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.core.document import BlockKind, Document
from desktop.core.translation import SentenceTranslation
from desktop.gui.bidi import isolate

SENTENCE_ROLE = Qt.ItemDataRole.UserRole
MIN_HEADINGS = 2  # fewer is not an outline
MIN_PARAGRAPHS = 30  # a shorter document is read from top to bottom
HEADING_CHARS = 120  # of a heading an outline entry shows


class Outline(QTreeWidget):
    """Headings by level. `heading_clicked(sentence_id)`: the heading's first sentence."""

    heading_clicked = Signal(int)

    def __init__(
        self,
        translations: Callable[[], Mapping[int, SentenceTranslation]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Outline"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._translations = translations
        self._items: dict[int, tuple[QTreeWidgetItem, str]] = {}  # sentence id -> item, heading
        self._paragraphs = 0
        self.itemActivated.connect(self._on_item_activated)
        self.itemClicked.connect(self._on_item_activated)

    @property
    def worth_showing(self) -> bool:
        return len(self._items) >= MIN_HEADINGS and self._paragraphs >= MIN_PARAGRAPHS

    def set_document(self, document: Document) -> None:
        self.clear()
        self._items = {}
        self._paragraphs = len(document.paragraphs)
        parents: list[tuple[int, QTreeWidgetItem]] = []  # (level, item) of the open headings
        for paragraph in document.paragraphs:
            if paragraph.kind is not BlockKind.HEADING or not paragraph.sentences:
                continue
            level = max(1, paragraph.level)
            while parents and parents[-1][0] >= level:
                parents.pop()
            text = _short(paragraph.text)
            item = QTreeWidgetItem([isolate(text)])
            item.setToolTip(0, isolate(paragraph.text))
            first = paragraph.sentences[0].id
            item.setData(0, SENTENCE_ROLE, first)
            if parents:
                parents[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            parents.append((level, item))
            self._items[first] = (item, text)
        self.expandAll()
        self.translations_changed(None)

    def translations_changed(self, ids: Iterable[int] | None) -> None:
        """Show the translations of the headings among `ids` (all of them: None)."""
        translations = self._translations()
        wanted = self._items if ids is None else [i for i in ids if i in self._items]
        for sentence_id in wanted:
            item, text = self._items[sentence_id]
            translation = translations.get(sentence_id)
            if translation is not None and translation.text.strip():
                item.setText(0, f"{isolate(text)}\n{isolate(_short(translation.text))}")
            else:
                item.setText(0, isolate(text))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        sentence_id = item.data(0, SENTENCE_ROLE)
        if isinstance(sentence_id, int):
            self.heading_clicked.emit(sentence_id)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= HEADING_CHARS else text[: HEADING_CHARS - 1].rstrip() + "…"
