"""A batch run's documents translated several at a time, each failure kept for its own turn."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.commands.batch_translation import GroupedTranslation
from desktop.core.document import Document
from desktop.core.errors import EmptyDocumentError
from desktop.core.pipeline import open_document
from desktop.core.translation.engine_pool import EnginePool
from tests.unit.commands.conftest import SAMPLE_AR, SAMPLE_EN, copy


def test_documents_are_read_once_grouped_by_direction_and_fail_in_turn(
    argos_packages_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(argos_packages_dir))
    names = ["ar1", "empty", "ar2", "en1", "ar3"]
    paths = [
        copy(SAMPLE_EN if n.startswith("en") else SAMPLE_AR, tmp_path / f"{n}.txt") for n in names
    ]
    paths[1].write_bytes(b"")
    reads: list[str] = []

    def read(path: Path) -> Document:
        reads.append(path.stem)
        return open_document(path)

    pool = EnginePool(use_cache=False)
    try:
        grouped = GroupedTranslation(paths, read, None, pool)
        document, translations = grouped.translate(paths[0])
        assert reads == ["ar1", "empty", "ar2", "en1"]  # read ahead up to the other direction
        assert sorted(translations) == [s.id for s in document.sentences()]
        engine = pool.engine_for("ar", "en")
        assert engine.model_calls == 1  # ar1 and ar2 in one call
        with pytest.raises(EmptyDocumentError):
            grouped.translate(paths[1])  # its error, in its turn
        assert grouped.translate(paths[2])[0].source == str(paths[2])
        assert grouped.translate(paths[3])[0].language == "en"
        assert grouped.translate(paths[4])[0].source == str(paths[4])
        assert reads == ["ar1", "empty", "ar2", "en1", "ar3"]  # each once
        assert engine.model_calls == 2
    finally:
        pool.close()
