"""The fonts Nashra ships under resources/fonts, by family name and file.

Arabic is set in Noto Naskh Arabic; Latin letters and digits beside it in Noto Serif, the Latin
design Noto Naskh was drawn to sit with (same stroke contrast, same licence, OFL). Naskh's letters
are small for their point size: at equal sizes an English name or a year inside an Arabic
sentence stands visibly taller than the words around it, so Arabic is set `ARABIC_SCALE` times
larger than Latin text (Naskh's alef then stands a little above Noto Serif's capitals and its
letter bodies match Serif's lower case). The reading panes, the summary, printing and the HTML
and PDF exports name these families; the GUI registers the files with Qt at start-up
(`theme.load_bundled_fonts`), the PDF export embeds them.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core import paths

ARABIC_FONT_FAMILY = "Noto Naskh Arabic"
LATIN_FONT_FAMILY = "Noto Serif"

ARABIC_REGULAR_FILE = "NotoNaskhArabic-Regular.ttf"
ARABIC_BOLD_FILE = "NotoNaskhArabic-Bold.ttf"
LATIN_REGULAR_FILE = "NotoSerif-Regular.ttf"
LATIN_BOLD_FILE = "NotoSerif-Bold.ttf"
BUNDLED_FONT_FILES = (ARABIC_REGULAR_FILE, ARABIC_BOLD_FILE, LATIN_REGULAR_FILE, LATIN_BOLD_FILE)

# Arabic point size for each point of Latin text, so that mixed lines look even (see above).
ARABIC_SCALE = 1.2


def font_path(name: str) -> Path:
    """The bundled font file `name` (one of `BUNDLED_FONT_FILES`)."""
    return paths.resources_dir() / "fonts" / name


def bundled_font_paths() -> list[Path]:
    return [font_path(name) for name in BUNDLED_FONT_FILES]
