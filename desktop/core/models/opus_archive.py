"""Check an OPUS-MT release zip before anything of it is unpacked, as strictly as an argos pack.

A Tatoeba release zip is flat: ``decoder.yml`` names the model ``.npz`` and the vocabulary
``.yml`` files, beside ``source.spm``, ``target.spm``, ``preprocess.sh``, ``README.md`` and
``LICENSE``. The zip may come from anywhere, so no member may write outside the folder it is
unpacked into (absolute paths, ``..``, symlinks, devices), the declared unpacked size must stay
under a limit (and the unpacking counts the bytes really written), and every file the model
needs must be there. What the model *is* (its ``special:model.yml``) can only be read from the
unpacked ``.npz``: :func:`check_marian_config` does that, before conversion.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from desktop.core.cancel import CancelFlag, is_cancelled
from desktop.core.models.opus_catalog import NASHRA_CODES
from desktop.core.packs.errors import (
    InstallCancelledError,
    InvalidModelError,
    PackTooLargeError,
    UnsupportedModelError,
)
from desktop.core.packs.install import member_kind_reason, unsafe_name_reason

MAX_UNPACKED_BYTES = 6 * 1024**3  # a Transformer-big release unpacks to about 1 GB
MAX_SMALL_FILE_BYTES = 4 * 1024**2  # decoder.yml, README.md
REQUIRED = ("decoder.yml", "source.spm", "target.spm")
CHUNK = 1024 * 1024
_LANGUAGES = re.compile(r"^\*\s*(source|target) language\(s\):\s*(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class ReleaseArchive:
    """What a checked release zip holds."""

    path: Path
    model_file: str
    vocab_files: tuple[str, ...]
    beam_size: int
    length_penalty: float  # Marian's ``normalize``
    source_languages: tuple[str, ...]  # ISO 639-3, from the README ("" when it does not say)
    target_languages: tuple[str, ...]
    has_preprocess: bool
    unpacked_size: int


def _fail(path: Path, reason: str) -> InvalidModelError:
    return InvalidModelError(str(path), reason)


def open_release(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise _fail(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise _fail(path, "is a folder, not an OPUS-MT release .zip") from exc
    except PermissionError as exc:
        raise _fail(path, "no permission to read this file") from exc
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise _fail(path, "not an OPUS-MT release: the file is not a zip archive") from exc
    except OSError as exc:
        raise _fail(path, f"could not be read: {exc.strerror or exc}") from exc


def _check_members(path: Path, members: list[zipfile.ZipInfo], max_bytes: int) -> int:
    if not members:
        raise _fail(path, "not an OPUS-MT release: the zip archive is empty")
    seen: set[str] = set()
    total = 0
    for info in members:
        reason = unsafe_name_reason(info.filename) or member_kind_reason(info)
        if reason:
            raise _fail(path, f"rejected: member '{info.filename}' {reason}")
        if info.flag_bits & 0x1:
            raise _fail(path, f"rejected: member '{info.filename}' is encrypted")
        key = info.filename.replace("\\", "/").strip("/").casefold()
        if key in seen:
            raise _fail(path, f"rejected: member '{info.filename}' appears twice")
        seen.add(key)
        total += info.file_size
    if total > max_bytes:
        raise PackTooLargeError(
            str(path),
            f"rejected: it would unpack to {total:,} bytes, over the {max_bytes:,}-byte limit",
        )
    return total


def _read_small(path: Path, zipped: zipfile.ZipFile, name: str) -> str:
    info = zipped.getinfo(name)
    if info.file_size > MAX_SMALL_FILE_BYTES:
        raise _fail(path, f"not an OPUS-MT release: {name} is implausibly large")
    try:
        return zipped.read(info).decode("utf-8")
    except (UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
        raise _fail(path, f"not an OPUS-MT release: {name} is unreadable ({exc})") from exc


def _relative(path: Path, value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, f"not an OPUS-MT release: decoder.yml names no {what}")
    name = value.strip()
    reason = unsafe_name_reason(name)
    if reason or "/" in name.replace("\\", "/"):
        raise _fail(path, f"rejected: decoder.yml's {what} '{name}' is not a file of the release")
    return name


def _languages(readme: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The release README's first "source/target language(s)" lines (Tatoeba's format)."""
    found: dict[str, tuple[str, ...]] = {}
    for side, codes in _LANGUAGES.findall(readme):
        found.setdefault(side, tuple(code for code in codes.split() if code))
    return found.get("source", ()), found.get("target", ())


def inspect_release(
    path: str | Path, *, max_unpacked_bytes: int = MAX_UNPACKED_BYTES
) -> ReleaseArchive:
    """Check an OPUS-MT release zip without unpacking it.

    Raises:
        InvalidModelError: not a zip, an unsafe member, no decoder.yml, a file it names missing.
        PackTooLargeError: the declared unpacked size is over ``max_unpacked_bytes``.
    """
    path = Path(path)
    with open_release(path) as zipped:
        members = zipped.infolist()
        size = _check_members(path, members, max_unpacked_bytes)
        names = {info.filename.replace("\\", "/") for info in members if not info.is_dir()}
        if "decoder.yml" not in names:
            nested = sorted(name for name in names if name.endswith("/decoder.yml"))
            hint = f" (found {nested[0]}: unzip it and pick the release zip)" if nested else ""
            raise _fail(path, f"not an OPUS-MT release: no decoder.yml at its top{hint}")
        try:
            decoder = yaml.safe_load(_read_small(path, zipped, "decoder.yml"))
        except yaml.YAMLError as exc:
            raise _fail(path, f"not an OPUS-MT release: decoder.yml is not YAML ({exc})") from exc
        readme = _read_small(path, zipped, "README.md") if "README.md" in names else ""
    if not isinstance(decoder, dict):
        raise _fail(path, "not an OPUS-MT release: decoder.yml is not a mapping")
    models, vocabs = decoder.get("models"), decoder.get("vocabs")
    if not isinstance(models, list) or not models:
        raise _fail(path, "not an OPUS-MT release: decoder.yml names no model")
    if not isinstance(vocabs, list) or not vocabs:
        raise _fail(path, "not an OPUS-MT release: decoder.yml names no vocabulary")
    model_file = _relative(path, models[0], "model")
    vocab_files = tuple(_relative(path, vocab, "vocabulary") for vocab in vocabs)
    for name in (model_file, *vocab_files, *REQUIRED):
        if name not in names:
            raise _fail(path, f"incomplete OPUS-MT release: {name} is missing")
    if not model_file.endswith(".npz"):
        raise _fail(path, f"not a Marian model: {model_file} is not an .npz file")
    if any(not vocab.endswith((".yml", ".yaml")) for vocab in vocab_files):
        raise UnsupportedModelError(
            str(path), "its vocabulary is not a Marian .yml file, which the converter needs"
        )
    beam, normalize = decoder.get("beam-size", 12), decoder.get("normalize", 0.0)
    if not isinstance(beam, int) or isinstance(beam, bool) or not 1 <= beam <= 64:
        raise _fail(path, f"decoder.yml has an implausible beam-size: {beam!r}")
    if isinstance(normalize, bool) or not isinstance(normalize, (int, float)):
        raise _fail(path, f"decoder.yml has an implausible normalize: {normalize!r}")
    sources, targets = _languages(readme)
    return ReleaseArchive(
        path=path,
        model_file=model_file,
        vocab_files=vocab_files,
        beam_size=beam,
        length_penalty=float(normalize),
        source_languages=sources,
        target_languages=targets,
        has_preprocess="preprocess.sh" in names,
        unpacked_size=size,
    )


def nashra_code(path: Path, codes: tuple[str, ...], side: str) -> str:
    """The one Nashra language (ar or en) a release's ISO 639-3 codes stand for."""
    mapped = {NASHRA_CODES.get(code.split("_")[0]) for code in codes}
    if len(mapped) == 1 and None not in mapped:
        return str(mapped.pop())
    listed = " ".join(codes) or "none given"
    raise UnsupportedModelError(
        str(path),
        f"its {side} languages ({listed}) are not Arabic or English alone; Nashra translates "
        "Arabic and English",
    )


def unpack(
    archive: ReleaseArchive,
    destination: Path,
    max_bytes: int,
    *,
    cancel: CancelFlag | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Unpack the release flat into ``destination``, counting the bytes really written.

    Raises:
        InstallCancelledError: ``cancel`` was set (checked every megabyte).
        PackTooLargeError: more bytes came out than the limit (declared sizes can lie).
    """
    written = 0
    with open_release(archive.path) as zipped:
        for info in zipped.infolist():
            name = info.filename.replace("\\", "/").strip("/")
            if not name or info.is_dir():
                continue
            target = destination.joinpath(*name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            with zipped.open(info) as source, open(target, "xb") as sink:
                while chunk := source.read(CHUNK):
                    if is_cancelled(cancel):
                        raise InstallCancelledError(str(archive.path), "install cancelled")
                    written += len(chunk)
                    if written > max_bytes:
                        raise PackTooLargeError(
                            str(archive.path),
                            f"rejected: it unpacks to more than the {max_bytes:,}-byte limit",
                        )
                    sink.write(chunk)
                    if progress is not None:
                        progress(written, archive.unpacked_size)


def check_marian_config(path: Path, npz_file: Path) -> dict[str, object]:
    """Read the unpacked model's ``special:model.yml`` and refuse what CTranslate2 cannot run.

    Raises:
        UnsupportedModelError: not a Transformer, or a decoder that is not self-attention (the
            SSRU/RNN decoders of Firefox Translations' students), in one line that says why.
        InvalidModelError: the .npz has no readable ``special:model.yml``.
    """
    import numpy as np

    try:
        with np.load(npz_file) as weights:
            raw = weights["special:model.yml"]
            text = raw[:-1].tobytes() if raw.size and raw[-1] == 0 else raw.tobytes()
        config = yaml.safe_load(text)
    except (KeyError, ValueError, OSError, yaml.YAMLError, zipfile.BadZipFile) as exc:
        raise _fail(path, f"not a Marian model: {npz_file.name} has no readable model.yml") from exc
    if not isinstance(config, dict):
        raise _fail(path, f"not a Marian model: {npz_file.name}'s model.yml is not a mapping")
    kind = config.get("type")
    if kind != "transformer":
        raise UnsupportedModelError(
            str(path), f"its model type is '{kind}'; CTranslate2 converts Marian Transformers only"
        )
    autoreg = config.get("transformer-decoder-autoreg", "self-attention")
    if autoreg != "self-attention":
        raise UnsupportedModelError(
            str(path),
            f"its decoder is an SSRU/RNN (transformer-decoder-autoreg: {autoreg}), which "
            "CTranslate2 cannot run; only self-attention decoders convert",
        )
    return config
