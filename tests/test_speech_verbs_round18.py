"""Verbs of saying, round 18: Finnish, Estonian and Hebrew forms close a quote as its cue."""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations


@pytest.mark.parametrize(
    ("page", "cue"),
    [
        ("– Avaamme sataman tänä vuonna ja aloitamme työt, sanoi Ada Lund.\n", "sanoi"),
        ("„Avame sadama sel aastal ja alustame töödega“, ütles Ada Lund.\n", "ütles"),
        ('"אנחנו נפתח את הנמל השנה ונתחיל בעבודות", אמרה עדה לונד.\n', "אמרה"),
    ],
    ids=["Finnish", "Estonian", "Hebrew"],
)
def test_a_finnish_estonian_or_hebrew_verb_of_saying_is_a_cue(page: str, cue: str) -> None:
    (quote,) = extract_quotations(page)
    assert quote.cue == cue
