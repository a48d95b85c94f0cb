"""Nashra: an offline reader for Arabic articles with side-by-side translation and summary."""

__version__ = "0.1.0"
