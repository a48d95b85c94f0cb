"""The Arabic and English Wikinews samples, and a real translation between them.

The two samples are the same FLORES-200 article in Arabic and in English, sentence for sentence
(resources/samples/README.md), so mapping the Arabic sentence ids to the English sentences by
position gives a real human translation, the same on every run, with no translation pack needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.document import BlockKind, Document, Paragraph, Sentence
from desktop.core.pipeline import open_document

REPO = Path(__file__).resolve().parents[4]
SAMPLES = REPO / "resources" / "samples"

# Two sentences a summary of the sample could well pick: the lead of each paragraph.
SUMMARY_IDS = (1, 4)


@pytest.fixture(scope="session")
def arabic() -> Document:
    return open_document(SAMPLES / "wikinews-ar.txt")


@pytest.fixture(scope="session")
def english() -> Document:
    return open_document(SAMPLES / "wikinews-en.txt")


def aligned(source: Document, target: Document) -> dict[int, str]:
    """Map each sentence id of `source` to the sentence at the same position in `target`."""
    pairs = list(zip(source.sentences(), target.sentences(), strict=True))
    assert [len(p.sentences) for p in source.paragraphs] == [
        len(p.sentences) for p in target.paragraphs
    ], "the samples are no longer aligned paragraph by paragraph"
    return {original.id: translated.text for original, translated in pairs}


@pytest.fixture(scope="session")
def to_english(arabic: Document, english: Document) -> dict[int, str]:
    return aligned(arabic, english)


@pytest.fixture(scope="session")
def to_arabic(arabic: Document, english: Document) -> dict[int, str]:
    return aligned(english, arabic)


def hand_built(*paragraphs: tuple[BlockKind, int, str, list[str]]) -> Document:
    """A document built by hand, to control kinds, levels and sentence texts exactly."""
    built = []
    next_id = 0
    for kind, level, language, texts in paragraphs:
        sentences = []
        position = 0
        for text in texts:
            sentences.append(Sentence(next_id, position, position + len(text), text))
            position += len(text) + 1
            next_id += 1
        built.append(Paragraph(" ".join(texts), kind, level, language, sentences=sentences))
    title = built[0].text if built and built[0].kind is BlockKind.HEADING else None
    return Document("test.txt", "text", title, "ar", built)
