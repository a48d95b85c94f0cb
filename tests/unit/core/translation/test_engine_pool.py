"""The engine pool the GUI and the CLI share: one engine per pair, one open cache, forgettable."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.models.opus_install import install_opus_zip
from desktop.core.pipeline import document_from_text
from desktop.core.translation import AlreadyInLanguageError, MissingPackError
from desktop.core.translation.engine_pool import EnginePool
from desktop.core.translation.models import UnknownModelError, list_models
from tests.fixtures.opus_fixtures import OpusSet


def test_a_pair_is_loaded_once_and_shares_the_cache(argos_packages_dir: Path) -> None:
    pool = EnginePool()
    try:
        ar_en = pool.engine_for("ar", "en", [argos_packages_dir])
        en_ar = pool.engine_for("en", "ar", [argos_packages_dir])

        assert pool.engine_for("ar", "en", [argos_packages_dir]) is ar_en
        assert (ar_en.from_code, ar_en.to_code, en_ar.to_code) == ("ar", "en", "ar")
        assert ar_en.cache is not None and ar_en.cache is en_ar.cache
        assert paths.translation_cache_file().is_file()
    finally:
        pool.close()


def test_the_direction_follows_the_document(argos_packages_dir: Path) -> None:
    pool = EnginePool(use_cache=False)
    arabic = document_from_text("كشفت مصادر محلية عن مفاوضات تجري في المدينة.")
    english = document_from_text("Local sources revealed negotiations in the city.")

    assert pool.engine_for_document(arabic, pack_dirs=[argos_packages_dir]).to_code == "en"
    assert pool.engine_for_document(english, pack_dirs=[argos_packages_dir]).to_code == "ar"
    assert pool.engine_for_document(arabic, pack_dirs=[argos_packages_dir]).cache is None


def test_a_document_already_in_the_target_is_named_as_such(argos_packages_dir: Path) -> None:
    """Not "no pack for Arabic → Arabic": there is nothing to translate."""
    pool = EnginePool(use_cache=False)
    arabic = document_from_text("كشفت مصادر محلية عن مفاوضات تجري في المدينة.", source="a.txt")
    with pytest.raises(AlreadyInLanguageError) as raised:
        pool.engine_for_document(arabic, "ar", pack_dirs=[argos_packages_dir])
    assert str(raised.value) == "a.txt: the article is already in Arabic"
    assert not isinstance(raised.value, MissingPackError)


def test_forget_looks_for_packs_again(argos_packages_dir: Path, tmp_path: Path) -> None:
    pool = EnginePool(use_cache=False)
    first = pool.engine_for("ar", "en", [argos_packages_dir])

    pool.forget()

    assert pool.engine_for("ar", "en", [argos_packages_dir]) is not first
    with pytest.raises(MissingPackError, match="Arabic → English"):
        pool.engine_for("ar", "en", [tmp_path])  # an empty folder: nothing installed there


def test_the_best_model_per_direction_or_the_one_asked_for(
    argos_packages_dir: Path, opus_models: OpusSet
) -> None:
    install_opus_zip(opus_models.ar_en_release.archive)  # into Nashra's own models folder
    pool = EnginePool(use_cache=False)
    try:
        best = pool.engine_for("ar", "en", [argos_packages_dir])
        assert getattr(best.model, "kind", "") == "opus-mt"
        argos_id = next(i.model_id for i in list_models([argos_packages_dir]) if i.kind == "argos")
        chosen = pool.engine_for("ar", "en", [argos_packages_dir], model_id=argos_id)
        assert getattr(chosen.model, "kind", "") == "argos" and chosen is not best
        only_argos = pool.engine_for("en", "ar", [argos_packages_dir])  # no OPUS-MT en→ar here
        assert getattr(only_argos.model, "kind", "") == "argos"
        with pytest.raises(UnknownModelError, match="no installed model has this id"):
            pool.engine_for("ar", "en", [argos_packages_dir], model_id="nope")
        with pytest.raises(UnknownModelError, match="translates ar→en, not en→ar"):
            pool.engine_for("en", "ar", [argos_packages_dir], model_id="opus-mt-big-ar-en")
    finally:
        pool.close()
