"""A process-wide record of every attempt to reach the network, through Python's audit hooks.

`sys.addaudithook` sees each socket connect, name lookup and datagram send made by any Python
code in the process (any library, any thread), not only the calls one library makes, so it proves
more than patching `socket.socket.connect`. A hook cannot be removed once added, so it is added
once, when this module is imported, and does nothing unless a `network_guard` block is active.

Limit: sockets opened by C++ code (Qt's own network classes) do not pass through Python's audit
hooks; Nashra uses none of them (pack downloads go through `urllib`).
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# The audit events that mean "this process is about to talk to another machine" (or look one up).
NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "socket.sendto",
        "socket.sendmsg",
        "http.client.connect",
        "urllib.Request",
    }
)


class NetworkAttemptError(RuntimeError):
    """Raised inside the code that tried to reach the network while the guard blocks it.

    Not an OSError, so code that treats OSError as "offline" cannot quietly swallow it; the guard
    also records the attempt, so swallowing it some other way still fails the test.
    """


@dataclass(frozen=True)
class Attempt:
    event: str
    args: tuple[Any, ...]
    thread: str

    def __str__(self) -> str:
        shown = ", ".join(_short(arg) for arg in self.args)
        return f"{self.event}({shown}) in thread {self.thread!r}"


@dataclass
class _State:
    armed: bool = False
    block: bool = True
    attempts: list[Attempt] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


_STATE = _State()


def _short(arg: Any) -> str:
    text = repr(arg)
    return text if len(text) <= 80 else text[:77] + "..."


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _STATE.armed or event not in NETWORK_EVENTS:
        return
    attempt = Attempt(event, tuple(args), threading.current_thread().name)
    with _STATE.lock:
        _STATE.attempts.append(attempt)
    if _STATE.block:
        raise NetworkAttemptError(f"network access attempted: {attempt}")


sys.addaudithook(_audit)


@contextlib.contextmanager
def network_guard(*, block: bool = True) -> Iterator[list[Attempt]]:
    """Record every network attempt made by the process inside the block.

    Args:
        block: raise `NetworkAttemptError` in the code that attempts it (the connection never
            happens); False only records, for tests that expect a connection to 127.0.0.1.

    Yields:
        The list the attempts are appended to, in the order they happened.
    """
    if _STATE.armed:
        raise RuntimeError("network_guard blocks do not nest")
    attempts: list[Attempt] = []
    with _STATE.lock:
        _STATE.attempts = attempts
        _STATE.block = block
        _STATE.armed = True
    try:
        yield attempts
    finally:
        with _STATE.lock:
            _STATE.armed = False


@contextlib.contextmanager
def offline() -> Iterator[list[Attempt]]:
    """Fail (AssertionError) if anything inside the block tried to reach the network."""
    with network_guard(block=True) as attempts:
        yield attempts
    assert not attempts, "network access attempted:\n" + "\n".join(map(str, attempts))
