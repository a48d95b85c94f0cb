"""Properties of sentence splitting on any text: nothing lost, reordered or duplicated, spans
valid and bounded, over paragraphs as the pipeline builds them.

tests/unit/core/test_sentences.py checks span validity on short texts; these add long and
unpunctuated texts, the length bound, and the Document the pipeline builds around the spans.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.pipeline import document_from_text
from desktop.core.sentences import split_sentences
from desktop.core.sentences.splitter import MAX_SENTENCE_CHARS
from tests.fixtures.spans import assert_valid_spans
from tests.property.strategies import paragraph_text, unpunctuated_run

SETTINGS = settings(max_examples=200, deadline=None)


def _no_space(text: str) -> str:
    return "".join(text.split())


def assert_partition(text: str, spans: list[tuple[int, int]]) -> None:
    assert_valid_spans(text, spans)
    assert "".join(_no_space(text[start:end]) for start, end in spans) == _no_space(text)
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)


@SETTINGS
@given(text=paragraph_text(), language=st.sampled_from(["ar", "en"]))
def test_sentences_partition_any_paragraph(text: str, language: str) -> None:
    assert_partition(text, split_sentences(text, language))


@settings(max_examples=25, deadline=None)
@given(text=unpunctuated_run(150, 600), language=st.sampled_from(["ar", "en"]))
def test_long_unpunctuated_text_is_cut_into_bounded_pieces(text: str, language: str) -> None:
    spans = split_sentences(text, language)
    assert_partition(text, spans)
    if len(text.strip()) > MAX_SENTENCE_CHARS:
        assert len(spans) > 1


@settings(max_examples=100, deadline=None)
@given(paragraphs=st.lists(paragraph_text(30), min_size=1, max_size=6))
def test_documents_hold_every_paragraph_sentence_by_sentence(paragraphs: list[str]) -> None:
    text = "\n\n".join(paragraphs)
    if not _no_space(text):
        return
    try:
        document = document_from_text(text, clean=False)
    except Exception as error:  # only "nothing to read" may refuse a text
        assert type(error).__name__ == "EmptyDocumentError", error
        return
    ids = [sentence.id for sentence in document.sentences()]
    assert ids == list(range(len(ids)))
    for paragraph in document.paragraphs:
        assert paragraph.sentences, paragraph.text
        for sentence in paragraph.sentences:
            assert 0 <= sentence.start < sentence.end <= len(paragraph.text)
            assert sentence.text == paragraph.text[sentence.start : sentence.end]
        spans = [(s.start, s.end) for s in paragraph.sentences]
        assert_partition(paragraph.text, spans)
