"""What the reading panes say about a translated sentence: doubtful or not, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.translation import SentenceTranslation, TranslationFlag


def flag_reason(flag: TranslationFlag) -> str:
    """One line per flag, in plain words."""
    if flag is TranslationFlag.UNTRANSLATED:
        return QCoreApplication.translate(
            "SentenceNotes", "Not translated: the model gave back the original text."
        )
    if flag is TranslationFlag.TRUNCATED:
        return QCoreApplication.translate(
            "SentenceNotes", "May be cut short: the translation reached its length limit."
        )
    if flag is TranslationFlag.SPLIT:
        return QCoreApplication.translate(
            "SentenceNotes", "Too long for the model: translated in parts and joined."
        )
    return QCoreApplication.translate("SentenceNotes", "The model produced no translation.")


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
            QCoreApplication.translate(
                "SentenceNotes", "Low confidence (%1% per word): check this sentence."
            ).replace("%1", str(percent))
        )
    return "\n".join(reasons)
