"""Languages Nashra has no model for are named, with a notice, and translation says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.document import NoticeKind
from desktop.core.language import detect_language, is_rtl, language_name, other_language
from desktop.core.pipeline import open_document
from desktop.core.translation.engine_pool import EnginePool
from desktop.core.translation.errors import UnsupportedLanguageError

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "real" / "text"


@pytest.mark.parametrize(("name", "code"), [("fa", "fa"), ("ur", "ur"), ("he", "he"), ("fr", "fr")])
def test_a_document_is_named_as_its_language_with_a_notice(name: str, code: str) -> None:
    document = open_document(REAL / f"lingua-sentences-{name}.txt")
    assert document.language == code
    (notice,) = document.notices
    assert notice.kind is NoticeKind.UNSUPPORTED_LANGUAGE and notice.language == code
    assert f"no model translates {language_name(code)}" in notice.message


def test_arabic_persian_and_urdu_are_told_apart() -> None:
    assert detect_language("قال المتحدث باسم الحكومة إن القرار سيصدر خلال الأسبوع المقبل") == "ar"
    assert detect_language("این کتاب را دوست دارم و هر روز آن را می‌خوانم") == "fa"
    assert detect_language("میں آج بازار گیا اور وہاں سے کتابیں خریدیں") == "ur"
    assert is_rtl("fa") and is_rtl("he") and not is_rtl("fr")
    assert other_language("fa") == "en"


def test_translating_a_language_no_model_translates_says_so(tmp_path: Path) -> None:
    document = open_document(REAL / "lingua-sentences-fa.txt")
    with pytest.raises(UnsupportedLanguageError, match="no model translates Persian") as caught:
        EnginePool(use_cache=False).engine_for_document(document, pack_dirs=[tmp_path])
    assert caught.value.language == "fa"
    assert str(caught.value).startswith(f"{document.source}: ")


def test_plain_arabic_is_named_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """Arabic-only letters and no Persian or Urdu ones: Arabic, with no 50 ms model load."""
    from desktop.core import language

    def no_model() -> None:
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(language, "_model", no_model)
    text = "قال المتحدث باسم الحكومة إن القرار سيصدر خلال الأسبوع المقبل بعد مشاورات طويلة."
    assert detect_language(text * 2) == "ar"
    assert detect_language("ڤيروس كورونا ينتشر في المدينة الكبيرة منذ أسابيع عديدة.") == "ar"


def test_a_short_latin_heading_is_not_given_a_non_latin_documents_language() -> None:
    """A multilingual DOCX (hypernetix/hyperspot's test_file_2pages_multilingual.docx) was named
    Nepali, and its heading "English" inherited "ne"; a few Latin letters say English, not
    a language written in another script."""
    assert detect_language("English", default="ne") == "en"
    assert detect_language("Deutsch (German)", default="ru") == "en"
    assert detect_language("Intro", default="fr") == "fr"  # a Latin-script default stays
