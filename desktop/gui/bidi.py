"""Text of either direction inside the interface's own: titles, names and paths kept whole.

An Arabic title in an English window (or an English path in the Arabic interface) is laid out in
the direction of the text around it unless it is isolated: `"الدولة" يفاوض…` then draws its
opening quote at the far left. Unicode's first-strong isolate lets the text take the direction of
its own first letter, as a browser does with dir=auto; Qt's layout honours it.
"""

from __future__ import annotations

FIRST_STRONG_ISOLATE = "\u2068"
LEFT_TO_RIGHT_ISOLATE = "\u2066"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolate(text: str) -> str:
    """`text` in its own direction (its first strong character's), whatever surrounds it."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if text else text


def left_to_right(text: str) -> str:
    """`text` laid out left to right whatever surrounds it (a path, a size, a version)."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}" if text else text


def elide(text: str, length: int) -> str:
    """`text` cut to `length` characters with an ellipsis (for tab titles)."""
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
