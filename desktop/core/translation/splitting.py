"""Split sentences that are too long for the model into clauses, so none is silently cut.

CTranslate2 truncates inputs past the model's limit, and Arabic news sentences chained with "و" and
commas often run past it. We cut at the clause boundary nearest the middle (Arabic and Latin commas,
semicolons, colons, then sentence marks), else at the space nearest the middle, and recurse; each
piece is translated on its own and the translations are joined back in order.
"""

from __future__ import annotations

from collections.abc import Callable

CLAUSE_MARKS = frozenset("،؛,;:.!?؟…")


def _cut_points(text: str) -> tuple[list[int], list[int]]:
    """Indices where a piece may end: after a clause mark followed by a space, or at a space."""
    clauses, spaces = [], []
    for index, char in enumerate(text[:-1]):
        if char.isspace():
            spaces.append(index)
        elif char in CLAUSE_MARKS and text[index + 1].isspace():
            clauses.append(index + 1)
    return clauses, spaces


def split_long(text: str, count_tokens: Callable[[str], int], limit: int) -> list[str]:
    """``text`` as pieces of at most ``limit`` tokens each (``[text]`` when it already fits).

    Pieces are stripped; joined with single spaces they give back the words of ``text`` in order.
    """
    text = text.strip()
    if not text or count_tokens(text) <= limit:
        return [text] if text else []
    clauses, spaces = _cut_points(text)
    middle = len(text) / 2
    candidates = clauses or spaces
    # Without any space (a URL, a number run), cut the enormous "word" in the middle anyway.
    cut = min(candidates, key=lambda i: abs(i - middle)) if candidates else len(text) // 2
    head, tail = text[:cut].strip(), text[cut:].strip()
    if not head or not tail:  # a cut at the very edge cannot shrink the problem
        cut = len(text) // 2
        head, tail = text[:cut].strip(), text[cut:].strip()
    return split_long(head, count_tokens, limit) + split_long(tail, count_tokens, limit)
