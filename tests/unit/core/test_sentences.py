"""The sentence splitter: the edge cases from issue 2, span invariants, and FLORES recall."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.sentences import split_sentences
from desktop.core.sentences.splitter import MAX_SENTENCE_CHARS
from tests.fixtures.spans import assert_valid_spans


def sentences(text: str, language: str) -> list[str]:
    spans = split_sentences(text, language)
    assert_valid_spans(text, spans)
    return [text[start:end] for start, end in spans]


def same(text: str, language: str) -> None:
    assert sentences(text, language) == [text]


# --- Arabic -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # full stop, question and exclamation marks end sentences
        ("العربية لغة جميلة. والبلاد بعيدة.", ["العربية لغة جميلة.", "والبلاد بعيدة."]),
        ("هل أنت جاد؟ نعم! بالطبع.", ["هل أنت جاد؟", "نعم!", "بالطبع."]),
        ("حقاً؟! لا أصدق.", ["حقاً؟!", "لا أصدق."]),
        # quotes and brackets closing after the stop belong to the sentence that ends
        ('قال: "لن نتراجع." ثم غادر القاعة.', ['قال: "لن نتراجع."', "ثم غادر القاعة."]),
        ("قال «لن نتراجع.» ثم غادر.", ["قال «لن نتراجع.»", "ثم غادر."]),
        ("(وهذا معروف.) ثم تغير الأمر.", ["(وهذا معروف.)", "ثم تغير الأمر."]),
        ('سماها "الوطن". وبقي الاسم.', ['سماها "الوطن".', "وبقي الاسم."]),
        # a stop with no space before an Arabic letter, as scraped web text has it
        ("كوكباً شبيهاً للأرض.اكتشف الفريق قمراً.", ["كوكباً شبيهاً للأرض.", "اكتشف الفريق قمراً."]),
        ("ماذا حدث؟قال إنه لا يعرف.", ["ماذا حدث؟", "قال إنه لا يعرف."]),
        # a stop set off by spaces is still a stop
        (
            "هي المسافة بين الأرض والشمس . وهذا صحيح.",
            ["هي المسافة بين الأرض والشمس .", "وهذا صحيح."],
        ),
        # an era marker after a year ends the sentence with its stop
        ("ولد عام 1950 م. وتوفي عام 2010 م.", ["ولد عام 1950 م.", "وتوفي عام 2010 م."]),
        ("بنيت عام 300 ق.م. وازدهرت لاحقاً.", ["بنيت عام 300 ق.م.", "وازدهرت لاحقاً."]),
        (
            "بين 2000 و5000 م.أما السلسلة الثالثة فأطول.",
            ["بين 2000 و5000 م.", "أما السلسلة الثالثة فأطول."],
        ),
        # a footnote mark or a reference after the stop stays with its sentence
        ("النمو كبير.[1] ثم تراجع.", ["النمو كبير.[1]", "ثم تراجع."]),
        (
            "ساعات عمل مرنة. (بريمر، 1998) يتيح الإنترنت ذلك.",
            ["ساعات عمل مرنة. (بريمر، 1998)", "يتيح الإنترنت ذلك."],
        ),
        # an ellipsis followed by a new clause
        ("هذا جميل ... ولكن هل سألت نفسك لماذا؟", ["هذا جميل ...", "ولكن هل سألت نفسك لماذا؟"]),
        ("انتظرنا طويلاً… ثم وصل القطار.", ["انتظرنا طويلاً…", "ثم وصل القطار."]),
    ],
)
def test_arabic_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text, "ar") == expected


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الوزير، في مؤتمر صحفي، أن المشروع سيبدأ قريباً.",  # Arabic comma
        "نجح الفريق في المباراة؛ وقد كان هدفه الثاني هو الحاسم.",  # Arabic semicolon
        "قال المتحدث: لن نتراجع عن قرارنا.",  # colon
        "أداة تصنف الخلايا حسب النوع: شريحة صغيرة قابلة للطباعة.",
        "بلغت النسبة ١٢٫٥ في المئة وارتفعت إلى 3.5 ثم إلى ١٢.٥ في المئة.",  # decimals
        "بلغ عدد السكان 1,250,000 نسمة و٣٬٠٠٠ زائر.",  # thousands separators
        "قال د. محمد إن النتائج مشجعة.",  # Dr.
        "حاضر أ.د. خالد أمس.",  # Prof. Dr.
        "التقى م. أحمد بالوزير.",  # engineer
        "انظر ص. 12 من الكتاب.",  # page
        "راسلونا على ص.ب. 1234 في عمّان.",  # P.O. box
        "قال د.محمد إن الاجتماع انتهى.",  # Dr. glued to the name
        "ذكرت السباحة منذ عام 2000 ق.م. في ملحمة جلجامش.",  # an era marker inside the sentence
        "بنيت بين عامي 2480-2550 ق. م، وهي ثلاثة أهرامات.",
        "زوروا الموقع www.example.com أو راسلونا على info@example.org اليوم.",
        "حمّل الملف report.pdf من الموقع https://example.com/a.b?x=1 الآن.",
        'تعمل شركة "HK Management Inc." مع الفرقة منذ سنوات.',
        "قال المتحدث، ... إن القرار نهائي.",  # an ellipsis after a comma trails off
        "رواية القصص... إلخ) في الصفوف.",
        "ثم قال (؟) إنه لا يعرف.",
        "١. البند الأول",  # a numbered list item
        "كتاب بلا نقطة في آخره",
    ],
)
def test_arabic_non_boundaries(text: str) -> None:
    same(text, "ar")


# --- English ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. We stayed in.", ["It rained.", "We stayed in."]),
        ("Really?! Yes. Why? Because!", ["Really?!", "Yes.", "Why?", "Because!"]),
        ('He said "I will go." Then he went.', ['He said "I will go."', "Then he went."]),
        ("He said “I will go.” Then he went.", ["He said “I will go.”", "Then he went."]),
        (
            "The price rose (see above.) Then it fell.",
            ["The price rose (see above.)", "Then it fell."],
        ),
        ("He moved to the U.S. The move was hard.", ["He moved to the U.S.", "The move was hard."]),
        (
            "It opens at 9 a.m. The queue forms early.",
            ["It opens at 9 a.m.", "The queue forms early."],
        ),
        ("Apples, pears, etc. Fruit is good.", ["Apples, pears, etc.", "Fruit is good."]),
        (
            "He works for Apple Inc. The firm is big.",
            ["He works for Apple Inc.", "The firm is big."],
        ),
        ("Wait... What was that?", ["Wait...", "What was that?"]),
        ("Wait… What was that?", ["Wait…", "What was that?"]),
        ("It was 2009. 15 people came.", ["It was 2009.", "15 people came."]),
        ("Email john.doe@example.com. Thanks.", ["Email john.doe@example.com.", "Thanks."]),
        ("Go to www.example.com. It is free.", ["Go to www.example.com.", "It is free."]),
        (
            "The permit opens on 1 Jan. Space is limited.",
            ["The permit opens on 1 Jan.", "Space is limited."],
        ),
        ('"Stop!" he shouted. "Why?" she asked.', ['"Stop!" he shouted.', '"Why?" she asked.']),
        ("It grew.[1][2] Then it fell.", ["It grew.[1][2]", "Then it fell."]),
        (
            "Hours are flexible. (Bremer, 1998) The web helps.",
            ["Hours are flexible. (Bremer, 1998)", "The web helps."],
        ),
        (
            "They live in Washington, D.C. The city is big.",
            ["They live in Washington, D.C.", "The city is big."],
        ),
    ],
)
def test_english_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Smith met Mr. and Mrs. Jones and Prof. Lee on St. Patrick's Day.",
        "Martin Luther King Jr. was born in Atlanta.",
        "J. R. R. Tolkien met George W. Bush in the U.S. capital.",
        "It costs about one U.S. cent each.",
        "Arrive at 9 a.m. and leave at 5 p.m. on Monday.",
        "Use a tool, e.g. a hammer, i.e. something heavy, vs. a feather.",
        "See Fig. 3 and No. 5 on pp. 10-12.",
        "It is 3.5 times larger and costs $1,000.50 per unit.",
        "Visit www.example.com or read report.pdf and notes.txt today.",
        "Version 2.0.1 of node.js fixes it.",
        "Write to john.doe@example.com for details.",
        "He opened https://example.com/a.b?q=1 in a browser.",
        "I was thinking... maybe not.",
        '"Why?" he asked.',
        "He is many non-U.S. citizens' choice.",
        "It was 30 ft. high.",
        "The amount (?) was not given.",
        "Quoting [...] the text is fine.",
        "Sugar, flour, etc., are needed.",
        "1. First item",
        "A headline without a final stop",
    ],
)
def test_english_non_boundaries(text: str) -> None:
    same(text, "en")


# --- mixed text, other languages, line breaks ---------------------------------------------------


def test_other_languages_are_treated_like_english_but_honour_arabic_marks() -> None:
    text = "Est-ce vrai? Oui. هل هذا صحيح؟ نعم."
    assert sentences(text, "fr") == ["Est-ce vrai?", "Oui.", "هل هذا صحيح؟", "نعم."]


def test_english_sentence_inside_arabic_text() -> None:
    text = "قال المدير: It works. ثم غادر."
    assert sentences(text, "ar") == ["قال المدير: It works.", "ثم غادر."]


def test_bidi_marks_after_a_stop_do_not_hide_the_boundary() -> None:
    text = "انتهى الاجتماع.\u200f بدأ التصويت."
    assert sentences(text, "ar") == ["انتهى الاجتماع.\u200f", "بدأ التصويت."]


def test_headline_line_without_stop_is_its_own_sentence() -> None:
    text = "Storm hits coast\nA storm hit the coast on Monday, cutting power to thousands of homes."
    assert sentences(text, "en") == [
        "Storm hits coast",
        "A storm hit the coast on Monday, cutting power to thousands of homes.",
    ]


def test_list_items_are_sentences() -> None:
    text = "Steps:\n- mix the flour\n- add water\nThen bake it."
    assert sentences(text, "en") == ["Steps:", "- mix the flour", "- add water", "Then bake it."]
    text = "الخطوات:\n١. اخلط الدقيق\n٢. أضف الماء"
    assert sentences(text, "ar") == ["الخطوات:", "١. اخلط الدقيق", "٢. أضف الماء"]


def test_hard_wrapped_lines_continue_the_sentence() -> None:
    text = (
        "The committee met on Monday to discuss the new budget and\n"
        "agreed to postpone the vote until the end of the month, officials\n"
        "said."
    )
    assert sentences(text, "en") == [text]


def test_blank_line_ends_a_sentence() -> None:
    assert sentences("first part\n\nsecond part", "en") == ["first part", "second part"]


def test_empty_and_whitespace_only_text() -> None:
    assert split_sentences("", "ar") == []
    assert split_sentences(" \n\t\u00a0", "en") == []


def test_stray_marks_do_not_form_a_sentence() -> None:
    assert sentences("... ?! Yes.", "en") == ["... ?! Yes."]


def test_long_text_without_punctuation_is_cut_between_words_at_a_bounded_length() -> None:
    text = " ".join(["كلمة"] * 5000)
    spans = split_sentences(text, "ar")
    assert_valid_spans(text, spans)
    assert len(spans) == 25
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[start:end].split(" ")[0] == "كلمة" for start, end in spans)  # whole words


def test_an_over_long_sentence_is_cut_after_a_comma_near_the_limit() -> None:
    clause = "وقال المتحدث إن الوزارة تتابع الوضع عن كثب"
    text = "، ".join([clause] * 60) + "."
    spans = split_sentences(text, "ar")
    assert_valid_spans(text, spans)
    assert len(spans) > 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[end - 1] == "،" for _start, end in spans[:-1])


def test_one_enormous_word_is_cut_without_separating_harakat() -> None:
    text = "كَتَبَ" * 1000
    spans = split_sentences(text, "ar")
    assert_valid_spans(text, spans)
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(not unicodedata.combining(text[start]) for start, _end in spans)


@pytest.mark.parametrize(
    "unit", ["د.", "a.", ". ", '."', "...A ", "a\n", "www.", "؟ف", ".)" * 3, "word \n  "]
)
def test_pathological_repetitions_finish(unit: str) -> None:
    text = unit * 5_000
    assert_valid_spans(text, split_sentences(text, "ar"))


# --- properties ---------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩٫٬،؛؟")
    + list("abcXYZ019.!?…;:,-'\"()[]«»“”’@/")
    + [" ", "\n", "\r", "\t", "\u00a0", "\u2028", "\u3000", "\x1c", "\x85"]
    + ["\u200e", "\u200f", "\u061c", "\u202b", "\u202c", "\u2067", "\u2069", "\u200b", "\ufeff"]
)
_TEXT = st.lists(
    st.one_of(_ALPHABET, st.sampled_from(["د. ", "U.S. ", "... ", "3.5", "www.x.com", "\n\n"])),
    max_size=80,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, language=st.sampled_from(["ar", "en", "fr"]))
def test_spans_are_valid_for_any_text(text: str, language: str) -> None:
    assert_valid_spans(text, split_sentences(text, language))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_spans_are_valid_for_any_unicode(text: str) -> None:
    assert_valid_spans(text, split_sentences(text, "ar"))


# --- FLORES-200 dev: every line break is a true boundary ----------------------------------------


def _flores_recall(flores: Path, file_name: str, language: str) -> float:
    lines = (flores / file_name).read_text(encoding="utf-8").splitlines()
    rows = (flores / "metadata_dev.tsv").read_text(encoding="utf-8").splitlines()[1:]
    urls = [row.split("\t")[0] for row in rows]
    joins = found = 0
    start = 0
    for index in range(1, len(lines) + 1):
        if index < len(lines) and urls[index] == urls[index - 1]:
            continue
        group = [line.strip() for line in lines[start:index]]
        start = index
        text = " ".join(group)
        offsets, position = set(), 0
        for line in group[:-1]:
            position += len(line) + 1
            offsets.add(position)
        cuts = {span_start for span_start, _ in split_sentences(text, language)[1:]}
        joins += len(offsets)
        found += len(offsets & cuts)
    return found / joins


@pytest.mark.parametrize(
    ("file_name", "language"), [("arb_Arab.dev", "ar"), ("eng_Latn.dev", "en")]
)
def test_flores_line_breaks_are_found(shared_dir: Path, file_name: str, language: str) -> None:
    recall = _flores_recall(shared_dir / "eval" / "flores200-dev", file_name, language)
    assert recall >= 0.98
