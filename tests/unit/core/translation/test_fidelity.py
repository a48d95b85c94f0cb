"""Nashra's batched engine gives argostranslate's own translation, sentence for sentence.

The engine's calls hold many sentences; here each is decoded in a sub-batch of its own
(`sub_batch_size=1`), as argos decodes it. Padded sub-batches of several sentences round
differently on different CPUs, which a random-weight model's near-ties can turn into other words
(see tests/unit/core/translation/test_engine.py, ALONE): that is CTranslate2's arithmetic, not a
difference in what Nashra asks of it, and a test must not depend on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.translation import TranslationFlag
from desktop.core.translation.engine import DecodingSettings, TranslationEngine
from desktop.core.translation.packs import InstalledPack, find_pack
from tests.fixtures.argos_pack import build_pack, corpus_lines
from tests.fixtures.news import news_sentences
from tests.fixtures.pack_fixtures import install_archive

_argos_translations: dict[Path, object] = {}


def argos_translate_alone(pack_dir: Path, from_code: str, to_code: str, sentence: str) -> str:
    """What ``argostranslate.translate.translate()`` gives for one sentence, minus its splitter.

    This is argos's own object and path (``PackageTranslation.hypotheses`` ->
    ``apply_packaged_translation`` with argos's settings, its own ctranslate2.Translator, one
    hypothesis); only the sentence splitter is swapped for one returning the sentence whole, since
    the default (MiniSBD) downloads a model and Nashra gives argos one sentence at a time anyway.
    """
    from argostranslate import package, sbd, translate

    class WholeSentence(sbd.ISentenceBoundaryDetectionModel):
        def split_sentences(self, text: str) -> list[str]:
            return [text]

    translation = _argos_translations.get(pack_dir)
    if translation is None:  # one per pack, as argos keeps them (it loads the model on first use)
        translation = translate.PackageTranslation(
            translate.Language(from_code, from_code),
            translate.Language(to_code, to_code),
            package.Package(pack_dir),
        )
        translation.sentencizer = WholeSentence()
        _argos_translations[pack_dir] = translation
    return str(translation.translate(sentence))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("pack_fixture", "count"), [("ar_en", 20), ("en_ar", 6)])
def test_batched_translation_equals_argos_sentence_by_sentence(
    pack_fixture: str, count: int, request: pytest.FixtureRequest
) -> None:
    pack: InstalledPack = request.getfixturevalue(pack_fixture)
    sentences = news_sentences(pack, count)
    assert len(sentences) == count
    engine = TranslationEngine(pack, batch_tokens=4096, first_batch_tokens=4096, sub_batch_size=1)

    ours = engine.translate(list(enumerate(sentences)))

    assert engine.model_calls == 1  # the whole document in one call, unlike argos
    for index, sentence in enumerate(sentences):
        expected = argos_translate_alone(pack.path, pack.from_code, pack.to_code, sentence)
        assert expected  # the test pack really produces text
        assert ours[index].text == expected, f"sentence {index} differs from argos"
        assert TranslationFlag.TRUNCATED not in ours[index].flags


def test_without_the_length_guard_every_sentence_matches_argos(ar_en: InstalledPack) -> None:
    """Short sentences too: only the guard (off here: argos's own 256-token cap) tells us apart."""
    sentences = corpus_lines("ar")[200:220]
    unguarded = DecodingSettings(length_ratio=1000.0)
    engine = TranslationEngine(ar_en, settings=unguarded, batch_tokens=4096, sub_batch_size=1)

    ours = engine.translate(list(enumerate(sentences)))

    for index, sentence in enumerate(sentences):
        assert ours[index].text == argos_translate_alone(ar_en.path, "ar", "en", sentence)


@pytest.fixture(scope="module")
def prefixed_pack(tmp_path_factory: pytest.TempPathFactory) -> InstalledPack:
    """A pack whose translations start with a prefix token, like argos's multilingual packs."""
    build_dir = tmp_path_factory.mktemp("prefixed-build")
    built = build_pack(build_dir, "ar", "en", target_prefix="__en__", version="2.0")
    packages = tmp_path_factory.mktemp("prefixed-packages")
    install_archive(built.archive, packages)
    return find_pack("ar", "en", [packages])


def test_target_prefix_is_handled_as_argos_does(prefixed_pack: InstalledPack) -> None:
    assert prefixed_pack.target_prefix == "__en__"
    sentences = news_sentences(prefixed_pack, 8)
    engine = TranslationEngine(prefixed_pack, sub_batch_size=1)

    ours = engine.translate(list(enumerate(sentences)))

    for index, sentence in enumerate(sentences):
        expected = argos_translate_alone(prefixed_pack.path, "ar", "en", sentence)
        assert ours[index].text == expected
        assert TranslationFlag.TRUNCATED not in ours[index].flags
