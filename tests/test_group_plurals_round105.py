"""Round 105: people named only as a group ("Economists said", "Opposition deputies said").

Forms (each failed before this round):
- "Economists said the costs were “out of control”", "Two economists said …", "Some
  scientists warned …": a role's plural that the word lists hold only in the singular (before:
  the quote was not found at all; a short partial with no speaker is taken for a scare quote).
- "The researchers said: “…”" and "“…,” said the economists": the group is the cue's subject
  (before: no speaker as written, read as no one at the cue).
- "Deputies said", "Spokesmen said", "Fishermen said": plurals in "-ies" and "-men" (before:
  each read as a surname, "named" at 0.4).
- "Local councillors said", "Opposition deputies said": a capital that only opens the
  sentence, before a plural of people, is no name (before: "Local" and "Opposition" named at
  0.4); the phrase is a description, kept as written like "Health officials" (round 83).
- "“It is a farce,” opposition deputies said.": the group after the quote (before: no cue).
- "Officials said the plan was “reckless”": no one is named, as "“…,” officials said" already
  read (before: the speaker was "Officials", only because its capital opens the sentence).

Guards: a body opening the sentence ("Police said") keeps its name; a surname that is a plural
noun ("Ned Brothers … Brothers said") and a team ("Kessel Rovers … The Rovers said") stay
named; a person named before ("Tom Baker, a lawyer") is not the "Lawyers" who speak later; a
capitalised place before a role ("Velm officials") stays as written (before everyday people,
"Velm residents", it names no one since round 107).

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from tests.speech_cases import only_quotation

LEAD = "Dock repairs\n\nThe harbour board met on Monday to discuss the dock repairs.\n\n"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Economists said the costs were “out of control” by spring.", "Economists"),
        ("Two economists said the costs were “out of control” by spring.", "Two economists"),
        ("Some scientists warned the plan was “reckless” from the start.", "Some scientists"),
        ("Researchers said the data were “unreliable” for now.", "Researchers"),
        ("Councillors said the costs were “out of control” by spring.", "Councillors"),
        ("Deputies said the vote was “a farce” from the start.", "Deputies"),
        ("Spokesmen said the plan was “a mess” from the start.", "Spokesmen"),
        ("Fishermen said the quota was “a death sentence” for the port.", "Fishermen"),
        ("Officials said the plan was “reckless” from the start.", "Officials"),
        ("The researchers said: “The data are not good enough yet.”", "researchers"),
        ("“The data are not good enough yet,” said the economists.", "the economists"),
        ("“It is a farce,” opposition deputies said.", "opposition deputies"),
    ],
)
def test_people_named_only_as_a_group_speak_unnamed(text: str, written: str) -> None:
    found = only_quotation(text, LEAD)
    assert found.speaker_as_written == written
    assert found.resolution == "description"
    assert found.speaker is None and found.speaker_full is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Local councillors said the costs were “out of control”.", "Local councillors"),
        ("Opposition deputies said the vote was “a farce” on Monday.", "Opposition deputies"),
    ],
)
def test_a_sentence_opening_capital_before_a_group_is_no_name(text: str, written: str) -> None:
    found = only_quotation(text, LEAD)
    assert (found.speaker_as_written, found.resolution) == (written, "description")
    assert found.speaker_full == written


def test_the_group_goes_on_as_they() -> None:
    text = "Economists said the costs were “out of control”. “We warned them in May,” they added."
    first, second = ct.extract_quotations(LEAD + text)
    assert first.speaker_as_written == "Economists" and first.speaker_full is None
    assert second.speaker_full is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police said the road was “closed until further notice”.", "Police"),
        (
            "Ned Brothers runs the farm. Brothers said the yard was “open for business”.",
            "Ned Brothers",
        ),
        (
            "Kessel Rovers lost again. The Rovers said the result was “hard to take”.",
            "Kessel Rovers",
        ),
        (
            "Velm officials said the road was “a disgrace” after the storm.",
            "Velm officials",
        ),
    ],
)
def test_bodies_names_and_places_keep_their_speaker(text: str, speaker: str) -> None:
    assert only_quotation(text, LEAD).speaker_full == speaker


def test_a_person_named_before_is_not_the_group() -> None:
    text = "Tom Baker, a lawyer, spoke first.\n\nLawyers said the plan was “a mess” from the start."
    found = only_quotation(text, LEAD)
    assert found.speaker_as_written == "Lawyers"
    assert found.speaker_full is None
