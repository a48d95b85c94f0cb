"""`translate`, `summarize` and `export` run as a user runs them, with a real (tiny) argos pack."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tests.conftest import REPO
from tests.e2e.cli_runner import run_cli

SAMPLE_AR = REPO / "resources" / "samples" / "wikinews-ar.txt"
SAMPLE_EN = REPO / "resources" / "samples" / "wikinews-en.txt"


def test_translate_jsonl_has_one_record_per_sentence(argos_packages_dir: Path) -> None:
    shown = json.loads(run_cli("show", str(SAMPLE_AR), "--format", "json").stdout)
    sentences = [s for p in shown["paragraphs"] for s in p["sentences"]]
    result = run_cli("translate", str(SAMPLE_AR), "--format", "jsonl", packs=argos_packages_dir)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [s["id"] for s in sentences]
    assert [r["source"] for r in records] == [s["text"] for s in sentences]
    for record in records:
        assert set(record) == {"id", "source", "translation", "confidence", "flags"}
        assert isinstance(record["translation"], str)
        assert record["confidence"] <= 0.0


def test_translate_text_and_bilingual_agree(argos_packages_dir: Path) -> None:
    text = run_cli("translate", str(SAMPLE_AR), packs=argos_packages_dir)
    pairs = run_cli("translate", str(SAMPLE_AR), "--format", "bilingual", packs=argos_packages_dir)
    assert text.returncode == 0 and pairs.returncode == 0, text.stderr + pairs.stderr
    assert len(text.stdout.strip().split("\n\n")) == 3  # headline and two paragraphs
    blocks = pairs.stdout.strip().split("\n\n")
    assert len(blocks) == 7
    assert blocks[0].split("\n")[0] == "نشطاء مناهضون لاتفاقية أكتا يحتجون في أنحاء أوروبا"


def test_english_goes_to_arabic_with_the_other_pack(argos_packages_dir: Path) -> None:
    result = run_cli("translate", str(SAMPLE_EN), "--format", "jsonl", packs=argos_packages_dir)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 7


def test_translate_without_a_pack_names_the_pair() -> None:
    result = run_cli("translate", str(SAMPLE_AR))
    assert result.returncode == 2
    assert "Arabic → English" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("flag", "value", "count"), [("--sentences", "2", 2), ("--words", "30", None)]
)
def test_summarize_lengths(flag: str, value: str, count: int | None) -> None:
    result = run_cli("summarize", str(SAMPLE_AR), flag, value)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    if count is not None:
        assert len(lines) == count
    else:
        assert 1 <= sum(len(line.split()) for line in lines) <= 30


def test_summarize_json_is_in_article_order_with_ranks() -> None:
    result = run_cli("summarize", str(SAMPLE_EN), "--ratio", "0.5", "--format", "json")
    summary = json.loads(result.stdout)
    ids = [s["id"] for s in summary["sentences"]]
    assert ids == sorted(ids)
    assert sorted(s["rank"] for s in summary["sentences"]) == list(range(1, len(ids) + 1))
    assert summary["method"] == "nashra"


@pytest.mark.parametrize("method", ["lexrank", "sumbasic", "lead"])
def test_summarize_other_methods(method: str) -> None:
    result = run_cli("summarize", str(SAMPLE_AR), "--method", method, "--sentences", "3")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 3


def test_summarize_bad_ratio_is_a_one_line_error() -> None:
    result = run_cli("summarize", str(SAMPLE_AR), "--ratio", "3")
    assert result.returncode == 2
    assert "wikinews-ar.txt" in result.stderr


def test_export_translation_docx(argos_packages_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "translation.docx"
    result = run_cli(
        "export",
        str(SAMPLE_AR),
        "--what",
        "translation",
        "--format",
        "docx",
        "-o",
        str(out),
        packs=argos_packages_dir,
    )
    assert result.returncode == 0, result.stderr
    paragraphs = [p for p in docx.Document(str(out)).paragraphs if p.text.strip()]
    assert len(paragraphs) == 3


def test_export_bilingual_html_has_both_languages(argos_packages_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "bilingual.html"
    result = run_cli(
        "export",
        str(SAMPLE_AR),
        "--what",
        "bilingual",
        "--format",
        "html",
        "-o",
        str(out),
        packs=argos_packages_dir,
    )
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert 'dir="rtl"' in page and 'dir="ltr"' in page
    assert "قدّرت الشرطة عدد المتظاهرين" in page


def test_export_original_needs_no_pack(tmp_path: Path) -> None:
    out = tmp_path / "original.md"
    result = run_cli(
        "export", str(SAMPLE_AR), "--what", "original", "--format", "md", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("# نشطاء مناهضون")


def test_export_writes_pdf_that_reads_back(tmp_path: Path) -> None:
    """`--format pdf` as the GUI's Export ▸ PDF: the text layer is the article, word for word."""
    from desktop.core.pipeline import open_document

    out = tmp_path / "original.pdf"
    result = run_cli(
        "export", str(SAMPLE_AR), "--what", "original", "--format", "pdf", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-1.7")
    article = [s.text for s in open_document(SAMPLE_AR).sentences()]
    assert [s.text for s in open_document(out).sentences()] == article


def test_export_summary_without_a_pack_is_the_original_only(tmp_path: Path) -> None:
    out = tmp_path / "summary.txt"
    result = run_cli(
        "export",
        str(SAMPLE_AR),
        "--what",
        "summary",
        "--format",
        "txt",
        "-o",
        str(out),
        "--sentences",
        "2",
    )
    assert result.returncode == 0, result.stderr
    assert "original only" in result.stderr
    assert "قال منظمو الاحتجاج" in out.read_text(encoding="utf-8")


def test_export_translation_without_a_pack_fails_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "translation.txt"
    result = run_cli(
        "export", str(SAMPLE_AR), "--what", "translation", "--format", "txt", "-o", str(out)
    )
    assert result.returncode == 2
    assert not out.exists()


def test_export_into_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "folder" / "a.md"
    result = run_cli(
        "export", str(SAMPLE_AR), "--what", "original", "--format", "md", "-o", str(out)
    )
    assert result.returncode == 2
    assert "a.md" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
