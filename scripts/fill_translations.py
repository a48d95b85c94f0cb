"""Fill unfinished messages of the Arabic .ts from a table (run after `make translations`).

Usage: python scripts/fill_translations.py TABLE.tsv
TABLE.tsv holds one `source<TAB>translation` per line (sources as the code writes them, with &
mnemonics and %1 placeholders). Messages already translated are left alone; a source the table
does not know is listed, so nothing unfinished goes unnoticed.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "nashra_ar.ts"


def main(table_path: str) -> int:
    table = {}
    for line in Path(table_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            source, translation = line.split("\t", 1)
            table[source] = translation
    text = TS.read_text(encoding="utf-8")
    tree = ElementTree.ElementTree(ElementTree.fromstring(text))
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source in table:
            translation.text = table[source]
            del translation.attrib["type"]
        elif translation.text:  # Linguist's same-text guess from another context: keep it
            del translation.attrib["type"]
        else:
            missing.append(source)
    header = text.split("<TS", 1)[0]
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(header + body + "\n", encoding="utf-8")
    for source in missing:
        print(f"not translated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
