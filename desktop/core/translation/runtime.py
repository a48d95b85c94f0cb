"""Load CTranslate2 models once per pack and choose threads and compute type for the machine.

Loading a model takes a noticeable moment and its memory; one loaded ``ctranslate2.Translator`` per
pack (and runtime choice) is shared by every engine and thread (CTranslate2 translators are
thread-safe).
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.translation.errors import PackLoadError

log = logging.getLogger(__name__)


def available_cores() -> int:
    """CPU cores this process may run on (respects affinity masks and container CPU sets)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not available on macOS and Windows
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Runtime:
    """How a model runs.

    ``compute_type`` "default" keeps the type the pack was saved in, which is what argostranslate
    uses, so translations match argos's (published packs are int8, the fast CPU type). "auto" lets
    CTranslate2 pick the fastest type the machine supports; results may then differ slightly.

    Threads: 0 means "choose for this machine". On two or more cores two batches run side by side
    (``inter_threads``) with half the cores each (``intra_threads``): on CPUs, two half-width
    workers on separate length-sorted sub-batches beat one full-width worker, whose small matrix
    products do not split well across cores.
    """

    device: str = "cpu"
    compute_type: str = "default"
    intra_threads: int = 0
    inter_threads: int = 0

    def threads(self) -> tuple[int, int]:
        """(inter_threads, intra_threads) to load the model with."""
        cores = available_cores()
        inter = self.inter_threads if self.inter_threads > 0 else (2 if cores >= 2 else 1)
        intra = self.intra_threads if self.intra_threads > 0 else max(1, cores // inter)
        return inter, intra


_loaded: dict[tuple[str, Runtime], Any] = {}
_lock = threading.Lock()


def load_translator(model_dir: Path, runtime: Runtime) -> Any:
    """The shared ``ctranslate2.Translator`` for ``model_dir``, loading it on first use.

    Raises:
        PackLoadError: the model folder is missing, damaged, or needs an unsupported compute type.
    """
    key = (str(model_dir.resolve()), runtime)
    with _lock:
        translator = _loaded.get(key)
        if translator is None:
            import ctranslate2

            inter, intra = runtime.threads()
            try:
                translator = ctranslate2.Translator(
                    str(model_dir),
                    device=runtime.device,
                    compute_type=runtime.compute_type,
                    inter_threads=inter,
                    intra_threads=intra,
                )
            except (RuntimeError, ValueError, OSError) as exc:
                raise PackLoadError(str(model_dir.parent), f"cannot load the model: {exc}") from exc
            log.info(
                "Loaded %s (%s, %s, %d x %d threads)",
                model_dir,
                runtime.device,
                translator.compute_type,
                inter,
                intra,
            )
            _loaded[key] = translator
        return translator


def unload(model_dir: Path | None = None) -> None:
    """Forget loaded models (of one pack, or all), e.g. before a pack is removed or replaced."""
    with _lock:
        wanted = None if model_dir is None else str(model_dir.resolve())
        for key in [key for key in _loaded if wanted is None or key[0] == wanted]:
            del _loaded[key]
