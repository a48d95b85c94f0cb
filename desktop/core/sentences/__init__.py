"""Sentence boundaries for Arabic and English paragraphs (see `splitter` for the rules)."""

from desktop.core.sentences.splitter import split_sentences

__all__ = ["split_sentences"]
