"""Summary quality on EASC and summary speed on long documents, for every method.

Quality: ../shared/eval/easc-dev (Essex Arabic Summaries Corpus, half): each article has five
human extractive summaries. The budget is one third of the article's words (rounded down); each
method's summary is scored with ROUGE-1 and ROUGE-2 F1 against each reference, averaged over the
references and then over the articles. "lead (words)" is the baseline from the issue: the first
third of the article's words, cut mid-sentence if need be. Articles become documents through the
application's own pipeline (`desktop.core.pipeline.document_from_text`, cleaning off so no line of
the article is dropped), so the methods see exactly the paragraphs and sentences a user gets.

"oracle" is a ceiling, not a method: per article, sentences are added greedily by the mean
ROUGE-2 against the five references they give, under the same length rule. The references were
made by joining the article's hard-wrapped lines without a space ("من بني\nجلدته" became
"بنيجلدته"), so a few reference tokens can never be matched; "oracle (joined refs)" scores the
same oracle against references with those joins split again, to show what that costs. Neither
touches the methods or the official scores.

Speed: documents of about 1,000, 10,000 and 50,000 words made by concatenating articles; each
method's time is shown in milliseconds and as a ratio to the lead method's time in the same run.

Run: .venv/bin/python bench/summaries.py [--shared PATH] [--methods a,b] [--no-speed] [--oracle]
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
# OpenBLAS starts one thread per core for every SVD (sumy's LSA); on a busy machine those threads
# fight each other and a 10 ms SVD takes a second. Measure the algorithms, not that contention
# (set OPENBLAS_NUM_THREADS yourself to see it).
BLAS_THREADS = os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from desktop.core.document import BlockKind, Document  # noqa: E402
from desktop.core.pipeline import document_from_text  # noqa: E402
from desktop.core.summary import LEAD_METHOD, METHODS, SummaryLength, summarize  # noqa: E402
from desktop.core.summary.text import word_count  # noqa: E402

# ROUGE tokens, as the issue defines them. Kept apart from the core's own word folding on
# purpose: the yardstick must not move when the thing it measures changes.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_DIACRITICS.sub("", text).translate(_FOLDS).lower())


def ngrams(words: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def rouge_f1(candidate: Sequence[str], reference: Sequence[str], n: int) -> float:
    """ROUGE-N F1 with clipped counts: an n-gram matches at most as often as the reference has
    it."""
    ours, theirs = ngrams(candidate, n), ngrams(reference, n)
    overlap = sum((ours & theirs).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(ours.values())
    recall = overlap / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def read_text(path: Path) -> str:
    """Decode one corpus file: BOM first, then UTF-8, then Windows-1256 (old Arabic files)."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1256")


PIPELINE = "desktop.core.pipeline.document_from_text(clean=False, language='ar')"


def build_document(text: str, source: str = "<bench>") -> Document:
    """The document a user gets from pasting `text` (cleaning off: the corpus has no page noise)."""
    return document_from_text(text, source=source, clean=False, language="ar")


def load_easc(root: Path) -> list[tuple[str, str, list[str]]]:
    """(name, article text, five reference texts) for every article; names differ in case."""
    summaries = {path.name.lower(): path for path in (root / "Summaries").iterdir()}
    corpus = []
    for article in sorted((root / "Articles").iterdir()):
        stem = article.name[: -len(article.suffix)]
        references = []
        for annotator in "ABCDE":
            path = summaries.get(f"{stem}_{annotator}.txt".lower())
            if path is not None:
                references.append(read_text(path))
        if len(references) != 5:
            print(f"warning: {article.name} has {len(references)} references", file=sys.stderr)
        if references:
            corpus.append((stem, read_text(article), references))
    return corpus


def evaluate(
    corpus: list[tuple[str, str, list[str]]], methods: Sequence[str]
) -> dict[str, tuple[float, float, float]]:
    """Mean ROUGE-1 F1, ROUGE-2 F1 and seconds per article for each method."""
    documents = [build_document(text, name) for name, text, _ in corpus]
    reference_tokens = [[tokens(ref) for ref in refs] for _, _, refs in corpus]
    article_tokens = [tokens(text) for _, text, _ in corpus]
    results: dict[str, tuple[float, float, float]] = {}
    systems: list[tuple[str, Callable[[int], list[str]]]] = [
        ("lead (words)", lambda i: article_tokens[i][: len(article_tokens[i]) // 3])
    ]
    for method in methods:

        def run(i: int, method: str = method) -> list[str]:
            document = documents[i]
            length = SummaryLength.words(max(1, len(article_tokens[i]) // 3))
            summary = summarize(document, length, method)
            return [w for sid in summary.ids for w in tokens(document.sentence(sid).text)]

        systems.append((method, run))
    for name, system in systems:
        r1, r2 = [], []
        started = time.perf_counter()
        for i, references in enumerate(reference_tokens):
            candidate = system(i)
            r1.append(statistics.fmean(rouge_f1(candidate, ref, 1) for ref in references))
            r2.append(statistics.fmean(rouge_f1(candidate, ref, 2) for ref in references))
        elapsed = (time.perf_counter() - started) / len(reference_tokens)
        results[name] = (statistics.fmean(r1), statistics.fmean(r2), elapsed)
    return results


def unjoined_references(article: str, references: Sequence[str]) -> list[list[str]]:
    """Reference tokens with the annotation tool's line joins split again.

    Where a line of the article ends in X and the next starts with Y, the references hold "XY";
    only used to measure what that costs, never to score a method.
    """
    lines = [tokens(line) for line in article.splitlines()]
    lines = [line for line in lines if line]
    joins = {a[-1] + b[0]: [a[-1], b[0]] for a, b in itertools.pairwise(lines)}
    return [
        [part for token in tokens(reference) for part in joins.get(token, [token])]
        for reference in references
    ]


def oracle_summary(document: Document, budget: int, references: list[list[str]]) -> list[str]:
    """Greedy ROUGE-2 oracle: the sentences, added one at a time, that best raise the mean
    ROUGE-2 F1 over `references`, filled by the product's own length rule (`length.fill`)."""
    sentences = [
        sentence
        for paragraph in document.paragraphs
        if paragraph.kind is not BlockKind.HEADING
        for sentence in paragraph.sentences
        if word_count(sentence.text) > 0
    ]
    texts = [tokens(sentence.text) for sentence in sentences]
    counts = [word_count(sentence.text) for sentence in sentences]

    def gain(chosen: list[int]) -> float:
        candidate = [word for index in sorted(chosen) for word in texts[index]]
        return statistics.fmean(rouge_f1(candidate, ref, 2) for ref in references)

    chosen: list[int] = []
    used = 0
    while True:
        # The product's rule (`length.fill`): take what still fits, until nothing does; one
        # sentence at least, even when it alone is over the budget.
        fits = [i for i in range(len(sentences)) if i not in chosen and used + counts[i] <= budget]
        if not fits and not chosen:
            fits = list(range(len(sentences)))
        if not fits:
            break
        best = max(fits, key=lambda i: gain([*chosen, i]))
        chosen.append(best)
        used += counts[best]
    return [word for index in sorted(chosen) for word in texts[index]]


def oracles(corpus: list[tuple[str, str, list[str]]]) -> dict[str, tuple[float, float, float]]:
    """The greedy ROUGE-2 oracle, against the references as given and with line joins split."""
    results: dict[str, tuple[float, float, float]] = {}
    for name, fixed in (("oracle", False), ("oracle (joined refs)", True)):
        r1, r2 = [], []
        started = time.perf_counter()
        for source, text, refs in corpus:
            references = unjoined_references(text, refs) if fixed else [tokens(r) for r in refs]
            budget = max(1, len(tokens(text)) // 3)
            candidate = oracle_summary(build_document(text, source), budget, references)
            r1.append(statistics.fmean(rouge_f1(candidate, ref, 1) for ref in references))
            r2.append(statistics.fmean(rouge_f1(candidate, ref, 2) for ref in references))
        elapsed = (time.perf_counter() - started) / len(corpus)
        results[name] = (statistics.fmean(r1), statistics.fmean(r2), elapsed)
    return results


def long_document(corpus: list[tuple[str, str, list[str]]], words: int) -> Document:
    """About `words` words of whole paragraphs, cycling through the articles."""
    lines: list[str] = []
    total = 0
    while total < words:
        for _, text, _ in corpus:
            for line in text.splitlines():
                if line.strip() and total < words:
                    lines.append(line)
                    total += len(tokens(line))
    return build_document("\n".join(lines), f"<{words} words>")


def time_summary(document: Document, method: str, budget: float) -> float:
    """Median seconds of a few runs, as many as fit in about `budget` seconds (at least one)."""
    runs: list[float] = []
    deadline = time.perf_counter() + budget
    while not runs or (time.perf_counter() < deadline and len(runs) < 25):
        started = time.perf_counter()
        summarize(document, SummaryLength.ratio(1 / 3), method)
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def cold_start(shared: Path, words: int) -> float:
    """Seconds of the default method's first summary in a fresh process (empty stem cache)."""
    code = (
        "import sys, time; sys.path.insert(0, sys.argv[1]);"
        "from pathlib import Path; import summaries as b;"
        "from desktop.core.summary import summarize, SummaryLength;"
        "corpus = b.load_easc(Path(sys.argv[2]) / 'eval' / 'easc-dev');"
        "doc = b.long_document(corpus, int(sys.argv[3]));"
        "t = time.perf_counter(); summarize(doc, SummaryLength.ratio(1 / 3));"
        "print(time.perf_counter() - t)"
    )
    args = [sys.executable, "-c", code, str(Path(__file__).parent), str(shared), str(words)]
    result = subprocess.run(args, capture_output=True, text=True, check=True, cwd=REPO)
    return float(result.stdout.strip().splitlines()[-1])


def main(argv: Sequence[str] | None = None) -> int:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing part")
    parser.add_argument(
        "--oracle", action="store_true", help="also show the greedy ROUGE-2 ceiling (slow)"
    )
    parser.add_argument(
        "--sizes", default="1000,10000,50000", help="document sizes (words) for the timing part"
    )
    args = parser.parse_args(argv)
    root = args.shared / "eval" / "easc-dev"
    if not root.is_dir():
        print(f"no EASC data at {root}", file=sys.stderr)
        return 2
    methods = [m for m in args.methods.split(",") if m]
    corpus = load_easc(root)
    print(f"EASC dev: {len(corpus)} articles, documents by {PIPELINE}")
    print(f"OPENBLAS_NUM_THREADS={BLAS_THREADS}")
    print("budget: floor(1/3 of the article's words); ROUGE F1 over 5 references, then articles\n")
    results = evaluate(corpus, methods)
    if args.oracle:
        results.update(oracles(corpus))
    print(f"{'method':<22} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ms/article':>11}")
    for name, (r1, r2, seconds) in sorted(results.items(), key=lambda kv: -kv[1][1]):
        print(f"{name:<22} {r1:8.3f} {r2:8.3f} {seconds * 1000:11.1f}")
    if args.no_speed:
        return 0

    sizes = [int(size) for size in args.sizes.split(",")]
    documents = {size: long_document(corpus, size) for size in sizes}
    print("\nspeed: summary of 1/3 of the words; ms (ratio to the lead method in this run)")
    header = "".join(f"{f'{size} w / {len(documents[size].sentences())} s':>24}" for size in sizes)
    print(f"{'method':<14}{header}")
    baseline = {size: time_summary(documents[size], LEAD_METHOD, 1.0) for size in sizes}
    for method in [LEAD_METHOD, *(m for m in methods if m != LEAD_METHOD)]:
        cells = []
        for size in sizes:
            seconds = time_summary(documents[size], method, 1.0)
            ratio = seconds / baseline[size] if baseline[size] else math.nan
            cells.append(f"{seconds * 1000:12.1f} ms ({ratio:5.1f}×)")
        print(f"{method:<14}{''.join(f'{cell:>24}' for cell in cells)}")
    print("(median of repeated runs in one process: stems cached after the first run)")
    for size in sizes:
        seconds = cold_start(args.shared, size)
        print(
            f"first summary in a fresh process, default method, {size} words: "
            f"{seconds * 1000:.0f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
