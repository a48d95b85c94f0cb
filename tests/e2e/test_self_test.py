"""`nashra-cli self-test` and `nashra --self-test` from source (the frozen ones run in CI)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.cli_runner import run_cli
from tests.fixtures.pack_fixtures import PackSet

CHECKS = ("qt", "document", "translation", "summary", "export", "formats")


def lines_by_check(output: str) -> dict[str, str]:
    return {
        line.split(":", 1)[0]: line.split(":", 1)[1].strip()
        for line in output.splitlines()
        if line.split(":", 1)[0] in CHECKS
    }


@pytest.mark.slow
def test_without_a_pack_translation_is_skipped() -> None:
    result = run_cli("self-test")

    assert result.returncode == 0, result.stdout + result.stderr
    checks = lines_by_check(result.stdout)
    assert checks["translation"] == "skipped: no pack"
    assert all(checks[name].startswith("ok") for name in CHECKS if name != "translation")
    assert result.stdout.rstrip().endswith(f"self-test passed (from source, {sys.platform})")


@pytest.mark.slow
def test_require_pack_fails_without_one() -> None:
    result = run_cli("self-test", "--require-pack")

    assert result.returncode == 1
    assert lines_by_check(result.stdout)["translation"].startswith("FAILED: MissingPackError")
    assert "self-test FAILED (1 checks)" in result.stdout


@pytest.mark.slow
def test_installed_pack_translates_and_the_translation_is_exported(
    argos_packages_dir: Path,
) -> None:
    result = run_cli("self-test", "--require-pack", packs=argos_packages_dir)

    assert result.returncode == 0, result.stdout + result.stderr
    checks = lines_by_check(result.stdout)
    assert checks["translation"].startswith("ok (ar->en: ")
    assert checks["export"].startswith("ok (bilingual: ")


@pytest.mark.slow
def test_given_pack_file_is_used(built_packs: PackSet) -> None:
    result = run_cli("self-test", "--pack", str(built_packs.ar_en.archive))

    assert result.returncode == 0, result.stdout + result.stderr
    assert lines_by_check(result.stdout)["translation"].startswith("ok (ar->en: ")


def test_missing_pack_file_fails() -> None:
    result = run_cli("self-test", "--pack", str(REPO / "no-such.argosmodel"))

    assert result.returncode == 1
    assert "no-such.argosmodel: no such file or folder" in result.stdout


@pytest.mark.slow
def test_app_self_test_runs_without_a_display() -> None:
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(REPO / "no-packs-here"))
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env=env,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert set(lines_by_check(result.stdout)) == set(CHECKS)


@pytest.mark.parametrize(
    ("argv0", "prog"),
    [("/opt/nashra/nashra-cli", "nashra-cli"), ("/usr/bin/nashra", "nashra"), ("nashra", "nashra")],
)
def test_frozen_entry_picks_the_command_by_its_name(
    argv0: str, prog: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On Linux `nashra-cli` is a link to the one frozen `nashra` executable."""
    from desktop import __version__, app

    monkeypatch.setattr(sys, "argv", [argv0, "--version"])
    with pytest.raises(SystemExit) as exit_info:
        app.frozen_main(argv0)
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"{prog} {__version__}\n"
