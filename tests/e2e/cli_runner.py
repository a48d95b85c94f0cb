"""Run `nashra-cli` as a user does: a separate process, bytes in, UTF-8 text out."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def run_cli(
    *args: str, stdin: bytes | None = None, packs: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the CLI; `packs` is argos's packages folder (default: one that holds no packs)."""
    env = dict(os.environ)
    env["ARGOS_PACKAGES_DIR"] = str(packs if packs is not None else REPO / "no-packs-here")
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        cwd=REPO,
        env=env,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )
