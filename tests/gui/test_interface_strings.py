"""Every string the interface shows is in the Arabic translation, finished, with its placeholders.

pyside6-lupdate reads the code as `make translations` does; a string it finds that the committed
nashra_ar.ts lacks, or leaves unfinished, would show in English inside the Arabic interface.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from tests.conftest import REPO

COMMITTED = REPO / "resources" / "translations" / "nashra_ar.ts"
PLACEHOLDER = re.compile(r"%\d")


def _lupdate() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    tool = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    return tool


def _messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    root = ElementTree.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_interface_string_has_a_finished_arabic_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "desktop" / "gui").rglob("*.py"))
    subprocess.run([_lupdate(), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = _messages(fresh)
    committed = _messages(COMMITTED)
    assert len(in_code) > 250
    missing = sorted(f"{context}: {source}" for context, source in in_code.keys() - committed)
    assert missing == [], "run `make translations` and translate these"
    unfinished = []
    for key, message in committed.items():
        translation = message.find("translation")
        if key in in_code and (
            translation is None or translation.get("type") or not translation.text
        ):
            unfinished.append(f"{key[0]}: {key[1]}")
    assert unfinished == []


def test_placeholders_are_percent_numbers_and_kept_in_the_translation() -> None:
    for (context, source), message in _messages(COMMITTED).items():
        assert "{0}" not in source and "{1}" not in source, f"{context}: {source}"
        translation = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation)), (
            f"{context}: {source!r} -> {translation!r}"
        )


def test_latin_in_brackets_inside_arabic_keeps_its_order() -> None:
    """ "(.argosmodel)" in an Arabic sentence draws as "(argosmodel.)" unless isolated; file
    dialog filters ("(*.docx)") must stay bare, Qt reads their patterns."""
    group = re.compile(r"\(([^()\u0600-\u06ff]*[A-Za-z][^()\u0600-\u06ff]*)\)")
    for (context, source), message in _messages(COMMITTED).items():
        translation = message.findtext("translation") or ""
        if not re.search("[\u0600-\u06ff]", translation):
            continue
        for found in group.finditer(translation):
            if "*" in found.group(1):
                continue  # a file filter
            before = translation[max(0, found.start() - 1) : found.start()]
            assert before == "\u2066", f"{context}: {source!r} -> {translation!r}"
