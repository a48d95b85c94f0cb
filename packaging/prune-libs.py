"""Delete the shared libraries in a one-folder build that nothing left in it loads.

    python3 packaging/prune-libs.py dist/nashra/_internal

PyInstaller copies every library a collected binary needs. Once build.sh has removed a Qt plugin
or library (the GTK 3 theme, libQt6Network, libcups), the libraries only it needed stay behind.
This follows DT_NEEDED (readelf -d) from every binary that is not a plain library (Python
extension modules, Qt plugins, libpython, which the bootloader opens) and removes the
libraries (and links to them) that no path reaches. Linux only; prints what it removes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+)\]")
LIBRARY = re.compile(r"^lib.*\.so(\.\d+)*$")


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def needed(path: Path) -> list[str]:
    dynamic = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return NEEDED.findall(dynamic)


def is_plain_library(path: Path, internal: Path) -> bool:
    """A library loaded only because another binary needs it (not a module, plugin, libpython)."""
    if not LIBRARY.match(path.name) or path.name.startswith("libpython"):
        return False
    folder = path.parent.relative_to(internal)
    return folder == Path(".") or folder.name.endswith(".libs") or folder == Path("PySide6/Qt/lib")


def prune(internal: Path) -> list[Path]:
    binaries = [p for p in internal.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    by_name: dict[str, Path] = {}
    for path in internal.rglob("*"):  # a library is found by its file name or a link's
        if path.is_file() and LIBRARY.match(path.name):
            by_name.setdefault(path.name, path.resolve())
    roots = [p for p in binaries if not is_plain_library(p, internal)]
    reached: set[Path] = set()
    queue = [p.resolve() for p in roots]
    while queue:
        path = queue.pop()
        if path in reached:
            continue
        reached.add(path)
        queue.extend(by_name[name] for name in needed(path) if name in by_name)
    removed = [p for p in binaries if is_plain_library(p, internal) and p.resolve() not in reached]
    for path in removed:
        path.unlink()
    for link in internal.rglob("*"):
        if link.is_symlink() and not link.exists():
            link.unlink()
    return removed


if __name__ == "__main__":
    root = Path(sys.argv[1])
    for library in prune(root):
        print(f"  no longer needed: {library.relative_to(root)}")
