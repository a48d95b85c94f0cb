"""Nashra translates with an OPUS-MT model exactly as CTranslate2's OPUS-MT guide does.

The reference is CTranslate2 + SentencePiece called directly, one sentence per call: the release's
pre-processing, ``source.spm``, the ``>>ara<<`` label for the multi-target en→ar release, the
decoder.yml's beam size and normalisation, ``target.spm`` to decode. Nashra's engine batches the
whole document in one call, with one sentence per sub-batch (see test_engine.py, ALONE). The test
model never stops by itself, so both sides get the same length bound (a beam search bounded at
another length may choose other words): one bound for every sentence, so the engine's batch call
and each direct call decode to the same length.
"""

from __future__ import annotations

from pathlib import Path

import ctranslate2
import pytest
import sentencepiece as spm

from desktop.core.models.opus_model import OpusModel, preprocess
from desktop.core.translation.engine import DecodingSettings, TranslationEngine
from tests.fixtures.argos_pack import corpus_lines
from tests.fixtures.opus_fixtures import OpusSet

BOUND = 60


def direct(model: OpusModel, sentence: str, bound: int) -> str:
    """CTranslate2's OPUS-MT guide, one sentence, with the release's settings and label."""
    translator = ctranslate2.Translator(str(model.model_dir), inter_threads=1, intra_threads=1)
    source = spm.SentencePieceProcessor(model_file=str(model.path / "source.spm"))
    target = spm.SentencePieceProcessor(model_file=str(model.path / "target.spm"))
    tokens = source.encode(preprocess(sentence, model.from_code), out_type=str)
    if model.from_code == "en":
        tokens = [">>ara<<", *tokens]
    decoding = model.metadata["decoding"]
    result = translator.translate_batch(
        [tokens],
        beam_size=decoding["beam_size"],
        length_penalty=decoding["length_penalty"],
        max_decoding_length=bound,
    )
    return str(target.decode(result[0].hypotheses[0]))


@pytest.mark.parametrize(("direction", "count"), [("ar_en", 12), ("en_ar", 8)])
def test_batched_translation_equals_ctranslate2_sentence_by_sentence(
    opus_models: OpusSet, direction: str, count: int
) -> None:
    model: OpusModel = getattr(opus_models, direction)
    sentences = corpus_lines(model.from_code)[200 : 200 + count]
    settings = DecodingSettings(**model.decoding_defaults, length_ratio=0.0, length_margin=BOUND)
    engine = TranslationEngine(
        model, settings=settings, batch_tokens=8192, first_batch_tokens=8192, sub_batch_size=1
    )

    ours = engine.translate(list(enumerate(sentences)))

    assert engine.model_calls == 1
    for index, sentence in enumerate(sentences):
        assert engine.settings.decoding_bound(len(model.encode(sentence))) == BOUND
        expected = direct(model, sentence, BOUND)
        assert expected
        assert ours[index].text == expected, f"sentence {index} differs"


def test_the_release_settings_and_label_are_used(opus_models: OpusSet) -> None:
    en_ar, ar_en = opus_models.en_ar, opus_models.ar_en
    assert en_ar.target_label == ">>ara<<" and ar_en.target_label == ""
    assert en_ar.encode("Hello.")[0] == ">>ara<<"
    assert ar_en.encode("مرحبا")[0] != ">>ara<<"
    engine = TranslationEngine(en_ar)
    assert (engine.settings.beam_size, engine.settings.length_penalty) == (4, 1.0)
    assert engine.settings.replace_unknowns is False


def test_punctuation_is_normalised_as_the_release_does() -> None:
    assert preprocess("«Hello»  “world” \u200b…", "en") == preprocess('"Hello" "world" ...', "en")
    assert "\x07" not in preprocess("a\x07b", "en")


def test_installed_metadata_names_its_source_and_licence(opus_models: OpusSet) -> None:
    meta = opus_models.ar_en.metadata
    assert meta["id"] == "opus-mt-big-ar-en"
    assert meta["licence"] == "CC-BY 4.0" and "Helsinki-NLP" in meta["attribution"]
    assert meta["scores"][0]["value"] == 42.6 and "bleu-scores" in meta["scores"][0]["source"]
    assert meta["release_date"] == "2022-03-09" and meta["quantization"] == "int8"
    assert Path(opus_models.ar_en.path / "LICENSE").is_file()
