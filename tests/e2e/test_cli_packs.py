"""`nashra-cli packs ...` run as a user runs it: a separate process, a real packages folder and a
real HTTP server on 127.0.0.1 for the index and downloads."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.cli_runner import run_cli
from tests.fixtures.opus_fixtures import OpusSet
from tests.fixtures.pack_fixtures import PackSet
from tests.fixtures.pack_server import (
    PackServer,
    closed_port_url,
    index_entry,
    snapshot,
    write_zip,
)


@pytest.fixture
def packages_dir(tmp_path: Path) -> Path:
    return tmp_path / "argos-packages"


def run_packs(packages_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run `nashra-cli packs` with argos's packages folder at ``packages_dir``."""
    return run_cli("packs", *args, packs=packages_dir)


def test_install_list_and_remove(built_packs: PackSet, packages_dir: Path) -> None:
    empty = run_packs(packages_dir, "list")
    assert empty.returncode == 0, empty.stderr
    assert "No translation models installed. Offline: `packs install FILE`" in empty.stdout

    installed = run_packs(packages_dir, "install", str(built_packs.ar_en.archive))
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.startswith("Installed ar→en (Arabic → English) version 1.0 in ")

    listed = run_packs(packages_dir, "list")
    assert listed.returncode == 0, listed.stderr
    (row,) = listed.stdout.splitlines()
    model_id, kind, pair, version, size, licence, quality, where = row.split("\t")
    assert (model_id, kind, pair, version) == (built_packs.ar_en.name, "argos", "ar→en", "1.0")
    assert licence and "BLEU" in quality
    assert size.endswith(("kB", "MB")) and where == str(packages_dir / built_packs.ar_en.name)

    removed = run_packs(packages_dir, "remove", "ar", "en")
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout == f"Removed {packages_dir / built_packs.ar_en.name}\n"
    assert snapshot(packages_dir) == []

    again = run_packs(packages_dir, "remove", "ar", "en")
    assert again.returncode == 2
    assert again.stderr.startswith("nashra-cli: ar→en: no language pack installed")


def test_a_malicious_file_is_one_line_of_error_and_installs_nothing(
    built_packs: PackSet,
    packages_dir: Path,
    tmp_path: Path,
) -> None:
    bad = write_zip(tmp_path / "evil.argosmodel", [("../evil.txt", b"x")])
    result = run_packs(packages_dir, "install", str(bad))
    assert result.returncode == 2
    assert result.stderr == (
        f"nashra-cli: {bad}: rejected: member '../evil.txt' climbs out of the pack folder "
        "with '..'\n"
    )
    assert snapshot(packages_dir) == [] and not (tmp_path / "evil.txt").exists()


def test_available_and_download_from_the_index(
    built_packs: PackSet,
    server: PackServer,
    packages_dir: Path,
) -> None:
    link = server.serve("/ar_en.argosmodel", built_packs.ar_en.archive.read_bytes())
    index_url = server.serve_index([index_entry(built_packs.ar_en, [link], version="1.0")])

    available = run_packs(packages_dir, "available", "--index-url", index_url)
    assert available.returncode == 0, available.stderr
    size = f"{built_packs.ar_en.archive.stat().st_size / 1e6:.1f} MB"
    opus, argos = available.stdout.splitlines()[:-1], available.stdout.splitlines()[-1]
    assert [line.split("\t")[0] for line in opus] == [
        "opus-mt-big-ar-en",
        "opus-mt-big-en-ar",
        "opus-mt-ar-en-2021",
    ]
    assert all("\tCC-BY 4.0\t" in line and "object.pouta.csc.fi" in line for line in opus)
    assert argos == f"ar→en\targos\t1.0\t{size}\tArabic → English"

    downloaded = run_packs(packages_dir, "download", "ar", "en", "--index-url", index_url)
    assert downloaded.returncode == 0, downloaded.stderr
    assert downloaded.stdout.startswith("Installed ar→en (Arabic → English) version 1.0")
    assert downloaded.stderr == ""  # no progress bar: stderr is not a terminal
    assert (packages_dir / built_packs.ar_en.name / "model" / "model.bin").is_file()

    marked = run_packs(packages_dir, "available", "--index-url", index_url)
    assert marked.stdout.rstrip("\n").endswith("\tinstalled (1.0)")


def test_available_offline_says_so_and_suggests_a_file(packages_dir: Path) -> None:
    url = closed_port_url()
    result = run_packs(packages_dir, "available", "--index-url", url, "--timeout", "2")
    assert result.returncode == 0  # the OPUS-MT releases are listed without the network
    assert all(line.startswith("opus-mt-") for line in result.stdout.splitlines())
    assert result.stderr.startswith(f"nashra-cli: {url}: could not reach the language-pack index")
    assert result.stderr.endswith("you can install a pack from a file instead\n")
    assert result.stderr.count("\n") == 1


def test_available_offline_falls_back_to_the_saved_list(
    built_packs: PackSet,
    server: PackServer,
    packages_dir: Path,
) -> None:
    link = server.url("/ar_en.argosmodel")
    index_url = server.serve_index([index_entry(built_packs.ar_en, [link])])
    assert run_packs(packages_dir, "available", "--index-url", index_url).returncode == 0
    server.close()

    result = run_packs(packages_dir, "available", "--index-url", index_url, "--timeout", "2")

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("ar→en\targos\t1.0\t")
    assert result.stderr.startswith(f"nashra-cli: {index_url}: could not reach the language-pack")
    assert "showing the list saved on " in result.stderr


def test_an_opus_mt_release_installs_from_a_file_and_translates_by_id(
    opus_models: OpusSet, packages_dir: Path, tmp_path: Path
) -> None:
    installed = run_cli(
        "packs", "install", str(opus_models.ar_en_release.archive), packs=packages_dir
    )
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.startswith("Installed OPUS-MT model opus-mt-big-ar-en (ar→en) in ")
    listed = run_cli("packs", "list", packs=packages_dir)
    (row,) = listed.stdout.splitlines()
    assert row.startswith("opus-mt-big-ar-en\topus-mt\tar→en\t2022-03-09\t")
    assert "\tCC-BY 4.0\t" in row and "42.6" in row
    article = tmp_path / "article.txt"
    article.write_text("كشفت مصادر محلية عن مفاوضات تجري في المدينة.\n", encoding="utf-8")
    translated = run_cli(
        "translate",
        str(article),
        "--model",
        "opus-mt-big-ar-en",
        "--format",
        "jsonl",
        packs=packages_dir,
    )
    assert translated.returncode == 0, translated.stderr
    assert '"translation": "' in translated.stdout
    wrong = run_cli("translate", str(article), "--model", "no-such-model", packs=packages_dir)
    assert wrong.returncode == 2 and "no installed model has this id" in wrong.stderr
    removed = run_cli("packs", "remove", "opus-mt-big-ar-en", packs=packages_dir)
    assert removed.returncode == 0, removed.stderr
    assert run_cli("packs", "list", packs=packages_dir).stdout.startswith("No ")
