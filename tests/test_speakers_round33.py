"""Round 33: an office held at a body names the person written after the body's name.

"President of the Republic of Northland Tom Berg said", "The Minister of Foreign Affairs of
Northland Tom Berg said:", "Deputy Director General of the Ministry of Health Prof. Ada Lund
blasted …, saying": the speaker is the person, not the body's name run into theirs, nor the
office cut at its "of"."""

from __future__ import annotations

import pytest

import claimtrack


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=False)]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We will sail," President of the Republic of Northland Tom Berg said on Monday.',
        '"We will sail," the Minister of Foreign Affairs of Northland Tom Berg said.',
        'The Minister of Foreign Affairs of Northland Tom Berg said: "We will sail."',
        'Minister of Foreign Affairs of Northland Tom Berg said: "We will sail."',
        'The Secretary of the Treasury of Northland Tom Berg said: "We will sail."',
    ],
)
def test_the_person_after_an_office_held_at_a_body_speaks(sentence: str) -> None:
    assert _speakers(f"Harbour talks\n\n{sentence}\n") == ["Tom Berg"]


def test_a_titled_name_after_the_bodys_own_words_speaks() -> None:
    text = (
        "Harbour tests\n\nDeputy Director General of the Ministry of Health Prof. Ada Lund "
        "blasted the board, saying “we’ll find a way to respond,” on Monday.\n"
    )
    assert _speakers(text) == ["Ada Lund"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # no person after the body: the office speaks, as before
        ('The Secretary of the Treasury of Northland said: "We will sail."', "Secretary"),
        # a body whose name runs on, with no title before it, is one body
        ('"We sell," Bank of Northland Harbour Lending said.', "Bank of Northland Harbour Lending"),
    ],
)
def test_with_no_title_or_no_person_the_reading_is_unchanged(sentence: str, speaker: str) -> None:
    assert _speakers(f"Harbour talks\n\n{sentence}\n") == [speaker]
