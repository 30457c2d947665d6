"""Round 98: a spokesperson for a body the article names, written with the body's common noun
after the role or with a word before the noun, speaks for that body.

Forms (each written anew here):

- "said a spokesman for the ministry" after "the Velm Foreign Ministry" is named: the
  ministry the article names (before: "ministry", a description);
- "a spokeswoman for the foreign ministry said": the same, with one word in small letters
  before the body's noun (before: "foreign ministry", a description);
- "a foreign ministry spokeswoman said": the same, the body's words before the role (before:
  no speaker, the role read as someone unnamed);
- guards: a former spokesman no longer speaks for the body ("said a former ministry
  spokesman", "said a former spokesman for the ministry"); with no ministry named, "a
  spokesman for the ministry" stays "ministry" (round 88) and "a foreign ministry spokesman"
  names no one; a document's issuer is read as before ("a foreign ministry statement said")
  and a spokesman for a person is not the ministry.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.speech_cases import only_quotation

_NAMED = (
    "Talks stall\n\nThe Velm Foreign Ministry sent a note to Northport on Monday. "
    "“We will not sign this treaty,” "
)
_UNNAMED = "Talks stall\n\nThe talks in Northport ended late. “We will not sign this treaty,” "


@pytest.mark.parametrize(
    "cue",
    [
        "said a spokesman for the ministry",
        "a spokeswoman for the foreign ministry said",
        "a foreign ministry spokeswoman said",
        "the foreign ministry spokesman said",
    ],
)
def test_a_spokesperson_speaks_for_the_body_the_article_names(cue: str) -> None:
    found = only_quotation(f"{_NAMED}{cue}.")
    assert found.speaker_full == "Velm Foreign Ministry"
    assert found.resolution == "organisation"


@pytest.mark.parametrize(
    "cue", ["said a former ministry spokesman", "said a former spokesman for the ministry"]
)
def test_a_former_spokesman_does_not_speak_for_the_body(cue: str) -> None:
    found = only_quotation(f"{_NAMED}{cue}.")
    assert found.speaker_full != "Velm Foreign Ministry"
    assert found.speaker_as_written == cue.removeprefix("said ")


def test_with_no_body_named_the_spokesman_for_the_ministry_stays_as_read() -> None:
    assert only_quotation(f"{_UNNAMED}said a spokesman for the ministry.").speaker == "ministry"


def test_with_no_body_named_a_foreign_ministry_spokesman_names_no_one() -> None:
    found = only_quotation(f"{_UNNAMED}a foreign ministry spokesman said.")
    assert found.speaker is None
    assert found.resolution == "description"


def test_a_document_of_the_named_body_is_still_the_body_s() -> None:
    found = only_quotation(f"{_NAMED}a foreign ministry statement said.")
    assert found.speaker_full == "Velm Foreign Ministry"


def test_a_spokesman_for_a_person_is_not_a_body() -> None:
    text = (
        "Talks stall\n\nAda Lund, the foreign minister, met envoys on Monday. "
        "“We will not sign this treaty,” said a spokesman for the minister."
    )
    assert only_quotation(text).speaker_full != "Velm Foreign Ministry"
