"""Translation throughput: Nashra's engine against argostranslate's own path, same pack, same text.

Builds a test pack (random weights, real SentencePiece; ``--base`` for Transformer-base size: 6
layers, d_model 512, 8 heads, FFN 2048), takes ~100 Arabic sentences (FLORES-200 dev when ../shared
is present, grouped into paragraphs by source URL; else the committed corpus in paragraphs of 5) and
translates them twice, side by side in one run, after one warm-up sentence each:

* argos: ``argostranslate.translate.PackageTranslation.translate(paragraph)`` for every paragraph,
  which is the object ``argostranslate.translate.translate()`` uses (without its paragraph-cache
  wrapper, which only helps on repeated text). The only change is its sentence splitter: MiniSBD
  would download a model, so it is replaced by one that returns our sentences of that paragraph.
  Everything else is argos's: its settings (beam 4, 32-token batches, its threads), one
  ``translate_batch`` call per paragraph, its ctranslate2.Translator.
* nashra: ``TranslationEngine.translate()`` over all sentences at once (no cache), default options.

Both decode with beam 4, length penalty 0.2 and one hypothesis. It prints sentences/s, source
tokens/s, the ratio, and how many paragraphs gave the same text both ways, ignoring spaces (argos
detokenizes a paragraph's sentences together). Texts differ where Nashra's length guard cut a
runaway, and where CTranslate2's int8 kernels round differently for a sentence in a batch than
alone: on an AVX2 CPU without VNNI about a quarter of the base-size model's sentences diverge
after a dozen tokens (none in float32, none on the small test pack), even with the output layer
scaled to trained-pack confidence. Argos's own 32-token batches are exposed to the same effect.

``--variants`` also times the engine with other thread splits and sub-batch sizes (the numbers
behind the defaults in ``desktop/core/translation/engine.py``). ``bench/run_all.py`` reuses these
functions for its throughput row.

Usage: .venv/bin/python bench/translation.py [--base] [--sentences N] [--shared PATH] [--repeat N]
       [--variants]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.fixtures.argos_pack import (  # noqa: E402
    BASE,
    SMALL,
    Dimensions,
    build_pair,
    corpus_lines,
)


@dataclass
class Run:
    name: str
    seconds: float
    sentences: int
    tokens: int  # source tokens
    output_tokens: int = 0  # tokens of the translation (counted by compare())

    @property
    def output_rate(self) -> float:
        """Translated tokens per second."""
        return self.output_tokens / self.seconds

    def line(self) -> str:
        return (
            f"{self.name:<18} {self.seconds:8.2f} s {self.sentences / self.seconds:9.1f} sent/s "
            f"{self.tokens / self.seconds:10.0f} src tok/s "
            f"{self.output_rate:8.0f} out tok/s"
        )


def load_paragraphs(shared: Path, count: int) -> tuple[list[list[str]], str]:
    """About ``count`` Arabic sentences grouped into paragraphs, and where they came from."""
    flores = shared / "eval" / "flores200-dev"
    if (flores / "arb_Arab.dev").is_file():
        lines = (flores / "arb_Arab.dev").read_text(encoding="utf-8").splitlines()
        urls = [
            row.split("\t")[0] for row in (flores / "metadata_dev.tsv").read_text().splitlines()
        ]
        urls = urls[1:]  # header
        start = 300  # past the lines the test pack's SentencePiece model was trained on
        paragraphs: list[list[str]] = []
        previous = None
        for line, url in zip(lines[start:], urls[start:], strict=False):
            if sum(map(len, paragraphs)) >= count:
                break
            if url != previous:
                paragraphs.append([])
                previous = url
            paragraphs[-1].append(line)
        return paragraphs, f"FLORES-200 dev lines {start + 1}-"
    lines = corpus_lines("ar")[:count]
    return [lines[i : i + 5] for i in range(0, len(lines), 5)], "committed corpus"


def run_argos(
    pack_dir: Path, paragraphs: list[list[str]], tokens: int, intra_threads: int | None = None
) -> tuple[Run, list[str]]:
    """argos's own path; ``intra_threads`` overrides its ``ARGOS_INTRA_THREADS`` setting (0, all
    cores, by default) for this run."""
    from argostranslate import package, sbd, settings, translate

    sentences_of = {" ".join(paragraph): paragraph for paragraph in paragraphs}

    class OurSentences(sbd.ISentenceBoundaryDetectionModel):
        def split_sentences(self, text: str) -> list[str]:
            return sentences_of.get(text, [text])

    translation = translate.PackageTranslation(
        translate.Language("ar", "Arabic"),
        translate.Language("en", "English"),
        package.Package(pack_dir),
    )
    translation.sentencizer = OurSentences()
    default_threads = settings.intra_threads
    if intra_threads is not None:
        settings.intra_threads = intra_threads  # read when the model is loaded, just below
    try:
        translation.translate(paragraphs[0][0])  # warm-up: loads the model
    finally:
        settings.intra_threads = default_threads
    started = time.perf_counter()
    outputs = [translation.translate(" ".join(paragraph)) for paragraph in paragraphs]
    seconds = time.perf_counter() - started
    name = "argos" if intra_threads is None else f"argos intra {intra_threads}"
    return Run(name, seconds, sum(map(len, paragraphs)), tokens), outputs


def run_nashra(
    pack_dir: Path,
    paragraphs: list[list[str]],
    tokens: int,
    name: str = "nashra",
    **engine_options: Any,
) -> tuple[Run, list[str]]:
    from desktop.core.translation.engine import TranslationEngine
    from desktop.core.translation.packs import find_pack

    engine = TranslationEngine(find_pack("ar", "en", [pack_dir.parent]), **engine_options)
    engine.translate_text(paragraphs[0][0])  # warm-up: loads the model
    numbered = [(i, s) for i, s in enumerate(s for paragraph in paragraphs for s in paragraph)]
    started = time.perf_counter()
    results = engine.translate(numbered)
    seconds = time.perf_counter() - started
    outputs, index = [], 0
    for paragraph in paragraphs:
        outputs.append(" ".join(results[index + i].text for i in range(len(paragraph))))
        index += len(paragraph)
    return Run(name, seconds, len(numbered), tokens), outputs


def engine_variants() -> dict[str, dict[str, Any]]:
    """Other ways to run the engine, by name: the splits the defaults were chosen against."""
    from desktop.core.translation.runtime import Runtime

    whole = 1_000_000  # one sub-batch per worker per call
    return {
        "1x2 <=8": {"runtime": Runtime(inter_threads=1), "sub_batch_size": 8},
        "2x1 <=8 first 256": {"first_batch_tokens": 256},
        "2x1 whole": {"runtime": Runtime(inter_threads=2), "sub_batch_size": whole},
        "1x2 whole": {"runtime": Runtime(inter_threads=1), "sub_batch_size": whole},
    }


@dataclass
class Comparison:
    argos: Run
    nashra: Run
    variants: list[Run]
    same: int  # paragraphs with the same text both ways (ignoring spaces)
    paragraphs: int
    argos_one_thread: Run | None = None  # argos with ARGOS_INTRA_THREADS=1: how the machine fares

    @property
    def ratio(self) -> float:
        """How many times less time Nashra took for the text."""
        return self.argos.seconds / self.nashra.seconds

    @property
    def output_ratio(self) -> float:
        """Translated tokens per second, Nashra's over argos's: the throughput on the work each
        side actually did. On a random-weight pack some sentences run on to the length limit,
        and not always the same ones both ways (Nashra's length guard stops a runaway early; int8
        rounding in a batch differs), so the time ratio alone can flatter either side."""
        return self.nashra.output_rate / self.argos.output_rate


def compare(
    pack_dir: Path, paragraphs: list[list[str]], tokens: int, repeat: int, variants: bool = False
) -> Comparison:
    """argos and Nashra (and its variants) on the same text, runs alternated; best run counts.

    argos also runs once with one intra-op thread (not a baseline): on a shared VM its
    default of all cores on one batch can be several times slower than one thread, which makes
    the ratio say more about the machine than about the engines (see BENCHMARKS.md)."""
    others = engine_variants() if variants else {}
    runs: dict[str, list[Run]] = {}
    argos_out: list[str] = []
    nashra_out: list[str] = []
    for round_ in range(max(1, repeat)):
        argos_run, argos_out = run_argos(pack_dir, paragraphs, tokens)
        nashra_run, nashra_out = run_nashra(pack_dir, paragraphs, tokens)
        runs.setdefault("argos", []).append(argos_run)
        runs.setdefault("nashra", []).append(nashra_run)
        if round_ == 0:
            single, single_out = run_argos(pack_dir, paragraphs, tokens, intra_threads=1)
            single.output_tokens = output_tokens(pack_dir, single_out)
            runs["argos intra 1"] = [single]
        for name, options in others.items():
            runs.setdefault(name, []).append(
                run_nashra(pack_dir, paragraphs, tokens, name, **options)[0]
            )
    best = {name: min(found, key=lambda run: run.seconds) for name, found in runs.items()}
    best["argos"].output_tokens = output_tokens(pack_dir, argos_out)
    best["nashra"].output_tokens = output_tokens(pack_dir, nashra_out)
    same = sum(  # argos decodes a paragraph's tokens together: compare ignoring spaces
        "".join(a.split()) == "".join(b.split()) for a, b in zip(argos_out, nashra_out, strict=True)
    )
    return Comparison(
        best["argos"],
        best["nashra"],
        [best[name] for name in others],
        same,
        len(paragraphs),
        best["argos intra 1"],
    )


def use_work_dir(work: Path) -> None:
    """Keep argos's and Nashra's folders inside ``work``; call before argos is imported."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(work / variable.lower())
    os.environ["ARGOS_PACKAGES_DIR"] = str(work / "packages")


def build_test_pack(packages: Path, dims: Dimensions) -> tuple[Path, str]:
    """Build the ar->en test pack of size ``dims`` under ``packages``; its folder and a label."""
    started = time.perf_counter()
    ar_en, _ = build_pair(packages, dims=dims)
    size = sum(f.stat().st_size for f in ar_en.folder.rglob("*")) / 1e6
    seconds = time.perf_counter() - started
    return ar_en.folder, (
        f"random-weight test pack: {dims.layers} layers, d_model {dims.d_model}, {dims.heads} "
        f"heads, FFN {dims.ffn}, int8 ({size:.1f} MB, built in {seconds:.1f} s)"
    )


def source_tokens(pack_dir: Path, paragraphs: list[list[str]]) -> int:
    from desktop.core.translation.packs import read_pack

    pack = read_pack(pack_dir)
    assert pack is not None
    return sum(len(pack.encode(s)) for paragraph in paragraphs for s in paragraph)


def output_tokens(pack_dir: Path, outputs: list[str]) -> int:
    """The tokens of translated paragraphs, by the pack's SentencePiece model (shared by both
    languages in these packs), counted the same way for both sides."""
    from desktop.core.translation.packs import read_pack

    pack = read_pack(pack_dir)
    assert pack is not None
    return sum(len(pack.encode(output)) for output in outputs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", action="store_true", help="Transformer-base sized pack")
    parser.add_argument("--sentences", type=int, default=100)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per side, alternated; best counts"
    )
    parser.add_argument("--variants", action="store_true", help="also other engine settings")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="nashra-bench-"))
    try:
        return measure(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def measure(args: argparse.Namespace, work: Path) -> int:
    use_work_dir(work)
    pack_dir, label = build_test_pack(work / "packages", BASE if args.base else SMALL)
    print(f"pack: {label}")
    paragraphs, source = load_paragraphs(args.shared, args.sentences)
    from desktop.core.translation.runtime import Runtime, available_cores

    tokens = source_tokens(pack_dir, paragraphs)
    print(
        f"text: {sum(map(len, paragraphs))} sentences in {len(paragraphs)} paragraphs, "
        f"{tokens} source tokens ({source}); {available_cores()} cores; "
        "nashra runs %d x %d threads (inter x intra)" % Runtime().threads()
    )
    result = compare(pack_dir, paragraphs, tokens, args.repeat, args.variants)
    single = [result.argos_one_thread] if result.argos_one_thread else []
    for run in (result.argos, *single, result.nashra, *result.variants):
        print(f"{run.line()}  {result.argos.seconds / run.seconds:5.2f} x argos")
    print(f"ratio    {result.ratio:8.2f} x  in time")
    print(f"ratio    {result.output_ratio:8.2f} x  in translated tokens/s (goal >= 4 x)")
    print(f"same text: {result.same} of {result.paragraphs} paragraphs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
