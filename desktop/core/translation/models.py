"""Models of both kinds side by side: what the engine needs; listing, choosing, removing.

Two kinds run through one engine: argos packs (:class:`~desktop.core.translation.packs.
InstalledPack`) and OPUS-MT models (:class:`~desktop.core.models.opus_model.OpusModel`). Both
offer what :class:`TranslationModel` names. For each direction the best installed model is the
default (OPUS-MT big, then the smaller OPUS-MT, then argos: the publishers' FLORES scores rank
them); a model id picks another. Ids are what ``nashra-cli packs list`` prints: an argos pack's
folder name (``translate-ar_en-1_0``), an OPUS-MT model's catalogue id (``opus-mt-big-ar-en``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from desktop.core import paths
from desktop.core.errors import NashraError
from desktop.core.language import language_name
from desktop.core.translation.errors import MissingPackError

ARGOS_KIND = "argos"
OPUS_KIND = "opus-mt"
ARGOS_LICENCE = "CC0 / per pack (see its README)"
ARGOS_ATTRIBUTION = "Argos Translate language pack (argosopentech), see the pack's README"
ARGOS_QUALITY = {
    ("ar", "en"): "fast: ~29.5 BLEU on FLORES (Mozilla's evaluation of argos 1.0)",
    ("en", "ar"): "fast: ~16.5 BLEU on FLORES (Mozilla's evaluation of argos 1.0)",
}


class TranslationModel(Protocol):
    """What :class:`~desktop.core.translation.engine.TranslationEngine` needs of a model."""

    @property
    def from_code(self) -> str: ...
    @property
    def to_code(self) -> str: ...
    @property
    def model_dir(self) -> Path: ...
    @property
    def identity(self) -> str: ...
    @property
    def target_prefix(self) -> str: ...
    @property
    def decoding_defaults(self) -> dict[str, Any]: ...
    def encode(self, text: str) -> list[str]: ...
    def decode(self, tokens: list[str]) -> str: ...


class UnknownModelError(NashraError):
    """No installed model has the id asked for (``--model``, a setting)."""


@dataclass(frozen=True)
class ModelInfo:
    """An installed model as a list, a Settings choice or the About box shows it."""

    model_id: str
    kind: str  # "argos" or "opus-mt"
    from_code: str
    to_code: str
    version: str
    size: int  # bytes on disk
    licence: str
    attribution: str
    quality_note: str
    rank: int  # higher is preferred for a direction
    path: Path
    read_only: bool
    model: Any  # the TranslationModel itself

    @property
    def pair(self) -> str:
        return f"{self.from_code}→{self.to_code}"

    @property
    def description(self) -> str:
        kind = "OPUS-MT" if self.kind == OPUS_KIND else "argos"
        return f"{kind}: {language_name(self.from_code)} → {language_name(self.to_code)}"


def argos_model_id(pack: Any) -> str:
    return str(pack.name)


def list_models(
    pack_dirs: Iterable[Path] | None = None, models_dir: Path | None = None
) -> list[ModelInfo]:
    """Every installed model of both kinds, best first within each direction.

    Args:
        pack_dirs: argos pack folders (default: argos's and the bundled one).
        models_dir: Nashra's OPUS-MT models (default :func:`paths.models_dir`).
    """
    from desktop.core.models.opus_catalog import ARGOS_RANK
    from desktop.core.models.opus_model import find_opus_models
    from desktop.core.packs.installed import PackFolders, folder_size
    from desktop.core.translation.packs import default_pack_dirs, find_packs

    infos: list[ModelInfo] = []
    for model in find_opus_models(models_dir if models_dir is not None else paths.models_dir()):
        meta = model.metadata
        infos.append(
            ModelInfo(
                model_id=model.model_id,
                kind=OPUS_KIND,
                from_code=model.from_code,
                to_code=model.to_code,
                version=model.version,
                size=int(meta.get("size") or folder_size(model.path)),
                licence=str(meta.get("licence", "")),
                attribution=str(meta.get("attribution", "")),
                quality_note=str(meta.get("quality_note", "")),
                rank=model.rank,
                path=model.path,
                read_only=False,
                model=model,
            )
        )
    folders = list(default_pack_dirs() if pack_dirs is None else pack_dirs)
    bundled = PackFolders.default().read_only if pack_dirs is None else ()
    for pack in find_packs(folders):
        infos.append(
            ModelInfo(
                model_id=argos_model_id(pack),
                kind=ARGOS_KIND,
                from_code=pack.from_code,
                to_code=pack.to_code,
                version=pack.version,
                size=folder_size(pack.path),
                licence=ARGOS_LICENCE,
                attribution=ARGOS_ATTRIBUTION,
                quality_note=ARGOS_QUALITY.get((pack.from_code, pack.to_code), ""),
                rank=ARGOS_RANK,
                path=pack.path,
                read_only=pack.path.parent in bundled,
                model=pack,
            )
        )
    order = {info.model_id: index for index, info in enumerate(infos)}
    return sorted(infos, key=lambda i: (i.from_code, i.to_code, -i.rank, order[i.model_id]))


def find_model(
    from_code: str,
    to_code: str,
    pack_dirs: Iterable[Path] | None = None,
    *,
    model_id: str | None = None,
    models_dir: Path | None = None,
) -> TranslationModel:
    """The model for a direction: ``model_id`` if given, else the best installed one.

    Raises:
        UnknownModelError: no installed model has ``model_id``, or it translates another pair.
        MissingPackError: no model of either kind translates the pair.
    """
    from desktop.core.translation.packs import find_pack

    folders = None if pack_dirs is None else [Path(folder) for folder in pack_dirs]
    models = list_models(folders, models_dir)
    if model_id:
        for info in models:
            if info.model_id == model_id:
                if (info.from_code, info.to_code) != (from_code, to_code):
                    raise UnknownModelError(
                        model_id, f"this model translates {info.pair}, not {from_code}→{to_code}"
                    )
                return info.model  # type: ignore[no-any-return]
        known = ", ".join(info.model_id for info in models) or "none installed"
        raise UnknownModelError(model_id, f"no installed model has this id (installed: {known})")
    opus = [
        m
        for m in models
        if m.kind == OPUS_KIND and (m.from_code, m.to_code) == (from_code, to_code)
    ]
    if opus:
        return opus[0].model  # type: ignore[no-any-return]
    return find_pack(from_code, to_code, folders)  # highest argos version; MissingPackError


def remove_model(model_id: str, models_dir: Path | None = None) -> Path:
    """Remove the installed OPUS-MT model ``model_id`` (argos packs: ``packs.remove_pack``).

    Raises:
        ModelNotInstalledError: no OPUS-MT model has this id.
        PackError: the folder could not be removed.
    """
    from desktop.core.models.opus_model import find_opus_models
    from desktop.core.packs.errors import ModelNotInstalledError, PackError
    from desktop.core.packs.folders import discard_folder
    from desktop.core.translation.runtime import unload

    folder = models_dir if models_dir is not None else paths.models_dir()
    for model in find_opus_models(folder):
        if model.model_id == model_id:
            unload(model.model_dir)
            try:
                discard_folder(model.path)
            except OSError as exc:
                raise PackError(
                    str(model.path), f"could not remove this model: {exc.strerror or exc}"
                ) from exc
            return model.path
    raise ModelNotInstalledError(model_id, f"no OPUS-MT model with this id in {folder}")


__all__ = [
    "MissingPackError",
    "ModelInfo",
    "TranslationModel",
    "UnknownModelError",
    "find_model",
    "list_models",
    "remove_model",
]
