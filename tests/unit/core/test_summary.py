"""Summaries: every method on Arabic and English, every length mode, the edge cases.

The two articles in tests/fixtures/summary_{ar,en}.txt were written for these tests (no
third-party text): short news reports in the usual inverted-pyramid shape, with a paragraph of
background and a closing quote.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from desktop.core.document import BlockKind, Document, Paragraph, Sentence
from desktop.core.summary import (
    DEFAULT_METHOD,
    LEAD_METHOD,
    METHODS,
    LengthUnit,
    Summary,
    SummaryLength,
    summarize,
)
from desktop.core.summary.text import _Stemmer, fold, stemmer, word_count, words

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ARABIC_ARTICLE = (FIXTURES / "summary_ar.txt").read_text(encoding="utf-8")
ENGLISH_ARTICLE = (FIXTURES / "summary_en.txt").read_text(encoding="utf-8")

# A sentence whose verb sets nltk's Arabic stemmer flag, after a word whose stem depends on that
# flag: stock sumy SumBasic raises KeyError('خاتم') on exactly this pair.
SUMBASIC_TRAP = ["قال الشيخ إن محمدا رسول الله وخاتم النبيين.", "وكان الطالب يكتبها كل يوم."]

_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


def make_document(text: str, language: str, heading: str | None = None) -> Document:
    """A segmented document, split at sentence punctuation (the splitter is not under test)."""
    paragraphs: list[Paragraph] = []
    next_id = 0
    if heading is not None:
        paragraphs.append(
            Paragraph(
                heading,
                kind=BlockKind.HEADING,
                language=language,
                sentences=[Sentence(next_id, 0, len(heading), heading)],
            )
        )
        next_id += 1
    for block in text.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        sentences = []
        start = 0
        for piece in [*_SENTENCE_END.split(block)]:
            start = block.index(piece, start)
            sentences.append(Sentence(next_id, start, start + len(piece), piece))
            next_id += 1
            start += len(piece)
        paragraphs.append(Paragraph(block, language=language, sentences=sentences))
    return Document("<test>", "text", None, language, paragraphs)


ARTICLES = {"ar": ARABIC_ARTICLE, "en": ENGLISH_ARTICLE}


def summary_words(document: Document, summary: Summary) -> int:
    return sum(word_count(document.sentence(i).text) for i in summary.ids)


def assert_well_formed(document: Document, summary: Summary) -> None:
    all_ids = [sentence.id for sentence in document.sentences()]
    assert set(summary.ids) <= set(all_ids)
    assert list(summary.ids) == sorted(summary.ids, key=all_ids.index)  # article order
    assert sorted(s.rank for s in summary.sentences) == list(range(1, len(summary) + 1))


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("method", METHODS)
def test_every_method_summarises_both_languages(method: str, language: str) -> None:
    document = make_document(ARTICLES[language], language)
    summary = summarize(document, SummaryLength.sentences(3), method)
    assert summary.method == method
    assert len(summary) == 3
    assert_well_formed(document, summary)


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("method", METHODS)
def test_word_budget_is_never_exceeded(method: str, language: str) -> None:
    document = make_document(ARTICLES[language], language)
    for budget in (25, 60, 100):
        summary = summarize(document, SummaryLength.words(budget), method)
        assert 0 < summary_words(document, summary) <= budget
        assert_well_formed(document, summary)


@pytest.mark.parametrize("share", [0.2, 1 / 3, 0.5, 1.0])
def test_share_of_words_rounds_the_budget_down(share: float) -> None:
    document = make_document(ARABIC_ARTICLE, "ar")
    total = sum(word_count(sentence.text) for sentence in document.sentences())
    summary = summarize(document, SummaryLength.ratio(share))
    assert 0 < summary_words(document, summary) <= int(share * total)
    if share == 1.0:
        assert len(summary) == len(document.sentences())


def test_skipped_long_sentence_leaves_room_for_a_shorter_one() -> None:
    # Lead ranks in article order: sentence 0 fits, 1 would overflow, 2 still fits.
    texts = ["one two three.", "four five six seven eight nine.", "ten eleven."]
    sentences = [Sentence(i, 0, len(t), t) for i, t in enumerate(texts)]
    document = Document(
        "<t>", "text", None, "en", [Paragraph(" ".join(texts), sentences=sentences)]
    )
    summary = summarize(document, SummaryLength.words(5), LEAD_METHOD)
    assert summary.ids == (0, 2)


def test_at_least_one_sentence_when_none_fits_the_budget() -> None:
    document = make_document(ENGLISH_ARTICLE, "en")
    summary = summarize(document, SummaryLength.words(1))
    assert len(summary) == 1
    assert summary.sentences[0].rank == 1


def test_sentence_count_larger_than_the_document_returns_everything() -> None:
    document = make_document(ENGLISH_ARTICLE, "en")
    summary = summarize(document, SummaryLength.sentences(1000))
    assert summary.ids == tuple(sentence.id for sentence in document.sentences())


@pytest.mark.parametrize("method", METHODS)
def test_empty_document_gives_an_empty_summary(method: str) -> None:
    empty = Document("<t>", "text", None, "ar", [])
    assert summarize(empty, SummaryLength.sentences(3), method).ids == ()
    assert summarize([], SummaryLength.ratio(0.3), method, language="ar").ids == ()
    no_words = make_document("... !!! ؟", "ar")
    assert summarize(no_words, SummaryLength.words(10), method).ids == ()


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("count", [1, 2])
def test_one_or_two_sentences_are_their_own_summary(method: str, count: int) -> None:
    texts = ["الجملة الأولى في الخبر طويلة بعض الشيء.", "والجملة الثانية أقصر."][:count]
    sentences = [Sentence(10 + i, 0, len(t), t) for i, t in enumerate(texts)]
    summary = summarize(sentences, SummaryLength.words(1), method, language="ar")
    assert summary.ids == tuple(10 + i for i in range(count))


def test_headings_are_never_chosen_but_edmundson_reads_them() -> None:
    document = make_document(ENGLISH_ARTICLE, "en", heading="River port becomes a park")
    for method in METHODS:
        summary = summarize(document, SummaryLength.ratio(1.0), method)
        assert 0 not in summary.ids


def test_sentences_without_a_document_guess_the_language() -> None:
    document = make_document(ARABIC_ARTICLE, "ar")
    from_document = summarize(document, SummaryLength.sentences(3))
    from_sentences = summarize(document.sentences(), SummaryLength.sentences(3))
    assert from_sentences.ids  # one paragraph, same ranking for the default method
    assert from_sentences.ids == from_document.ids


def test_default_method_puts_the_lead_first() -> None:
    for language, text in ARTICLES.items():
        document = make_document(text, language)
        summary = summarize(document, SummaryLength.sentences(1))
        assert summary.ids == (0,)


def test_default_method_skips_a_repeated_sentence() -> None:
    document = make_document(ENGLISH_ARTICLE, "en")
    first = document.sentences()[0]
    copy = Sentence(999, 0, len(first.text), first.text)
    sentences = [first, copy, *document.sentences()[1:]]
    summary = summarize(sentences, SummaryLength.sentences(3), language="en")
    assert not {first.id, 999} <= set(summary.ids)


def test_sumbasic_survives_the_arabic_stemmer_state() -> None:
    sentences = [Sentence(i, 0, len(t), t) for i, t in enumerate([*SUMBASIC_TRAP, "ثم عاد."])]
    summary = summarize(sentences, SummaryLength.sentences(2), "sumbasic", language="ar")
    assert len(summary) == 2


def test_arabic_stems_do_not_depend_on_the_previous_word() -> None:
    stemmer_ = _Stemmer("arabic")
    before = stemmer_._stem("وخاتم")  # uncached on purpose: the state is what is under test
    stemmer_._stem("يكتبها")  # sets nltk's never-reset verb-suffix flag
    assert stemmer_._stem("وخاتم") == before == stemmer("ar")("وخاتم")


def test_words_fold_arabic_spelling_variants() -> None:
    assert fold("أَحْمَدُ إلى آخر ـمدرسةٍ مستشفى") == "احمد الي اخر مدرسه مستشفي"
    assert words("كَتَبَ الطالبُ") == ["كتب", "الطالب"]  # diacritics do not split words
    assert word_count("Hello, world! 2024") == 3


def test_unknown_method_and_meaningless_lengths_are_refused() -> None:
    document = make_document(ENGLISH_ARTICLE, "en")
    with pytest.raises(ValueError, match="unknown summary method"):
        summarize(document, SummaryLength.sentences(2), "magic")
    with pytest.raises(ValueError):
        SummaryLength.sentences(0)
    with pytest.raises(ValueError):
        SummaryLength.words(-5)
    for share in (0.0, 1.5):
        with pytest.raises(ValueError):
            SummaryLength.ratio(share)
    assert SummaryLength.ratio(0.25).unit is LengthUnit.RATIO


def test_long_document_is_ranked_in_parts() -> None:
    paragraphs = [ENGLISH_ARTICLE.replace("Tuesday", f"day {n}") for n in range(40)]
    document = make_document("\n\n".join(paragraphs), "en")
    assert len(document.sentences()) > 400  # past sumy_methods.CHUNK_SENTENCES
    for method in (DEFAULT_METHOD, "luhn"):
        summary = summarize(document, SummaryLength.ratio(0.1), method)
        assert_well_formed(document, summary)
        assert summary_words(document, summary) <= 0.1 * sum(
            word_count(s.text) for s in document.sentences()
        )


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[3] / "bench" / "summaries.py"
    spec = importlib.util.spec_from_file_location("bench_summaries", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_default_beats_sumy_on_easc(shared_dir: Path) -> None:
    bench = _bench()
    corpus = bench.load_easc(shared_dir / "eval" / "easc-dev")[:25]
    results = bench.evaluate(corpus, [DEFAULT_METHOD, LEAD_METHOD, "lexrank", "edmundson"])
    rouge2 = {name: scores[1] for name, scores in results.items()}
    assert rouge2[DEFAULT_METHOD] > rouge2["lexrank"] + 0.02
    assert rouge2[DEFAULT_METHOD] > rouge2["edmundson"]
    assert rouge2[DEFAULT_METHOD] >= rouge2[LEAD_METHOD] - 0.01
    assert statistics.fmean(rouge2.values()) > 0.2


def test_bench_splits_the_annotation_tools_line_joins_only_for_the_ceiling() -> None:
    bench = _bench()
    article = "ألقت الشرطة القبض على وافد من بني\nجلدته في جدة."
    reference = "القت الشرطة القبض على وافد من بنيجلدته في جدة."
    assert "بنيجلدته" in bench.tokens(reference)
    assert bench.unjoined_references(article, [reference]) == [bench.tokens(article)]


def test_method_names_match_sumy_methods_and_import_no_heavy_library() -> None:
    code = (
        "import sys; from desktop.core.summary import METHODS, summarizer;"
        "heavy = [m for m in ('sumy', 'nltk', 'numpy') if m in sys.modules];"
        "from desktop.core.summary import sumy_methods;"
        "assert summarizer.SUMY_METHODS == sumy_methods.SUMY_METHODS, summarizer.SUMY_METHODS;"
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"  # loaded with the first summary, not at start-up
