"""Summaries of documents with sections: EASC articles joined as the chapters of a book.

Quality: each book joins `--chapters` EASC dev articles of different topics (the corpus's topic is
the article name's prefix, "Art and Music (3)"), each under a chapter heading, after a contents
section and before a bibliography (front and back matter, which no summary may choose). Annotator
A's reference for the book is A's summaries of its chapters joined in chapter order; likewise B to
E. The budget is one third of the chapters' words, rounded down; ROUGE-1/2 F1 against the five
references, averaged over references then books: the yardstick of bench/summaries.py, whose
tokens and ROUGE this script imports. Systems:

- nashra: the default method, which ranks a sectioned document section by section;
- chapter leads (words): each chapter's first words up to its share of the budget (the shares of
  `desktop.core.summary.sections.shares`, by the chapters' words), cut mid-sentence;
- chapter leads (sentences): each chapter's first sentences under the product's own rule
  (`sections.fill_sections` with the lead ranking), the same spread of the budget as nashra's;
- lead (words) / lead: the whole book's first third, cut mid-sentence / by whole sentences;
- nashra (whole text): the news default over the book as one article (the old behaviour).

Also on easc-dev (single articles, no sections): the news default against the lead, as
bench/summaries.py measures it, to show the default there is unchanged.

Speed: a book of about `--words` words (120,000 by default) of chapters; the default summary's
median time against the lead method's on the same document, and against the news default over the
same text without headings.

Run: .venv/bin/python bench/section_summaries.py [--shared PATH] [--chapters 5] [--words 120000]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import summaries  # noqa: E402  (bench/summaries.py: EASC, tokens, ROUGE; puts the repo on sys.path)

from desktop.core.document import Block, BlockKind, Document, Matter, RawText  # noqa: E402
from desktop.core.pipeline import build_document  # noqa: E402
from desktop.core.summary import LEAD_METHOD, SummaryLength, summarize  # noqa: E402
from desktop.core.summary.sections import Section, fill_sections, shares  # noqa: E402
from desktop.core.summary.text import word_count  # noqa: E402

Article = tuple[str, str, list[str]]
_TOPIC = re.compile(r"\s*\(\d+\)\s*$")


def books(corpus: Sequence[Article], chapters: int) -> list[list[Article]]:
    """Groups of `chapters` articles, each of a different topic, every article used once at most.

    Topics are dealt round-robin (topic 1's first article, topic 2's first, ...), so consecutive
    articles in the deal have different topics whenever there are at least `chapters` topics.
    """
    by_topic: dict[str, list[Article]] = {}
    for article in corpus:
        by_topic.setdefault(_TOPIC.sub("", article[0]), []).append(article)
    deal: list[Article] = []
    queues = [list(articles) for _, articles in sorted(by_topic.items())]
    while any(queues):
        for queue in queues:
            if queue:
                deal.append(queue.pop(0))
    groups = []
    for start in range(0, len(deal) - chapters + 1, chapters):
        group = deal[start : start + chapters]
        if len({_TOPIC.sub("", name) for name, _, _ in group}) == chapters:
            groups.append(group)
    return groups


def book_document(chapters: Sequence[Article], source: str = "<book>") -> Document:
    """A book: title, contents, one chapter per article (its lines as paragraphs), bibliography."""
    blocks = [
        Block("كتاب من مقالات", BlockKind.HEADING, 1),
        Block("المحتويات", BlockKind.HEADING, 2),
    ]
    blocks += [Block(f"الفصل {n} ....... {n * 7}") for n in range(1, len(chapters) + 1)]
    for number, (_, text, _) in enumerate(chapters, start=1):
        blocks.append(Block(f"الفصل {number}", BlockKind.HEADING, 2))
        blocks += [Block(line.strip()) for line in text.splitlines() if line.strip()]
    blocks.append(Block("المراجع", BlockKind.HEADING, 2))
    blocks += [
        Block("الكاتب، عنوان المرجع الأول في تاريخ الموسيقى والفنون، دار النشر، بيروت، 1990."),
        Block("مؤلف آخر، دراسات في الاقتصاد والسياسة والمجتمع العربي، القاهرة، 2005."),
    ]
    return build_document(RawText(source, "text", tuple(blocks)), clean=False, language="ar")


def chapter_sections(document: Document) -> tuple[list[list[str]], list[Section], list[int]]:
    """The chapters' sentences (body matter, not headings) and their sections over them."""
    texts: list[list[str]] = []
    for paragraph in document.paragraphs:
        if paragraph.matter is not Matter.BODY:
            continue
        if paragraph.kind is BlockKind.HEADING:
            if paragraph.text.startswith("الفصل"):
                texts.append([])
            continue
        if texts:
            texts[-1].extend(s.text for s in paragraph.sentences if word_count(s.text))
    counts = [word_count(text) for chapter in texts for text in chapter]
    sections, start = [], 0
    for chapter in texts:
        members = tuple(range(start, start + len(chapter)))
        sections.append(Section(members, sum(counts[i] for i in members)))
        start += len(chapter)
    return texts, sections, counts


def lead_ranking(members: Sequence[int]) -> Iterable[tuple[int, float]]:
    return ((position, 1.0 / (position + 1)) for position in range(len(members)))


def book_systems(
    number: int, group: Sequence[Article]
) -> Iterable[tuple[str, list[str], list[list[str]]]]:
    """(system, its summary's tokens, the five references' tokens) for one book."""
    document = book_document(group, f"<book {number}>")
    texts, sections, counts = chapter_sections(document)
    flat = [text for chapter in texts for text in chapter]
    chapter_tokens = [summaries.tokens(" ".join(chapter)) for chapter in texts]
    all_tokens = [token for chapter in chapter_tokens for token in chapter]
    budget = max(1, len(all_tokens) // 3)
    references = [[t for _, _, refs in group for t in summaries.tokens(refs[a])] for a in range(5)]
    length = SummaryLength.words(budget)

    def method(name: str, d: Document = document) -> list[str]:
        summary = summarize(d, length, name)
        return [w for i in summary.ids for w in summaries.tokens(d.sentence(i).text)]

    plain = build_document(
        RawText("<plain>", "text", tuple(Block(t) for t in flat)), clean=False, language="ar"
    )
    allotted = shares(budget, [len(tokens) for tokens in chapter_tokens])
    leads = fill_sections(sections, lead_ranking, counts, length)
    yield "nashra", method("nashra"), references
    yield (
        "chapter leads (words)",
        [t for tokens, n in zip(chapter_tokens, allotted, strict=True) for t in tokens[:n]],
        references,
    )
    yield (
        "chapter leads (sentences)",
        [w for i, _ in sorted(leads) for w in summaries.tokens(flat[i])],
        references,
    )
    yield "lead (words)", all_tokens[:budget], references
    yield "lead", method(LEAD_METHOD), references
    yield "nashra (whole text)", method("nashra", plain), references


def evaluate_books(
    corpus: Sequence[Article], chapters: int
) -> tuple[int, dict[str, tuple[float, float]]]:
    groups = books(corpus, chapters)
    systems: dict[str, list[tuple[float, float]]] = {}
    for number, group in enumerate(groups):
        for name, candidate, references in book_systems(number, group):
            r1 = statistics.fmean(summaries.rouge_f1(candidate, ref, 1) for ref in references)
            r2 = statistics.fmean(summaries.rouge_f1(candidate, ref, 2) for ref in references)
            systems.setdefault(name, []).append((r1, r2))
    return len(groups), {
        name: (statistics.fmean(r for r, _ in rows), statistics.fmean(r for _, r in rows))
        for name, rows in systems.items()
    }


def long_book(corpus: Sequence[Article], words: int) -> tuple[Document, Document]:
    """A book of about `words` words in chapters of whole articles, and the same text unheaded."""
    chapters: list[Article] = []
    total = 0
    while total < words:
        for article in corpus:
            if total >= words:
                break
            chapters.append(article)
            total += len(summaries.tokens(article[1]))
    book = book_document(chapters, f"<{words} words>")
    lines = [
        Block(p.text)
        for p in book.paragraphs
        if p.kind is not BlockKind.HEADING and p.matter is Matter.BODY
    ]
    plain = build_document(RawText("<plain>", "text", tuple(lines)), clean=False, language="ar")
    return book, plain


def median_seconds(document: Document, method: str, runs: int = 5) -> tuple[float, float]:
    """Median wall and CPU seconds of `runs` summaries (CPU time is what a busy machine's load
    does not inflate)."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        summarize(document, SummaryLength.ratio(1 / 3), method)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=summaries.REPO.parent / "shared")
    parser.add_argument("--chapters", type=int, default=5)
    parser.add_argument("--words", type=int, default=120_000)
    args = parser.parse_args(argv)
    root = args.shared / "eval" / "easc-dev"
    if not root.is_dir():
        print(f"no EASC data at {root}", file=sys.stderr)
        return 2
    corpus = summaries.load_easc(root)
    count, results = evaluate_books(corpus, args.chapters)
    print(
        f"{count} books of {args.chapters} EASC dev chapters (different topics); budget "
        "floor(1/3 of the chapters' words); ROUGE F1 over 5 joined references, then books"
    )
    print(f"{'system':<28} {'ROUGE-1':>8} {'ROUGE-2':>8}")
    for name, (r1, r2) in sorted(results.items(), key=lambda kv: -kv[1][1]):
        print(f"{name:<28} {r1:8.3f} {r2:8.3f}")

    news = summaries.evaluate(corpus, ["nashra", LEAD_METHOD])
    print(f"\neasc-dev articles ({len(corpus)}, no sections), as bench/summaries.py:")
    for name, (r1, r2, _) in sorted(news.items(), key=lambda kv: -kv[1][1]):
        print(f"{name:<28} {r1:8.3f} {r2:8.3f}")

    book, plain = long_book(corpus, args.words)
    words = sum(word_count(s.text) for s in book.sentences())
    timed = {
        "nashra (sections)": median_seconds(book, "nashra"),
        "nashra (whole text)": median_seconds(plain, "nashra"),
        "lead": median_seconds(book, LEAD_METHOD),
    }
    print(
        f"\nspeed: a book of {words} words, {len(book.sentences())} sentences, "
        f"{sum(1 for p in book.paragraphs if p.kind is BlockKind.HEADING)} headings; 1/3 of the "
        "words, median of 5 runs; wall and CPU time, ratio of CPU times to the lead method's"
    )
    lead_cpu = timed["lead"][1]
    for name, (wall, cpu) in timed.items():
        ratio = cpu / lead_cpu
        print(f"{name:<22} {wall * 1000:7.0f} ms wall {cpu * 1000:7.0f} ms CPU ({ratio:5.1f}×)")
    ours, whole = timed["nashra (sections)"], timed["nashra (whole text)"]
    print(
        f"sections / whole text: {ours[1] / whole[1]:.2f}× CPU; goal < 1 s: "
        f"{'met' if ours[0] < 1 else 'NOT met'} (wall {ours[0]:.2f} s, CPU {ours[1]:.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
