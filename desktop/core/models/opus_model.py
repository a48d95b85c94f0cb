"""An installed OPUS-MT model, as the translation engine drives it: exactly as it was released.

Input: the release's pre-processing (its ``preprocess.sh``: punctuation normalisation adapted
from Moses, control characters to spaces, spaces squeezed; here sacremoses's
``MosesPunctNormalizer``, the Python port of the Moses script those steps come from), then
``source.spm``, then the target-language label (``>>ara<<``) first when the release has several
target languages. Output: ``target.spm`` decodes the pieces. Decoding: the release's own
``decoder.yml`` beam size and length normalisation (Marian's ``normalize`` is CTranslate2's
``length_penalty``); Marian never replaces unknown words, so neither does Nashra here. The
end-of-sentence token is added by the converted model's own config (``add_source_eos``).

The folder (under :func:`desktop.core.paths.models_dir`) holds ``model/`` (CTranslate2, int8),
``source.spm``, ``target.spm``, the release's README and LICENSE, and ``nashra-model.json``.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

METADATA_FILE = "nashra-model.json"
KIND = "opus-mt"
_SPACES = re.compile(r" {2,}")
_normalizers: dict[str, Any] = {}
_normalizer_lock = threading.Lock()


def _punct_normalizer(language: str) -> Any:
    from sacremoses import MosesPunctNormalizer

    with _normalizer_lock:
        normalizer = _normalizers.get(language)
        if normalizer is None:
            normalizer = _normalizers[language] = MosesPunctNormalizer(lang=language)
        return normalizer


def preprocess(text: str, language: str) -> str:
    """The release's pre-processing of one sentence (see the module docstring)."""
    text = _punct_normalizer(language).normalize(text)
    text = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in text)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class OpusModel:
    """One installed OPUS-MT model (one direction)."""

    path: Path
    metadata: dict[str, Any] = field(compare=False, repr=False)

    kind = KIND

    @property
    def model_id(self) -> str:
        return str(self.metadata["id"])

    @property
    def from_code(self) -> str:
        return str(self.metadata["from_code"])

    @property
    def to_code(self) -> str:
        return str(self.metadata["to_code"])

    @property
    def version(self) -> str:
        return str(self.metadata.get("release_date") or self.metadata.get("release") or "")

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def target_label(self) -> str:
        return str(self.metadata.get("target_label") or "")

    @property
    def target_prefix(self) -> str:
        return ""  # OPUS-MT's label goes on the source side

    @property
    def rank(self) -> int:
        return int(self.metadata.get("rank", 15))

    @property
    def identity(self) -> str:
        """What the translation cache keys on: id, release and the converted model's size."""
        try:
            size = (self.model_dir / "model.bin").stat().st_size
        except OSError:
            size = -1
        return f"{KIND}:{self.model_id}@{self.version}#{size}"

    @property
    def decoding_defaults(self) -> dict[str, Any]:
        decoding = self.metadata.get("decoding", {})
        return {
            "beam_size": int(decoding.get("beam_size", 4)),
            "length_penalty": float(decoding.get("length_penalty", 0.0)),
            "replace_unknowns": False,
        }

    @cached_property
    def _source_sp(self) -> Any:
        import sentencepiece as spm

        return spm.SentencePieceProcessor(model_file=str(self.path / "source.spm"))

    @cached_property
    def _target_sp(self) -> Any:
        import sentencepiece as spm

        return spm.SentencePieceProcessor(model_file=str(self.path / "target.spm"))

    def encode(self, text: str) -> list[str]:
        """Pre-process, ``source.spm``, and the label first for a multi-target release."""
        if self.metadata.get("preprocess", True):
            text = preprocess(text, self.from_code)
        pieces: list[str] = self._source_sp.encode(text, out_type=str)
        return [self.target_label, *pieces] if self.target_label else pieces

    def decode(self, tokens: list[str]) -> str:
        """``target.spm`` turns the output pieces back into text."""
        return str(self._target_sp.decode(tokens))


def read_opus_model(folder: Path) -> OpusModel | None:
    """The model in ``folder``, or None (logged) if it is not a complete Nashra-converted model."""
    try:
        metadata = json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("Skipping model %s: unreadable %s (%s)", folder, METADATA_FILE, exc)
        return None
    if not isinstance(metadata, dict) or metadata.get("kind") != KIND:
        return None
    if not all(isinstance(metadata.get(key), str) for key in ("id", "from_code", "to_code")):
        log.warning("Skipping model %s: %s lacks its id or languages", folder, METADATA_FILE)
        return None
    needed = (folder / "model" / "model.bin", folder / "source.spm", folder / "target.spm")
    if not all(path.is_file() for path in needed):
        log.warning("Skipping model %s: files are missing", folder)
        return None
    return OpusModel(folder, metadata)


def find_opus_models(models_dir: Path) -> list[OpusModel]:
    """Every usable OPUS-MT model in ``models_dir`` (hidden scratch folders are skipped)."""
    try:
        children = sorted(child for child in models_dir.iterdir() if child.is_dir())
    except OSError:
        return []
    models = []
    for child in children:
        if child.name.startswith("."):
            continue
        model = read_opus_model(child)
        if model is not None:
            models.append(model)
    return models
