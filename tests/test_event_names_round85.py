"""Round 85: an event's name is no speaker.

- "…on the road to the Northport Men's World Cup Kessel 2018. “With all the top teams…”"
  (before: "World Cup Kessel", read as a person's name, was the speaker of the quote after it).
  A name chunk holding an event's head word (Cup, Games, Festival, Trophy, Championship…)
  names an event: it is no person, so it is no candidate speaker.

Guards: a title or role after the event's word still leaves the person ("Olympics Minister Ada
Lund", "Davis Cup captain Tom Berg"); a surname that only starts like an event's word
("Cupid") is still a name. Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from tests.speech_cases import chunk_kinds, only_quotation, speaker_of

LEAD = "Harbour plan delayed\n\n"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("on the road to the World Cup Kessel 2018 next year", "World Cup Kessel"),
        ("tickets for the Velm Book Festival sold out", "Velm Book Festival"),
        ("they lifted the Kessel Trophy on Sunday", "Kessel Trophy"),
        ("the Eastwick Championships start in May", "Eastwick Championships"),
        ("after the Northport Games in July", "Northport Games"),
    ],
)
def test_an_event_name_names_nobody(text: str, event: str) -> None:
    assert (event, "title") in chunk_kinds(text)
    assert all(kind != "person" for _, kind in chunk_kinds(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Olympics Minister Ada Lund said", "Ada Lund"),
        ("Davis Cup captain Tom Berg said", "Tom Berg"),
        ("Festival director Eva Berg said", "Eva Berg"),
        ("Tom Cupid said", "Tom Cupid"),
    ],
)
def test_a_person_next_to_an_event_word_is_still_a_person(text: str, person: str) -> None:
    assert (person, "person") in chunk_kinds(text)


def test_the_quote_after_an_event_name_is_not_the_events() -> None:
    text = (
        "The Velm hockey team lost in the semi-final, and coach Tom Berg said, “Every player "
        "must own their mistakes. We talked about it at length after the match.”\n\n"
        "The players know that only a win can change the mood on the road to the World Cup "
        "Kessel 2018. “With all the top teams coming to Harbour next month, we must be at our "
        "best every day.”"
    )
    quotes = ct.extract_quotations(LEAD + text)
    assert [q.speaker_full for q in quotes] == ["Tom Berg", "Tom Berg"]


def test_a_minister_for_the_games_still_speaks() -> None:
    text = "“We are ready for the visitors,” said Olympics Minister Ada Lund on Monday."
    assert speaker_of(text, LEAD) == "Ada Lund"
    assert only_quotation(text, LEAD).resolution != "model"
