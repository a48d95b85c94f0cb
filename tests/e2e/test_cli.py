"""`nashra-cli` run as a user runs it: a separate process, real files, exit codes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.cli_runner import run_cli

SAMPLE = REPO / "resources" / "samples" / "wikinews-ar.txt"


def test_segment_prints_one_sentence_per_line_and_paragraphs_apart() -> None:
    result = run_cli("segment", str(SAMPLE))
    assert result.returncode == 0, result.stderr
    paragraphs = result.stdout.strip("\n").split("\n\n")
    assert paragraphs[0] == "نشطاء مناهضون لاتفاقية أكتا يحتجون في أنحاء أوروبا"
    assert len(paragraphs) == 3
    first = paragraphs[1].split("\n")
    assert len(first) == 3
    assert first[1] == "قدّرت الشرطة عدد المتظاهرين بـ6500 متظاهراً في برلين."


def test_segment_english_sample() -> None:
    result = run_cli("segment", str(REPO / "resources" / "samples" / "wikinews-en.txt"))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.split("\n") if line]
    assert "In Berlin, police estimated 6,500 protestors." in lines
    assert len(lines) == 7


def test_show_json_has_title_language_ids_and_removed(shared_dir: Path) -> None:
    result = run_cli(
        "show", str(shared_dir / "samples" / "arabi21-deir-ez-zor.txt"), "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["title"] == '"الدولة" يفاوض النظام السوري لخروج مقاتليه من دير الزور'
    assert shown["language"] == "ar"
    ids = [s["id"] for p in shown["paragraphs"] for s in p["sentences"]]
    assert ids == list(range(len(ids)))
    for paragraph in shown["paragraphs"]:
        for sentence in paragraph["sentences"]:
            assert paragraph["text"][sentence["start"] : sentence["end"]] == sentence["text"]
    reasons = {item["reason"] for item in shown["removed"]}
    assert reasons == {
        "section label",
        "photo caption",
        "related-article teaser",
        "reader comments",
    }


def test_show_text_and_no_clean(shared_dir: Path) -> None:
    path = str(shared_dir / "samples" / "arabi21-deir-ez-zor.txt")
    cleaned = run_cli("show", path)
    assert cleaned.returncode == 0, cleaned.stderr
    assert "Removed by cleaning:" in cleaned.stdout
    assert "(reader comments) التعليقات (1)" in cleaned.stdout
    raw = run_cli("segment", path, "--no-clean")
    assert raw.returncode == 0
    assert "التعليقات (1)" in raw.stdout and "جيتي" in raw.stdout


def test_stdin_goes_through_the_same_path() -> None:
    text = SAMPLE.read_bytes()
    from_stdin = run_cli("segment", "--stdin", stdin=text)
    from_file = run_cli("segment", str(SAMPLE))
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout == from_file.stdout
    dash = run_cli("show", "-", "--format", "json", stdin=text)
    assert json.loads(dash.stdout)["source"] == "<stdin>"


def test_stdin_in_windows_1256_is_decoded() -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace("قدّرت", "قدرت")
    result = run_cli("segment", "--stdin", stdin=text.encode("cp1256"))
    assert result.returncode == 0, result.stderr
    assert "قدرت الشرطة عدد المتظاهرين بـ6500 متظاهراً في برلين." in result.stdout.split("\n")


def test_binary_on_stdin_is_refused_in_one_line() -> None:
    result = run_cli("segment", "--stdin", stdin=bytes(range(256)) * 8)
    assert result.returncode == 2
    assert result.stderr.startswith("nashra-cli: <stdin>:")


def test_lang_override() -> None:
    result = run_cli("show", str(SAMPLE), "--lang", "en", "--format", "json")
    shown = json.loads(result.stdout)
    assert shown["language"] == "en"
    assert {p["language"] for p in shown["paragraphs"]} == {"en"}


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    unknown = tmp / "article.xyz"
    unknown.write_text("hello", encoding="utf-8")
    broken_docx = tmp / "broken.docx"
    broken_docx.write_bytes(b"PK\x03\x04 this is not really a zip")
    truncated = tmp / "truncated.epub"
    with zipfile.ZipFile(tmp / "full.epub", "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", "<container/>" * 200)
    truncated.write_bytes((tmp / "full.epub").read_bytes()[:150])
    return {
        "missing": (tmp / "missing.txt", "missing.txt"),
        "directory": (tmp, tmp.name),
        "empty": (empty, "empty.txt"),
        "junk": (junk, "junk.txt"),
        "unknown": (unknown, "article.xyz"),
        "broken docx": (broken_docx, "broken.docx"),
        "truncated epub": (truncated, "truncated.epub"),
    }


@pytest.mark.parametrize(
    "case",
    ["missing", "directory", "empty", "junk", "unknown", "broken docx", "truncated epub"],
)
def test_bad_input_is_one_line_naming_the_file_and_exit_2(tmp_path: Path, case: str) -> None:
    path, name = _bad_inputs(tmp_path)[case]
    result = run_cli("segment", str(path))
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    assert "Traceback" not in result.stderr


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("مرحبا بكم. " * 20000, encoding="utf-8")
    refused = run_cli("segment", str(big), "--max-size", "0.1")
    assert refused.returncode == 2
    assert "big.txt" in refused.stderr
    accepted = run_cli("segment", str(big), "--max-size", "1")
    assert accepted.returncode == 0, accepted.stderr


def test_no_file_is_a_usage_error() -> None:
    result = run_cli("segment")
    assert result.returncode == 2
    assert "--stdin" in result.stderr
