"""The fonts Nashra ships under resources/fonts, by family name and file.

The reading panes, the summary, printing and the HTML export all name the Arabic family; the GUI
registers the files with Qt at start-up (`theme.load_bundled_fonts`).
"""

from __future__ import annotations

from pathlib import Path

from desktop.core import paths

ARABIC_FONT_FAMILY = "Noto Naskh Arabic"
BUNDLED_FONT_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")


def bundled_font_paths() -> list[Path]:
    return [paths.resources_dir() / "fonts" / name for name in BUNDLED_FONT_FILES]
