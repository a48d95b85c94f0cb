"""The SQLite cache: a second translation costs no model call; a broken file never fails one."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop.core.translation import SentenceTranslation, TranslationFlag
from desktop.core.translation.cache import TranslationCache
from desktop.core.translation.engine import DecodingSettings, TranslationEngine
from desktop.core.translation.packs import InstalledPack
from tests.fixtures.news import news_sentences


def test_translating_again_is_served_from_the_cache(ar_en: InstalledPack, tmp_path: Path) -> None:
    sentences = list(enumerate(news_sentences(ar_en, 6)))
    first = TranslationEngine(ar_en, cache=tmp_path / "cache.sqlite")
    translated = first.translate(sentences)
    assert first.model_calls >= 1

    second = TranslationEngine(ar_en, cache=tmp_path / "cache.sqlite")  # e.g. the next session
    calls: list[int] = []
    again = second.translate(sentences, progress=lambda done, total, new: calls.append(done))

    assert second.model_calls == 0
    assert again == translated
    assert calls == [len(sentences)]  # everything reported at once


def test_cache_entries_depend_on_pack_and_settings(ar_en: InstalledPack, tmp_path: Path) -> None:
    sentences = list(enumerate(news_sentences(ar_en, 2)))
    TranslationEngine(ar_en, cache=tmp_path / "c.sqlite").translate(sentences)

    other = TranslationEngine(
        ar_en, cache=tmp_path / "c.sqlite", settings=DecodingSettings(beam_size=2)
    )
    other.translate(sentences)

    assert other.model_calls >= 1  # nothing came from the first engine's entries


def test_garbage_cache_file_is_set_aside_and_rebuilt(ar_en: InstalledPack, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    sentences = list(enumerate(news_sentences(ar_en, 3)))

    engine = TranslationEngine(ar_en, cache=path)
    translated = engine.translate(sentences)

    assert len(translated) == 3
    assert [p.name.split(".corrupt-")[0] for p in tmp_path.glob("*.corrupt-*")] == ["cache.sqlite"]
    again = TranslationEngine(ar_en, cache=path)
    assert again.translate(sentences) == translated
    assert again.model_calls == 0


def test_cache_damaged_while_open_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    cache = TranslationCache(path)
    cache.put_many("ns", {"a": SentenceTranslation("A", -0.5, frozenset({TranslationFlag.SPLIT}))})
    assert cache.get_many("ns", ["a", "b"]) == {
        "a": SentenceTranslation("A", -0.5, frozenset({TranslationFlag.SPLIT}))
    }
    with path.open("r+b") as handle:  # another program scribbles over the file
        handle.write(b"\0garbage" * 512)

    assert cache.get_many("ns", ["a"]) == {}  # a miss, not an exception
    cache.put_many("ns", {"b": SentenceTranslation("B")})
    assert cache.get_many("ns", ["b"]) == {"b": SentenceTranslation("B")}
    cache.close()


def test_unusable_cache_location_disables_the_cache_only(
    ar_en: InstalledPack, tmp_path: Path
) -> None:
    folder_in_the_way = tmp_path / "cache.sqlite"
    folder_in_the_way.mkdir()
    (folder_in_the_way / "keep").write_text("not ours")

    engine = TranslationEngine(ar_en, cache=folder_in_the_way)
    assert engine.cache is not None and not engine.cache.enabled
    assert len(engine.translate(list(enumerate(news_sentences(ar_en, 2))))) == 2
    assert (folder_in_the_way / "keep").read_text() == "not ours"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_unreadable_cache_file_does_not_fail(ar_en: InstalledPack, tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    sqlite3.connect(path).close()
    path.chmod(0)
    engine = TranslationEngine(ar_en, cache=path)
    assert len(engine.translate(list(enumerate(news_sentences(ar_en, 1))))) == 1


def test_clear_forgets_everything(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite")
    cache.put_many("ns", {"a": SentenceTranslation("A")})
    cache.clear()
    assert cache.get_many("ns", ["a"]) == {}
    cache.close()


def test_source_text_is_not_stored(tmp_path: Path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite")
    cache.put_many("ns", {"سر المصدر": SentenceTranslation("translation")})
    cache.close()
    assert "سر المصدر".encode() not in (tmp_path / "c.sqlite").read_bytes()
