"""The batch CLI run as a user runs it: a folder with a broken file among good ones."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO
from tests.e2e.cli_runner import run_cli

SAMPLES = REPO / "resources" / "samples"


def test_a_folder_with_a_broken_file_among_good_ones(
    argos_packages_dir: Path, tmp_path: Path
) -> None:
    news = tmp_path / "news"
    (news / "2024").mkdir(parents=True)
    shutil.copyfile(SAMPLES / "wikinews-ar.txt", news / "2024" / "protests.txt")
    shutil.copyfile(SAMPLES / "wikinews-en.txt", news / "protests.txt")
    (news / "2024" / "scan.pdf").write_bytes(b"%PDF-1.4\n% truncated\n")
    out = tmp_path / "out"
    result = run_cli(
        "export",
        str(news),
        "--what",
        "translation",
        "--format",
        "pdf",
        "-o",
        str(out),
        packs=argos_packages_dir,
    )
    assert result.returncode == 2
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file())
    assert written == ["2024/protests.translation.pdf", "protests.translation.pdf"]
    assert all(path.read_bytes().startswith(b"%PDF-") for path in out.rglob("*.pdf"))
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith(f"nashra-cli: {news / '2024' / 'scan.pdf'}: ")
    assert lines[1] == "nashra-cli: 2 done, 0 skipped (output exists), 1 failed"
    assert lines[2].startswith(f"  {news / '2024' / 'scan.pdf'}: ")
    assert len(lines) == 3
