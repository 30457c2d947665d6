"""Round 54: names run into roles, roles joined by "and", and two people speaking together.

- "said Peter Hale Police and Crime Commissioner": the phrase after the verb goes on past an
  "and" inside a role's title, so the name before the role speaks ("Peter Hale Police" before).
- "Ada Lund Cabinet Member for Housing said": a public body's word after a name opens her
  role; a body's word that bodies are named after ("Tom Berg Foundation Director") still does
  not.
- "Prime Minister Ada Lund’s spokesman": a description keeps its whole run of capitals.
- "Lind and Berg said “…”", "Mayor Ada Lind and council leader Tomas Berg said": the pair speaks
  (it already did when the cue came after the quote).

Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.forward_phrases import np_forward
from claimtrack.text.tokens import tokenize

_QUOTE = "“the figures are deeply worrying for everyone”."
_SAID = "“The figures are deeply worrying for everyone,”"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"{_SAID} said Peter Hale Police and Crime Commissioner.", "Peter Hale"),
        (f"{_SAID} said Ada Lund Health and Social Care Secretary.", "Ada Lund"),
        (f"Ada Lund Cabinet Member for Housing said {_QUOTE}", "Ada Lund"),
        (f"Tom Berg County Council Leader said {_QUOTE}", "Tom Berg"),
        (f"Peter Hale Police and Crime Commissioner said {_QUOTE}", "Peter Hale"),
    ],
)
def test_the_name_before_its_role_speaks(text: str, speaker: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == speaker


@pytest.mark.parametrize("body", ["Foundation", "Institute", "Trust"])
def test_a_body_named_after_a_person_still_holds_the_role(body: str) -> None:
    (found,) = ct.extract_quotations(f"Tom Berg {body} Director said {_QUOTE}")
    assert found.speaker_full != "Tom Berg"


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("said Peter Hale Police and Crime Commissioner.", 6),
        ("said Ada Lund and Deputy Mayor Tom Berg.", 2),  # "and" joins two people
        ("said Ada Lund and Tom Berg Chief Executive.", 2),  # a name in the run: a person
        ("said Tom Berg and his wife.", 2),
        ("said Ada Lund and Tom Berg.", 2),  # the run after "and" is a name
    ],
)
def test_the_phrase_after_the_verb_goes_past_and_only_inside_a_role(
    phrase: str, words: int
) -> None:
    toks = tokenize(phrase)
    assert len(np_forward(phrase, toks, 1) or []) == words


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"Prime Minister Ada Lund’s spokesman said {_QUOTE}",
            "Prime Minister Ada Lund’s spokesman",
        ),
        (
            f"{_SAID} said Prime Minister Ada Lund’s spokesman.",
            "Prime Minister Ada Lund’s spokesman",
        ),
        (f"{_SAID} said the Northport Harbour Board deputy chief executive.", None),
    ],
)
def test_a_description_keeps_its_whole_run_of_capitals(text: str, speaker: str | None) -> None:
    (found,) = ct.extract_quotations(text)
    if speaker is None:  # the body's whole name before the lower-case role
        assert found.speaker_full is not None
        assert found.speaker_full.startswith("Northport Harbour Board")
    else:
        assert found.speaker_full == speaker


_MET = "Tomas Berg and Ada Lind met in Velm.\n\n"
_BRIDGE = "“we will rebuild the bridge”."


@pytest.mark.parametrize(
    "cue",
    [
        f"Lind and Berg said {_BRIDGE}",
        "Ada Lind and Tomas Berg said in a joint statement that they would “rebuild the bridge”.",
        f"Mayor Ada Lind and council leader Tomas Berg said {_BRIDGE}",
        "“We will rebuild the bridge,” Mayor Ada Lind and council leader Tomas Berg said.",
    ],
)
def test_two_people_joined_by_and_before_the_verb_speak_together(cue: str) -> None:
    found = ct.extract_quotations(_MET + cue)[-1]
    assert found.speaker_full == "Ada Lind and Tomas Berg"
    assert found.confidence < 0.8  # a pair is never sure


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        (f"Ada Lind and her husband said {_BRIDGE}", "Ada Lind"),
        (f"After meeting Lind and Berg said {_BRIDGE}", "Tomas Berg"),  # the pair is the object
    ],
)
def test_and_that_joins_no_two_speakers_gives_one(cue: str, speaker: str) -> None:
    found = ct.extract_quotations(_MET + cue)[-1]
    assert found.speaker_full == speaker


_FIRST = ["Ada", "Tomas", "Maria", "Peter", "Helen", "David"]
_SURNAME = ["Lind", "Berg", "Hale", "Quint", "Moss", "Varga"]


@given(
    st.sampled_from(_FIRST),
    st.sampled_from(_SURNAME),
    st.sampled_from(["Police and Crime Commissioner", "Health and Social Care Secretary"]),
)
def test_any_name_before_a_role_joined_by_and_speaks(first: str, surname: str, role: str) -> None:
    (found,) = ct.extract_quotations(f"{_SAID} said {first} {surname} {role}.")
    assert found.speaker_full == f"{first} {surname}"


_COUNCIL = "Northport Council voted on the harbour plan on Monday. "


@pytest.mark.parametrize(
    "cue",
    [
        "“The plan is on track,” a council statement said.",
        "A council statement said the plan was “on track”.",
        "“The plan is on track,” the council press release said.",
    ],
)
def test_a_bodys_document_speaks_as_the_body_does(cue: str) -> None:
    # As "the council said": the council the article named, or the description alone.
    named = ct.extract_quotations(_COUNCIL + cue)[-1]
    assert named.speaker_full == "Northport Council"
    (alone,) = ct.extract_quotations(cue)
    assert (alone.speaker_full, alone.resolution) == ("council", "description")


def test_a_document_with_no_body_named_before_it_has_no_speaker() -> None:
    (found,) = ct.extract_quotations("“The plan is on track,” the statement said.")
    assert found.speaker_full is None
