"""Errors the translation engine raises for problems the user can fix (e.g. install a pack)."""

from __future__ import annotations

from desktop.core.errors import NashraError
from desktop.core.language import language_name


class TranslationError(NashraError):
    """Base of every translation error meant for the user's eyes."""


class MissingPackError(TranslationError):
    """No installed language pack translates this pair; names the pair so the GUI can offer it."""

    def __init__(self, from_code: str, to_code: str, searched: tuple[str, ...] = ()) -> None:
        where = f" (looked in {', '.join(searched)})" if searched else ""
        super().__init__(
            f"{from_code}→{to_code}",
            f"no language pack installed for {language_name(from_code)} → "
            f"{language_name(to_code)}{where}",
        )
        self.from_code = from_code
        self.to_code = to_code


class PackLoadError(TranslationError):
    """A pack is installed but its model or tokenizer cannot be loaded (damaged or incompatible)."""


class UnsupportedLanguageError(TranslationError):
    """The document is in a language no installed model translates, and Nashra has none for it
    (it translates Arabic and English); names the language so the GUI can say so."""

    def __init__(self, source: str, language: str, to_code: str) -> None:
        super().__init__(
            source,
            f"the document is in {language_name(language)}; no model translates "
            f"{language_name(language)} (Nashra translates Arabic and English)",
        )
        self.language = language
        self.to_code = to_code


class AlreadyInLanguageError(TranslationError):
    """The document is already in the language asked for: there is nothing to translate (asking
    for a pack "Arabic → Arabic" would send the user looking for one that cannot exist)."""

    def __init__(self, source: str, language: str) -> None:
        super().__init__(source, f"the article is already in {language_name(language)}")
        self.language = language


__all__ = [
    "AlreadyInLanguageError",
    "MissingPackError",
    "PackLoadError",
    "TranslationError",
    "UnsupportedLanguageError",
    "language_name",
]
