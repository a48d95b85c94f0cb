"""Compare an export with its golden file and show a unified diff when they differ.

Set NASHRA_UPDATE_GOLDEN=1 to write the current output as the new golden files (then read the
git diff before committing them).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "golden" / "export"
UPDATE_VARIABLE = "NASHRA_UPDATE_GOLDEN"


def updating() -> bool:
    return os.environ.get(UPDATE_VARIABLE, "") not in ("", "0")


def assert_matches_golden(actual: str, name: str) -> None:
    """Fail with a diff (golden → actual) unless `actual` equals the golden file `name` exactly.

    The file is compared byte for byte after UTF-8 decoding, so a stray "\\r\\n" or a BOM counts
    as a difference.
    """
    path = GOLDEN_DIR / name
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(f"no golden file {path}; run with {UPDATE_VARIABLE}=1 to create it")
    expected = path.read_bytes().decode("utf-8")
    if actual == expected:
        return
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"golden/{name}",
        tofile="actual",
    )
    shown = "".join(line if line.endswith("\n") else line + "\\ no newline\n" for line in diff)
    pytest.fail(
        f"export differs from {path} (run with {UPDATE_VARIABLE}=1 if the change is intended):\n"
        + (shown or repr(expected) + "\n!=\n" + repr(actual)),
        pytrace=False,
    )
