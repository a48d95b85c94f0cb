"""One meaning per option: `--to` a language, `--format` a file format; old spellings warn.
And what `translate` says and prints: an article already in the target, the model's own text."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.commands.translate_command import render_translation
from desktop.core.pipeline import open_document
from desktop.core.translation import SentenceTranslation
from tests.unit.commands.conftest import SAMPLE_AR, Run

Cli = Callable[..., Run]


def test_export_format_and_language_by_their_new_names(
    cli: Cli, packs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "a.md"
    run = cli(
        "export", SAMPLE_AR, "--what", "translation", "--format", "md", "--to", "en", "-o", out
    )
    assert run.status == 0, run.stderr
    assert run.stderr == ""
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_export_old_to_format_still_works_and_warns(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "a.md"
    run = cli("export", SAMPLE_AR, "--what", "original", "--to", "md", "-o", out)
    assert run.status == 0, run.stderr
    assert run.stderr_lines == [
        "nashra-cli: --to md for the file format is deprecated; use --format md "
        "(--to is the language)"
    ]
    assert out.read_text(encoding="utf-8").startswith("# نشطاء مناهضون")


def test_export_old_lang_to_still_works_and_warns(cli: Cli, packs: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.txt"
    run = cli(
        "export", SAMPLE_AR, "--what", "bilingual", "--to", "txt", "--lang-to", "en", "-o", out
    )
    assert run.status == 0, run.stderr
    assert "--lang-to en is deprecated; use --to en" in run.stderr
    assert "--to txt for the file format is deprecated" in run.stderr
    assert "نشطاء مناهضون" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--what", "original", "-o", "x.md"], "required: --format"),
        (["--what", "original", "--format", "md"], "required: -o/--output"),
        (["--what", "original", "--to", "pdf", "--format", "md", "-o", "x"], "disagree"),
        (["--what", "original", "--to", "fr", "--format", "md", "-o", "x"], "invalid choice: 'fr'"),
    ],
)
def test_export_usage_errors(cli: Cli, argv: list[str], message: str) -> None:
    run = cli("export", SAMPLE_AR, *argv)
    assert run.status == 2
    assert message in run.stderr


def test_translate_into_the_articles_own_language_says_so(cli: Cli, packs: Path) -> None:
    run = cli("translate", SAMPLE_AR, "--to", "ar")
    assert run.status == 2
    assert run.stderr_lines == [f"nashra-cli: {SAMPLE_AR}: the article is already in Arabic"]
    assert "Arabic → Arabic" not in run.stderr


def test_summary_export_of_an_article_already_in_the_target_is_the_original(
    cli: Cli, packs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "s.txt"
    run = cli("export", SAMPLE_AR, "--what", "summary", "--format", "txt", "--to", "ar", "-o", out)
    assert run.status == 0, run.stderr
    assert "already in Arabic; the summary is exported in the original only" in run.stderr
    assert out.is_file()


def test_text_output_is_the_models_text_unchanged() -> None:
    document = open_document(SAMPLE_AR)
    translations = {
        sentence.id: SentenceTranslation(f"lower case {sentence.id} stays ")
        for sentence in document.sentences()
    }
    text = render_translation(document, translations, "text")
    first = text.split("\n\n")[0]
    assert first == "lower case 0 stays "  # no capital, no stripping
    assert render_translation(document, translations, "bilingual").split("\n")[1] == first


def test_text_output_joins_the_jsonl_translations(cli: Cli, packs: Path) -> None:
    records = [
        json.loads(line)
        for line in cli("translate", SAMPLE_AR, "--format", "jsonl").stdout.splitlines()
    ]
    text = cli("translate", SAMPLE_AR).stdout  # the same translations, from the cache
    by_id = {record["id"]: record["translation"] for record in records}
    document = open_document(SAMPLE_AR)
    expected = [" ".join(by_id[s.id] for s in p.sentences) for p in document.paragraphs]
    assert text == "\n\n".join(expected) + "\n"
