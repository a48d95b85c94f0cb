"""The process-wide notice that a language pack was installed or removed.

Kept apart from :mod:`desktop.gui.pack_actions` so the menus and tabs can listen without loading
the pack machinery (downloads, HTTP, TLS) on the way to the first window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class PackSignals(QObject):
    """Process-wide notifier: a pack was installed or removed somewhere."""

    packs_changed = Signal()


_signals: PackSignals | None = None


def pack_signals() -> PackSignals:
    global _signals
    if _signals is None:
        _signals = PackSignals()
    return _signals
