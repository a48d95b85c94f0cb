"""Errors the translation engine raises for problems the user can fix (e.g. install a pack)."""

from __future__ import annotations

from desktop.core.errors import NashraError


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


_NAMES = {"ar": "Arabic", "en": "English", "fr": "French", "fa": "Persian", "ur": "Urdu"}


def language_name(code: str) -> str:
    """A readable name for the codes Nashra meets; the bare code for the rest."""
    return _NAMES.get(code, code)
