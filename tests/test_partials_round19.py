"""Partial quotes, round 19: a judgment introduced by "como", "comme", "de" after a verb of
judging, and a demand after "called for"."""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations


@pytest.mark.parametrize(
    ("lead", "sentence", "quote"),
    [
        (
            "Le ministre Ada Lund a présenté le budget mercredi.",
            "Lund a qualifié le budget de «plan historique pour le pays».",
            "plan historique pour le pays",
        ),
        (
            "El ministro Ada Lund presentó el presupuesto.",
            "Lund calificó el plan como “muy difícil” para la provincia.",
            "muy difícil",
        ),
        (
            "El ministro Ada Lund presentó el presupuesto.",
            "Lund definió la tormenta como “la peor del siglo en el puerto”.",
            "la peor del siglo en el puerto",
        ),
        (
            "Councillor Ada Lund wrote to the Executive on Tuesday.",
            "She also called for “assurances that staff and beds will not be cut”.",
            "assurances that staff and beds will not be cut",
        ),
    ],
)
def test_a_judgment_or_a_demand_in_quotes_is_the_speakers(
    lead: str, sentence: str, quote: str
) -> None:
    found = {q.text: q.speaker_full for q in extract_quotations(f"{lead}\n\n{sentence}\n")}
    assert found == {quote: "Ada Lund"}


def test_de_without_a_verb_of_judging_is_no_cue() -> None:
    page = "Le ministre Ada Lund a présenté le budget.\n\nLe budget est de «plusieurs milliards»."
    assert [q.speaker_full for q in extract_quotations(page + "\n") if q.speaker_full] == []
