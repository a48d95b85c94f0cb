"""The process-wide notice that a language pack was installed or removed.

Kept apart from the pack tasks so the tabs and banners can listen without loading the pack
machinery (downloads, HTTP, TLS) on the way to the first window. The shared engine pool listens
too: after a change it forgets its engines, so the next translation looks for packs again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.core.translation.engine_pool import shared_pool


class PackSignals(QObject):
    """Process-wide notifier: a pack was installed or removed somewhere."""

    packs_changed = Signal()


_signals: PackSignals | None = None


def _forget_engines() -> None:
    shared_pool().forget()


def pack_signals() -> PackSignals:
    global _signals
    if _signals is None:
        _signals = PackSignals()
        _signals.packs_changed.connect(_forget_engines)
    return _signals
