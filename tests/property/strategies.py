"""Hypothesis strategies for article text: Arabic and Latin letters, digits, punctuation of both
scripts, whitespace of every kind, and the invisible characters scraped text is full of."""

from __future__ import annotations

from hypothesis import strategies as st

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىـًٌٍَُِّْ"
LATIN = "abcdefghXYZ"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
PUNCTUATION = ".!?…؟،؛:;,-–()[]«»“”\"'/@"
SPACES = [" ", " ", " ", "\n", "\t", "\u00a0", "\u2028", "\u3000"]
INVISIBLE = ["\u200e", "\u200f", "\u061c", "\u202b", "\u202e", "\u2067", "\u2069", "\u200b",
             "\u200c", "\u200d", "\ufeff", "\u00ad"]  # fmt: skip

letters = st.sampled_from(list(ARABIC + LATIN + DIGITS))
word = st.text(letters, min_size=1, max_size=12)
# Tokens as they come in articles: words, abbreviations, numbers, marks, invisible characters.
token = st.one_of(
    word,
    word.map(lambda w: w + "."),
    st.sampled_from(list(PUNCTUATION)),
    st.sampled_from(["د.", "U.S.", "3.5", "...", "www.x.com", "إلخ", "Dr."]),
    st.sampled_from(INVISIBLE),
)
separator = st.sampled_from([*SPACES, "", *INVISIBLE])


@st.composite
def paragraph_text(draw: st.DrawFn, max_tokens: int = 60) -> str:
    tokens = draw(st.lists(token, max_size=max_tokens))
    parts = []
    for item in tokens:
        parts.append(item)
        parts.append(draw(separator))
    return "".join(parts)


def unpunctuated_run(min_words: int, max_words: int) -> st.SearchStrategy[str]:
    """Long runs of words without a full stop (transcripts, broken files): the length bound."""
    return st.lists(word, min_size=min_words, max_size=max_words).flatmap(
        lambda words: st.lists(st.sampled_from([" ", " ", "، ", "\u200f "]), min_size=len(words),
                               max_size=len(words)).map(
            lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True))
        )
    )  # fmt: skip
