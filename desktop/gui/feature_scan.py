"""Spare PySide6 its source scan of modules that cannot use its `__feature__` switches.

Once `PySide6.QtCore` is imported, PySide6 calls a hook for each module named in an `import`
statement the first time it sees the name, and the hook reads that module's whole source
(`inspect.getsource`) to learn whether it mentions PySide6 (so that `from __feature__ import
snake_case` can apply to it). At start-up that is some fifty modules and about 10 ms before the
first window: every standard module imported again by name, and Nashra's own.

Nashra uses no `__feature__` switch, so :func:`skip_feature_scan` records the answer up front: the
modules already loaded and Nashra's GUI modules are entered in PySide6's table with the value the
scan would give a module that does not select a feature. This uses a private table of PySide6
(pinned below 6.12 in pyproject.toml); if the table is not there, nothing is done.
"""

from __future__ import annotations

import pkgutil
import sys

import PySide6.QtCore  # noqa: F401  (installs the hook and its table)

import desktop.gui

_NO_FEATURE = 0  # the scan's value for a module using PySide6 without a __feature__ import
_NOT_PYSIDE = -1  # ... and for a module that does not mention PySide6


def skip_feature_scan() -> int:
    """Enter the loaded modules and Nashra's GUI modules in PySide6's feature table; returns how
    many were entered (0 when this PySide6 has no such table)."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    for module in pkgutil.iter_modules(desktop.gui.__path__, "desktop.gui."):
        table.setdefault(module.name, _NO_FEATURE)
    for name in list(sys.modules):
        table.setdefault(name, _NOT_PYSIDE)
    return len(table) - before
