"""Translating a batch run's documents several at a time, each still its own input.

Short articles translated one by one would each start engine calls of a few hundred tokens,
where a long document fills calls of the engine's full size; on a CPU the small calls take about
twice as long per sentence (`bench/batch.py`). So when a job asks for a document's translation,
the run's next documents are read too, until their sentences fill several calls, and translated
together (`translate_documents`); the jobs that follow find theirs ready. Several calls rather
than one, since a group's last call is a remainder: 100 EASC articles took 92 calls in groups of
one call, 75 in groups of four, 68 in groups of sixteen, against 67 for one document of the same
sentences. An interrupted group loses no work: its finished calls are in the translation cache.
A document read ahead that cannot be read or has no pack keeps its error until its own turn, so
every failure is still reported against its own input, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.batch_run import SentenceProgress
from desktop.core.document import Document
from desktop.core.translation import SentenceTranslation
from desktop.core.translation.document_translation import translate_documents
from desktop.core.translation.engine_pool import EnginePool, shared_pool

if TYPE_CHECKING:  # the engine loads with the first translation, not with the CLI
    from desktop.core.translation.engine import TranslationEngine

Translations = dict[int, SentenceTranslation]
GROUP_CALLS = 16  # a group holds about this many full engine calls of sentences


class GroupedTranslation:
    """The translations of `paths`' documents, asked for one by one in that order.

    Args:
        paths: the inputs the run will ask for, in order.
        read: reads one input into a document (raises NashraError on bad input).
        to: the target language, or None for the other one.
        pool: the run's engines (by default the process's shared pool: one model load a pair).
        model: a model id (`--model`), else the best installed model for each direction.
    """

    def __init__(
        self,
        paths: Sequence[Path],
        read: Callable[[Path], Document],
        to: str | None,
        pool: EnginePool | None = None,
        model: str | None = None,
    ) -> None:
        self._paths = list(paths)
        self._model = model
        self._position = {path: index for index, path in enumerate(self._paths)}
        self._read = read
        self._to = to
        self._pool = pool or shared_pool()
        self._ready: dict[Path, tuple[Document, Translations] | Exception] = {}
        self._read_ahead: dict[Path, tuple[Document, TranslationEngine]] = {}

    def translate(
        self, path: Path, progress: SentenceProgress | None = None
    ) -> tuple[Document, Translations]:
        """`path`'s document and its translations; raises what reading or translating it raised.

        Args:
            progress: (sentences done, sentences in all) for the documents translated now.
        """
        if path not in self._ready:
            self._translate_group(path, progress)
        result = self._ready.pop(path)
        if isinstance(result, Exception):
            raise result
        return result

    def _translate_group(self, path: Path, progress: SentenceProgress | None) -> None:
        ahead = self._read_ahead.pop(path, None)
        document, engine = ahead if ahead is not None else self._open(path)
        group = [(path, document)]
        size = _words(document)
        position = self._position.get(path, len(self._paths)) + 1
        while size < GROUP_CALLS * engine.batch_tokens and position < len(self._paths):
            following = self._paths[position]
            position += 1
            if following in self._ready or following in self._read_ahead:
                break
            try:
                other, other_engine = self._open(following)
            except Exception as error:  # its own job reports it, in its turn
                self._ready[following] = error
                continue
            if other_engine is not engine:  # the other direction: the start of another group
                self._read_ahead[following] = (other, other_engine)
                break
            group.append((following, other))
            size += _words(other)
        results = translate_documents([item for _, item in group], engine, progress=progress)
        for (item_path, item), translations in zip(group, results, strict=True):
            self._ready[item_path] = (item, translations)

    def _open(self, path: Path) -> tuple[Document, TranslationEngine]:
        document = self._read(path)
        return document, self._pool.engine_for_document(document, self._to, model_id=self._model)


def _words(document: Document) -> int:
    """A document's size against the engine's batch tokens: its words, a little under its tokens
    (tokenising every sentence twice would cost more than a group's exact size is worth)."""
    return sum(len(sentence.text.split()) for sentence in document.sentences())
