"""Installing packs from files: validation, atomic placement, replacement, listing and removal."""

from __future__ import annotations

import json
import shutil
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import NashraError
from desktop.core.packs import (
    InvalidPackError,
    PackFolders,
    PackNotInstalledError,
    PackTooLargeError,
    PackVersionError,
    ReadOnlyPackError,
    inspect_pack_file,
    install_pack_file,
    list_installed,
    remove_pack,
)
from desktop.core.translation.packs import find_pack
from tests.fixtures.pack_fixtures import PackSet
from tests.fixtures.pack_server import (
    leftovers,
    pack_members,
    rebuild_with_version,
    snapshot,
    write_zip,
)


def test_install_list_find_and_remove(
    built_packs: PackSet, folders: PackFolders, packages_dir: Path
) -> None:
    pack = install_pack_file(built_packs.ar_en.archive, folders)

    assert pack.path == packages_dir / built_packs.ar_en.name
    assert (pack.from_code, pack.to_code, pack.version) == ("ar", "en", "1.0")
    (info,) = list_installed(folders)
    assert info.pair == "ar→en" and info.pack.path == pack.path and not info.read_only
    assert info.size == sum(p.stat().st_size for p in pack.path.rglob("*") if p.is_file())
    assert find_pack("ar", "en", [packages_dir]).path == pack.path
    assert leftovers(packages_dir) == []

    assert remove_pack("ar", "en", folders) == [pack.path]
    assert list_installed(folders) == [] and snapshot(packages_dir) == []
    assert leftovers(packages_dir) == []
    with pytest.raises(PackNotInstalledError, match="ar→en: no language pack installed"):
        remove_pack("ar", "en", folders)


def test_a_newer_version_replaces_the_installed_one(
    built_packs: PackSet, folders: PackFolders, packages_dir: Path, tmp_path: Path
) -> None:
    install_pack_file(built_packs.ar_en.archive, folders)
    install_pack_file(built_packs.en_ar.archive, folders)
    newer = rebuild_with_version(built_packs.ar_en, tmp_path / "work", "1.1")

    pack = install_pack_file(newer, folders)

    assert pack.version == "1.1"
    assert sorted(p.name for p in packages_dir.iterdir()) == [
        "translate-ar_en-1_1",
        built_packs.en_ar.name,
    ]
    assert find_pack("ar", "en", [packages_dir]).version == "1.1"
    assert leftovers(packages_dir) == []

    # The same version again is a repair: it replaces the folder in place.
    assert install_pack_file(newer, folders).path == pack.path

    # An older one would be hidden behind the newer one: refused, nothing changed.
    before = snapshot(packages_dir)
    with pytest.raises(PackVersionError, match=r"older than the installed 1\.1"):
        install_pack_file(built_packs.ar_en.archive, folders)
    assert snapshot(packages_dir) == before


def test_bundled_packs_are_listed_but_not_removable(built_packs: PackSet, tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    shutil.copytree(built_packs.ar_en.folder, bundled / built_packs.ar_en.name)
    folders = PackFolders(writable=(tmp_path / "user",), read_only=(bundled,))

    (info,) = list_installed(folders)
    assert info.read_only
    with pytest.raises(ReadOnlyPackError, match="bundled with Nashra and cannot be removed"):
        remove_pack("ar", "en", folders)
    assert (bundled / built_packs.ar_en.name / "model" / "model.bin").is_file()


def test_default_install_folder_is_argos_packages_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos"))
    folders = PackFolders.default()
    assert folders.install_dir == tmp_path / "argos"
    assert folders.read_only and folders.read_only[0].name == "packs"


def _symlink(name: str, target: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _bomb(top: str) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    return [(f"{top}/model/zeros.bin", bytes(3 * 1024 * 1024))]  # deflates to a few kB


BAD_PACKS = {
    "path traversal": (lambda m, top: [*m, ("../evil.txt", b"x")], InvalidPackError, "'..'"),
    "nested traversal": (
        lambda m, top: [*m, (f"{top}/../../evil.txt", b"x")],
        InvalidPackError,
        "'..'",
    ),
    "absolute path": (lambda m, top: [*m, ("/tmp/evil.txt", b"x")], InvalidPackError, "absolute"),
    "windows absolute path": (
        lambda m, top: [*m, ("C:\\evil.txt", b"x")],
        InvalidPackError,
        "absolute",
    ),
    "symlink member": (
        lambda m, top: [*m, (_symlink(f"{top}/link", "/etc/passwd"), b"/etc/passwd")],
        InvalidPackError,
        "symbolic link",
    ),
    "zip bomb": (lambda m, top: [*m, *_bomb(top)], PackTooLargeError, "over the"),
    "missing metadata": (
        lambda m, top: [x for x in m if not str(x[0]).endswith("metadata.json")],
        InvalidPackError,
        "no translate-ar_en-1_0/metadata.json",
    ),
    "metadata without codes": (
        lambda m, top: [
            *(x for x in m if not str(x[0]).endswith("metadata.json")),
            (f"{top}/metadata.json", json.dumps({"package_version": "1.0"}).encode()),
        ],
        InvalidPackError,
        "has no from_code",
    ),
    "metadata not json": (
        lambda m, top: [
            *(x for x in m if not str(x[0]).endswith("metadata.json")),
            (f"{top}/metadata.json", b"{ not json"),
        ],
        InvalidPackError,
        "metadata.json is unreadable",
    ),
    "two top-level folders": (
        lambda m, top: [*m, ("other/readme.txt", b"x")],
        InvalidPackError,
        "exactly one top-level folder",
    ),
    "file at the top level": (
        lambda m, top: [*m, ("readme.txt", b"x")],
        InvalidPackError,
        "outside the pack folder",
    ),
    "no model": (
        lambda m, top: [x for x in m if "/model/" not in str(x[0])],
        InvalidPackError,
        "no translate-ar_en-1_0/model/model.bin",
    ),
    "model CTranslate2 cannot load": (
        lambda m, top: [
            *(x for x in m if not str(x[0]).endswith("model.bin")),
            (f"{top}/model/model.bin", b"not a model" * 100),
        ],
        InvalidPackError,
        "cannot be loaded by CTranslate2",
    ),
}


@pytest.mark.parametrize("case", list(BAD_PACKS))
def test_bad_pack_files_are_rejected_and_change_nothing(
    case: str, built_packs: PackSet, folders: PackFolders, packages_dir: Path, tmp_path: Path
) -> None:
    install_pack_file(built_packs.en_ar.archive, folders)
    before = snapshot(packages_dir)
    tamper, error, message = BAD_PACKS[case]
    top = built_packs.ar_en.name
    bad = write_zip(tmp_path / "bad.argosmodel", tamper(pack_members(built_packs.ar_en), top))

    with pytest.raises(error, match=message) as raised:
        install_pack_file(bad, folders, max_unpacked_bytes=2 * 1024 * 1024)

    assert isinstance(raised.value, NashraError) and str(bad) in str(raised.value)
    assert snapshot(packages_dir) == before
    assert leftovers(packages_dir) == []
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 truncated", b"plain text, not a zip"])
def test_files_that_are_not_zips_are_rejected(
    content: bytes, folders: PackFolders, packages_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.argosmodel"
    bad.write_bytes(content)
    with pytest.raises(InvalidPackError, match="not a zip archive"):
        install_pack_file(bad, folders)
    assert snapshot(packages_dir) == [] and leftovers(packages_dir) == []


def test_missing_file_is_a_clear_error(folders: PackFolders, tmp_path: Path) -> None:
    with pytest.raises(InvalidPackError, match="no such file"):
        install_pack_file(tmp_path / "nowhere.argosmodel", folders)


def test_inspect_reads_the_pair_without_unpacking(built_packs: PackSet) -> None:
    archive = inspect_pack_file(built_packs.en_ar.archive)
    assert (archive.folder, archive.from_code, archive.to_code, archive.version) == (
        built_packs.en_ar.name,
        "en",
        "ar",
        "1.0",
    )
    assert archive.unpacked_size > archive.path.stat().st_size


def test_duplicate_and_clashing_members_are_rejected(
    built_packs: PackSet, folders: PackFolders, packages_dir: Path, tmp_path: Path
) -> None:
    top = built_packs.ar_en.name
    members = pack_members(built_packs.ar_en)
    clash = write_zip(tmp_path / "clash.argosmodel", [*members, (f"{top}/README.md/x", b"x")])
    with pytest.raises(InvalidPackError, match="two members clash"):
        install_pack_file(clash, folders, check_model=False)

    twice = write_zip(tmp_path / "twice.argosmodel", [*members, (f"{top}/README.MD", b"x")])
    with pytest.raises(InvalidPackError, match="appears twice"):
        install_pack_file(twice, folders)
    assert snapshot(packages_dir) == [] and leftovers(packages_dir) == []


def test_sizes_that_lie_are_caught_while_unpacking(
    built_packs: PackSet, folders: PackFolders, packages_dir: Path, tmp_path: Path
) -> None:
    top = built_packs.ar_en.name
    bomb = write_zip(tmp_path / "liar.argosmodel", [*pack_members(built_packs.ar_en), *_bomb(top)])
    data = bytearray(bomb.read_bytes())
    entry = data.rindex(b"PK\x01\x02")  # the last central-directory entry: the zeros
    struct.pack_into("<I", data, entry + 24, 10)  # declared uncompressed size: 10 bytes
    bomb.write_bytes(bytes(data))
    assert zipfile.ZipFile(bomb).getinfo(f"{top}/model/zeros.bin").file_size == 10

    # zipfile stops at the declared size, so the short read fails the CRC check; the byte count
    # while unpacking is a second guard should a zip library ever trust the data instead.
    with pytest.raises(InvalidPackError, match="the archive is damaged: Bad CRC-32"):
        install_pack_file(bomb, folders, max_unpacked_bytes=2 * 1024 * 1024)
    assert snapshot(packages_dir) == [] and leftovers(packages_dir) == []


def test_a_pack_never_replaces_another_pair_with_the_same_folder_name(
    built_packs: PackSet, folders: PackFolders, packages_dir: Path, tmp_path: Path
) -> None:
    install_pack_file(built_packs.ar_en.archive, folders)
    before = snapshot(packages_dir)
    impostor = write_zip(
        tmp_path / "impostor.argosmodel",
        pack_members(built_packs.en_ar, top=built_packs.ar_en.name),
    )
    with pytest.raises(InvalidPackError, match="taken by the installed ar→en pack"):
        install_pack_file(impostor, folders)
    assert snapshot(packages_dir) == before
