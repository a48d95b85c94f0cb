"""sumy's algorithms, run over Nashra's own sentences.

sumy normally parses text itself with NLTK's punkt, which needs a data download. Nashra builds
sumy's document model directly from its sentences instead, with a regular-expression word
tokenizer, sumy's bundled stop words and a deterministic Snowball stemmer (see `text`), so no
algorithm ever reaches for NLTK data.

sumy only returns the top sentences in article order; Nashra needs the whole ranking to apply
its own length rule. Every sumy summariser ends in ``_get_best_sentences``, which calls the
``count`` argument with the sentences sorted by rating when ``count`` is callable; passing a
recorder there captures the ranking without copying any algorithm.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from sumy.models.dom import ObjectDocumentModel
from sumy.models.dom import Paragraph as SumyParagraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer

from desktop.core.summary.text import fold, stemmer, stop_words, sumy_language, words

# sumy's graph methods (LexRank, TextRank, Reduction) compare every pair of sentences in Python;
# past this many sentences a document is ranked in consecutive parts of this size, so a book-length
# text takes seconds, not minutes. A hundred sentences is a long article (about 2,000 words), so
# ordinary news is always ranked whole.
CHUNK_SENTENCES = 100

# Edmundson's cue method needs words that make a sentence more (bonus) or less (stigma) likely to
# matter. sumy ships none; these are the reporting and hedging words of news writing.
_BONUS_WORDS = {
    "arabic": (
        "أكد أعلن أوضح قال أشار كشف أهم مهم رئيسي الرئيسي أساسي نتيجة نتائج هدف أبرز "
        "خلاصة يعتبر تعتبر الأول أول"
    ),
    "english": (
        "announced confirmed said stated revealed key main important significant major "
        "result results conclude concluded first primary essential"
    ),
}
_STIGMA_WORDS = {
    "arabic": "ربما يبدو قيل يقال أحيانا بعض مثلا كذلك أيضا",
    "english": "perhaps maybe hardly allegedly reportedly example instance also sometimes",
}


class _Tokenizer:
    """The word tokenizer sumy's model asks for; sentences come from Nashra, never from here."""

    def to_words(self, text: str) -> tuple[str, ...]:
        return tuple(words(text))

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return (text,)


class _SafeSumBasic(SumBasicSummarizer):  # type: ignore[misc]
    """SumBasic that treats a word missing from its frequency table as unseen, not as a crash.

    The crash itself came from nltk's stateful Arabic stemmer (fixed in `text._Stemmer`); this
    guard keeps SumBasic standing if any other stemmer ever disagrees with itself.
    """

    @staticmethod
    def _compute_average_probability_of_words(
        word_freq_in_doc: dict[str, float], content_words_in_sentence: list[str]
    ) -> float:
        if not content_words_in_sentence:
            return 0.0
        total = sum(word_freq_in_doc.get(word, 0.0) for word in content_words_in_sentence)
        return total / len(content_words_in_sentence)

    @staticmethod
    def _update_tf(word_freq: dict[str, float], words_to_update: list[str]) -> dict[str, float]:
        for word in words_to_update:
            if word in word_freq:
                word_freq[word] *= word_freq[word]
        return word_freq


class _FastKL(KLSummarizer):  # type: ignore[misc]
    """KL-Sum with the same choices as sumy's, in quadratic instead of cubic time.

    sumy recounts the whole summary's words for every candidate at every step, which takes
    minutes on a few hundred sentences. Here the summary's counts are kept as it grows and each
    candidate only adjusts the terms of its own words. The quantity is unchanged (including
    sumy's habit of counting the summary's stop words in the joint length): for a candidate
    sentence s, KL(doc ‖ summary+s) = Σ d·log d − Σ d·log c(w) + log(|summary|+|s|) · Σ d, the
    sums running over the words of summary and s with a document frequency d > 0.
    """

    def _compute_ratings(self, sentences: Sequence[Any]) -> dict[Any, int]:
        doc_freq: dict[str, float] = self.compute_tf(sentences)
        candidates = [
            (sentence, Counter(self._get_content_words_in_sentence(sentence)))
            for sentence in sentences
        ]
        summary_counts: Counter[str] = Counter()
        summary_length = 0
        base = 0.0  # Σ over summary words with d > 0 of d·log d − d·log count
        mass = 0.0  # Σ over those words of d
        ratings: dict[Any, int] = {}
        while candidates:
            best_index, best_kl = 0, math.inf
            for index, (_, counts) in enumerate(candidates):
                total = summary_length + sum(counts.values())
                if total == 0:
                    kl = 0.0
                else:
                    value, weight = base, mass
                    for word, count in counts.items():
                        d = doc_freq.get(word)
                        if not d:
                            continue
                        had = summary_counts.get(word, 0)
                        if had:
                            value += d * math.log(had) - d * math.log(had + count)
                        else:
                            value += d * math.log(d) - d * math.log(count)
                            weight += d
                    kl = value + math.log(total) * weight
                if kl < best_kl:
                    best_index, best_kl = index, kl
            sentence, _ = candidates.pop(best_index)
            ratings[sentence] = -len(ratings)
            for word in (self.normalize_word(w) for w in sentence.words):
                d = doc_freq.get(word)
                had = summary_counts[word]
                summary_counts[word] = had + 1
                summary_length += 1
                if d:
                    if had:
                        base += d * math.log(had) - d * math.log(had + 1)
                    else:
                        base += d * math.log(d)
                        mass += d
        return ratings


def _with_stop_words(cls: Callable[..., Any]) -> Callable[[str], Any]:
    def build(language: str) -> Any:
        summarizer = cls(stemmer(language))
        summarizer.stop_words = stop_words(language)
        return summarizer

    return build


def _edmundson(language: str) -> Any:
    summarizer = EdmundsonSummarizer(stemmer(language))
    name = sumy_language(language) or "english"
    summarizer.bonus_words = [fold(word) for word in _BONUS_WORDS[name].split()]
    summarizer.stigma_words = [fold(word) for word in _STIGMA_WORDS[name].split()]
    # Null words are ignored by the title and location methods: the stop words are exactly that.
    summarizer.null_words = stop_words(language) or {"the"}
    return summarizer


_BUILDERS: dict[str, Callable[[str], Any]] = {
    "lexrank": _with_stop_words(LexRankSummarizer),
    "textrank": _with_stop_words(TextRankSummarizer),
    "lsa": _with_stop_words(LsaSummarizer),
    "luhn": _with_stop_words(LuhnSummarizer),
    "edmundson": _edmundson,
    "kl": _with_stop_words(_FastKL),
    "sumbasic": _with_stop_words(_SafeSumBasic),
    "reduction": _with_stop_words(ReductionSummarizer),
}
SUMY_METHODS = tuple(_BUILDERS)


def _rank_part(
    method: str,
    texts: Sequence[str],
    paragraph_of: Sequence[int],
    headings: Sequence[str],
    language: str,
) -> list[tuple[int, float]]:
    tokenizer = _Tokenizer()
    sentences = [SumySentence(text, tokenizer) for text in texts]
    groups: list[list[SumySentence]] = []
    if headings:
        groups.append([SumySentence(text, tokenizer, is_heading=True) for text in headings])
    previous = None
    for sentence, paragraph in zip(sentences, paragraph_of, strict=True):
        if paragraph != previous:
            groups.append([])
            previous = paragraph
        groups[-1].append(sentence)
    document = ObjectDocumentModel([SumyParagraph(group) for group in groups])
    recorded: list[Any] = []

    def record(infos: list[Any]) -> list[Any]:
        recorded.extend(infos)
        return infos

    summarizer = _BUILDERS[method](language)
    with warnings.catch_warnings():
        # LSA warns when a document has fewer distinct words than sentences; it still ranks.
        warnings.simplefilter("ignore")
        summarizer(document, record)
    if not recorded:  # sumy gives up on a document without content words
        return [(index, 0.0) for index in range(len(texts))]
    return [(info.order, float(info.rating)) for info in recorded]


def rank(
    method: str,
    texts: Sequence[str],
    paragraph_of: Sequence[int],
    headings: Sequence[str],
    language: str,
) -> list[tuple[int, float]]:
    """Rank candidate sentences with sumy's `method`, best first.

    Args:
        method: one of `SUMY_METHODS`.
        texts: the candidate sentences in article order.
        paragraph_of: for each candidate, the paragraph it belongs to (Edmundson's location
            method and LSA look at paragraphs).
        headings: heading sentences, used as the title by Edmundson; never ranked.
        language: "ar", "en", ...

    Returns:
        (index into `texts`, sumy's rating) pairs, best first. Long documents are ranked in parts
        of `CHUNK_SENTENCES` and the parts interleaved by relative rank, so every part of the
        document is represented in proportion to its length.
    """
    if len(texts) <= CHUNK_SENTENCES:
        return _rank_part(method, texts, paragraph_of, headings, language)
    keyed: list[tuple[float, int, int, float]] = []
    for start in range(0, len(texts), CHUNK_SENTENCES):
        part = _rank_part(
            method,
            texts[start : start + CHUNK_SENTENCES],
            paragraph_of[start : start + CHUNK_SENTENCES],
            headings if start == 0 else (),
            language,
        )
        for position, (index, rating) in enumerate(part):
            keyed.append((position / len(part), start, start + index, rating))
    keyed.sort()
    return [(index, rating) for _, _, index, rating in keyed]
