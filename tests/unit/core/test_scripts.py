"""Script runs: Arabic and Latin pieces of a mixed line, joined back without loss."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.scripts import script_runs


def test_a_mixed_line_is_cut_where_the_script_changes() -> None:
    runs = script_runs("قال رئيس The Guardian إن 2014 كان ١٢٣ عاما.")
    assert runs == [
        ("قال رئيس ", True),
        ("The Guardian ", False),
        ("إن ", True),
        ("2014 ", False),
        ("كان ١٢٣ عاما.", True),
    ]


def test_leading_punctuation_goes_with_the_first_letter_and_letterless_text_stays_whole() -> None:
    assert script_runs('"الدولة" Daesh') == [('"الدولة" ', True), ("Daesh", False)]
    assert script_runs("... !", arabic_first=True) == [("... !", True)]
    assert script_runs("") == []


@given(st.text(alphabet=st.sampled_from('ab1 .,"عربي١- \u064e'), max_size=40))
def test_runs_join_back_and_alternate(text: str) -> None:
    runs = script_runs(text)
    assert "".join(run for run, _ in runs) == text
    assert all(first[1] != second[1] for first, second in itertools.pairwise(runs))
