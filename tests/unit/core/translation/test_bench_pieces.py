"""bench/run_all.py's pieces import and fit together (bench/ measures; tests never time)."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[4] / "bench"


@pytest.fixture
def run_all(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))  # run_all imports its neighbours by name
    return importlib.import_module("run_all")


def test_articles_are_whole_paragraphs_of_about_the_asked_length(run_all: ModuleType) -> None:
    paragraphs = [["one two three", "four five"], ["six seven"], ["eight nine ten"]]

    first, rest = run_all.take_words(paragraphs, 6)

    assert first == paragraphs[:2] and rest == paragraphs[2:]
    assert run_all.word_total(first) == 7


def test_a_new_run_keeps_the_hand_written_analysis(run_all: ModuleType) -> None:
    report = run_all.Report()
    report.rows.append(run_all.Row("throughput", "2 tok/s", "argos 1 tok/s", "2.00×", "≥ 4×", "no"))

    page = run_all.markdown(report, False, "# old table\n\n## Analysis\n\nWhy it is short.\n")

    assert "| throughput | 2 tok/s | argos 1 tok/s | 2.00× | ≥ 4× | no |" in page
    assert "old table" not in page
    assert page.endswith("## Analysis\n\nWhy it is short.\n")
