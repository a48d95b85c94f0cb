"""Finding a batch's inputs in files, folders and globs, and naming their outputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.commands.batch_inputs import find_inputs, is_single_file, output_paths


def touch(path: Path, text: str = "نص") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archive"
    for name in ("2019/a.txt", "2019/b.pdf", "2020/deep/c.docx", "top.md", "2020/Notes.HTML"):
        touch(root / name)
    touch(root / "2019" / "photo.jpg")
    touch(root / ".hidden" / "x.txt")
    touch(root / "2019" / ".a.txt.1234abcd.tmp")  # an interrupted export's temporary file
    return root


def test_a_folder_is_searched_recursively_by_known_extension(archive: Path) -> None:
    found = find_inputs([str(archive)])
    names = [item.path.relative_to(archive).as_posix() for item in found.inputs]
    assert names == ["top.md", "2019/a.txt", "2019/b.pdf", "2020/Notes.HTML", "2020/deep/c.docx"]
    assert found.ignored == 1  # photo.jpg; hidden files are not counted
    assert all(item.problem is None for item in found.inputs)


def test_globs_files_and_repeats(archive: Path, tmp_path: Path) -> None:
    pattern = str(archive / "**" / "*.txt")
    found = find_inputs([pattern, str(archive / "2019" / "a.txt"), str(archive / "top.md")])
    assert [item.path.name for item in found.inputs] == ["a.txt", "top.md"]  # a.txt once
    assert found.inputs[0].root == archive  # a glob's tree starts at its fixed part


def test_arguments_naming_nothing_are_inputs_with_a_problem(tmp_path: Path) -> None:
    found = find_inputs([str(tmp_path / "missing.txt"), str(tmp_path / "*.nothing")])
    assert [item.problem for item in found.inputs] == ["no such file or folder", "matches no file"]


def test_the_output_folder_inside_an_input_folder_is_not_searched(archive: Path) -> None:
    touch(archive / "out" / "a.translation.txt")
    found = find_inputs([str(archive)], skip=archive / "out")
    assert not any("out" in item.path.parts for item in found.inputs)


def test_outputs_copy_the_tree_below_the_folder_given(archive: Path, tmp_path: Path) -> None:
    found = find_inputs([str(archive)])
    outputs = output_paths(found.inputs, tmp_path / "out", "translation.txt")
    out = tmp_path / "out"
    assert outputs[archive / "2019" / "a.txt"] == out / "2019" / "a.translation.txt"
    assert outputs[archive / "2020" / "deep" / "c.docx"] == out / "2020/deep/c.translation.txt"
    assert outputs[archive / "top.md"] == out / "top.translation.txt"


def test_names_stay_when_the_archive_grows(archive: Path, tmp_path: Path) -> None:
    """--skip-existing finds the first run's outputs: new files elsewhere change no old name."""
    before = output_paths(find_inputs([str(archive)]).inputs, tmp_path / "out", "summary.txt")
    touch(archive / "2021" / "new.txt")
    (archive / "top.md").unlink()
    after = output_paths(find_inputs([str(archive)]).inputs, tmp_path / "out", "summary.txt")
    assert all(after[path] == target for path, target in before.items() if path in after)


def test_same_names_in_different_folders_do_not_collide(tmp_path: Path) -> None:
    first = touch(tmp_path / "a" / "x.txt")
    second = touch(tmp_path / "b" / "x.txt")
    inputs = find_inputs([str(first), str(second)]).inputs
    outputs = output_paths(inputs, tmp_path / "out", "translation.txt")
    assert outputs == {
        first: tmp_path / "out" / "a" / "x.translation.txt",
        second: tmp_path / "out" / "b" / "x.translation.txt",
    }


def test_same_stem_in_one_folder_keeps_each_extension(tmp_path: Path) -> None:
    paths = [touch(tmp_path / "in" / name) for name in ("x.txt", "x.html", "X.md", "y.txt")]
    outputs = output_paths(find_inputs([str(tmp_path / "in")]).inputs, tmp_path / "o", "s.txt")
    names = sorted(target.name for target in outputs.values())
    assert names == ["X.md.s.txt", "x.html.s.txt", "x.txt.s.txt", "y.s.txt"]
    assert len({os.fspath(target).casefold() for target in outputs.values()}) == len(paths)


def test_one_file_is_the_single_article_case(tmp_path: Path) -> None:
    file = touch(tmp_path / "a.txt")
    assert is_single_file([str(file)])
    assert is_single_file([str(tmp_path / "missing.txt")])  # reported as today: one line
    assert not is_single_file([str(tmp_path)])
    assert not is_single_file([str(tmp_path / "*.txt")])
    assert not is_single_file([str(file), str(file)])
