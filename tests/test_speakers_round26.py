"""Round 26: a body's whole name across its words, a participle's clause, an inverted verb."""

from __future__ import annotations

import pytest

import claimtrack


def _speaker(text: str, n: int = 0) -> str | None:
    found = claimtrack.extract_quotations(text)
    return found[n].speaker_full or found[n].speaker


def test_a_body_named_end_to_end_speaks_by_its_whole_name() -> None:
    text = (
        "A hospital has declared an incident. Northport University Hospitals NHS Trust said "
        "that a “large number of poorly people” were turning up."
    )
    assert _speaker(text) == "Northport University Hospitals NHS Trust"


def test_a_person_after_a_bodys_name_still_speaks() -> None:
    assert _speaker("“We are ready,” said Harbour Trust chairman Tom Berg.") == "Tom Berg"


def test_a_participles_object_opening_the_sentence_is_no_speaker() -> None:
    text = (
        "Praising Northport, Bergholm admitted there will be a post-mortem. “It was a super "
        "bowling performance,” he said."
    )
    assert _speaker(text) == "Bergholm"


def test_a_name_ending_in_ing_written_mid_sentence_stays_a_name() -> None:
    text = (
        "Fleming Lund, the mayor, spoke first. “It was fine,” he said. The council thanked "
        "Fleming Lund."
    )
    assert _speaker(text) == "Fleming Lund"


@pytest.mark.parametrize(
    "text",
    [
        "Added Tom Berg: “And the sun shines for just a moment on this.”",
        "Said Tom Berg: “And the sun shines for just a moment on this.”",
    ],
)
def test_a_speech_verb_before_the_name_is_no_part_of_it(text: str) -> None:
    assert _speaker(text) == "Tom Berg"


def test_a_first_name_spelt_like_a_verb_stays_when_written_mid_sentence() -> None:
    text = "The marathon was won by Said Ahmed. “We will run again,” said Said Ahmed."
    assert _speaker(text) == "Said Ahmed"


def test_a_cue_verb_capitalised_after_the_quotes_stop_is_no_part_of_the_name() -> None:
    text = "“We are paying the prize money on Friday.” Said Tom Berg, the race director."
    assert _speaker(text) == "Tom Berg"


def test_a_first_name_spelt_like_a_foreign_cue_verb_opens_a_sentence() -> None:
    text = "Kata Varga opened the harbour on Monday. “We are ready,” Varga said."
    assert _speaker(text) == "Kata Varga"


def test_one_word_before_a_first_name_may_be_the_first_name() -> None:
    text = (
        "The acting minister, Aiyaz Sayed Khaiyum, says the suspension is “regrettable”. "
        "“It is apparent,” Sayed Khaiyum said. Sayed Khaiyum also wrote to the chair."
    )
    assert _speaker(text, 1) == "Aiyaz Sayed Khaiyum"


@pytest.mark.parametrize("word", ["Enligt", "Volgens", "Menurut"])
def test_according_to_in_one_word_is_no_part_of_the_name(word: str) -> None:
    text = f"{word} Susanna Falk är det så. “Det är så man ska hantera det,” sa Susanna Falk."
    assert _speaker(text) == "Susanna Falk"


@pytest.mark.parametrize(
    "cue",
    [
        "said Secretary of State Ada Lund",
        "said Minister of Health Ada Lund",
        "posted Northland's Minister of Foreign Affairs and Trade Ada Lund on social media",
    ],
)
def test_a_title_with_its_portfolio_after_the_cue_is_the_persons(cue: str) -> None:
    assert _speaker(f"“Our clerks did an outstanding job,” {cue}.") == "Ada Lund"


def test_the_minister_of_a_place_in_lower_case_stays_a_description() -> None:
    (q,) = claimtrack.extract_quotations("“We are ready,” said the minister of the harbour.")
    assert (q.speaker_full, q.resolution) == (None, "description")
    assert q.speaker_as_written == "the minister of the harbour"


def test_a_role_named_before_a_double_portfolio_and_the_name() -> None:
    text = (
        "Tánaiste and Minister for Foreign Affairs and Minister for Defence, Ada Lund TD, will "
        "attend the meeting. Speaking ahead of it, the Tánaiste said: “The war must end.”"
    )
    assert _speaker(text) == "Ada Lund"


def test_a_name_set_off_after_a_title_and_a_comma_with_more_words_after_it() -> None:
    text = (
        "“Further decisions will depend on the outlook,” says Governor of the Northport Bank, "
        "Prof. Ada Lund in an interview for the harbour daily."
    )
    assert _speaker(text) == "Ada Lund"


def test_tan_is_a_surname_and_tan_sri_a_title() -> None:
    text = "Marcus Tan founded the harbour app.\n\n“They were unhappy for sure,” Tan says."
    assert _speaker(text) == "Marcus Tan"
    assert _speaker("“We will win,” said Tan Sri Ada Lund.") == "Ada Lund"
