"""`translate`, `summarize` and `export` over many files, run in-process with the real test packs.

Outputs of the random-weight packs are compared only with outputs made the same way (the same
document in one translate call, or the cache): never across batchings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.export.atomic_write import atomic_write
from tests.unit.commands.conftest import SAMPLE_AR, SAMPLE_EN, Run, copy

Cli = Callable[..., Run]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three good articles in two folders, a broken DOCX, an empty text and a photo."""
    root = tmp_path / "news"
    copy(SAMPLE_AR, root / "ar" / "protests.txt")
    copy(SAMPLE_EN, root / "en" / "protests.txt")
    (root / "ar" / "again.txt").write_text(
        SAMPLE_AR.read_text(encoding="utf-8").replace("أوروبا", "ألمانيا"), encoding="utf-8"
    )
    (root / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "empty.txt").write_bytes(b"")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return root


def outputs(folder: Path) -> list[str]:
    return sorted(
        path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()
    )


def test_a_folder_with_broken_files_goes_on_and_fails_at_the_end(
    cli: Cli, packs: Path, folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run = cli("translate", folder, "-o", out)
    assert run.status == 2
    assert outputs(out) == [
        "ar/again.translation.txt",
        "ar/protests.translation.txt",
        "en/protests.translation.txt",
    ]
    broken = [line for line in run.stderr_lines if "broken.docx" in line]
    assert broken[0] == f"nashra-cli: {folder / 'broken.docx'}: the file is not a valid DOCX " + (
        "document (it may be truncated or damaged)"
    )
    assert sum("empty.txt: the file is empty" in line for line in run.stderr_lines) == 2
    assert "nashra-cli: 3 done, 0 skipped (output exists), 2 failed" in run.stderr
    assert "1 file of another kind" in run.stderr
    assert "\r" not in run.stderr  # no progress line when stderr is not a terminal


def test_each_output_is_what_the_single_file_command_prints(
    cli: Cli, packs: Path, tmp_path: Path
) -> None:
    first = copy(SAMPLE_AR, tmp_path / "a" / "x.txt")
    second = copy(SAMPLE_EN, tmp_path / "b" / "x.txt")
    out = tmp_path / "out"
    run = cli("translate", first, second, "-o", out, "--format", "jsonl")
    assert run.status == 0, run.stderr
    assert outputs(out) == ["a/x.translation.jsonl", "b/x.translation.jsonl"]  # no collision
    for source, target in (
        (first, out / "a/x.translation.jsonl"),
        (second, out / "b/x.translation.jsonl"),
    ):
        single = cli("translate", source, "--format", "jsonl")  # from the cache: same text
        assert single.status == 0
        assert target.read_text(encoding="utf-8") == single.stdout
    assert first.read_text(encoding="utf-8") == SAMPLE_AR.read_text(encoding="utf-8")


def test_a_quoted_glob_is_expanded(cli: Cli, packs: Path, folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = cli("summarize", str(folder / "**" / "protests.txt"), "-o", out, "--sentences", "2")
    assert run.status == 0, run.stderr
    assert outputs(out) == ["ar/protests.summary.txt", "en/protests.summary.txt"]
    assert len((out / "ar/protests.summary.txt").read_text(encoding="utf-8").splitlines()) == 2


def test_one_model_load_for_the_whole_run(
    cli: Cli, packs: Path, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.translation.engine import TranslationEngine

    made: list[tuple[str, str]] = []
    original = TranslationEngine.for_pair.__func__  # type: ignore[attr-defined]

    def counting(cls: type, from_code: str, to_code: str, **options: object) -> object:
        made.append((from_code, to_code))
        return original(cls, from_code, to_code, **options)

    monkeypatch.setattr(TranslationEngine, "for_pair", classmethod(counting))
    for index in range(4):
        copy(SAMPLE_AR, folder / "more" / f"{index}.txt")
    run = cli("export", folder, "-o", tmp_path / "out", "--what", "bilingual", "--format", "md")
    assert run.status == 2  # the broken two
    assert "7 done" in run.stderr
    assert sorted(made) == [("ar", "en"), ("en", "ar")]  # one engine per direction, once


def test_an_interrupted_run_leaves_no_half_file_and_the_rerun_finishes(
    cli: Cli, packs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.commands import translate_command
    from desktop.core.translation.engine_pool import shared_pool

    inputs = [copy(SAMPLE_AR, tmp_path / "in" / f"{name}.txt") for name in ("a", "b", "c")]
    (tmp_path / "in" / "c.txt").write_text(
        SAMPLE_AR.read_text(encoding="utf-8").replace("برلين", "ميونخ"), encoding="utf-8"
    )
    out = tmp_path / "out"
    real_write = translate_command.write_text_file
    writes: list[Path] = []

    def write_then_die(path: Path, text: str) -> None:
        writes.append(path)
        if len(writes) == 2:  # Ctrl+C while the second output is half written
            with atomic_write(path) as stream:
                stream.write(text[: len(text) // 2].encode("utf-8"))
                raise KeyboardInterrupt
        real_write(path, text)

    monkeypatch.setattr(translate_command, "write_text_file", write_then_die)
    run = cli("translate", tmp_path / "in", "-o", out)
    assert run.status == 130
    assert outputs(out) == ["a.translation.txt"]  # no b, no temporary file
    assert "1 done, 0 skipped (output exists), 0 failed; interrupted with 2 left" in run.stderr

    monkeypatch.setattr(translate_command, "write_text_file", real_write)
    first = (out / "a.translation.txt").stat().st_mtime_ns
    again = cli("translate", tmp_path / "in", "-o", out, "--skip-existing")
    assert again.status == 0, again.stderr
    assert "2 done, 1 skipped" in again.stderr
    assert (out / "a.translation.txt").stat().st_mtime_ns == first
    assert outputs(out) == ["a.translation.txt", "b.translation.txt", "c.translation.txt"]

    engine = shared_pool().engine_for("ar", "en")
    calls = engine.model_calls
    redo = cli("translate", *inputs, "-o", out)  # everything again: the cache has every sentence
    assert redo.status == 0
    assert shared_pool().engine_for("ar", "en").model_calls == calls


def test_an_output_never_replaces_an_input(cli: Cli, packs: Path, tmp_path: Path) -> None:
    news = tmp_path / "news"
    copy(SAMPLE_AR, news / "x.txt")
    copy(SAMPLE_EN, news / "x.translation.txt")  # where x.txt's translation would go
    before = (news / "x.translation.txt").read_bytes()
    run = cli("translate", news, "-o", news)
    assert run.status == 2
    assert (
        f"{news / 'x.txt'}: its output {news / 'x.translation.txt'} would overwrite an input"
        in (run.stderr)
    )
    assert (news / "x.translation.txt").read_bytes() == before
    assert (news / "x.translation.translation.txt").is_file()


def test_several_inputs_need_an_output_folder(cli: Cli, tmp_path: Path) -> None:
    run = cli("summarize", SAMPLE_AR, SAMPLE_EN)
    assert run.status == 2
    assert "several inputs, a folder or a glob need -o OUTDIR" in run.stderr


def test_one_file_without_output_prints_as_before(cli: Cli, packs: Path) -> None:
    run = cli("translate", SAMPLE_AR)
    assert run.status == 0, run.stderr
    assert len(run.stdout.strip().split("\n\n")) == 3
    assert run.stderr == ""


def test_one_file_with_an_output_file(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "summary.json"
    run = cli("summarize", SAMPLE_AR, "--format", "json", "-o", target)
    assert run.status == 0, run.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["method"] == "nashra"
    skipped = cli("summarize", SAMPLE_AR, "--format", "json", "-o", target, "--skip-existing")
    assert skipped.status == 0 and "exists; skipped" in skipped.stderr


def test_a_list_split_in_two_gives_the_names_of_one_run(
    cli: Cli, packs: Path, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Machines each given part of an archive's file list write the same tree."""
    monkeypatch.chdir(folder)
    names = ["ar/protests.txt", "en/protests.txt", "ar/again.txt", "missing.txt"]
    (tmp_path / "all.txt").write_text("\n".join(names) + "\n", encoding="utf-8")
    (tmp_path / "part1.txt").write_text("\n".join(names[:1]) + "\n", encoding="utf-8")
    (tmp_path / "part2.txt").write_text("\n".join(names[1:3]) + "\n\n", encoding="utf-8")
    whole = cli("summarize", "--files-from", tmp_path / "all.txt", "-o", tmp_path / "one")
    assert whole.status == 2  # missing.txt
    assert "nashra-cli: missing.txt: no such file or folder" in whole.stderr
    for part in ("part1.txt", "part2.txt"):
        run = cli("summarize", "--files-from", tmp_path / part, "-o", tmp_path / "split")
        assert run.status == 0, run.stderr
    expected = ["ar/again.summary.txt", "ar/protests.summary.txt", "en/protests.summary.txt"]
    assert outputs(tmp_path / "one") == outputs(tmp_path / "split") == expected
