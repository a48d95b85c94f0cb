"""The OPUS-MT releases Nashra offers, pinned: where each is, what it reads, its published scores.

Sources (read 2026-12-02):

- Helsinki-NLP/Tatoeba-Challenge, ``models/ara-eng/`` and ``models/eng-ara/``: each release's
  ``.yml`` (release name and date, model type, source and target languages, pre-processing
  "normalization + SentencePiece (spm32k,spm32k)", subword models ``source.spm`` /
  ``target.spm``; the eng-ara 2022 release has ``use-target-labels``) and its
  ``.bleu-scores.txt`` (FLORES-101 devtest: ara-eng big 42.6, eng-ara big 29.4, ara-eng
  opus+bt-2021-04-30 36.1). The README gives the download URLs under
  ``https://object.pouta.csc.fi/Tatoeba-MT-models/``.
- The eng-ara big model card (``opus-mt-tc-big-en-ar``): "valid target language labels:
  >>afb<< >>ara<<", "A sentence initial language token is required in the form of >>id<<";
  its examples start with ``>>ara<<``.
- Licence: the Tatoeba-Challenge models are released under CC-BY 4.0, which asks for attribution.

The scores are the publishers' own; no real model could be downloaded where Nashra was built.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.errors import NashraError

BASE_URL = "https://object.pouta.csc.fi/Tatoeba-MT-models"
LICENCE = "CC-BY 4.0"
ATTRIBUTION = (
    "OPUS-MT model by Helsinki-NLP (Jörg Tiedemann and the OPUS-MT team, University of "
    "Helsinki), trained on OPUS and Tatoeba Challenge data; CC-BY 4.0. Tiedemann & Thottingal, "
    "“OPUS-MT — Building open translation services for the World”, EAMT 2020."
)
SCORES_SOURCE = "Helsinki-NLP/Tatoeba-Challenge, models/{pair}/{release}.bleu-scores.txt"
ARABIC_VARIETIES = ("acm", "afb", "apc", "ara", "arq", "ary", "arz")
ARABIC_NOTE = "also reads Mesopotamian, Gulf, Levantine, Algerian, Moroccan and Egyptian Arabic"

# Tatoeba's ISO 639-3 codes, as Nashra's two languages.
NASHRA_CODES = {**dict.fromkeys(ARABIC_VARIETIES, "ar"), "eng": "en"}


@dataclass(frozen=True)
class PublishedScore:
    test_set: str
    metric: str
    value: float
    source: str


@dataclass(frozen=True)
class OpusRelease:
    """One pinned release zip.

    Attributes:
        model_id: Nashra's id (what ``nashra-cli packs list`` prints, ``--model`` takes).
        pair: Tatoeba's folder, e.g. "ara-eng".
        release: The zip's name without ``.zip``.
        target_label: The sentence-initial token a multi-target release needs ("" if none).
        rank: Higher is preferred when several models translate a direction.
    """

    model_id: str
    pair: str
    release: str
    release_date: str
    from_code: str
    to_code: str
    model_type: str
    source_languages: tuple[str, ...]
    target_languages: tuple[str, ...]
    target_label: str
    scores: tuple[PublishedScore, ...]
    quality_note: str
    rank: int
    licence: str = LICENCE
    attribution: str = ATTRIBUTION

    @property
    def url(self) -> str:
        return f"{BASE_URL}/{self.pair}/{self.release}.zip"

    @property
    def file_name(self) -> str:
        return f"{self.release}.zip"


def _flores(pair: str, release: str, value: float) -> PublishedScore:
    return PublishedScore(
        "FLORES-101 devtest", "BLEU", value, SCORES_SOURCE.format(pair=pair, release=release)
    )


_AR_EN_BIG = "opusTCv20210807+bt_transformer-big_2022-03-09"
_EN_AR_BIG = "opusTCv20210807+bt_transformer-big_2022-02-25"
_AR_EN_BASE = "opus+bt-2021-04-30"

CATALOG: tuple[OpusRelease, ...] = (
    OpusRelease(
        model_id="opus-mt-big-ar-en",
        pair="ara-eng",
        release=_AR_EN_BIG,
        release_date="2022-03-09",
        from_code="ar",
        to_code="en",
        model_type="transformer-big",
        source_languages=ARABIC_VARIETIES,
        target_languages=("eng",),
        target_label="",
        scores=(_flores("ara-eng", _AR_EN_BIG, 42.6),),
        quality_note=f"best: 42.6 BLEU on FLORES-101 devtest (publisher's figure); {ARABIC_NOTE}",
        rank=30,
    ),
    OpusRelease(
        model_id="opus-mt-big-en-ar",
        pair="eng-ara",
        release=_EN_AR_BIG,
        release_date="2022-02-25",
        from_code="en",
        to_code="ar",
        model_type="transformer-big",
        source_languages=("eng",),
        target_languages=ARABIC_VARIETIES,
        target_label=">>ara<<",
        scores=(_flores("eng-ara", _EN_AR_BIG, 29.4),),
        quality_note="best: 29.4 BLEU on FLORES-101 devtest (publisher's figure)",
        rank=30,
    ),
    OpusRelease(
        model_id="opus-mt-ar-en-2021",
        pair="ara-eng",
        release=_AR_EN_BASE,
        release_date="2021-04-30",
        from_code="ar",
        to_code="en",
        model_type="transformer-align",
        source_languages=ARABIC_VARIETIES,
        target_languages=("eng",),
        target_label="",
        scores=(_flores("ara-eng", _AR_EN_BASE, 36.1),),
        quality_note=f"faster: 36.1 BLEU on FLORES-101 devtest (publisher's figure); {ARABIC_NOTE}",
        rank=20,
    ),
)

ARGOS_RANK = 10  # argos packs: ar→en ~29.5, en→ar ~16.5 BLEU on FLORES (Mozilla's evaluation)


class UnknownReleaseError(NashraError):
    """No pinned release has this id."""


def release_by_id(model_id: str) -> OpusRelease:
    """The pinned release ``model_id``.

    Raises:
        UnknownReleaseError: naming the ids there are.
    """
    for release in CATALOG:
        if release.model_id == model_id:
            return release
    known = ", ".join(release.model_id for release in CATALOG)
    raise UnknownReleaseError(model_id, f"no such OPUS-MT model (known: {known})")


def match_release(file_name: str, from_code: str, to_code: str) -> OpusRelease | None:
    """The pinned release a zip is, by its file name and languages (many pairs share a name)."""
    stem = file_name.removesuffix(".zip")
    for release in CATALOG:
        if release.release == stem and (release.from_code, release.to_code) == (from_code, to_code):
            return release
    return None
