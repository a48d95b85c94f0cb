"""What the reading panes say about a translated sentence: doubtful or not, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.translation import SentenceTranslation, TranslationFlag


def _tr(text: str) -> str:
    return QCoreApplication.translate("SentenceNotes", text)


def flag_reason(flag: TranslationFlag) -> str:
    """One line per flag, in plain words."""
    if flag is TranslationFlag.UNTRANSLATED:
        return _tr("Not translated: the model gave back the original text.")
    if flag is TranslationFlag.TRUNCATED:
        return _tr("May be cut short: the translation reached its length limit.")
    if flag is TranslationFlag.SPLIT:
        return _tr("Too long for the model: translated in parts and joined.")
    return _tr("The model produced no translation.")


def translation_note(translation: SentenceTranslation, threshold: float) -> str:
    """Why `translation` deserves a second look ("" when it does not).

    Args:
        translation: one sentence's translation.
        threshold: confidences (mean log-probability per token) below it are doubtful.
    """
    reasons = [flag_reason(flag) for flag in sorted(translation.flags)]
    if translation.confidence < threshold and translation.text.strip():
        percent = round(translation.probability * 100)
        reasons.append(
            _tr("Low confidence ({0}% per word): check this sentence.").replace("{0}", str(percent))
        )
    return "\n".join(reasons)
