"""Round 39: speakers found on a new studied batch (tune38) and the last one's leftovers.

A nickname in quotes inside a name ("Ezekiel ‘Ziggy’ Cameron", "Earvin “Magic” Johnson") is part
of the run of the name, not a stop: the speaker is the person, named without the nickname.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack


def _speakers(text: str, learned: bool = False) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=learned)]


_NICKNAMED = ["Ezekiel ‘Ziggy’ Cameron", "Ezekiel “Ziggy” Cameron", "Ezekiel 'Ziggy' Cameron"]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("name", _NICKNAMED)
@pytest.mark.parametrize(
    "template",
    [
        "Head coach {name} said: “We started slow, but we kept working all season.”",
        "“We started slow, but we kept working all season,” said {name}.",
        "“We started slow, but we kept working all season,” said coach {name}.",
        "Under 13s Head Coach, {name} “We started slow, but we kept working all season.”",
    ],
)
def test_a_nickname_in_quotes_is_inside_the_name(template: str, name: str, learned: bool) -> None:
    assert _speakers(template.format(name=name), learned) == ["Ezekiel Cameron"]


def test_the_nickname_is_not_taken_for_a_quotation() -> None:
    text = "Earvin “Magic” Johnson told reporters: “We started slow, but we kept working.”"
    quotes = claimtrack.extract_quotations(text)
    assert [q.text for q in quotes] == ["We started slow, but we kept working."]
    assert quotes[0].speaker_full == "Earvin Johnson"
    assert quotes[0].speaker_as_written == "Earvin “Magic” Johnson"


def test_a_quoted_title_before_a_name_stays_apart() -> None:
    # "the ‘Grand Plan’ Ada Lund …": a quoted phrase after a lower-case word is not a nickname
    text = "She called it the ‘Grand Plan’. “It is nonsense,” said Ada Lund."
    assert _speakers(text) == ["Ada Lund"]


def test_a_bare_surname_means_the_person_introduced_before_it() -> None:
    # A second John is named later, with a nickname: "John said" still means the magistrate.
    text = (
        "Senior Magistrate Colin John dismissed the explanation given by the defence.\n\n"
        "“I think this is a very serious offence,” John said.\n\n"
        "The accused was charged along with Dolton “Degree” John, a 32-year-old fisherman."
    )
    assert _speakers(text) == ["Colin John"]


def test_two_people_introduced_before_the_bare_surname_stay_apart() -> None:
    text = (
        "Ada Lund and her husband Ivo Lund have run the farm since 1990.\n\n"
        "“It is hard work, every single day of the year,” Lund said."
    )
    assert _speakers(text) != ["Ada Lund"] and _speakers(text) != ["Ivo Lund"]


def test_she_is_the_woman_of_the_surname_not_the_one_introduced_first() -> None:
    # (a guard: the bare surname means the baby, introduced first; "she" means his mother)
    text = (
        "Champ Traegan Lund, born at 1:02 a.m. on Sunday, was the first baby of the year.\n\n"
        "Lund was not only the first baby of the year but also an early gift for his parents,"
        " students Clint and Alexa Lund, both of whom were visiting Alexa’s family.\n\n"
        "“I was one day shy of being at 37 weeks along,” she said after the birth."
    )
    assert _speakers(text) == ["Alexa Lund"]


def test_a_speech_page_of_a_possessive_cover_is_the_person_s(tmp_path: Path) -> None:
    text = (
        "Full extract of President Ada Lund's speech to the nation\n\n"
        "Good evening my fellow countrymen and women. It is a great privilege to address you.\n\n"
        "Five days ago, all of us bade farewell to our late president. I thank you all.\n\n"
        "I would like tonight to thank the family of our departed president and our people.\n"
    )
    (tmp_path / "speech.txt").write_text(text, encoding="utf-8")
    quotes = claimtrack.extract_quotations(claimtrack.load_article(tmp_path / "speech.txt"))
    assert quotes and {q.speaker_full for q in quotes} == {"Ada Lund"}
