"""The CLI's commands run in this process: `desktop.cli.main` with the real test packs."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

SAMPLES = REPO / "resources" / "samples"
SAMPLE_AR = SAMPLES / "wikinews-ar.txt"
SAMPLE_EN = SAMPLES / "wikinews-en.txt"


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.strip().splitlines()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Iterator[Callable[..., Run]]:
    """`cli(*argv)` runs `nashra-cli argv` here and returns its status, stdout and stderr."""
    from desktop.core.translation.engine_pool import shared_pool

    def run(*argv: str | Path) -> Run:
        capsys.readouterr()
        out = io.StringIO()
        from desktop.cli import main

        try:
            status = main([str(arg) for arg in argv], out=out)
        except SystemExit as exit_:  # argparse's usage errors
            status = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Run(status, out.getvalue() + captured.out, captured.err)

    yield run
    shared_pool().close()  # its engines hold this test's cache file


@pytest.fixture
def packs(argos_packages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(argos_packages_dir))
    return argos_packages_dir


@pytest.fixture
def no_packs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "no-packs"
    empty.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(empty))


def copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target
