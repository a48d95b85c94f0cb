"""build.spec's data, without running PyInstaller: every file it lists exists, nothing heavy is in.

The frozen build itself is checked by packaging/ci-package.sh (it takes minutes, not seconds).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO


def load_spec() -> dict[str, Any]:
    """build.spec's functions and constants, run as PyInstaller would but without its globals."""
    namespace: dict[str, Any] = {"SPECPATH": str(REPO), "__name__": "build_spec"}
    exec(compile((REPO / "build.spec").read_text("utf-8"), "build.spec", "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec()


def test_every_data_file_exists(spec: dict[str, Any]) -> None:
    entries = spec["datas"]()
    assert entries
    for source, target in entries:
        assert Path(source).is_file(), source
        assert not Path(target).is_absolute(), target


def test_resources_are_shipped_without_translation_sources(spec: dict[str, Any]) -> None:
    targets = {Path(target) / Path(source).name for source, target in spec["resource_datas"]()}
    resources = Path("resources")
    assert resources / "samples" / "wikinews-ar.txt" in targets
    assert resources / "fonts" / "NotoNaskhArabic-Regular.ttf" in targets
    assert resources / "fonts" / "NotoSerif-Regular.ttf" in targets  # the PDF export's Latin face
    assert resources / "icons" / "nashra.png" in targets
    assert not [target for target in targets if target.suffix == ".ts" or "packs" in target.parts]


@pytest.mark.parametrize(
    ("package", "file"),
    [
        ("sumy", Path("sumy/data/stopwords/arabic.txt")),
        ("trafilatura", Path("trafilatura/settings.cfg")),
        ("justext", Path("justext/stoplists/Arabic.txt")),
        ("docx", Path("docx/templates/default.docx")),
    ],
)
def test_run_time_data_of_libraries_is_shipped(
    spec: dict[str, Any], package: str, file: Path
) -> None:
    shipped = {Path(target) / Path(source).name for source, target in spec["third_party_datas"]()}
    assert file in shipped, f"{package}: {file} is not in the spec's datas"


def test_heavy_stacks_are_excluded(spec: dict[str, Any]) -> None:
    excludes = set(spec["EXCLUDES"])
    assert {"torch", "stanza", "spacy", "onnxruntime", "minisbd", "tkinter"} <= excludes
    assert not excludes & set(spec["HIDDEN_IMPORTS"])


def test_hidden_imports_exist() -> None:
    import importlib.util

    for name in load_spec()["HIDDEN_IMPORTS"]:
        assert importlib.util.find_spec(name) is not None, name


def test_every_application_module_is_a_hidden_import(spec: dict[str, Any]) -> None:
    modules = spec["desktop_modules"]()
    assert "desktop.core.loading.html_page" in modules  # imported by name, unseen by PyInstaller
    assert "desktop" in modules
    assert "desktop.gui.main_window" in modules


def test_bundled_packs_are_copied_next_to_the_executables(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    source = tmp_path / "packs-source"
    folder = source / "translate-ar_en-1_0"
    folder.mkdir(parents=True)
    (folder / "metadata.json").write_text("{}", "utf-8")
    with zipfile.ZipFile(source / "translate-en_ar-1_0.argosmodel", "w") as archive:
        archive.writestr("translate-en_ar-1_0/metadata.json", "{}")
    (source / "README.md").write_text("not a pack", "utf-8")

    copied = spec["copy_bundled_packs"](tmp_path / "app", source)

    packs = tmp_path / "app" / "packs"
    assert copied == [packs / "translate-ar_en-1_0", packs / "translate-en_ar-1_0"]
    assert all((pack / "metadata.json").is_file() for pack in copied)
    assert not (packs / "README.md").exists()


def test_no_bundled_packs_without_the_folder(spec: dict[str, Any], tmp_path: Path) -> None:
    assert spec["copy_bundled_packs"](tmp_path / "app", tmp_path / "missing") == []


def test_loading_the_spec_builds_nothing(spec: dict[str, Any]) -> None:
    assert "coll" not in spec  # the build steps run only inside PyInstaller


@pytest.mark.parametrize(
    ("platform", "single"), [("linux", True), ("win32", False), ("darwin", False)]
)
def test_one_executable_only_on_linux(spec: dict[str, Any], platform: str, single: bool) -> None:
    assert spec["single_executable"](platform) is single


def test_cli_link_points_at_the_one_executable(spec: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "nashra").write_text("frozen app", "utf-8")
    spec["link_cli"](tmp_path)
    spec["link_cli"](tmp_path)  # a rebuild replaces the link
    link = tmp_path / "nashra-cli"
    assert link.is_symlink() and str(link.readlink()) == "nashra"
    assert link.read_text("utf-8") == "frozen app"


def test_cryptography_and_pdfminer_are_left_out(spec: dict[str, Any]) -> None:
    assert "cryptography" in spec["excludes"]("linux")
    assert "cryptography" not in spec["excludes"]("win32")
    assert "pdfminer" in spec["excludes"]("linux") and "pdfminer" in spec["excludes"]("win32")
    assert all(Path(hook).is_file() for hook in spec["runtime_hooks"]())


def test_the_app_never_imports_pdfminer() -> None:
    """It is left out of the bundle: reading PDFs is PDFium's."""
    sources = (REPO / "desktop").rglob("*.py")
    assert not [
        p
        for p in sources
        if "import pdfminer" in p.read_text("utf-8") or "from pdfminer" in p.read_text("utf-8")
    ]


def test_dropped_data_is_filtered(spec: dict[str, Any]) -> None:
    toc = [
        ("pycountry/databases/iso3166-2.json", "/site/pycountry/databases/iso3166-2.json", "DATA"),
        ("pycountry/databases/iso639-3.json", "/site/pycountry/databases/iso639-3.json", "DATA"),
        ("sumy/data/stopwords/arabic.txt", "/site/sumy/data/stopwords/arabic.txt", "DATA"),
    ]
    kept = [entry[0] for entry in spec["without_dropped_data"](toc)]
    assert kept == ["pycountry/databases/iso639-3.json", "sumy/data/stopwords/arabic.txt"]
