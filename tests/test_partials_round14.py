"""Round 14: partial quotes a speech verb governs from further off, and a speaker described
through someone else's name (invented articles)."""

from __future__ import annotations

import pytest

import claimtrack as ct


def _quotes(sentence: str) -> list[ct.Quotation]:
    return list(ct.extract_quotations(f"Harbour news\n\n{sentence}\n"))


def test_a_verb_of_speaking_with_of_governs_the_quote() -> None:
    (quote,) = _quotes('Ada Lund, the harbour master, has warned of "mass delays" this winter.')
    assert (quote.text, quote.speaker_full) == ("mass delays", "Ada Lund")


def test_described_as_a_phrase_is_a_judgement_said() -> None:
    (quote,) = _quotes("Tomas Berg described the plan as a “blunt instrument” and left.")
    assert (quote.text, quote.speaker_full) == ("blunt instrument", "Tomas Berg")


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials described the pact as the “union state” of the two countries.",  # a name
        "The report described the port as a “hub” of trade.",  # one word: a term
    ],
)
def test_a_name_or_a_term_after_described_as_is_no_speech(sentence: str) -> None:
    assert _quotes(sentence) == []


def test_a_participle_after_a_comma_speaks_for_the_main_subject() -> None:
    text = (
        "Le sélectionneur Nabil Kaba a parlé lundi.\n\n"
        "Kaba a vivement critiqué l’arbitrage, estimant que l’arbitre « a commis une erreur "
        "grave en ne sifflant pas ».\n"
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Nabil Kaba"
    assert quote.confidence < 0.8


@pytest.mark.parametrize(
    "sentence",
    [
        "A friend of Ada Lund said: “She was always kind to everyone she met.”",
        "“She was always kind to everyone she met,” a friend of Ada Lund said.",
        "The lawyer for Ada Lund said: “She is innocent of all the charges.”",
    ],
)
def test_a_description_through_a_name_is_not_that_person(sentence: str) -> None:
    (quote,) = _quotes(sentence)
    assert quote.speaker_full != "Ada Lund"
    assert quote.confidence < 0.8


def test_a_name_before_its_institution_still_speaks() -> None:
    (quote,) = _quotes("Dr. Ada Lind of the University of Northport said: “It is rare.”")
    assert quote.speaker_full == "Ada Lind"


def test_a_participle_after_a_cue_goes_on_with_the_cues_speaker() -> None:
    quotes = _quotes(
        "“The world faces hard times,” the President said, urging crews to see that "
        "“ferries armed with new engines are the future of the coast”."
    )
    assert [q.speaker_full for q in quotes] == ["President", "President"]
    assert quotes[1].confidence < 0.8
