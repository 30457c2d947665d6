"""Round 107: everyday people a place, a team or a person describes are nobody named.

Forms (each failed before this round):
- "“…,” Velm parents said.", "“…,” Kessel fans said.", "Velm farmers said …": the people are
  the speakers, and nobody names them (before: the place or team, "Velm", named at 0.4).
- "“…,” said Velm residents.", "“…,” said a Velm resident.", "Lund supporters said the road
  was “…”": the same, with a word both a role and everyday people (before: the description
  "Velm residents" or "Lund supporters" as the speaker).
- A quote that carries such people on ("“…,” Velm parents said. “We are angry.”") has no
  speaker either.

Guards: a body whose name holds such a word ("the Velm Farmers Union", "Velm Residents
Association"), a team ("Kessel Rovers", "the Kessel Miners"), a surname that is a plural
("Ned Brothers"), the police of a place ("Velm police") and a role ("Velm officials", kept as
written as round 100 decided) still speak by their names; a person named beside the people
("Velm farmer Tom Berg", "Tom Berg, a Velm farmer,") or named before them ("the Velm farmer"
after "Tom Berg, a Velm farmer") is that person.

A sentence of 1,500 quotes opened by a participle ("Citing “…”, “…”, …, she said") reads each
quote near it: every quote is found with the main clause's speaker (before: the same answer,
in four times the time, as each quote tokenized the whole sentence; no timing is asserted).

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from tests.speech_cases import only_quotation

LEAD = "Dock repairs\n\nThe harbour board met on Monday to discuss the dock repairs.\n\n"


@pytest.mark.parametrize(
    ("text", "as_written"),
    [
        ("“The road is closed,” Velm parents said.", "Velm parents"),
        ("“The road is closed,” Kessel fans said.", "Kessel fans"),
        ("Velm farmers said the road was “closed for good”.", "Velm farmers"),
        ("“The road is closed,” said Velm residents.", "Velm residents"),
        ("“The road is closed,” said a Velm resident.", "a Velm resident"),
        ("Lund supporters said the road was “closed for good”.", "Lund supporters"),
    ],
)
def test_people_a_name_describes_are_nobody_named(text: str, as_written: str) -> None:
    quote = only_quotation(text, LEAD)
    assert (quote.speaker, quote.speaker_full) == (None, None)
    assert quote.speaker_as_written == as_written


def test_a_quote_carrying_such_people_on_has_no_speaker() -> None:
    found = ct.extract_quotations(LEAD + "“The road is closed,” Velm parents said. “We are angry.”")
    assert [q.text for q in found] == ["The road is closed", "We are angry."]
    assert [q.speaker_full for q in found] == [None, None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The road is closed,” the Velm Farmers Union said.", "Velm Farmers Union"),
        ("“The road is closed,” Velm Residents Association said.", "Velm Residents Association"),
        ("“The road is closed,” Kessel Rovers said.", "Kessel Rovers"),
        ("“The road is closed,” the Kessel Miners said.", "Kessel Miners"),
        ("“The road is closed,” Ned Brothers said.", "Ned Brothers"),
        ("“The road is closed,” Velm police said.", "Velm police"),
        ("“The road is closed,” Velm officials said.", "Velm officials"),
        ("“The road is closed,” Velm farmer Tom Berg said.", "Tom Berg"),
        ("“The road is closed,” Tom Berg, a Velm farmer, said.", "Tom Berg"),
        (
            "Tom Berg, a Velm farmer, spoke on Monday.\n\n"
            "“The road is closed,” the Velm farmer said.",
            "Tom Berg",
        ),
    ],
)
def test_named_bodies_and_people_still_speak(text: str, speaker: str) -> None:
    assert only_quotation(text, LEAD).speaker_full == speaker


def test_each_quote_of_a_long_participle_phrase_keeps_the_main_clause_speaker() -> None:
    quotes = ", ".join(f"“the plan {i} is late”" for i in range(1500))
    text = LEAD + "Ada Lund spoke first.\n\nCiting " + quotes + ", she said the board would act."
    found = ct.extract_quotations(text)
    assert len(found) == 1500
    assert {q.speaker_full for q in found} == {"Ada Lund"}
