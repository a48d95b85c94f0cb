"""Several documents translated together: each gets all its sentences, in fewer engine calls."""

from __future__ import annotations

from desktop.core.pipeline import document_from_text
from desktop.core.translation.document_translation import translate_document, translate_documents
from desktop.core.translation.engine import TranslationEngine
from desktop.core.translation.packs import InstalledPack
from tests.fixtures.news import news_sentences


def test_documents_share_calls_and_keep_their_own_ids(ar_en: InstalledPack) -> None:
    lines = news_sentences(ar_en, 9)
    texts = [" ".join(lines[0:3]), " ".join(lines[3:6]) + "\n\nAn English quote.", lines[6]]
    documents = [document_from_text(text, language="auto") for text in texts]
    engine = TranslationEngine(ar_en, sub_batch_size=1)  # exact texts: one sentence a sub-batch
    reports: list[tuple[int, int]] = []

    together = translate_documents(documents, engine, progress=lambda *r: reports.append(r))

    assert engine.model_calls == 1  # one full-size call for the three, not one each
    for document, translations in zip(documents, together, strict=True):
        assert sorted(translations) == [s.id for s in document.sentences()]
    quote = documents[1].paragraphs[-1].sentences[0]
    assert together[1][quote.id].text == "An English quote."  # already in the target
    alone = TranslationEngine(ar_en, sub_batch_size=1)
    assert [translate_document(d, alone) for d in documents] == together
    assert alone.model_calls >= 3  # at least one a document
    total = sum(len(list(d.sentences())) for d in documents)
    assert reports[-1] == (total, total)


def test_full_batches_skip_the_small_first_call(ar_en: InstalledPack) -> None:
    document = document_from_text(" ".join(news_sentences(ar_en, 12)))
    ramping = TranslationEngine(ar_en, batch_tokens=2048, first_batch_tokens=32)
    translate_documents([document], ramping, full_batches=False)
    steady = TranslationEngine(ar_en, batch_tokens=2048, first_batch_tokens=32)
    translate_documents([document], steady)
    assert steady.model_calls == 1 < ramping.model_calls
