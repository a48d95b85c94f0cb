"""Short articles that hold what breaks a PDF's text layer, and their translations.

Lam-alef in its four spellings (لا لأ لإ لآ), the lam-lam-heh ligature (لله), letters with marks
(مُحَمَّد), European and Arabic-Indic digits, thousands separators and years after Arabic
words, English names and acronyms inside Arabic sentences, Arabic inside English ones, the
ligatures of the Latin face (fi, fl, ffi), and paragraphs long enough to wrap over several lines.
"""

from __future__ import annotations

from desktop.core.document import Document
from desktop.core.pipeline import document_from_text

ARABIC_PARAGRAPHS = (
    "لا، الأحياء، إعلام",
    (
        "قال المتحدث باسم الأمم المتحدة إن 1,200 لاجئ وصلوا إلى المخيم في عام 2024، وفق "
        "وكالة Reuters للأنباء. الحمد لله رب العالمين، والصلاة على مُحَمَّد. وذكرت صحيفة "
        "The Guardian أن لأسباب أمنية لم يُسمح للصحفيين بالدخول، ولإعلام المواطنين نشرت "
        "الوزارة بيانا في الساعة ١٠ صباحا."
    ),
    (
        "لآلاف السنين عاش الناس على ضفاف النهر، ولا يزال الصيادون يخرجون كل يوم قبل "
        "الفجر، ثم يعودون إلى الأسواق القريبة حيث يبيعون ما اصطادوه للتجار الذين ينقلونه "
        "إلى المدن الكبرى في الشمال والجنوب، وهكذا تستمر الحياة في القرى الصغيرة كما كانت "
        "منذ أجيال."
    ),
)
ARABIC_TEXT = "\n\n".join(ARABIC_PARAGRAPHS)

ENGLISH_PARAGRAPHS = (
    "Fine ligatures affirm the office",
    (
        "The office affirms 25 fine ligatures: fi, fl and ffi, and the minister said "
        "«مرحبا بكم» twice. In 2024, about 1,200 refugees reached the camp, Reuters "
        "reported."
    ),
    (
        "Fishermen have lived on the banks of the river for thousands of years, and they "
        "still go out every day before dawn, then come back to the nearby markets where "
        "they sell their catch to the traders who take it to the big cities in the north "
        "and the south."
    ),
)
ENGLISH_TEXT = "\n\n".join(ENGLISH_PARAGRAPHS)

# Sentence by sentence, the other language (a human translation, so the tests need no pack).
ARABIC_TO_ENGLISH = (
    "No, the living, the media",
    "A United Nations spokesman said 1,200 refugees reached the camp in 2024, Reuters reported.",
    "Praise be to God, Lord of the worlds, and blessings upon Muhammad.",
    "The Guardian reported that for security reasons journalists were not allowed in.",
    "People have lived on the river banks for thousands of years, and fishermen still go out.",
)

ENGLISH_TO_ARABIC = (
    "الأربطة الدقيقة تؤكد المكتب",
    "يؤكد المكتب 25 ربطا دقيقا، وقال الوزير «مرحبا بكم» مرتين.",
    "في عام 2024 وصل نحو 1,200 لاجئ إلى المخيم، بحسب Reuters.",
    "عاش الصيادون على ضفاف النهر آلاف السنين، ولا يزالون يخرجون كل يوم قبل الفجر.",
)


def arabic() -> Document:
    return document_from_text(ARABIC_TEXT, source="arabic.txt")


def english() -> Document:
    return document_from_text(ENGLISH_TEXT, source="english.txt")


def translations(document: Document, texts: tuple[str, ...]) -> dict[int, str]:
    ids = [sentence.id for sentence in document.sentences()]
    assert len(ids) == len(texts), (
        "the translation no longer matches the article sentence by sentence"
    )
    return dict(zip(ids, texts, strict=True))
