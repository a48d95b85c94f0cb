"""Peak memory of a long text (open, clean, split, summarise, translate): 10k, 100k, 1M words.

Each size runs in its own child process, and its peak RSS is the child's own ``ru_maxrss`` (from
``os.wait4``, so one child's peak never hides another's). The text is a book of chapters
("الفصل 12", then FLORES-200 dev Arabic paragraphs, each sentence made distinct by a number:
`bench/long_document.py`'s book). The child:

1. opens it with `desktop.core.pipeline.open_document` (load, clean, split into sentences), the
   size limit raised for this run only (``max_bytes``);
2. summarises it with the default method, one third of the words;
3. translates its first ``--translate`` sentences (1,000 by default) with the random-weight test
   pack at Transformer-base size (6 layers, d_model 512: the size of a real argos pack), through
   `translate_document` and the engine's defaults (its cache included). Translating the whole of
   a million words on this machine would take hours; the model's memory does not grow with the
   document (it holds one batch), and what does (the translations) is measured per sentence and
   extrapolated in the report.

The baseline is a child that imports the same modules and loads the same model (one sentence
translated), with no document: the interpreter, the libraries and the model.

Usage: .venv/bin/python bench/memory.py [--sizes 10000,100000,1000000] [--translate 1000]
       [--shared PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import long_document  # noqa: E402  (its book writer)
import translation  # noqa: E402  (puts the repository on sys.path; builds the test pack)

from tests.fixtures.argos_pack import BASE  # noqa: E402

LIMIT_BYTES = 1 << 30  # the loader's size limit for this run: 1 GB


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(packs: str, path: str, translate: int) -> dict[str, Any]:
    """One size: the peak after each step, in MB, and what each step did."""
    import ctranslate2  # noqa: F401  (the baseline holds the same libraries)

    from desktop.core.document import Document
    from desktop.core.normalize import normalize_paragraph
    from desktop.core.pipeline import open_document
    from desktop.core.summary import SummaryLength, summarize
    from desktop.core.translation.document_translation import translate_document
    from desktop.core.translation.engine import TranslationEngine

    engine = TranslationEngine.for_pair("ar", "en", pack_dirs=[Path(packs)])
    engine.translate_text("مرحبا بكم")  # loads the model
    result: dict[str, Any] = {"model": peak_mb()}
    if not path:
        return result
    started = time.perf_counter()
    document = open_document(path, max_bytes=LIMIT_BYTES)
    result.update(opened=peak_mb(), open_s=time.perf_counter() - started)
    result["sentences"] = sum(len(p.sentences) for p in document.paragraphs)
    started = time.perf_counter()
    summary = summarize(document, SummaryLength.ratio(1 / 3))
    result.update(summarised=peak_mb(), summary_s=time.perf_counter() - started)
    result["summary_sentences"] = len(summary)

    paragraphs, taken = [], 0
    for paragraph in document.paragraphs:
        if taken >= translate:
            break
        paragraphs.append(paragraph)
        taken += len(paragraph.sentences)
    head = Document(document.source, document.format, document.title, document.language, paragraphs)
    started = time.perf_counter()
    translated = translate_document(head, engine)
    result.update(translated=peak_mb(), translate_s=time.perf_counter() - started)
    result["translated_sentences"] = len(translated)
    result["translation_chars"] = sum(len(t.text) for t in translated.values())
    # What translating the whole text would hold besides the model: the engine prepares every
    # sentence's tokens up front (`TranslationEngine.translate`); held here as it holds them.
    started = time.perf_counter()
    tokens = [
        tuple(engine.pack.encode(normalize_paragraph(s.text)))
        for p in document.paragraphs
        for s in p.sentences
    ]
    result.update(tokenised=peak_mb(), tokenise_s=time.perf_counter() - started)
    result["tokens"] = sum(map(len, tokens))
    return result


def run_child(
    env: dict[str, str], packs: Path, path: Path | None, translate: int
) -> dict[str, Any]:
    args = [sys.executable, __file__, "--child", str(packs), str(path or ""), str(translate)]
    with tempfile.TemporaryFile("w+") as out:
        process = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.PIPE, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        errors = process.stderr.read() if process.stderr else ""
        if process.returncode:
            raise RuntimeError(f"child failed ({process.returncode}): {errors[-2000:]}")
        out.seek(0)
        result: dict[str, Any] = json.loads(out.read().strip().splitlines()[-1])
    result["peak_mb"] = usage.ru_maxrss / 1024
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--translate", type=int, default=1000)
    parser.add_argument("--shared", type=Path, default=translation.REPO.parent / "shared")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        packs, path, count = args.child
        print(json.dumps(child(packs, path, int(count))))
        return 0

    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    work = Path(tempfile.mkdtemp(prefix="nashra-memory-"))
    try:
        translation.use_work_dir(work)
        pack_dir, label = translation.build_test_pack(work / "packages", BASE)
        env = dict(os.environ, NASHRA_HOME=str(work / "home"))
        print(f"pack: {label}")
        base = run_child(env, pack_dir.parent, None, 0)
        print(f"baseline (interpreter, libraries, model loaded): {base['peak_mb']:.0f} MB\n")
        header = (
            f"{'words':>9} {'sentences':>9} {'file MB':>8} {'open s':>7} {'summary s':>9} "
            f"{'opened':>7} {'summed':>7} {'peak MB':>8} {'− base':>7} {'goal':>9}"
        )
        print(header)
        for size in (int(s) for s in args.sizes.split(",")):
            path = work / f"book-{size}.txt"
            long_document.write_book(path, args.shared, size)
            used = run_child(env, pack_dir.parent, path, args.translate)
            goal = "" if size < 1_000_000 else ("met" if used["peak_mb"] < 1536 else "NOT met")
            print(
                f"{size:>9,} {used['sentences']:>9,} {path.stat().st_size / 1e6:>8.1f} "
                f"{used['open_s']:>7.1f} {used['summary_s']:>9.2f} {used['opened']:>7.0f} "
                f"{used['summarised']:>7.0f} {used['peak_mb']:>8.0f} "
                f"{used['peak_mb'] - base['peak_mb']:>7.0f} {'< 1.5 GB ' + goal if goal else '':>9}"
            )
            print(
                f"          translated {used['translated_sentences']} sentences in "
                f"{used['translate_s']:.1f} s ({used['translation_chars']:,} chars out); "
                f"every sentence tokenised as the engine prepares a call: {used['tokens']:,} "
                f"tokens, peak then {used['tokenised']:.0f} MB"
            )
            path.unlink()
        print(
            "\n(opened / summed: the child's peak after opening and after summarising; peak MB: "
            "its ru_maxrss at exit, after translating)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
