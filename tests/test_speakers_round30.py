"""Round 30: a relative clause's speaker ("… by MP Ada Lund, who said"), what a title owns
("Prime Minister's Questions") as no person, and a hyphenated surname as no longer form of the
surname it ends with."""

from __future__ import annotations

import claimtrack
from claimtrack.aids.name_index import NameIndex

_PMQS = (
    "The matter was raised during Prime Minister's Questions on Wednesday by Harbour Party MP "
    'for Northport Ada Lund, who said local farmers were "taking hit after hit".\n\n'
    '"Over 500 farms rely on summer trading," she said.\n\n'
    'Lund called on the government to "work with us on a scheme to compensate for losses".\n\n'
    "The rules were announced by Rural Affairs Secretary Tom Berg-Lund last month.\n"
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=False)]


def test_a_name_before_who_said_speaks_and_a_titles_questions_are_nobody() -> None:
    assert _speakers(_PMQS) == ["Ada Lund", "Ada Lund", "Ada Lund"]


def test_a_hyphenated_surname_is_no_longer_form_of_its_last_part() -> None:
    assert NameIndex(_PMQS).full_name("Lund") == "Ada Lund"
    assert NameIndex(_PMQS).full_name("Berg-Lund") == "Tom Berg-Lund"


def test_where_a_body_is_based_is_no_part_of_its_name() -> None:
    text = (
        "Egypt and Sudan will meet Harbour Union officials if Northport’s “intransigence” over "
        "the dam continues, London-based Harbour Wire TV has reported on Wednesday.\n"
    )
    (quote,) = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full == "Harbour Wire TV"


_LETTER = (
    "On Harbour Teachers Day, the union heard from the head of a large school in Northport. "
    "Here is the principal's letter to us ...\n\n"
    "I am the principal of a large primary school in Northport.\n\n"
    "We are well supported by our board, who are conscious of our concerns and have responded "
    "with the support we needed.\n\n"
    "I am dismayed at how little the government has listened to teachers this year.\n"
)


def test_a_letter_announced_with_here_is_is_given_as_blocks() -> None:
    found = claimtrack.extract_quotations(_LETTER, learned=False)
    assert [q.kind for q in found] == ["block", "block", "block"]
    assert found[1].text.startswith("We are well supported")
    assert {q.speaker for q in found} == {None}  # the principal is never named


_STATEMENT = (
    "Foreign Minister Ada Lund signed the harbour accord in Northport on Friday.\n\n"
    "BELOW IS THE FULL STATEMENT BY FOREIGN MINISTER ADA LUND\n\n"
    "Good afternoon.\n\n"
    "On behalf of the government, I want to thank our partners for making this accord possible "
    "after years of talks.\n\n"
    "Today we are talking about the real issues that must be addressed for a lasting peace.\n"
)


def test_a_statement_a_heading_in_capitals_announces_is_its_speakers() -> None:
    found = claimtrack.extract_quotations(_STATEMENT, learned=False)
    assert [q.text[:10] for q in found] == ["Good after", "On behalf ", "Today we a"]
    assert {q.speaker_full for q in found} == {"Ada Lund"}
    assert all(q.kind == "block" and q.confidence < 0.8 for q in found)


def test_a_report_of_the_statement_is_no_statement() -> None:
    report = _STATEMENT.replace("Good afternoon.", "Lund said the accord was a good start.")
    assert [q.kind for q in claimtrack.extract_quotations(report, learned=False)] == []


def test_a_bodys_name_runs_on_over_two_of_phrases() -> None:
    text = (
        "The Northern Office for the Coordination of Harbour Affairs warned of more floods.\n\n"
        "“Some 10,000 people have been affected,” the Office said.\n"
    )
    (quote,) = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full == "Northern Office for the Coordination of Harbour Affairs"


def test_a_family_name_after_a_title_grows_to_a_given_name_of_two_syllables() -> None:
    text = (
        "Associate Professor Leo Mei Lin, who directs the harbour clinic, said the peak was near."
        "\n\nAssoc Prof Leo said: “We need to stay vigilant against mosquito breeding.”\n"
    )
    assert NameIndex(text).full_name("Leo") == "Leo Mei Lin"
    # ("President Grant" of "Grant Holloway" stays a surname: tests/test_speakers_round8.py)


def test_a_role_of_something_no_body_is_the_one_person_named_with_that_role() -> None:
    text = (
        "When young Northland director Ada Lund met the film-maker Tom Berg at the festival, "
        "she took his advice.\n\n"
        "“We need more festivals like this,” says the director of Harbour Lights, a film set in "
        "a port town.\n"
    )
    (quote,) = claimtrack.extract_quotations(text, learned=False)
    assert (quote.speaker_full, quote.resolution) == ("Ada Lund", "role")
    assert quote.confidence < 0.8


def test_a_role_at_another_body_is_nobody_named() -> None:
    text = (
        "Tom Berg, head of the port authority, opened the meeting.\n\n"
        "“We will strike on Monday,” said the head of the teachers' union.\n"
    )
    (quote,) = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full != "Tom Berg"


def test_a_cue_naming_someone_after_two_modifiers_and_a_nationality() -> None:
    text = (
        "The festival opened on Monday with a record crowd.\n\n"
        "“This is the only festival where people talk to you about your film,” says veteran "
        "Brazilian filmmaker Ada Lund, the chairman of the jury.\n"
    )
    (quote,) = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full == "Ada Lund"
