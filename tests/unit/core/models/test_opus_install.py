"""Installing OPUS-MT release zips: real converter, bad input refused, nothing left behind."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest

from desktop.core.models.opus_install import download_opus_model, install_opus_zip, remote_size
from desktop.core.packs.errors import (
    DownloadError,
    InstallCancelledError,
    InvalidModelError,
    PackTooLargeError,
    UnsupportedModelError,
)
from desktop.core.translation.models import find_model, list_models, remove_model
from tests.fixtures.marian_release import build_release, release_files, write_zip
from tests.fixtures.opus_fixtures import OpusSet
from tests.fixtures.pack_server import PackServer, snapshot
from tests.fixtures.pack_server import write_zip as write_raw_zip

BIG_AR_EN = "opusTCv20210807+bt_transformer-big_2022-03-09"


@pytest.fixture(scope="module")
def good_files() -> dict[str, bytes]:
    return release_files("ar", "en")


@pytest.fixture
def models_dir(tmp_path: Path, opus_models: OpusSet) -> Path:
    """A models folder already holding a model, so "unchanged" is checked on a real folder."""
    folder = tmp_path / "models"
    install_opus_zip(opus_models.en_ar_release.archive, folder)
    return folder


def _assert_unchanged(models_dir: Path, before: list[tuple[str, int]]) -> None:
    assert snapshot(models_dir) == before
    assert sorted(p.name for p in models_dir.parent.glob(".nashra-*")) == []


def test_install_lists_the_model_beside_argos_packs_and_picks_it(
    opus_models: OpusSet, argos_packages_dir: Path
) -> None:
    infos = list_models([argos_packages_dir], opus_models.models_dir)
    ar_en = [info for info in infos if info.pair == "ar→en"]
    assert [info.kind for info in ar_en] == ["opus-mt", "argos"]  # best first
    assert ar_en[0].licence == "CC-BY 4.0" and "42.6" in ar_en[0].quality_note
    assert ar_en[0].size > 0
    chosen = find_model("ar", "en", [argos_packages_dir], models_dir=opus_models.models_dir)
    assert chosen is not None and getattr(chosen, "kind", "") == "opus-mt"
    argos_id = ar_en[1].model_id
    picked = find_model(
        "ar", "en", [argos_packages_dir], model_id=argos_id, models_dir=opus_models.models_dir
    )
    assert getattr(picked, "kind", "") == "argos"


def test_progress_runs_through_the_steps_and_remove_takes_it_away(
    tmp_path: Path, opus_models: OpusSet
) -> None:
    steps: list[tuple[str, float]] = []
    model = install_opus_zip(
        opus_models.ar_en_release.archive, tmp_path / "models", progress=lambda *s: steps.append(s)
    )
    names = [name for name, _ in steps]
    assert names[0] == "checking" and "converting" in names and names[-1] == "placing"
    fractions = [fraction for _, fraction in steps]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert remove_model(model.model_id, tmp_path / "models") == model.path
    assert snapshot(tmp_path / "models") == []


def test_cancel_leaves_nothing(models_dir: Path, opus_models: OpusSet) -> None:
    before = snapshot(models_dir)
    stop = threading.Event()

    def on_progress(step: str, _fraction: float) -> None:
        if step == "unpacking":
            stop.set()

    with pytest.raises(InstallCancelledError):
        install_opus_zip(
            opus_models.ar_en_release.archive, models_dir, progress=on_progress, cancel=stop
        )
    _assert_unchanged(models_dir, before)


def _members(files: dict[str, bytes]) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    return [(name, data) for name, data in sorted(files.items())]


def _symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o120777 << 16
    return info


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("../evil.sh", b"x"), "climbs out"),
        (("/etc/evil", b"x"), "absolute path"),
        ((_symlink("link"), b"/etc/passwd"), "symbolic link"),
    ],
)
def test_unsafe_members_are_refused(
    tmp_path: Path,
    models_dir: Path,
    good_files: dict[str, bytes],
    extra: tuple[zipfile.ZipInfo | str, bytes],
    message: str,
) -> None:
    before = snapshot(models_dir)
    archive = write_raw_zip(tmp_path / "bad.zip", [*_members(good_files), extra])
    with pytest.raises(InvalidModelError, match=message) as caught:
        install_opus_zip(archive, models_dir)
    assert caught.value.source == str(archive)
    _assert_unchanged(models_dir, before)


def test_a_zip_bomb_is_refused(tmp_path: Path, models_dir: Path, good_files: dict) -> None:
    before = snapshot(models_dir)
    files = {**good_files, "padding.bin": b"\0" * 5_000_000}
    archive = write_zip(tmp_path / "bomb.zip", files)
    with pytest.raises(PackTooLargeError, match="limit"):
        install_opus_zip(archive, models_dir, max_unpacked_bytes=4_000_000)
    _assert_unchanged(models_dir, before)


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("decoder.yml", "no decoder.yml"),
        ("opusTCv20210807+bt.spm32k-spm32k.vocab.yml", "vocab.yml is missing"),
        ("target.spm", "target.spm is missing"),
    ],
)
def test_an_incomplete_release_is_refused(
    tmp_path: Path, models_dir: Path, good_files: dict[str, bytes], missing: str, message: str
) -> None:
    before = snapshot(models_dir)
    files = {name: data for name, data in good_files.items() if name != missing}
    archive = write_zip(tmp_path / "incomplete.zip", files)
    with pytest.raises(InvalidModelError, match=message):
        install_opus_zip(archive, models_dir)
    _assert_unchanged(models_dir, before)


def test_an_ssru_student_is_refused_saying_why(tmp_path: Path, models_dir: Path) -> None:
    before = snapshot(models_dir)
    files = release_files("ar", "en", config_overrides={"transformer-decoder-autoreg": "rnn"})
    archive = write_zip(tmp_path / "student.zip", files)
    with pytest.raises(UnsupportedModelError) as caught:
        install_opus_zip(archive, models_dir)
    assert "SSRU/RNN (transformer-decoder-autoreg: rnn)" in str(caught.value)
    assert "\n" not in str(caught.value)
    _assert_unchanged(models_dir, before)


def test_not_a_zip_is_refused(tmp_path: Path, models_dir: Path) -> None:
    before = snapshot(models_dir)
    fake = tmp_path / "model.zip"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(InvalidModelError, match="not a zip archive"):
        install_opus_zip(fake, models_dir)
    _assert_unchanged(models_dir, before)


FAST = {"timeout": 2, "retries": 1, "backoff": 0}


def test_download_from_the_pinned_release_installs_it(
    tmp_path: Path, server: PackServer, opus_models: OpusSet
) -> None:
    url = server.serve(f"/{BIG_AR_EN}.zip", opus_models.ar_en_release.archive.read_bytes())
    assert remote_size(url) == opus_models.ar_en_release.archive.stat().st_size
    seen: list[tuple[int, int | None]] = []
    model = download_opus_model(
        "opus-mt-big-ar-en",
        tmp_path / "models",
        url=url,
        progress=lambda done, total: seen.append((done, total)),
        **FAST,
    )
    assert model.model_id == "opus-mt-big-ar-en" and model.metadata["source_url"] == url
    assert seen[-1][0] == seen[-1][1]


@pytest.mark.parametrize(("behaviour", "message"), [("cut", "closed"), ("silent", "no answer")])
def test_a_truncated_or_silent_download_leaves_nothing(
    tmp_path: Path,
    server: PackServer,
    models_dir: Path,
    opus_models: OpusSet,
    behaviour: str,
    message: str,
) -> None:
    before = snapshot(models_dir)
    url = server.serve(
        "/release.zip", opus_models.ar_en_release.archive.read_bytes(), behaviour=behaviour
    )
    with pytest.raises(DownloadError, match=message) as caught:
        download_opus_model("opus-mt-big-ar-en", models_dir, url=url, **{**FAST, "timeout": 0.5})
    assert caught.value.source == url
    _assert_unchanged(models_dir, before)


def test_a_release_for_another_language_is_refused(tmp_path: Path, models_dir: Path) -> None:
    before = snapshot(models_dir)
    files = release_files("ar", "en")
    files["README.md"] = files["README.md"].replace(
        b"source language(s): ara", b"source language(s): fra"
    )
    archive = write_zip(tmp_path / "fr-en.zip", files)
    with pytest.raises(UnsupportedModelError, match="not Arabic or English"):
        install_opus_zip(archive, models_dir)
    _assert_unchanged(models_dir, before)


def test_build_release_is_deterministic(tmp_path: Path) -> None:
    first = build_release(tmp_path / "a", "ar", "en").archive.read_bytes()
    assert build_release(tmp_path / "b", "ar", "en").archive.read_bytes() == first
