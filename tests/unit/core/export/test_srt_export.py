"""SRT export of a subtitle document: cues keep their timing; other documents are refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.export import ExportError, IncompleteTranslationError, export_document, render
from desktop.core.pipeline import document_from_text, open_document

VTT = (
    "WEBVTT\n\nNOTE a comment\n\n1\n00:00:01.000 --> 00:00:02.500 align:start\n<i>مرحبا</i> بكم\n\n"
    "00:01:02.000 --> 00:01:04.250\nهذا هو الخبر.\n"
)


def test_the_translation_keeps_each_cue_s_timing(tmp_path: Path) -> None:
    source = tmp_path / "news.vtt"
    source.write_text(VTT, encoding="utf-8")
    document = open_document(source)
    assert [p.text for p in document.paragraphs] == ["مرحبا بكم", "هذا هو الخبر."]
    translations = {s.id: f"T{s.id}" for s in document.sentences()}
    out = export_document(
        document, tmp_path / "news.srt", what="translation", to="srt", translations=translations
    )
    assert out.read_text(encoding="utf-8") == (
        "1\n00:00:01,000 --> 00:00:02,500\nT0\n\n2\n00:01:02,000 --> 00:01:04,250\nT1\n"
    )
    assert render(document, "original", "srt").startswith("1\n00:00:01,000 --> 00:00:02,500\n")
    with pytest.raises(IncompleteTranslationError):
        render(document, "bilingual", "srt", translations={})


def test_a_document_without_cues_cannot_be_exported_as_srt(tmp_path: Path) -> None:
    document = document_from_text("نص عادي من مقال.")
    with pytest.raises(ExportError, match="needs a subtitle file"):
        export_document(document, tmp_path / "x.srt", what="original", to="srt")
    assert not (tmp_path / "x.srt").exists()
