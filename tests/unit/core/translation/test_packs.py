"""Finding installed packs with argos's own package reader, and the error for a missing pair."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.errors import NashraError
from desktop.core.translation import MissingPackError
from desktop.core.translation.engine import TranslationEngine
from desktop.core.translation.packs import find_pack, find_packs
from tests.fixtures.pack_fixtures import PackSet


def test_both_directions_are_found(argos_packages_dir: Path) -> None:
    pairs = {(pack.from_code, pack.to_code): pack for pack in find_packs([argos_packages_dir])}

    assert set(pairs) == {("ar", "en"), ("en", "ar")}
    assert pairs["ar", "en"].version == "1.0"
    assert pairs["ar", "en"].name == "translate-ar_en-1_0"
    assert pairs["ar", "en"].from_name == "Arabic"


def test_a_missing_pair_raises_an_error_naming_it(argos_packages_dir: Path) -> None:
    with pytest.raises(MissingPackError) as raised:
        TranslationEngine.for_pair("ar", "fr", pack_dirs=[argos_packages_dir])

    assert isinstance(raised.value, NashraError)
    assert (raised.value.from_code, raised.value.to_code) == ("ar", "fr")
    assert "ar→fr" in str(raised.value) and "Arabic → French" in str(raised.value)


def test_no_pack_folders_at_all(tmp_path: Path) -> None:
    with pytest.raises(MissingPackError):
        find_pack("ar", "en", [tmp_path / "does-not-exist"])


def test_broken_folders_are_skipped_not_fatal(built_packs: PackSet, tmp_path: Path) -> None:
    shutil.copytree(built_packs.ar_en.folder, tmp_path / built_packs.ar_en.name)
    (tmp_path / "not-a-pack").mkdir()
    (tmp_path / "bad-metadata").mkdir()
    (tmp_path / "bad-metadata" / "metadata.json").write_text("{ not json")
    (tmp_path / "no-model").mkdir()
    (tmp_path / "no-model" / "metadata.json").write_text(
        json.dumps({"from_code": "ar", "to_code": "fr", "type": "translate"})
    )

    assert [pack.name for pack in find_packs([tmp_path])] == [built_packs.ar_en.name]


def test_the_newest_version_wins_and_the_first_folder_on_a_tie(
    built_packs: PackSet, tmp_path: Path
) -> None:
    user, bundled = tmp_path / "user", tmp_path / "bundled"
    for root in (user, bundled):
        shutil.copytree(built_packs.ar_en.folder, root / "ar_en")
    assert find_pack("ar", "en", [user, bundled]).path.parent == user

    metadata = bundled / "ar_en" / "metadata.json"
    newer = json.loads(metadata.read_text()) | {"package_version": "1.10"}
    metadata.write_text(json.dumps(newer))
    assert find_pack("ar", "en", [user, bundled]).path.parent == bundled


def test_default_folders_honour_argos_packages_dir(
    argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(argos_packages_dir))
    assert find_pack("ar", "en").path.parent == argos_packages_dir


def test_importing_the_package_loads_neither_argos_nor_ctranslate2() -> None:
    """Nor the engine and its SQLite cache: the GUI imports the package's result and error types
    on its way to the first paint."""
    code = (
        "import sys, desktop.core.translation; "
        "heavy = {'argostranslate', 'ctranslate2', 'sentencepiece', 'sqlite3', "
        "'desktop.core.translation.engine', 'desktop.core.translation.cache'} & set(sys.modules); "
        "sys.exit(sorted(heavy) or 0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_package_exports_the_shared_result_and_error_types() -> None:
    import desktop.core.translation as package
    from desktop.core.translation import errors, results

    for name in package.__all__:
        assert getattr(package, name) in (getattr(results, name, None), getattr(errors, name, None))
