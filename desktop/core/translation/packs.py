"""Find installed argostranslate language packs, the way argos itself reads them.

Packs live where argos keeps them (``ARGOS_PACKAGES_DIR``, else argos's data folder), so a pack
installed for LibreTranslate or the argos GUI works here too, plus a ``packs/`` folder bundled next
to the application for offline installers. Each folder is read with argostranslate's own
``package.Package`` so metadata and tokenizer choice match argos exactly.

argostranslate reads its settings (folders, device, ...) once, when ``argostranslate.settings`` is
first imported, and creates its folders then. It is therefore imported lazily, inside functions:
importing ``desktop.core`` stays light, and whoever owns the paths can set ``ARGOS_PACKAGES_DIR``
first.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.translation.errors import MissingPackError

log = logging.getLogger(__name__)

BUNDLED_PACKS_FOLDER = "packs"


@dataclass(frozen=True)
class InstalledPack:
    """An installed translation pack: where it is, what it translates, and argos's view of it."""

    path: Path
    from_code: str
    to_code: str
    from_name: str
    to_name: str
    version: str
    target_prefix: str
    package: Any = field(compare=False, repr=False)  # argostranslate.package.Package (tokenizer)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def identity(self) -> str:
        """What the translation cache keys on: the pair, the version and the model file's size.

        The size tells apart two different builds that claim the same version (e.g. a pack
        reinstalled from another source), without reading hundreds of megabytes to hash them.
        """
        try:
            size = (self.model_dir / "model.bin").stat().st_size
        except OSError:
            size = -1
        return f"{self.from_code}->{self.to_code}@{self.version}#{size}"

    kind = "argos"

    @property
    def decoding_defaults(self) -> dict[str, Any]:
        """Argos's decoding options are :class:`DecodingSettings`'s defaults: nothing to change."""
        return {}

    def encode(self, text: str) -> list[str]:
        """Tokenize a source sentence with the pack's own tokenizer, as argos does."""
        tokens: list[str] = self.package.tokenizer.encode(text)
        return tokens

    def decode(self, tokens: list[str]) -> str:
        """Detokenize model output exactly as argos's ``apply_packaged_translation`` does."""
        value: str = self.package.tokenizer.decode(tokens)
        if self.target_prefix and value.startswith(self.target_prefix):
            value = value[len(self.target_prefix) :]
        if value.startswith(" "):
            value = value[1:]  # the space SentencePiece puts before the first word
        return value


def argos_package_dirs() -> list[Path]:
    """The folders argos reads packs from, honouring ``ARGOS_PACKAGES_DIR``.

    argos fixed its list when first imported; if the variable was set (or changed) since, the
    variable wins so a late configuration is not silently ignored.
    """
    from argostranslate import settings

    dirs = [Path(folder) for folder in settings.package_dirs]
    from_env = os.environ.get("ARGOS_PACKAGES_DIR")
    if from_env and Path(from_env) not in dirs:
        dirs.insert(0, Path(from_env))
    return dirs


def bundled_packs_dir() -> Path:
    """The ``packs/`` folder next to the application (the frozen executable, or the checkout)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / BUNDLED_PACKS_FOLDER
    return Path(__file__).resolve().parents[3] / BUNDLED_PACKS_FOLDER


def default_pack_dirs() -> list[Path]:
    """Default pack folders: argos's, then the bundled one."""
    return [*argos_package_dirs(), bundled_packs_dir()]


def read_pack(folder: Path) -> InstalledPack | None:
    """Read one pack folder with argos's ``Package``; None (logged) if it is not a usable pack."""
    from argostranslate.package import Package

    if not (folder / "metadata.json").is_file():
        return None
    try:
        package = Package(folder)
    except (OSError, ValueError, AttributeError, TypeError) as exc:  # unreadable or odd metadata
        log.warning("Skipping language pack %s: %s", folder, exc)
        return None
    if package.type != "translate" or not package.from_code or not package.to_code:
        return None
    if not hasattr(package, "tokenizer") or not (folder / "model").is_dir():
        log.warning("Skipping language pack %s: no tokenizer or no model/ folder", folder)
        return None
    return InstalledPack(
        path=folder,
        from_code=str(package.from_code),
        to_code=str(package.to_code),
        from_name=str(package.from_name or package.from_code),
        to_name=str(package.to_name or package.to_code),
        version=str(package.package_version),
        target_prefix=str(package.target_prefix or ""),
        package=package,
    )


def find_packs(dirs: Iterable[Path] | None = None) -> list[InstalledPack]:
    """All usable translation packs in ``dirs`` (default :func:`default_pack_dirs`), in order.

    A broken folder is skipped with a warning instead of hiding every other pack (argos's own
    ``get_installed_packages`` raises on the first folder without metadata).
    """
    packs: list[InstalledPack] = []
    for directory in default_pack_dirs() if dirs is None else dirs:
        try:
            children = sorted(child for child in Path(directory).iterdir() if child.is_dir())
        except OSError:
            continue  # a folder that does not exist (yet) holds no packs
        for child in children:
            pack = read_pack(child)
            if pack is not None:
                packs.append(pack)
    return packs


def version_key(version: str) -> tuple[int, ...]:
    """A sortable key for pack versions ("1.10" after "1.9"; "1_0" as argos names folders)."""
    parts = []
    for part in version.replace("_", ".").split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def find_pack(from_code: str, to_code: str, dirs: Iterable[Path] | None = None) -> InstalledPack:
    """The pack for a pair: highest version; on a tie the first folder's (the user's over bundled).

    Raises:
        MissingPackError: naming the pair, when no folder holds such a pack.
    """
    folders = default_pack_dirs() if dirs is None else [Path(d) for d in dirs]
    matches = [
        pack
        for pack in find_packs(folders)
        if pack.from_code == from_code and pack.to_code == to_code
    ]
    if not matches:
        raise MissingPackError(from_code, to_code, tuple(str(folder) for folder in folders))
    return max(matches, key=lambda pack: version_key(pack.version))  # max keeps the first of equals
