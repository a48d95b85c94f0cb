"""OPUS-MT Transformer-big against the base-size argos pack: speed, first sentence, memory, install.

Builds, side by side in one run, a random-weight OPUS-MT release zip of Transformer-big size (6+6
layers, d_model 1024, 16 heads, FFN 4096, 32k vocabulary: the 2022 Tatoeba ara-eng/eng-ara
shape) and the Transformer-base argos test pack the other benchmarks use (6 layers, d_model 512,
8 heads, FFN 2048, 8k vocabulary). Each measurement runs in its own child process, so peak RSS
(``ru_maxrss``) is that step's alone:

* install: ``install_opus_zip`` on the big release (unpack, ``OpusMTConverter`` to int8,
  load-check, place): seconds and peak RSS;
* translate: a ~1,000-word Arabic article (the committed FLORES lines) through
  ``TranslationEngine`` with default options, no cache: model load to first sentence reported
  (``first``), total seconds, peak RSS, output tokens.

Random weights never stop on their own in the big model (see tests/fixtures/marian_release.py): it
writes up to Nashra's length guard (2 x input + 10 tokens), while the argos test pack stops after
25-40 tokens. The time ratio is therefore also given per output token. Figures are from a 2-core
machine shared with other work: compare the ratios of one run, not absolute seconds.

Usage: .venv/bin/python bench/opus_mt.py [--words N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _article(words: int) -> list[str]:
    from tests.fixtures.argos_pack import corpus_lines

    sentences, count = [], 0
    for line in corpus_lines("ar"):
        sentences.append(line)
        count += len(line.split())
        if count >= words:
            break
    return sentences


def step_build(work: Path) -> dict[str, object]:
    from tests.fixtures.argos_pack import BASE, build_pack
    from tests.fixtures.marian_release import BIG, release_files, write_zip

    started = time.perf_counter()
    files = release_files("ar", "en", dims=BIG)
    name = "opusTCv20210807+bt_transformer-big_2022-03-09"
    archive = write_zip(work / f"{name}.zip", files)
    built = time.perf_counter() - started
    build_pack(work / "packages", "ar", "en", dims=BASE)
    return {"zip": str(archive), "zip_mb": archive.stat().st_size / 1e6, "build_s": built}


def step_install(work: Path, archive: str) -> dict[str, object]:
    from desktop.core.models.opus_install import install_opus_zip

    started = time.perf_counter()
    model = install_opus_zip(Path(archive), work / "models")
    return {
        "seconds": time.perf_counter() - started,
        "peak_mb": _peak_mb(),
        "model_mb": int(model.metadata["size"]) / 1e6,
    }


def _output_tokens(engine: Any, model: Any, sentence: str, result: Any) -> int:
    """Decoder steps a translation took: its length bound when the guard cut it, else its
    pieces in the output vocabulary (target.spm for OPUS-MT, the one tokenizer for argos)."""
    from desktop.core.translation.results import TranslationFlag

    if TranslationFlag.TRUNCATED in result.flags:
        return int(engine.settings.decoding_bound(len(model.encode(sentence))))
    if getattr(model, "kind", "") == "opus-mt":
        import sentencepiece as spm

        target = spm.SentencePieceProcessor(model_file=str(model.path / "target.spm"))
        return len(target.encode(result.text))
    return len(model.encode(result.text))


def step_translate(work: Path, kind: str, words: int) -> dict[str, object]:
    from desktop.core.translation.engine import TranslationEngine
    from desktop.core.translation.models import find_model

    sentences = _article(words)
    started = time.perf_counter()
    if kind == "opus-mt":
        model = find_model("ar", "en", [], models_dir=work / "models")
    else:
        model = find_model("ar", "en", [work / "packages"], models_dir=work / "no-models")
    engine = TranslationEngine(model)
    first: list[float] = []

    def progress(_done: int, _total: int, _new: object) -> None:
        if not first:
            first.append(time.perf_counter() - started)

    results = engine.translate(list(enumerate(sentences)), progress=progress)
    seconds = time.perf_counter() - started
    out_tokens = sum(_output_tokens(engine, model, s, results[i]) for i, s in enumerate(sentences))
    return {
        "seconds": seconds,
        "first_s": first[0],
        "peak_mb": _peak_mb(),
        "sentences": len(sentences),
        "words": sum(len(s.split()) for s in sentences),
        "out_tokens": out_tokens,
    }


def _child(*args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, __file__, "--step", *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        name, work, *rest = args.step
        steps = {"build": step_build, "install": step_install, "translate": step_translate}
        extra: list[object] = list(rest)
        if name == "translate":
            extra = [rest[0], int(rest[1])]
        print(json.dumps(steps[name](Path(work), *extra)))  # type: ignore[operator]
        return
    with tempfile.TemporaryDirectory(prefix="nashra-opus-bench-") as folder:
        built = _child("build", folder)
        print(f"built the big release zip: {built['zip_mb']:.0f} MB in {built['build_s']:.0f} s")
        install = _child("install", folder, str(built["zip"]))
        print(
            f"install (unpack, convert to int8, load-check): {install['seconds']:.1f} s, "
            f"peak RSS {install['peak_mb']:.0f} MB, model {install['model_mb']:.0f} MB"
        )
        argos = _child("translate", folder, "argos", str(args.words))
        opus = _child("translate", folder, "opus-mt", str(args.words))
        print(f"article: {opus['sentences']} sentences, {opus['words']} words")
        print(f"{'':<18}{'total s':>9}{'first s':>9}{'peak MB':>9}{'out tok':>9}{'ms/out tok':>11}")
        for name, run in (("argos base", argos), ("OPUS-MT big", opus)):
            per_token = 1000 * float(run["seconds"]) / max(1, int(run["out_tokens"]))
            print(
                f"{name:<18}{run['seconds']:9.1f}{run['first_s']:9.2f}{run['peak_mb']:9.0f}"
                f"{run['out_tokens']:9d}{per_token:11.1f}"
            )
        ratio = float(opus["seconds"]) / float(argos["seconds"])
        per_token_ratio = ratio * int(argos["out_tokens"]) / max(1, int(opus["out_tokens"]))
        print(f"time ratio big/base: {ratio:.2f}x (goal <= 4x); per output token ", end="")
        print(f"{per_token_ratio:.2f}x")


if __name__ == "__main__":
    main()
