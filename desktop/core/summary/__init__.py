"""Extractive summaries: sumy's algorithms and Nashra's default, over Nashra's own sentences.

Usage::

    summary = summarize(document, SummaryLength.ratio(1 / 3))
    for item in summary.sentences:  # article order
        print(document.sentence(item.id).text)
"""

from desktop.core.summary.length import DEFAULT_SENTENCES, LengthUnit, SummaryLength
from desktop.core.summary.summarizer import (
    DEFAULT_METHOD,
    LEAD_METHOD,
    METHODS,
    Summary,
    SummarySentence,
    summarize,
)

__all__ = [
    "DEFAULT_METHOD",
    "DEFAULT_SENTENCES",
    "LEAD_METHOD",
    "METHODS",
    "LengthUnit",
    "Summary",
    "SummaryLength",
    "SummarySentence",
    "summarize",
]
