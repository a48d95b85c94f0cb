"""PDF export time and size, against the DOCX export of the same article in the same run.

DOCX is the other binary export: python-docx builds the document, PDF is shaped by HarfBuzz, laid
out and embedded with font subsets here. Both write the original and the bilingual table of the
same Arabic text (FLORES-200 dev from ../shared, whole paragraphs, else the committed sample
repeated) at about 1,000 and 10,000 words, alternating, median of the repeats; the first
(cold) PDF export, which loads the fonts, is timed on its own. It also checks what the timing
must not hide: every sentence reads back from the PDF.

Usage: .venv/bin/python bench/pdf_export.py [--shared PATH] [--repeats N] [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from desktop.core.document import Document  # noqa: E402
from desktop.core.export import export_document  # noqa: E402
from desktop.core.pipeline import document_from_text, open_document  # noqa: E402


def flores_paragraphs(shared: Path) -> list[str]:
    """FLORES dev Arabic joined into its articles' paragraphs (consecutive lines of one URL)."""
    lines = (shared / "eval" / "flores200-dev" / "arb_Arab.dev").read_text("utf-8").splitlines()
    urls = (shared / "eval" / "flores200-dev" / "metadata_dev.tsv").read_text("utf-8").splitlines()
    url_column = urls[0].split("\t").index("URL")
    paragraphs: list[list[str]] = []
    previous = None
    for line, row in zip(lines, urls[1:], strict=False):
        url = row.split("\t")[url_column]
        if url != previous:
            paragraphs.append([])
            previous = url
        paragraphs[-1].append(line)
    return [" ".join(paragraph) for paragraph in paragraphs]


def article(paragraphs: list[str], words: int) -> Document:
    chosen: list[str] = []
    count = 0
    for paragraph in paragraphs:
        if count >= words:
            break
        chosen.append(paragraph)
        count += len(paragraph.split())
    return document_from_text("\n\n".join(chosen), source="bench.txt")


def english_lines(shared: Path) -> list[str]:
    try:
        path = shared / "eval" / "flores200-dev" / "eng_Latn.dev"
        return path.read_text("utf-8").splitlines()
    except OSError:
        sample = REPO / "resources" / "samples" / "wikinews-en.txt"
        return [line for line in sample.read_text("utf-8").splitlines() if line.strip()]


def timed(document: Document, path: Path, fmt: str, what: str, english: list[str]) -> float:
    """One export; the bilingual table takes English lines as the translation (their meaning
    does not matter here, their length and script do)."""
    translations = None
    if what == "bilingual":
        ids = [s.id for s in document.sentences()]
        translations = {i: english[n % len(english)] for n, i in enumerate(ids)}
    start = time.perf_counter()
    export_document(document, path, what=what, to=fmt, translations=translations)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="1,000 words, one repeat")
    args = parser.parse_args()

    try:
        paragraphs = flores_paragraphs(args.shared)
        source = "FLORES-200 dev (Arabic)"
    except OSError:
        sample = (REPO / "resources" / "samples" / "wikinews-ar.txt").read_text("utf-8")
        paragraphs = [p for p in sample.split("\n\n") if p.strip()] * 200
        source = "the committed sample, repeated"
    english = english_lines(args.shared)
    sizes = [1000] if args.quick else [1000, 10_000]
    repeats = 1 if args.quick else args.repeats
    print(f"text: {source}; median of {repeats}, PDF and DOCX alternating\n")

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cold = timed(article(paragraphs, 200), work / "cold.pdf", "pdf", "original", english)
        print(f"first PDF export in the process (loads HarfBuzz and the fonts): {cold:.3f} s\n")
        print(
            f"{'words':>6} {'kind':<10} {'PDF s':>7} {'DOCX s':>7} {'ratio':>6} "
            f"{'PDF kB':>7} {'DOCX kB':>8} {'pages':>5}  read back"
        )
        for words in sizes:
            document = article(paragraphs, words)
            for what in ("original", "bilingual"):
                pdf_times, docx_times = [], []
                for _ in range(repeats):
                    pdf_times.append(timed(document, work / "a.pdf", "pdf", what, english))
                    docx_times.append(timed(document, work / "a.docx", "docx", what, english))
                pdf, docx = statistics.median(pdf_times), statistics.median(docx_times)
                back = " ".join(s.text for s in open_document(work / "a.pdf").sentences())
                # Marks typed shadda-then-fatha come back in Unicode's canonical order (fatha,
                # shadda): the same text to Unicode and on screen, counted apart.
                nfc_back = unicodedata.normalize("NFC", back)
                exact = [s.text in back for s in document.sentences()]
                same = [
                    unicodedata.normalize("NFC", s.text) in nfc_back for s in document.sentences()
                ]
                lost = sum(not ok for ok in same)
                reordered = sum(ok and not hit for ok, hit in zip(same, exact, strict=True))
                pages = (work / "a.pdf").read_bytes().count(b"/Type /Page ")
                print(
                    f"{words:>6} {what:<10} {pdf:>7.3f} {docx:>7.3f} {pdf / docx:>5.2f}x "
                    f"{(work / 'a.pdf').stat().st_size / 1000:>7.0f} "
                    f"{(work / 'a.docx').stat().st_size / 1000:>8.0f} {pages:>5}  "
                    f"{'all sentences' if not lost else f'{lost} sentences lost'}"
                    + (f" ({reordered} with marks in canonical order)" if reordered else "")
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
