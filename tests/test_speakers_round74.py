"""Round 74: a spokesperson the article never names, a body called a board, and the cue that
closes a quote of several paragraphs.

- "A spokesperson for the Velm Wind Action Group said …" and later "“…,” the spokesperson
  said." is the group's word (before: the person the page named most, or "Board" of
  "Northport Planning Board", as the story's main subject).
- "Northport Planning Board" is a body's name, not a person called "Board" (before: "Planning"
  read as a title before a surname).
- The closing paragraph of a quote set over several paragraphs names its own speaker at its cue
  ("“… | “…,” Ada Lund said."): the words at the cue and how they named her (before: carried
  on from the opening paragraph, with no words of its own). The opening paragraphs stay that
  speaker's; the speaker model may not change them (before: it gave them to a body it read as
  a person).

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from tests.speech_cases import only_quotation

_LEAD = "Velm wind farm refused\n\n"
_BODY_FIRST = (
    "In a decision issued on Tuesday, the Northport Planning Board refused permission.\n\n"
)
_PERSON_FIRST = "In a decision issued on Tuesday, Ada Lund refused permission.\n\n"
_QUOTE = "“This emboldens us in our resistance to the larger proposal,” the {role} said."


@pytest.mark.parametrize("before", [_BODY_FIRST, _PERSON_FIRST])
@pytest.mark.parametrize(
    ("introduced", "role"),
    [
        (
            "A spokesperson for the Velm Wind Action Group said the group was pleased.",
            "spokesperson",
        ),
        ("A Velm Wind Action Group spokeswoman said the group was pleased.", "spokeswoman"),
        ("A spokesman for the Velm Wind Action Group said it would fight on.", "spokesman"),
    ],
)
def test_the_unnamed_spokesperson_speaks_for_the_body(
    before: str, introduced: str, role: str
) -> None:
    q = only_quotation(before + introduced + "\n\n" + _QUOTE.format(role=role), _LEAD)
    assert q.speaker_full == "Velm Wind Action Group"
    assert q.resolution == "organisation"


def test_a_spokeswoman_named_with_her_role_is_still_herself() -> None:
    """Guard: the unnamed spokesperson does not outrank one the article names as such."""
    text = (
        "Ada Lund, the council’s spokeswoman, spoke to reporters on Tuesday.\n\n"
        "A spokesperson for the Velm Harbour Group said it was pleased.\n\n"
        "“The harbour will reopen in the spring once the repairs are done,” the spokeswoman said."
    )
    assert only_quotation(text, _LEAD).speaker_full == "Ada Lund"


def test_with_no_unnamed_spokesperson_the_main_subject_still_answers() -> None:
    """Guard: only a spokesperson the article introduced as unnamed stops the guess."""
    text = (
        "Ada Lund spoke to reporters on Tuesday about the harbour.\n\n"
        "“The harbour will reopen in the spring once the repairs are done,” the spokeswoman said."
    )
    assert only_quotation(text, _LEAD).speaker_full == "Ada Lund"


@pytest.mark.parametrize(
    "text",
    [
        "“We have listened to the objections,” said the Northport Planning Board.",
        "The Northport Planning Board said: “We have listened to the objections.”",
    ],
)
def test_a_board_is_a_body_not_a_person_called_board(text: str) -> None:
    q = only_quotation(text, _LEAD)
    assert q.speaker_full == "Northport Planning Board"


def test_the_board_is_the_board_named_before() -> None:
    text = _BODY_FIRST + "Tom Berg said the plan was fair.\n\n“We are pleased,” the board said."
    q = next(q for q in ct.extract_quotations(_LEAD + text) if q.text.startswith("We are"))
    assert (q.speaker_full, q.resolution) == ("Northport Planning Board", "organisation")


def test_the_closing_paragraph_names_its_speaker_in_its_own_words() -> None:
    text = (
        "The Northport council refused permission on Tuesday, said Tom Berg, its chair.\n\n"
        "“We are particularly encouraged that the council listened to us.\n\n"
        "“This emboldens us in our resistance to the larger proposal,” Ada Lund said."
    )
    opening, closing = ct.extract_quotations(_LEAD + text)
    assert opening.speaker_full == closing.speaker_full == "Ada Lund"
    assert (closing.speaker_as_written, closing.resolution) == ("Ada Lund", "named")
    assert opening.resolution == "continuation"  # its cue stands in the closing paragraph


def test_a_pronoun_at_the_close_still_carries_the_opening_speaker() -> None:
    """Guard: only a cue that names someone outright is the closing paragraph's own."""
    text = (
        "Ada Lund, the harbour master, spoke after the vote.\n\n"
        "“We are particularly encouraged that the council listened to us.\n\n"
        "“This emboldens us in our resistance to the larger proposal,” she said."
    )
    found = ct.extract_quotations(_LEAD + text)
    assert [q.speaker_full for q in found] == ["Ada Lund", "Ada Lund"]
    assert found[1].resolution == "continuation"


_BOARD_PAGE = """\
Velm wind farm refusal

Proposals for a wind farm near Nobberly have been shot down by An Bord Velmala.

The planning board has refused an application by Velm Windfarm Ltd for a ten-year permission.

In a decision issued on Tuesday, An Bord Velmala refused permission on the grounds that the \
farm would spoil the views from Whitewood House.

A spokesperson for the Velm Wind Information Group said the group was “absolutely delighted” \
at the decision.

“We are particularly encouraged that the board saw the harm to the views from Whitewood House.

“We are aware that this is a protected structure in the county plan.

“This emboldens us in our resistance to the much larger Emlagh wind farm”, the spokesperson \
said.

An oral hearing is continuing this week into another application for 46 turbines.
"""


def test_the_model_leaves_a_quote_its_closing_cue_names() -> None:
    found = ct.extract_quotations(_BOARD_PAGE)
    assert [q.speaker_full for q in found] == ["Velm Wind Information Group"] * 4
    assert "model" not in {q.resolution for q in found}


def test_a_role_she_took_on_is_no_unnamed_spokesperson() -> None:
    """Guard: only a body's name in capitals stands between "a" and the role, five words at
    most; lower-case words after "one" are a sentence, not a spokesperson the page left
    unnamed."""
    text = (
        "Ada Lund spoke to reporters on Tuesday.\n\n"
        "One of the reasons she became spokeswoman was the harbour.\n\n"
        "“The harbour will reopen in the spring once the repairs are done,” the spokeswoman said."
    )
    assert only_quotation(text, _LEAD).speaker_full == "Ada Lund"
