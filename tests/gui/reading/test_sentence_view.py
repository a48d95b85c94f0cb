from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.core.pipeline import document_from_text, open_document
from desktop.core.translation import SentenceTranslation, TranslationFlag
from desktop.gui.reading.pane_text import SPACER
from desktop.gui.reading.sentence_view import SentenceView
from tests.gui.helpers import SAMPLE

ARTICLE = "عنوان الخبر\n\nالجملة الأولى هنا. والجملة الثانية هناك.\n\nفقرة ثالثة قصيرة."


def make_view(qtbot: QtBot) -> SentenceView:
    view = SentenceView("test")
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    return view


def test_original_keeps_headline_paragraphs_and_direction(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    document = open_document(SAMPLE)
    view.show_original(document)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert view.sentence_ids() == [s.id for s in document.sentences()]
    for sentence in document.sentences():
        assert view.sentence_text(sentence.id) == sentence.text
    first_block = view.document().firstBlock()
    assert first_block.blockFormat().headingLevel() == 1
    assert first_block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # One block per paragraph, a thin spacer block between two paragraphs.
    assert view.document().blockCount() == 2 * len(document.paragraphs) - 1
    spacer = first_block.next()
    assert spacer.userState() == SPACER and not spacer.text().strip()
    fmt = first_block.begin().fragment().charFormat()
    assert "Noto Naskh Arabic" in fmt.fontFamilies()


def test_translation_streams_into_placeholders(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    document = document_from_text(ARTICLE)
    ids = [s.id for s in document.sentences()]
    view.show_translation(document, "en")
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert view.pending_ids() == ids
    view.update_translations({ids[2]: SentenceTranslation("And the second one there.", -0.2)})
    view.update_translations({ids[0]: SentenceTranslation("Headline", -0.1)})
    assert view.sentence_text(ids[0]) == "Headline"
    assert view.sentence_text(ids[2]) == "And the second one there."
    assert view.pending_ids() == [ids[1], ids[3]]
    assert view.toPlainText().splitlines()[0] == "Headline"


def test_flagged_and_doubtful_sentences_carry_the_reason(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    document = document_from_text(ARTICLE)
    ids = [s.id for s in document.sentences()]
    view.show_translation(document, "en")
    view.update_translations(
        {
            ids[0]: SentenceTranslation("Headline", -0.1),
            ids[1]: SentenceTranslation("x", -0.1, frozenset({TranslationFlag.TRUNCATED})),
            ids[2]: SentenceTranslation("y", -5.0),
            ids[3]: SentenceTranslation("", 0.0, frozenset({TranslationFlag.EMPTY})),
        }
    )
    assert ids[0] not in view.notes
    assert "length limit" in view.notes[ids[1]]
    assert "Low confidence" in view.notes[ids[2]]
    assert "no translation" in view.notes[ids[3]]
    assert view.sentence_text(ids[3]) == "[no translation]"


def test_hover_and_click_report_the_sentence_under_the_pointer(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    document = document_from_text(ARTICLE)
    ids = [s.id for s in document.sentences()]
    view.show_original(document)
    point = view.sentence_rect(ids[2]).center()
    assert view.sentence_at(point) == ids[2]
    with qtbot.waitSignal(view.sentence_hovered) as hovered:
        qtbot.mouseMove(view.viewport(), point)
    assert hovered.args == [ids[2]]
    assert view.hovered_id == ids[2]
    with qtbot.waitSignal(view.sentence_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [ids[2]]
    assert view.highlighted_id == ids[2]
    assert len(view.extraSelections()) == 2  # hover and current
    assert view.sentence_at(QPoint(2, view.viewport().height() - 2)) is None


def test_removed_text_is_shown_greyed_only_when_asked(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    text = "اقرأ أيضا\n\nخبر مهم عن الاقتصاد اليوم.\n\nشارك هذا المقال\n\nتفاصيل أخرى عن الخبر."
    document = document_from_text(text)
    assert document.removed, "cleaning should remove something here"
    view.show_original(document)
    assert document.removed[0].text not in view.toPlainText()
    view.show_original(document, show_removed=True)
    assert document.removed[0].text in view.toPlainText()
    assert view.sentence_ids() == [s.id for s in document.sentences()]


def test_zoom_changes_the_text_size(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    size = view.font().pointSizeF()
    view.set_zoom(3)
    assert view.font().pointSizeF() == size + 3
    assert view.document().defaultFont().pointSizeF() == size + 3


def test_summary_highlights(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    document = document_from_text(ARTICLE)
    view.show_original(document)
    view.set_summary_ids([1, 3, 99])
    assert len(view.extraSelections()) == 2


def test_the_reason_shows_in_a_tooltip(qtbot: QtBot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = make_view(qtbot)
    document = document_from_text(ARTICLE)
    ids = [s.id for s in document.sentences()]
    view.show_translation(document, "en")
    flagged = SentenceTranslation("same", -0.1, frozenset({TranslationFlag.UNTRANSLATED}))
    view.update_translations({ids[1]: flagged})
    point = view.sentence_rect(ids[1]).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Not translated" in QToolTip.text()
    QToolTip.hideText()


def test_a_palette_change_keeps_translations_and_highlights(qtbot: QtBot) -> None:
    from PySide6.QtGui import QColor, QPalette

    view = make_view(qtbot)
    document = document_from_text(ARTICLE)
    ids = [s.id for s in document.sentences()]
    shown = {ids[1]: SentenceTranslation("Kept.", -0.1)}  # the owner's (a tab's runner's)
    view.translations = lambda: shown
    view.show_translation(document, "en")
    view.update_translations(shown)
    view.highlight(ids[1])
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#111111"))
    view.setPalette(palette)
    assert view.sentence_text(ids[1]) == "Kept."
    assert view.highlighted_id == ids[1]
    assert view.pending_ids() == [ids[0], ids[2], ids[3]]
