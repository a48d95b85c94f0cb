"""The cancel flag every long core operation checks: a download, a translation, an install.

The GUI passes the `threading.Event` of its worker task; the CLI and tests may pass a plain
function. Both are checked with :func:`is_cancelled`, between units of work that can be dropped
whole (a batch of sentences, a chunk of a download).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

CancelFlag = threading.Event | Callable[[], bool]


def is_cancelled(cancel: CancelFlag | None) -> bool:
    """Whether the caller asked to stop (never, when there is no flag)."""
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())
