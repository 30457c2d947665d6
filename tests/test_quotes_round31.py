"""Round 31: "address" announces a text only as a noun ("the minister's televised address
follows:"); "must address the following questions:" announces a list, not a speech."""

from __future__ import annotations

import claimtrack

_QUESTIONS = (
    "The health minister gave a communication to parliament on Monday.\n\n"
    "The risk assessment must address the following questions:\n\n"
    "  1. What is the likely impact of adjusting public health measures on the risk of cases?\n"
    "  2. Is the public health system able to identify, isolate, and care for cases?\n\n"
    "Indicators for the risk assessment are as follows.\n"
)

_ADDRESS = (
    "The minister spoke to the nation on Monday night. Below is her televised address in "
    "full:\n\n"
    "Good evening. Tonight I want to speak to you about the harbour and its future.\n\n"
    "We will rebuild the quay and open it to every boat in Northport by the spring.\n"
)


def test_a_verb_address_announces_no_text() -> None:
    assert claimtrack.extract_quotations(_QUESTIONS, learned=False) == ()


def test_a_noun_address_announces_its_text() -> None:
    found = claimtrack.extract_quotations(_ADDRESS, learned=False)
    assert [q.kind for q in found] == ["block", "block"]


_BELOW = (
    "The Ministry of Harbours has answered concerns over the outbreak in Northport.\n\n"
    "Dr Ada Lund released the statement below to address the public’s concerns.\n\n"
    "The suspected cases came out of Kaboowa parish. Immediately, the health workers at the "
    "harbour clinic gave the patients medical care.\n\n"
    "Fortunately, there are no cases in the other districts of the city so far.\n"
)


def test_a_sentence_putting_the_statement_below_announces_it() -> None:
    found = claimtrack.extract_quotations(_BELOW, learned=False)
    assert [q.kind for q in found] == ["block", "block"]
    assert {q.speaker_full for q in found} == {"Ada Lund"}


_FROM_BODY = (
    "NORTHPORT — The police on Saturday issued a statement accusing the media of misreporting "
    "a case now before the court.\n\n"
    "The statement from the Harbour Communication Network (HCN), the information arm of the "
    "Northport Constabulary, reads:\n\n"
    "The Police are expressing serious concerns about the manner in which the media are "
    "reporting on a case currently before the court.\n\n"
    "This week alone they reported that the Police are to be blamed for a disc that went "
    "missing, which never came out in court.\n"
)


def test_a_statement_from_a_body_is_the_bodys_and_they_reported_is_no_narrator() -> None:
    found = claimtrack.extract_quotations(_FROM_BODY, learned=False)
    assert [q.kind for q in found] == ["block", "block"]
    assert {q.speaker_full for q in found} == {"Harbour Communication Network"}


def test_well_below_and_below_before_the_text_announce_nothing() -> None:
    text = (
        "Northland president Ada Lund says the declaration is recognition of the growing "
        "seriousness for farmers of well-below-normal rainfall.\n\n"
        "The declaration also applies to four more regions, and follows the same status "
        "being called in the west in February.\n"
    )
    assert claimtrack.extract_quotations(text, learned=False) == ()


_REACTION = (
    "Northland coach Tomas Berg revealed their winner was something they had practised, as "
    "Southland came to terms with a defeat.\n\n"
    "Tomas Berg, Northland coach\n\n"
    "There are no lucky goals! We had a lot of training camps, and set-pieces were a big part "
    "of them.\n\n"
    "We didn't show Southland too much respect. They are a good team with very good players.\n"
)


def test_words_under_a_line_naming_their_speaker_and_role_are_theirs() -> None:
    found = claimtrack.extract_quotations(_REACTION, learned=False)
    assert [(q.kind, q.speaker_full) for q in found] == [("block", "Tomas Berg")] * 2
    assert all(q.confidence < 0.8 for q in found)


def test_a_caption_naming_a_person_over_third_person_prose_is_no_speakers_line() -> None:
    text = (
        "Ada Lund, Northport mayor\n\n"
        "The mayor opened the new harbour wall on Monday, the council said in a release.\n"
    )
    assert claimtrack.extract_quotations(text, learned=False) == ()
