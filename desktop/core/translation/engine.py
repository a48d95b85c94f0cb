"""Translate a document's sentences with one model, fast, streamed, cached and guarded.

A model is an argos pack or an OPUS-MT model (:class:`~desktop.core.translation.models.
TranslationModel`): each tokenizes and detokenizes its own way and brings its own decoding
defaults (argos's below; an OPUS-MT release's decoder.yml), and everything else here is shared.

Fidelity: for one sentence and argos pack, the text equals what argostranslate's own
``apply_packaged_translation`` gives for that sentence alone with argos's defaults: same tokenizer,
same decoding options (beam 4, length penalty 0.2, replace unknowns, target prefix, one hypothesis,
as ``argostranslate.translate.translate()`` asks), same detokenization. Argos's sentence splitter
never runs: Nashra passes its own sentences.

Speed: argos translates paragraph by paragraph with 32-token batches (about one sentence per call,
on one worker). Here the document's sentences go to CTranslate2 in calls of about ``batch_tokens``
tokens, on a model loaded once per pack; inside a call CTranslate2 sorts them by length and cuts
them into sub-batches of at most ``sub_batch_size`` sentences that its workers (see
:class:`~desktop.core.translation.runtime.Runtime`) translate side by side. Small sub-batches on
single-threaded workers: two such workers beat one two-threaded worker in every run of
``bench/translation.py --variants`` (a beam-4 decoder step on a few sentences is too small a
matrix product to share across cores), and many small sub-batches keep every worker busy to the
end of a call. The first call is small and later ones grow, so the first sentences show quickly.

Guards: the decoding length is bounded relative to each input (no runaway repetition), sentences
over the model's input limit are translated in clauses and joined back, and suspicious output is
flagged.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from desktop.core.cancel import CancelFlag, is_cancelled
from desktop.core.translation.cache import TranslationCache
from desktop.core.translation.models import TranslationModel, find_model
from desktop.core.translation.order import TranslationOrder
from desktop.core.translation.quality import looks_untranslated
from desktop.core.translation.results import SentenceTranslation, TranslationFlag
from desktop.core.translation.runtime import Runtime, load_translator
from desktop.core.translation.splitting import split_long

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, dict[int, SentenceTranslation]], None]

# Bump when a change here alters translations for the same pack and settings: old cache entries die.
ENGINE_REVISION = 1


@dataclass(frozen=True)
class DecodingSettings:
    """Decoding options. The defaults are argostranslate's, plus Nashra's guards.

    Attributes:
        beam_size: argos uses ``max(num_hypotheses, ARGOS_BEAM_SIZE)`` = 4.
        length_penalty: argos's fixed 0.2.
        replace_unknowns: argos's True: unknown output tokens become the most attended source token.
        max_input_tokens: longer sentences are split at clause boundaries (CTranslate2 cuts them).
        length_ratio: with ``length_margin``, bounds the output to ratio * input tokens + margin.
        length_margin: see ``length_ratio``; keeps short inputs (titles, names) from being cut.
        max_decoding_length: CTranslate2's default cap, which argos relies on; never exceeded.
    """

    beam_size: int = 4
    length_penalty: float = 0.2
    replace_unknowns: bool = True
    max_input_tokens: int = 250
    length_ratio: float = 2.0
    length_margin: int = 10
    max_decoding_length: int = 256

    def decoding_bound(self, input_tokens: int) -> int:
        """The most tokens the model may produce for an input of ``input_tokens`` tokens."""
        bound = int(self.length_ratio * input_tokens) + self.length_margin
        return max(1, min(self.max_decoding_length, bound))

    def fingerprint(self) -> str:
        return json.dumps({**asdict(self), "engine": ENGINE_REVISION}, sort_keys=True)


@dataclass(frozen=True)
class _Pending:
    """A distinct sentence text still to translate, with its model-sized pieces."""

    text: str
    pieces: tuple[tuple[str, ...], ...]  # token lists, one per clause piece (one if not split)

    @property
    def size(self) -> int:
        return sum(len(piece) for piece in self.pieces)


@dataclass(frozen=True)
class _Output:
    text: str
    log_prob: float  # summed over ``tokens`` output tokens
    tokens: int
    truncated: bool


class TranslationEngine:
    """Translates sentences with one installed model (one direction).

    Args:
        pack: The model to use, an argos pack or an OPUS-MT model; see :meth:`for_pair`.
        cache: A :class:`TranslationCache`, a path for one, or None for no persistent cache.
        settings: Decoding options (default: argos's, with the model's own
            ``decoding_defaults`` over them).
        runtime: Device, compute type and threads.
        batch_tokens: Source tokens per model call; larger runs faster but reports less often.
        first_batch_tokens: Size of the first call, small so the first sentences appear quickly;
            each later call may be twice as large as the one before, up to ``batch_tokens``.
        sub_batch_size: Most sentences a CTranslate2 worker decodes together.
    """

    def __init__(
        self,
        pack: TranslationModel,
        *,
        cache: TranslationCache | Path | None = None,
        settings: DecodingSettings | None = None,
        runtime: Runtime | None = None,
        batch_tokens: int = 2048,
        first_batch_tokens: int = 64,
        sub_batch_size: int = 8,
    ) -> None:
        self.pack = pack  # the model (the name predates OPUS-MT models)
        self.settings = settings or DecodingSettings(**pack.decoding_defaults)
        self.runtime = runtime or Runtime()
        self.cache = TranslationCache(cache) if isinstance(cache, Path) else cache
        self.batch_tokens = max(1, batch_tokens)
        self.first_batch_tokens = max(1, min(first_batch_tokens, self.batch_tokens))
        self.sub_batch_size = max(1, sub_batch_size)
        self.model_calls = 0  # CTranslate2 calls so far (tests and benchmarks read it)
        self._namespace = "|".join(
            (pack.identity, self.settings.fingerprint(), self.runtime.compute_type)
        )

    @classmethod
    def for_pair(
        cls,
        from_code: str,
        to_code: str,
        *,
        pack_dirs: Iterable[Path] | None = None,
        model_id: str | None = None,
        models_dir: Path | None = None,
        **options: Any,
    ) -> TranslationEngine:
        """An engine for the best installed model translating ``from_code`` into ``to_code``
        (or for ``model_id``); see :func:`~desktop.core.translation.models.find_model`.

        Raises:
            MissingPackError: no model for the pair (the message names it).
            UnknownModelError: ``model_id`` is not installed or translates another pair.
        """
        model = find_model(from_code, to_code, pack_dirs, model_id=model_id, models_dir=models_dir)
        return cls(model, **options)

    @property
    def model(self) -> TranslationModel:
        return self.pack

    @property
    def from_code(self) -> str:
        return self.pack.from_code

    @property
    def to_code(self) -> str:
        return self.pack.to_code

    def translate(
        self,
        sentences: Sequence[tuple[int, str]],
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelFlag | None = None,
        order: TranslationOrder | None = None,
        first_batch_tokens: int | None = None,
    ) -> dict[int, SentenceTranslation]:
        """Translate ``(sentence id, text)`` pairs; returns a translation for every finished id.

        Sentences go to the model in the given order, except those ``order`` prefers (the ones
        on screen), which go first; ``order`` is asked again before every batch.

        ``progress(done, total, new)`` is called after the cache lookup (if it found anything) and
        after every model batch, with the translations that batch finished. ``cancel`` is checked
        between batches: a cancelled call returns (and has cached) only whole sentences, so it may
        return fewer ids than it was given. Identical sentences are translated once.
        ``first_batch_tokens`` overrides the engine's for this call: a caller with no screen to
        fill (the command line) passes ``batch_tokens`` and every call runs at full size.
        """
        total = len(sentences)
        results: dict[int, SentenceTranslation] = {}
        ids_by_text: dict[str, list[int]] = {}
        for sentence_id, text in sentences:
            if text.strip():
                ids_by_text.setdefault(text, []).append(sentence_id)
            else:
                results[sentence_id] = SentenceTranslation("")

        known = self.cache.get_many(self._namespace, ids_by_text) if self.cache is not None else {}
        for text, translation in known.items():
            for sentence_id in ids_by_text.pop(text):
                results[sentence_id] = translation
        if results and progress is not None:
            progress(len(results), total, dict(results))

        pending = [self._prepare(text) for text in ids_by_text]
        first = self.first_batch_tokens if first_batch_tokens is None else first_batch_tokens
        first = max(1, min(first, self.batch_tokens))
        for batch in self._batches(pending, first, order, ids_by_text):
            if is_cancelled(cancel):
                log.info("Translation cancelled: %d of %d sentences done", len(results), total)
                break
            finished = self._translate_batch(batch)
            if self.cache is not None:
                self.cache.put_many(self._namespace, finished)
            new = {
                sentence_id: translation
                for text, translation in finished.items()
                for sentence_id in ids_by_text[text]
            }
            results.update(new)
            if progress is not None:
                progress(len(results), total, new)
        return results

    def translate_text(self, text: str) -> SentenceTranslation:
        """Translate one sentence (convenience for the CLI and tests)."""
        return self.translate([(0, text)])[0]

    def _prepare(self, text: str) -> _Pending:
        tokens = self.pack.encode(text)
        limit = self.settings.max_input_tokens
        if len(tokens) <= limit:
            return _Pending(text, (tuple(tokens),))
        pieces = split_long(text, lambda piece: len(self.pack.encode(piece)), limit)
        log.debug("Split a %d-token sentence into %d pieces", len(tokens), len(pieces))
        return _Pending(text, tuple(tuple(self.pack.encode(piece)) for piece in pieces))

    def _batches(
        self,
        pending: list[_Pending],
        first: int,
        order: TranslationOrder | None = None,
        ids_by_text: Mapping[str, list[int]] | None = None,
    ) -> Iterator[list[_Pending]]:
        """Group sentences into batches of about ``batch_tokens`` tokens, in document order but
        for the ones ``order`` prefers, which come first (re-sorted whenever it changes).

        The first batch holds about ``first`` tokens, and each next one up to twice the one
        before: the screen fills early, then calls grow to the size that runs fastest.
        """
        remaining = list(reversed(pending))  # popped from the end: next is last
        version: int | None = None
        budget = first
        while remaining:
            if order is not None and ids_by_text is not None and order.version != version:
                version = order.version
                ranked = sorted(
                    range(len(remaining)),
                    key=lambda i: (order.rank(ids_by_text[remaining[i].text]), -i),
                )
                remaining = [remaining[i] for i in reversed(ranked)]
            batch: list[_Pending] = []
            size = 0
            while remaining and not (batch and size + remaining[-1].size > budget):
                item = remaining.pop()
                batch.append(item)
                size += item.size
            yield batch
            budget = min(self.batch_tokens, 2 * budget)

    def _translate_batch(self, batch: list[_Pending]) -> dict[str, SentenceTranslation]:
        pieces = [piece for item in batch for piece in item.pieces]
        outputs = iter(self._run_model(pieces))
        finished = {}
        for item in batch:
            parts = [next(outputs) for _ in item.pieces]
            finished[item.text] = self._assemble(item, parts)
        return finished

    def _sub_batch(self, count: int, workers: int) -> int:
        """Sentences per sub-batch: at most ``sub_batch_size``, in a multiple of ``workers``
        sub-batches of about equal size, so no worker idles while another finishes a long one."""
        rounds = -(-count // (workers * self.sub_batch_size))
        return max(1, -(-count // (workers * rounds)))

    def _run_model(self, pieces: list[tuple[str, ...]]) -> list[_Output]:
        """One CTranslate2 call over ``pieces`` with the model's options and per-piece bounds."""
        settings = self.settings
        translator = load_translator(self.pack.model_dir, self.runtime)
        prefix = [self.pack.target_prefix] if self.pack.target_prefix else []
        bounds = [settings.decoding_bound(len(piece)) for piece in pieces]
        started = time.perf_counter()
        workers, _ = self.runtime.threads()
        results = translator.translate_batch(
            [list(piece) for piece in pieces],
            target_prefix=[prefix] * len(pieces) if prefix else None,
            replace_unknowns=settings.replace_unknowns,
            max_batch_size=self._sub_batch(len(pieces), workers),
            batch_type="examples",
            beam_size=settings.beam_size,
            num_hypotheses=1,
            length_penalty=settings.length_penalty,
            return_scores=True,
            max_decoding_length=max(bounds) + len(prefix),
        )
        self.model_calls += 1
        log.debug(
            "Translated %d pieces (%d tokens) in %.2fs",
            len(pieces),
            sum(map(len, pieces)),
            time.perf_counter() - started,
        )
        outputs = []
        for result, bound in zip(results, bounds, strict=True):
            tokens = list(result.hypotheses[0])
            produced = len(tokens) - len(prefix)
            truncated = produced >= bound
            if produced > bound:  # the batch allowed more than this piece's own bound
                tokens = tokens[: len(prefix) + bound]
                produced = bound
            # CTranslate2 scores are log P / (length ** length_penalty), length counting the end
            # token when there is one; undo the penalty to get the plain summed log-probability.
            length = max(1, produced + (0 if truncated else 1))
            log_prob = float(result.scores[0]) * length**settings.length_penalty
            outputs.append(_Output(self.pack.decode(tokens), log_prob, length, truncated))
        return outputs

    def _assemble(self, item: _Pending, parts: list[_Output]) -> SentenceTranslation:
        flags: set[TranslationFlag] = set()
        if len(parts) == 1:
            text = parts[0].text  # exactly argos's output: no extra stripping
        else:
            flags.add(TranslationFlag.SPLIT)
            text = " ".join(part.text.strip() for part in parts if part.text.strip())
        if any(part.truncated for part in parts):
            flags.add(TranslationFlag.TRUNCATED)
        if not text.strip():
            flags.add(TranslationFlag.EMPTY)
        elif looks_untranslated(item.text, text, self.pack.to_code):
            flags.add(TranslationFlag.UNTRANSLATED)
        tokens = sum(part.tokens for part in parts)
        confidence = sum(part.log_prob for part in parts) / max(1, tokens)
        return SentenceTranslation(text, confidence, frozenset(flags))
