"""Install an OPUS-MT release zip: check, unpack, convert to CTranslate2 int8, load-check, place.

Everything happens in a hidden scratch folder beside Nashra's models folder (same file system, so
the final rename is atomic; outside it, so no half-made model is ever listed) and the scratch
folder is deleted whatever happens: a rejected, failed or cancelled install leaves the models
folder exactly as it was.

Conversion is ``ctranslate2.converters.OpusMTConverter`` (numpy and PyYAML, no torch). For a
Transformer-big release it takes a while and over 1 GB of memory (:data:`CONVERSION_NOTE`: say so
before starting; bench/opus_mt.py measures it). It runs in one call that cannot be interrupted, so
``cancel`` is checked while unpacking and between the steps, and a cancel during conversion takes
effect when it returns.
``progress(step, fraction)`` reports the step's name and the install's overall share done.
"""

from __future__ import annotations

import json
import logging
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.cancel import CancelFlag, is_cancelled
from desktop.core.models.opus_archive import (
    MAX_UNPACKED_BYTES,
    ReleaseArchive,
    check_marian_config,
    inspect_release,
    nashra_code,
    unpack,
)
from desktop.core.models.opus_catalog import (
    ATTRIBUTION,
    LICENCE,
    OpusRelease,
    match_release,
    release_by_id,
)
from desktop.core.models.opus_model import KIND, METADATA_FILE, OpusModel, read_opus_model
from desktop.core.packs import net
from desktop.core.packs.download import DownloadProgress, download_file
from desktop.core.packs.errors import (
    InstallCancelledError,
    InvalidModelError,
    PackError,
    UnsupportedModelError,
)
from desktop.core.packs.folders import STAGING_PREFIX, delete_tree, place_folder, scratch_dir
from desktop.core.packs.install import check_model_loads
from desktop.core.packs.installed import folder_size

log = logging.getLogger(__name__)

InstallProgress = Callable[[str, float], None]  # (step, overall fraction 0..1)

CONVERSION_NOTE = (
    "Converting an OPUS-MT Transformer-big model takes up to a minute or two and about 1-1.5 GB "
    "of memory; the finished model takes about 220-300 MB."
)
DOWNLOAD_PREFIX = ".nashra-download-"
QUANTIZATION = "int8"
_STEPS = {"checking": 0.0, "unpacking": 0.02, "converting": 0.25, "loading": 0.9, "placing": 0.97}


def _report(progress: InstallProgress | None, step: str, within: float = 0.0) -> None:
    if progress is None:
        return
    names = list(_STEPS)
    start = _STEPS[step]
    end = _STEPS[names[names.index(step) + 1]] if step != names[-1] else 1.0
    progress(step, start + (end - start) * min(1.0, max(0.0, within)))


def _stop_if_cancelled(cancel: CancelFlag | None, source: Path) -> None:
    if is_cancelled(cancel):
        raise InstallCancelledError(str(source), "install cancelled; nothing was kept")


def _label(archive: ReleaseArchive, release: OpusRelease | None, vocab: Path) -> str:
    """The target label the release needs: none for one target language, else ``>>ara<<``."""
    if release is not None:
        wanted = release.target_label
    elif len(set(archive.target_languages)) > 1:
        wanted = ">>ara<<"
    else:
        return ""
    if (
        wanted
        and f'"{wanted}"' not in vocab.read_text(encoding="utf-8")
        and (f"{wanted}:" not in vocab.read_text(encoding="utf-8"))
    ):
        raise InvalidModelError(
            str(archive.path),
            f"the release has several target languages but its vocabulary has no {wanted} label",
        )
    return wanted


def _metadata(
    archive: ReleaseArchive,
    release: OpusRelease | None,
    model_id: str,
    codes: tuple[str, str],
    label: str,
    source_url: str,
) -> dict[str, Any]:
    import ctranslate2

    return {
        "kind": KIND,
        "id": model_id,
        "name": f"OPUS-MT {release.model_type if release else 'model'} {codes[0]}→{codes[1]}",
        "from_code": codes[0],
        "to_code": codes[1],
        "source_languages": list(archive.source_languages),
        "target_languages": list(archive.target_languages),
        "target_label": label,
        "release": release.release if release else archive.path.stem,
        "release_date": release.release_date if release else "",
        "model_type": release.model_type if release else "",
        "source_url": source_url,
        "licence": release.licence if release else LICENCE,
        "attribution": release.attribution if release else ATTRIBUTION,
        "quality_note": release.quality_note if release else "not in Nashra's catalogue",
        "rank": release.rank if release else 15,
        "scores": [
            {"test_set": s.test_set, "metric": s.metric, "value": s.value, "source": s.source}
            for s in (release.scores if release else ())
        ],
        "decoding": {"beam_size": archive.beam_size, "length_penalty": archive.length_penalty},
        "preprocess": archive.has_preprocess,
        "quantization": QUANTIZATION,
        "converter": f"ctranslate2 {ctranslate2.__version__} OpusMTConverter",
        "installed_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def install_opus_zip(
    path: str | Path,
    models_dir: Path | None = None,
    *,
    progress: InstallProgress | None = None,
    cancel: CancelFlag | None = None,
    source_url: str = "",
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
) -> OpusModel:
    """Install an OPUS-MT release zip into ``models_dir`` (default :func:`paths.models_dir`).

    A model with the same id (the catalogue's, else one made from the zip's name and languages)
    is replaced; the old folder goes only once the new one is in place.

    Raises:
        InvalidModelError: not a valid, safe, complete release (nothing was changed).
        UnsupportedModelError: a model CTranslate2 cannot run, or not Arabic/English.
        PackTooLargeError: over ``max_unpacked_bytes``.
        InstallCancelledError: ``cancel`` was set.
        PackError: the models folder could not be written.
    """
    path = Path(path)
    models_dir = models_dir if models_dir is not None else paths.models_dir()
    _report(progress, "checking")
    archive = inspect_release(path, max_unpacked_bytes=max_unpacked_bytes)
    codes = (
        nashra_code(path, archive.source_languages, "source"),
        nashra_code(path, archive.target_languages, "target"),
    )
    if codes[0] == codes[1]:
        raise UnsupportedModelError(str(path), f"it translates {codes[0]} into itself")
    release = match_release(path.name, *codes)
    model_id = release.model_id if release else f"opus-mt-{codes[0]}-{codes[1]}-{path.stem}"
    model_id = "".join(ch if ch.isalnum() or ch in "-_.+" else "-" for ch in model_id)
    _stop_if_cancelled(cancel, path)
    try:
        staging = scratch_dir(models_dir, STAGING_PREFIX)
    except OSError as exc:
        raise PackError(
            str(models_dir), f"cannot write to the models folder: {exc.strerror or exc}"
        ) from exc
    try:
        unpacked = staging / "release"
        unpacked.mkdir()
        _report(progress, "unpacking")
        try:
            unpack(
                archive,
                unpacked,
                max_unpacked_bytes,
                cancel=cancel,
                progress=lambda done, total: _report(progress, "unpacking", done / max(1, total)),
            )
        except (zipfile.BadZipFile, EOFError) as exc:  # CRC error, truncated member
            raise InvalidModelError(str(path), f"the archive is damaged: {exc}") from exc
        except (FileExistsError, NotADirectoryError, IsADirectoryError) as exc:
            raise InvalidModelError(
                str(path), "rejected: two members clash (a file and a folder share a name)"
            ) from exc
        except OSError as exc:  # disk full, permissions
            raise PackError(str(models_dir), f"could not unpack: {exc.strerror or exc}") from exc
        check_marian_config(path, unpacked / archive.model_file)
        label = _label(archive, release, unpacked / archive.vocab_files[0])
        _stop_if_cancelled(cancel, path)
        final_tmp = staging / model_id
        _report(progress, "converting")
        _convert(path, unpacked, final_tmp / "model")
        _stop_if_cancelled(cancel, path)
        _report(progress, "loading")
        check_model_loads(final_tmp / "model", str(path))
        for name in ("source.spm", "target.spm", "README.md", "LICENSE"):
            if (unpacked / name).is_file():
                os.replace(unpacked / name, final_tmp / name)
        metadata = _metadata(archive, release, model_id, codes, label, source_url)
        metadata["size"] = folder_size(final_tmp)
        (final_tmp / METADATA_FILE).write_text(
            json.dumps(metadata, indent=2, ensure_ascii=False), encoding="utf-8"
        )
        _stop_if_cancelled(cancel, path)
        _report(progress, "placing")
        final = models_dir / model_id
        try:
            place_folder(final_tmp, final)
        except OSError as exc:
            raise PackError(
                str(final), f"could not put the model in place: {exc.strerror or exc}"
            ) from exc
    finally:
        delete_tree(staging)
    model = read_opus_model(final)
    if model is None:  # pragma: no cover - written a moment ago
        raise PackError(str(final), "the installed model cannot be read back")
    _report(progress, "placing", 1.0)
    log.info("Installed OPUS-MT model %s (%s→%s) in %s", model_id, *codes, final)
    return model


def _convert(source: Path, release_dir: Path, output_dir: Path) -> None:
    """``OpusMTConverter`` to int8; its refusals become one-line messages."""
    from ctranslate2.converters import OpusMTConverter

    try:
        OpusMTConverter(str(release_dir)).convert(str(output_dir), quantization=QUANTIZATION)
    except (ValueError, KeyError, TypeError, IndexError, OSError, RuntimeError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UnsupportedModelError(
            str(source), f"CTranslate2 cannot convert this model: {detail}"
        ) from exc


def remote_size(url: str, timeout: float = net.DEFAULT_TIMEOUT) -> int | None:
    """The size the server reports for ``url`` (a HEAD request), or None if it does not say.

    Raises:
        DownloadError: the server cannot be reached or answers with an error.
    """
    from desktop.core.packs.errors import DownloadError

    try:
        with net.open_url(url, timeout, method="HEAD") as response:
            length = response.headers.get("Content-Length")
    except (OSError, ValueError, net.HttpStatusError) as exc:
        raise DownloadError(url, net.describe(exc, timeout)) from exc
    return int(length) if length and length.isdigit() else None


def download_opus_model(
    model_id: str,
    models_dir: Path | None = None,
    *,
    progress: DownloadProgress | None = None,
    install_progress: InstallProgress | None = None,
    cancel: CancelFlag | None = None,
    timeout: float = net.DEFAULT_TIMEOUT,
    retries: int = 3,
    backoff: float = 1.0,
    url: str | None = None,
) -> OpusModel:
    """Download the pinned release ``model_id`` from its official URL and install it.

    ``url`` overrides the pinned address (tests, a mirror). The file goes to a scratch folder
    beside the models folder and is deleted afterwards, installed or not.

    Raises:
        UnknownReleaseError: no such id in the catalogue.
        DownloadError (and subclasses): see :func:`desktop.core.packs.download.download_file`.
        Everything :func:`install_opus_zip` raises.
    """
    release = release_by_id(model_id)
    models_dir = models_dir if models_dir is not None else paths.models_dir()
    address = url or release.url
    staging = scratch_dir(models_dir, DOWNLOAD_PREFIX)
    try:
        target = staging / release.file_name
        with open(target, "wb") as sink:
            download_file(
                [address],
                sink,
                progress=progress,
                cancel=cancel,
                timeout=timeout,
                retries=retries,
                backoff=backoff,
            )
        try:
            return install_opus_zip(
                target, models_dir, progress=install_progress, cancel=cancel, source_url=address
            )
        except PackError as exc:  # name the URL, not the scratch file about to go
            if exc.source != str(target):
                raise
            raise type(exc)(address, exc.reason) from exc
    finally:
        delete_tree(staging)
