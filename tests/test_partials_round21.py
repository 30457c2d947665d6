"""Partial quotes, round 21: one quoted word as a speaker's judgment.

A single quoted word is usually a term ("the so-called “reset”"), so it is left out unless a
speech or judging verb introduces it as a judgment through "as" ("described the figure as
“horrendous”"; "calificó el plan de «vergonzoso»"), a dozen words back at most. "known as",
"such as" and naming verbs ("dubbed it “Bulldozer”") introduce terms and names, not words said.
One quoted word stays below the sure band.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        (
            "President Ada Lundqvist blasted the harbour dues set for the coming winter season "
            "as “absurd” on Tuesday.",
            "absurd",
            "Ada Lundqvist",
        ),
        (
            "Mayor Tom Bergholm described the ferry timetable as “shameful” at the meeting.",
            "shameful",
            "Tom Bergholm",
        ),
        (
            "El alcalde Tomás Berga calificó el plan del puerto de «vergonzoso» en la radio.",
            "vergonzoso",
            "Tomás Berga",
        ),
    ],
)
def test_one_word_judged_through_as_is_the_speaker_s(text: str, word: str, speaker: str) -> None:
    (quote,) = [q for q in ct.extract_quotations(text) if q.text == word]
    assert quote.speaker_full == speaker
    assert quote.confidence < 0.8


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Tom Bergholm said the new policy, known as “austerity”, would start in May.",
        "Mayor Tom Bergholm said that reforms such as “rezoning” would take years.",
        "Mayor Tom Bergholm dubbed the new ferry as “Seagull” at the launch.",
        "The timetable was described in the report as “provisional” by the harbour office.",
    ],
)
def test_one_word_terms_and_names_are_not_speech(text: str) -> None:
    found = ct.extract_quotations(text)
    assert not any(len(q.text.split()) == 1 and q.speaker_full == "Tom Bergholm" for q in found)
