"""The real-document corpus: every third-party file opens (or fails with a clear one-line error),
in the right language, with no presentation-form characters, and as well as its reference text
says; the generated Arabic documents of every format likewise, with front matter never in the
body and never in the summary.

The figures themselves, format by format, are printed by `bench/real_documents.py`.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from desktop.core.document import BlockKind, Matter
from desktop.core.errors import NashraError
from desktop.core.loading import load_file
from desktop.core.pipeline import open_document
from desktop.core.summary import SummaryLength, summarize
from tests.fixtures.generated_documents import Generated, generated_cases
from tests.fixtures.real_corpus import (
    PRESENTATION_FORMS,
    Case,
    bigram_f1,
    real_cases,
    token_f1,
)

CASES = real_cases()


def test_the_corpus_is_large_and_mostly_arabic_with_every_format(tmp_path: Path) -> None:
    generated = generated_cases(tmp_path)
    assert len(CASES) + len(generated) >= 40
    formats = {case.format for case in CASES}
    assert formats >= {"pdf", "docx", "odt", "epub", "markdown", "html", "subtitles", "text"}
    arabic = 0
    for case in CASES:
        with contextlib.suppress(NashraError):
            arabic += open_document(case.path).language == "ar"
    arabic += sum(item.language == "ar" for item in generated)
    assert arabic * 2 > len(CASES) + len(generated)


def scored_text(case: Case) -> str:
    if case.pages:
        raw = load_file(case.path)
        return "\n\n".join(block.text for block in raw.blocks if block.page in case.pages)
    document = open_document(case.path)
    return "\n\n".join(p.text for p in document.paragraphs if p.matter is Matter.BODY)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.path.name)
def test_a_real_file_reads_right(case: Case) -> None:
    if case.error is not None:
        with pytest.raises(NashraError, match=case.error) as caught:
            open_document(case.path)
        assert str(caught.value).startswith(f"{case.path}: ")
        assert "\n" not in str(caught.value)
        return
    document = open_document(case.path)
    text = "\n".join(p.text for p in document.paragraphs) + (document.title or "")
    assert not PRESENTATION_FORMS.search(text)
    if case.language is not None:
        assert document.language == case.language
    if case.title is not None:
        assert document.title == case.title
    for check in case.checks:
        assert check(document), check.__name__
    if case.reference is not None:
        reference = case.reference.read_text(encoding="utf-8")
        found = scored_text(case)
        assert token_f1(found, reference) >= 0.95
        if document.language == "ar" and case.format == "pdf":
            assert bigram_f1(found, reference) >= 0.9


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Generated]:
    return generated_cases(tmp_path_factory.mktemp("generated"))


def test_generated_documents_read_right(generated: list[Generated]) -> None:
    for item in generated:
        document = open_document(item.path)
        body = "\n\n".join(p.text for p in document.paragraphs if p.matter is Matter.BODY)
        name = item.path.name
        assert document.language == item.language, name
        assert not PRESENTATION_FORMS.search(body), name
        assert token_f1(body, item.reference) >= 0.95, name
        assert bigram_f1(body, item.reference) >= 0.9, name
        if item.title is not None:
            assert document.title == item.title, name
        everything = "\n".join(p.text for p in document.paragraphs)
        for excluded in item.body_excludes:
            assert excluded not in everything, (name, excluded)
        summary = summarize(document, SummaryLength.sentences(3))
        chosen = " ".join(document.sentence(i).text for i in summary.ids)
        for excluded in item.summary_excludes:
            assert excluded not in chosen, (name, excluded)


def test_code_is_one_unit_and_front_matter_only_the_title(generated: list[Generated]) -> None:
    item = next(g for g in generated if g.path.suffix == ".md")
    document = open_document(item.path)
    code = [p for p in document.paragraphs if p.kind is BlockKind.CODE]
    assert [p.text for p in code] == ["print('مرحبا')", "indented_code = 1"]
    assert all(len(p.sentences) == 1 for p in code)
    summary = summarize(document, SummaryLength.sentences(10))
    assert not {s.id for p in code for s in p.sentences} & set(summary.ids)


def test_what_the_reader_sees_keeps_tatweel_and_zwnj(generated: list[Generated]) -> None:
    item = next(g for g in generated if g.path.suffix == ".txt")
    document = open_document(item.path)
    assert "العالم ـوبالتالي المملكة المتحدةـ يواجه" in document.paragraphs[0].text
    persian = open_document(
        Path(__file__).parents[3] / "fixtures/real/text/lingua-sentences-fa.txt"
    )
    assert "\u200c" in " ".join(p.text for p in persian.paragraphs)
