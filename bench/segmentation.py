"""Sentence splitting measured on FLORES-200 dev, against pyarabic's splitter as a baseline.

FLORES holds one sentence per line, and consecutive lines with the same source URL come from one
article. We join those lines into a paragraph (single spaces), split it, and count:

* recall: the share of line joins where a span boundary falls;
* extra splits: boundaries inside a line. Lines often hold two real sentences, so each extra
  split is classified by what surrounds it; "sentence end" counts as correct, the other classes
  (comma, colon, semicolon, abbreviation, initial, decimal, ...) as errors. The classes are a
  heuristic made for reading the list (--verbose or bench/out/), not a second splitter;
* precision: (boundaries at joins + extra splits judged correct) / all boundaries.

It also times a 5,000-word sentence with no punctuation and 1 MB paragraphs. pyarabic's
sentence_tokenize passes re.UNICODE as re.sub's count, so it cuts at most 32 times per call; that
does not matter on FLORES (at most 21 cuts per paragraph) but does on the 1 MB paragraph.

Usage: .venv/bin/python bench/segmentation.py [--shared PATH] [--verbose]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop.core.sentences import split_sentences  # noqa: E402

Splitter = Callable[[str], list[tuple[int, int]]]
LANGUAGES = {"ar": "arb_Arab.dev", "en": "eng_Latn.dev"}
_ARABIC = re.compile(r"[\u0620-\u064a]")
_ABBREVIATIONS = re.compile(
    r"(?i)(?:^|\W)(?:mr|mrs|ms|dr|prof|st|jr|sr|vs|etc|no|fig|inc|ltd|co|gen|sen|gov|mt|ft|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|e\.g|i\.e|a\.m|p\.m|[a-z](?:\.[a-z])+)$"
)


@dataclass
class Paragraph:
    text: str
    joins: list[int]  # offsets where one FLORES line ends and the next begins (after the space)
    lines: list[tuple[int, int]]  # each line's span in text


@dataclass
class Score:
    joins: int = 0
    found: int = 0
    splits: int = 0
    extra: Counter[str] = field(default_factory=Counter)
    listing: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def recall(self) -> float:
        return self.found / self.joins if self.joins else 1.0

    @property
    def precision(self) -> float:
        correct = self.found + self.extra["sentence end"]
        return correct / self.splits if self.splits else 1.0


def load_paragraphs(flores: Path, file_name: str) -> list[Paragraph]:
    """Join consecutive lines that share a URL (row i+1 of the metadata is line i)."""
    lines = (flores / file_name).read_text(encoding="utf-8").splitlines()
    urls = [row.split("\t")[0] for row in (flores / "metadata_dev.tsv").read_text().splitlines()]
    urls = urls[1:]
    if len(urls) != len(lines):
        raise SystemExit(f"{file_name}: {len(lines)} lines but {len(urls)} metadata rows")
    paragraphs: list[Paragraph] = []
    group: list[str] = []
    for index, line in enumerate(lines):
        group.append(line.strip())
        if index + 1 == len(lines) or urls[index + 1] != urls[index]:
            paragraphs.append(_join(group))
            group = []
    return paragraphs


def _join(group: list[str]) -> Paragraph:
    text, joins, spans = "", [], []
    for line in group:
        if text:
            text += " "
            joins.append(len(text))
        spans.append((len(text), len(text) + len(line)))
        text += line
    return Paragraph(text, joins, spans)


def classify(text: str, cut: int) -> str:
    """Name what an extra split cut at, from the characters around it."""
    before = text[:cut].rstrip()
    after = text[cut:].lstrip()
    stem = before.rstrip("\"'”’»)]")
    last = stem[-1:] or " "
    if last in ",،":
        return "comma"
    if last in ":":
        return "colon"
    if last in ";؛":
        return "semicolon"
    if last not in ".!?؟…":
        return "no punctuation"
    if last == "." and stem[-2:-1].isdigit() and after[:1].isdigit():
        return "decimal"
    if last in "….":
        if stem.endswith("..") or last == "…":
            return "ellipsis" if after[:1].isupper() or _ARABIC.match(after) else "ellipsis (mid)"
        word = stem[:-1].split()[-1] if stem[:-1].split() else ""
        if re.fullmatch(r"\W*[A-Z]", word) or re.fullmatch(r"\W*[\u0620-\u064a]ـ?", word):
            return "initial"
        if _ABBREVIATIONS.search(stem[:-1]):
            return "abbreviation"
    if after[:1].islower():
        return "before lower case"
    return "sentence end"


def split_positions(spans: list[tuple[int, int]]) -> list[int]:
    """Boundaries as the start of every span but the first."""
    return [start for start, _ in spans[1:]]


def score(paragraphs: list[Paragraph], splitter: Splitter) -> Score:
    result = Score()
    began = time.perf_counter()
    outputs = [splitter(paragraph.text) for paragraph in paragraphs]
    result.seconds = time.perf_counter() - began
    for paragraph, spans in zip(paragraphs, outputs, strict=True):
        cuts = split_positions(spans)
        joins = set(paragraph.joins)
        result.joins += len(joins)
        result.splits += len(cuts)
        result.found += len(joins.intersection(cuts))
        for cut in cuts:
            if cut in joins:
                continue
            kind = classify(paragraph.text, cut)
            result.extra[kind] += 1
            line = next(span for span in paragraph.lines if span[0] < cut <= span[1])
            shown = paragraph.text[line[0] : cut] + " ‖ " + paragraph.text[cut : line[1]]
            result.listing.append(f"[{kind}] {shown}")
        for join in sorted(joins.difference(cuts)):
            shown = paragraph.text[max(0, join - 60) : join] + " ‖ " + paragraph.text[join:][:40]
            result.listing.append(f"[MISSED] …{shown}")
    return result


def pyarabic_spans(text: str) -> list[tuple[int, int]]:
    """pyarabic returns strings with the whitespace after a cut removed; find them again."""
    from pyarabic.araby import sentence_tokenize

    spans, position = [], 0
    for sentence in sentence_tokenize(text):
        piece = sentence.strip()
        if not piece:
            continue
        start = text.find(piece, position)
        if start < 0:
            raise ValueError(f"pyarabic changed the text: {piece[:40]!r}")
        spans.append((start, start + len(piece)))
        position = start + len(piece)
    return spans


def runs(shared: Path) -> Iterator[tuple[str, str, Score]]:
    flores = shared / "eval" / "flores200-dev"
    for language, file_name in LANGUAGES.items():
        paragraphs = load_paragraphs(flores, file_name)
        yield language, "nashra", score(paragraphs, partial(split_sentences, language=language))
        if language == "ar":
            yield language, "pyarabic", score(paragraphs, pyarabic_spans)


def speed(shared: Path) -> Iterator[tuple[str, str, int, float]]:
    """Time long inputs: the splitter must stay linear (no regex that backtracks)."""
    flores = shared / "eval" / "flores200-dev"
    cases: dict[str, tuple[str, str]] = {
        "5,000 words, no punctuation": ("ar", " ".join(["كلمة"] * 5000)),
    }
    for language, file_name in LANGUAGES.items():
        lines = (flores / file_name).read_text(encoding="utf-8").split()
        text = " ".join(lines)
        cases[f"1 MB paragraph ({language})"] = (
            language,
            (text + " ") * (1_000_000 // len(text) + 1),
        )
    for name, (language, text) in cases.items():
        splitters: dict[str, Splitter] = {"nashra": partial(split_sentences, language=language)}
        if language == "ar":
            splitters["pyarabic"] = pyarabic_spans
        for splitter_name, splitter in splitters.items():
            began = time.perf_counter()
            spans = splitter(text)
            yield name, splitter_name, len(spans), time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--verbose", action="store_true", help="print every extra and missed split")
    args = parser.parse_args(argv)
    out = REPO / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    header = f"{'lang':4} {'splitter':9} {'joins':>5} {'found':>5} {'recall':>7} "
    header += f"{'splits':>6} {'extra':>5} {'ok':>4} {'precision':>9} {'ms':>7}"
    print(header)
    for language, name, result in runs(args.shared):
        ok = result.extra["sentence end"]
        print(
            f"{language:4} {name:9} {result.joins:5} {result.found:5} {result.recall:7.4f} "
            f"{result.splits:6} {sum(result.extra.values()):5} {ok:4} {result.precision:9.4f} "
            f"{result.seconds * 1000:7.1f}"
        )
        errors = {kind: count for kind, count in result.extra.items() if kind != "sentence end"}
        print(f"{'':15}extra splits judged wrong: {errors or 'none'}")
        listing = out / f"segmentation-{language}-{name}.txt"
        listing.write_text("\n".join(result.listing) + "\n", encoding="utf-8")
        if args.verbose:
            print("\n".join(result.listing))
    print(f"listings: {out}/segmentation-*.txt\n")
    for name, splitter_name, count, seconds in speed(args.shared):
        print(f"{name:29} {splitter_name:9} {count:7} sentences {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
