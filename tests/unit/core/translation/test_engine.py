"""The engine: batching, streaming, cancel, guards, flags and confidence, on both kinds of model."""

from __future__ import annotations

import math
import threading
from pathlib import Path

import pytest

from desktop.core.translation import SentenceTranslation, TranslationFlag
from desktop.core.translation.engine import DecodingSettings, TranslationEngine
from desktop.core.translation.models import TranslationModel
from desktop.core.translation.packs import InstalledPack
from desktop.core.translation.runtime import Runtime, load_translator
from desktop.core.translation.splitting import split_long
from tests.fixtures.argos_pack import build_pack
from tests.fixtures.news import news_sentences
from tests.fixtures.pack_fixtures import install_archive

Progress = tuple[int, int, dict[int, SentenceTranslation]]

# ALONE: a random-weight model's beam search meets near-ties, and a sentence decoded in a padded
# sub-batch with others is rounded differently from the same sentence alone, differently on each
# kind of CPU (here 1 to 2 sentences in 300 change). Tests that compare exact texts across
# different calls therefore decode one sentence per sub-batch (`sub_batch_size=1`), or compare
# identical calls.


def test_results_stream_batch_by_batch_in_document_order(ar_en_model: TranslationModel) -> None:
    sentences = list(enumerate(news_sentences(ar_en_model, 16), start=100))
    engine = TranslationEngine(ar_en_model, batch_tokens=200, first_batch_tokens=60)
    calls: list[Progress] = []

    result = engine.translate(sentences, progress=lambda *call: calls.append(call))

    assert len(calls) == engine.model_calls >= 4
    assert [total for _, total, _ in calls] == [16] * len(calls)
    done = [count for count, _, _ in calls]
    assert done == sorted(done) and done[0] < 16 and done[-1] == 16
    first = sorted(calls[0][2])
    assert first == list(range(100, 100 + len(first)))  # the top of the document comes first
    streamed: dict[int, SentenceTranslation] = {}
    for _, _, new in calls:
        assert not streamed.keys() & new.keys()  # each sentence reported once
        streamed.update(new)
    assert streamed == result
    assert sorted(result) == list(range(100, 116))


def test_calls_grow_from_the_first_batch_to_batch_tokens(ar_en_model: TranslationModel) -> None:
    sentences = list(enumerate(news_sentences(ar_en_model, 24)))
    engine = TranslationEngine(ar_en_model, batch_tokens=400, first_batch_tokens=50)
    sizes: list[int] = []

    engine.translate(sentences, progress=lambda _done, _total, new: sizes.append(len(new)))

    assert sizes[0] < sizes[1] < sizes[2]  # 50, then up to 100, then up to 200 tokens
    assert sum(sizes) == 24


@pytest.mark.parametrize(
    ("count", "workers", "expected"),
    [(1, 2, 1), (2, 2, 1), (7, 2, 4), (16, 2, 8), (17, 2, 5), (50, 2, 7), (50, 1, 8), (9, 4, 3)],
)
def test_sub_batches_are_small_and_shared_evenly_by_the_workers(
    ar_en: InstalledPack, count: int, workers: int, expected: int
) -> None:
    engine = TranslationEngine(ar_en, sub_batch_size=8)

    assert engine._sub_batch(count, workers) == expected


def test_identical_and_empty_sentences_cost_no_extra_work(ar_en_model: TranslationModel) -> None:
    text = news_sentences(ar_en_model, 1)[0]
    engine = TranslationEngine(ar_en_model)

    result = engine.translate([(1, text), (2, "  "), (3, text), (4, "")])

    assert engine.model_calls == 1
    assert result[1] == result[3]
    assert result[2] == result[4] == SentenceTranslation("")


def test_cancel_between_batches_keeps_whole_sentences_and_caches_them(
    ar_en_model: TranslationModel, tmp_path: Path
) -> None:
    sentences = list(enumerate(news_sentences(ar_en_model, 12)))
    stop = threading.Event()
    # One length bound for every sentence, so every call decodes to the same limit: the OPUS-MT
    # test model runs to the limit, and a beam search bounded elsewhere may choose other words.
    same = {
        "settings": DecodingSettings(
            **ar_en_model.decoding_defaults, length_ratio=0.0, length_margin=60
        )
    }
    engine = TranslationEngine(
        ar_en_model,
        **same,
        cache=tmp_path / "cache.sqlite",
        batch_tokens=150,
        first_batch_tokens=60,
        sub_batch_size=1,
    )
    reported: dict[int, SentenceTranslation] = {}

    def on_progress(done: int, total: int, new: dict[int, SentenceTranslation]) -> None:
        reported.update(new)
        stop.set()  # the user presses Cancel while the first batch is shown

    partial = engine.translate(sentences, progress=on_progress, cancel=stop)

    assert engine.model_calls == 1
    assert partial == reported
    assert 0 < len(partial) < len(sentences)
    assert sorted(partial) == list(range(len(partial)))  # a prefix of the document

    again = TranslationEngine(
        ar_en_model, **same, cache=tmp_path / "cache.sqlite", batch_tokens=150, sub_batch_size=1
    )
    full = again.translate(sentences, cancel=lambda: False)
    assert len(full) == len(sentences)
    assert {i: full[i] for i in partial} == partial  # served from the cache
    # One sentence per sub-batch: each is decoded alone whatever the batches around it, so the
    # texts cannot differ by the CPU's rounding of padded batches (see ALONE).
    fresh = TranslationEngine(ar_en_model, **same, batch_tokens=150, sub_batch_size=1).translate(
        sentences
    )
    for index, translation in fresh.items():
        assert full[index].text == translation.text
        assert full[index].confidence == pytest.approx(translation.confidence, abs=1e-3)


def test_cancel_before_start_translates_nothing(ar_en_model: TranslationModel) -> None:
    engine = TranslationEngine(ar_en_model)
    assert engine.translate([(0, news_sentences(ar_en_model, 1)[0])], cancel=lambda: True) == {}
    assert engine.model_calls == 0


def test_runaway_output_is_bounded_by_the_input_length(ar_en: InstalledPack) -> None:
    # The test pack answers everything with 30-40 tokens: a 2-3 token input is a runaway.
    settings = DecodingSettings()
    short = "الحرب"
    tokens = ar_en.encode(short)
    bound = settings.decoding_bound(len(tokens))
    translator = load_translator(ar_en.model_dir, Runtime())
    options = {"beam_size": 4, "length_penalty": 0.2, "replace_unknowns": True}
    unbounded = translator.translate_batch([tokens], **options)
    assert len(unbounded[0].hypotheses[0]) > bound  # left alone, the model runs away

    result = TranslationEngine(ar_en, settings=settings).translate_text(short)

    # What the engine promises: at most the bound, flagged, and exactly what CTranslate2 gives
    # when asked for that bound (beam search stopped early need not keep the unbounded answer's
    # first tokens, so that is not compared).
    assert TranslationFlag.TRUNCATED in result.flags
    bounded = translator.translate_batch([tokens], max_decoding_length=bound, **options)
    assert len(bounded[0].hypotheses[0]) <= bound
    assert result.text == ar_en.decode(bounded[0].hypotheses[0])
    assert len(ar_en.encode(result.text)) <= bound + 2  # re-encoding may split a piece or two


def test_confidence_is_the_mean_token_log_probability(ar_en: InstalledPack) -> None:
    sentence = news_sentences(ar_en, 1)[0]
    result = TranslationEngine(ar_en).translate_text(sentence)

    translator = load_translator(ar_en.model_dir, Runtime())
    best = translator.translate_batch([ar_en.encode(sentence)], beam_size=4, length_penalty=0.2)
    scored = translator.score_batch([ar_en.encode(sentence)], [best[0].hypotheses[0]])
    log_probs = scored[0].log_probs  # one per output token, plus the end token
    assert result.confidence == pytest.approx(sum(log_probs) / len(log_probs), abs=1e-3)
    assert result.confidence < 0 and 0 < result.probability < 1
    assert math.isfinite(result.confidence)


def test_sentences_over_the_input_limit_are_translated_in_clauses(
    ar_en_model: TranslationModel,
) -> None:
    clauses = news_sentences(ar_en_model, 3, start=120)
    long_sentence = "، ".join(clause.rstrip(".") for clause in clauses) + "."
    limit = max(len(ar_en_model.encode(clause)) for clause in clauses) + 5
    assert len(ar_en_model.encode(long_sentence)) > limit
    engine = TranslationEngine(
        ar_en_model, settings=DecodingSettings(max_input_tokens=limit), first_batch_tokens=4096
    )

    result = engine.translate_text(long_sentence)

    assert TranslationFlag.SPLIT in result.flags
    assert engine.model_calls == 1  # all pieces of a sentence go in one batch
    pieces = split_long(long_sentence, lambda text: len(ar_en_model.encode(text)), limit)
    assert len(pieces) >= 2
    assert all(len(ar_en_model.encode(piece)) <= limit for piece in pieces)
    assert " ".join(pieces).split() == long_sentence.split()
    # The pieces as sentences of their own, in one call like the one above: the same batch, so
    # the same decoding on any CPU.
    alone = engine.translate(list(enumerate(pieces)))
    assert engine.model_calls == 2
    assert result.text == " ".join(alone[index].text.strip() for index in range(len(pieces)))


def test_translations_into_another_script_are_not_flagged(ar_en_model: TranslationModel) -> None:
    results = TranslationEngine(ar_en_model).translate(
        list(enumerate(news_sentences(ar_en_model, 8)))
    )
    assert all(TranslationFlag.UNTRANSLATED not in result.flags for result in results.values())


def test_output_left_in_the_source_script_is_flagged_untranslated(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # A broken pack that can only write Arabic: what a failing Arabic pack looks like.
    build_dir = tmp_path_factory.mktemp("broken-build")
    broken = build_pack(build_dir, "ar", "en", target_pieces="source", version="0.1")
    packages = tmp_path_factory.mktemp("broken-packages")
    install_archive(broken.archive, packages)
    engine = TranslationEngine.for_pair("ar", "en", pack_dirs=[packages])

    results = engine.translate(list(enumerate(news_sentences(engine.pack, 4))))

    assert len(results) == 4
    assert all(TranslationFlag.UNTRANSLATED in result.flags for result in results.values())
