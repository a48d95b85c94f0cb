"""Broken and hostile files: each gives a clear error or a correct document, in bounded time
and memory, without touching the network; a few of the worst also through the CLI and the GUI.

The corpus (tests/hostile/corpus.py) is generated at run time; `run_corpus.py` runs it and, run
as a script, prints the table of outcomes. Nothing here times a result: a case only fails on
time when it runs past the hang watchdog (60 s).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.hostile.corpus import Case, build_corpus, worst_files
from tests.hostile.run_corpus import HANG_SECONDS, Outcome, family, run_corpus
from tests.offline.guard import offline

MEMORY_BUDGET = 1024 * 1024 * 1024  # peak resident growth allowed for any one file


@pytest.fixture(scope="module")
def corpus() -> Sequence[Case]:
    return build_corpus()


@pytest.fixture(scope="module")
def outcomes(corpus: Sequence[Case], tmp_path_factory: pytest.TempPathFactory) -> list[Outcome]:
    with offline():  # external entities and links inside hostile files are never fetched
        return run_corpus(corpus, folder=tmp_path_factory.mktemp("hostile"))


def test_the_corpus_holds_every_kind_of_hostile_file(corpus: Sequence[Case]) -> None:
    assert len(corpus) >= 200
    families = Counter(family(case.category) for case in corpus)
    for expected in (
        "truncated", "corrupted", "zip-bomb", "xml-entities", "binary-junk", "invalid-utf8",
        "mixed-encodings", "large", "long-sentence", "html-script", "html-nested",
        "markdown-nested", "bidi-zero-width", "hostile-pdf",
    ):  # fmt: skip
        assert families[expected] >= 3, expected
    for extension in (".docx", ".epub", ".odt", ".pdf"):
        assert sum(c.category == f"truncated{extension}" for c in corpus) >= 10
        assert sum(c.category == f"corrupted{extension}" for c in corpus) >= 10
    names = [(case.category, case.name) for case in corpus]
    assert len(names) == len(set(names))


def test_every_file_gives_a_clear_error_or_a_correct_document(outcomes: list[Outcome]) -> None:
    failures = [
        f"{o.case.category}/{o.case.name}: {o.outcome}: {'; '.join(o.problems)}"
        for o in outcomes
        if not o.passed
    ]
    assert not failures, "\n".join(failures)


def test_no_file_hangs_or_blows_up_memory(outcomes: list[Outcome]) -> None:
    assert all(o.seconds < HANG_SECONDS for o in outcomes)
    worst = max(outcomes, key=lambda o: o.peak_rss_growth)
    assert worst.peak_rss_growth < MEMORY_BUDGET, worst.case.name


def test_errors_and_documents_both_occur_as_designed(outcomes: list[Outcome]) -> None:
    """The corpus is not trivially passing: bombs are refused, recoverable files are read."""
    by_name = {(o.case.category, o.case.name): o.outcome for o in outcomes}
    assert by_name[("zip-bomb.docx", "main-part-256MB")] == "CorruptFileError"
    assert by_name[("large", "20MB-plus")] == "FileTooLargeError"
    assert by_name[("bidi-zero-width", "only-controls")] == "EmptyDocumentError"
    assert by_name[("html-nested", "div-100000")] == "ok"
    assert by_name[("long-sentence", "arabic-5000-words")] == "ok"
    assert by_name[("invalid-utf8", "lone-continuation-byte")] == "ok"


# -- the worst files through the CLI and the GUI ------------------------------------------------
def test_the_cli_reports_the_worst_files_in_one_line(
    corpus: Sequence[Case], tmp_path: Path
) -> None:
    from tests.e2e.cli_runner import run_cli

    for path in worst_files(corpus, tmp_path):
        result = run_cli("show", str(path))
        assert result.returncode == 2, (path.name, result.stderr)
        assert result.stderr.startswith(f"nashra-cli: {path}: "), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr and result.stdout == ""
