"""Real documents read right: the corpus's figures format by format, PDF speed, language naming.

1. Corpus (tests/fixtures/real, third-party files, plus the Arabic documents the tests write with
   each format's own library): per format, files opened, clear errors expected and got, crashes,
   files with presentation-form characters in the output, token F1 and bigram F1 (word order,
   inside paragraphs) against the reference texts where they exist, front matter found in a
   body or chosen by a summary, and the time to open them all.
2. PDF: Nashra's PDFium loader against pdfminer.six laying out the same pages (what Nashra used
   before: `pdfminer.high_level.extract_pages` with default LAParams), side by side, on a
   10-page word-by-word Arabic PDF, the 23-page Egyptian gazette and a 3-page English PDF; the
   ratio is pdfminer's time over Nashra's, and the text of each is scored against the reference.
3. Language naming: fastText's lid.176 (Nashra's) against py3langid on the lingua test sentences
   kept in the corpus (Persian, Urdu, Hebrew, French) and the corpus's Arabic texts: accuracy
   per language, and each model's load time and size on disk.

Run: .venv/bin/python bench/real_documents.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import warnings
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop.core.document import Matter  # noqa: E402
from desktop.core.errors import NashraError  # noqa: E402
from desktop.core.loading import load_file  # noqa: E402
from desktop.core.pipeline import open_document  # noqa: E402
from desktop.core.summary import SummaryLength, summarize  # noqa: E402
from tests.fixtures.generated_documents import generated_cases, pdf_ten_pages  # noqa: E402
from tests.fixtures.real_corpus import (  # noqa: E402
    PRESENTATION_FORMS,
    REAL,
    bigram_f1,
    real_cases,
    token_f1,
)


def _body(document_path: Path, pages: tuple[int, ...] = ()) -> str:
    if pages:
        raw = load_file(document_path)
        return "\n\n".join(b.text for b in raw.blocks if b.page in pages)
    document = open_document(document_path)
    return "\n\n".join(p.text for p in document.paragraphs if p.matter is Matter.BODY)


def corpus_table(folder: Path) -> None:
    rows: dict[str, dict[str, list[float] | int | float]] = defaultdict(
        lambda: {"files": 0, "errors_expected": 0, "errors": 0, "crashes": 0, "forms": 0,
                 "token": [], "bigram": [], "seconds": 0.0, "front": 0}
    )  # fmt: skip
    items: list[
        tuple[str, Path, str | None, str | None, tuple[int, ...], tuple[str, ...], tuple[str, ...]]
    ] = []
    for case in real_cases():
        reference = case.reference.read_text(encoding="utf-8") if case.reference else None
        items.append((case.format, case.path, reference, case.error, case.pages, (), ()))
    for item in generated_cases(folder):
        fmt = {".md": "markdown", ".srt": "subtitles", ".vtt": "subtitles", ".txt": "text"}.get(
            item.path.suffix, item.path.suffix.lstrip(".")
        )
        items.append(
            (f"{fmt} (generated)", item.path, item.reference, None, (), item.body_excludes,
             item.summary_excludes)
        )  # fmt: skip
    for fmt, path, reference, error, pages, not_in_body, not_in_summary in items:
        row = rows[fmt]
        row["files"] += 1  # type: ignore[operator]
        if error:
            row["errors_expected"] += 1  # type: ignore[operator]
        start = time.perf_counter()
        try:
            document = open_document(path)
        except NashraError:
            row["errors"] += 1  # type: ignore[operator]
            row["seconds"] += time.perf_counter() - start  # type: ignore[operator]
            continue
        except Exception:  # a crash is what this table is for
            row["crashes"] += 1  # type: ignore[operator]
            continue
        row["seconds"] += time.perf_counter() - start  # type: ignore[operator]
        everything = "\n".join(p.text for p in document.paragraphs) + (document.title or "")
        row["forms"] += bool(PRESENTATION_FORMS.search(everything))  # type: ignore[operator]
        summary = summarize(document, SummaryLength.sentences(3))
        chosen = " ".join(document.sentence(i).text for i in summary.ids)
        leaked = any(x in everything for x in not_in_body) or any(
            x in chosen for x in not_in_summary
        )
        row["front"] += leaked  # type: ignore[operator]
        if reference is not None:
            body = _body(path, pages)
            row["token"].append(token_f1(body, reference))  # type: ignore[union-attr]
            row["bigram"].append(bigram_f1(body, reference))  # type: ignore[union-attr]
    print("## Corpus, format by format\n")
    print("| format | files | clear errors (expected) | crashes | presentation forms | "
          "token F1 (refs) | bigram F1 | front matter in body/summary | seconds |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    for fmt in sorted(rows):
        row = rows[fmt]
        tokens, bigrams = row["token"], row["bigram"]
        assert isinstance(tokens, list) and isinstance(bigrams, list)
        token = f"{statistics.mean(tokens):.3f} ({len(tokens)})" if tokens else "–"
        bigram = f"{statistics.mean(bigrams):.3f}" if bigrams else "–"
        print(
            f"| {fmt} | {row['files']} | {row['errors']} ({row['errors_expected']}) | "
            f"{row['crashes']} | {row['forms']} | {token} | {bigram} | {row['front']} | "
            f"{row['seconds']:.2f} |"
        )
    print()


def _pdfminer_text(path: Path) -> str:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return "\n\n".join(
            element.get_text()
            for page in extract_pages(str(path))
            for element in page
            if isinstance(element, LTTextContainer)
        )


def pdf_speed(folder: Path, repeat: int) -> None:
    ten = pdf_ten_pages(folder)
    cases = [
        ("10-page Arabic, word by word (generated)", ten.path, ten.reference),
        ("23-page Egyptian gazette (real)", REAL / "pdf" / "natural-pdf-egyptian-gazette.pdf",
         None),
        ("3-page English (docling)", REAL / "pdf" / "docling-multi-page.pdf",
         (REAL / "references" / "docling-multi-page.pdf.txt").read_text(encoding="utf-8")),
    ]  # fmt: skip
    print("## PDF: PDFium (Nashra) against pdfminer.six, same files, same run\n")
    print("| file | Nashra (PDFium) s | pdfminer.six s | pdfminer / Nashra | "
          "bigram F1 Nashra | bigram F1 pdfminer |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for name, path, reference in cases:
        nashra_times, miner_times = [], []
        nashra_text = miner_text = ""
        for _ in range(repeat):
            start = time.perf_counter()
            raw = load_file(path)
            nashra_times.append(time.perf_counter() - start)
            nashra_text = "\n\n".join(b.text for b in raw.blocks)
            start = time.perf_counter()
            miner_text = _pdfminer_text(path)
            miner_times.append(time.perf_counter() - start)
        ours, theirs = statistics.median(nashra_times), statistics.median(miner_times)
        scores = (
            (f"{bigram_f1(nashra_text, reference):.3f}", f"{bigram_f1(miner_text, reference):.3f}")
            if reference
            else ("–", "–")
        )
        print(f"| {name} | {ours:.2f} | {theirs:.2f} | {theirs / ours:.1f}× | {scores[0]} | "
              f"{scores[1]} |")  # fmt: skip
    print()


def language_naming() -> None:
    from desktop.core import language

    samples: dict[str, list[str]] = {}
    for code in ("fa", "ur", "he", "fr"):
        text = (REAL / "text" / f"lingua-sentences-{code}.txt").read_text(encoding="utf-8")
        samples[code] = [line for para in text.split("\n\n") for line in para.split(". ") if line]
    arabic = []
    for path in sorted((REAL / "text").glob("easc-*.txt")):
        arabic.extend(p for p in path.read_text(encoding="utf-8").split("\n") if len(p) > 40)
    samples["ar"] = arabic[:60]

    start = time.perf_counter()
    language._model.cache_clear()
    language._model()
    fasttext_load = time.perf_counter() - start
    model_file = language.model_file()
    size = model_file.stat().st_size if model_file else 0
    rows = {"fastText lid.176 (Nashra)": (language.detect_language, fasttext_load, size)}
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        start = time.perf_counter()
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        load = time.perf_counter() - start
        import py3langid

        size = (Path(py3langid.__file__).parent / MODEL_FILE).stat().st_size
        aliases = {"arz": "ar", "ary": "ar", "apc": "ar"}
        rows["py3langid"] = (
            lambda t: aliases.get(identifier.classify(t)[0], identifier.classify(t)[0]),
            load,
            size,
        )
    except ImportError:
        print("(py3langid not installed: `pip install py3langid` to compare)\n")
    print("## Language naming: share of sentences named right\n")
    print("| model | " + " | ".join(samples) + " | load s | model MB |")
    print("|---|" + "---|" * (len(samples) + 2))
    for name, (classify, load, size) in rows.items():
        scores = []
        for code, sentences in samples.items():
            right = sum(classify(sentence) == code for sentence in sentences)
            scores.append(f"{right / len(sentences):.2f} ({len(sentences)})")
        print(f"| {name} | " + " | ".join(scores) + f" | {load:.2f} | {size / 1e6:.1f} |")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing repeats (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus_table(Path(folder))
        pdf_speed(Path(folder), args.repeat)
    language_naming()


if __name__ == "__main__":
    main()
