"""Round 83: many speakers, or someone the article has not named, are not the person it names
most.

Forms, each found on a real page and written anew here:

- "“…,” health officials said" after a paragraph naming only a hall: many officials, whom no
  one named stands for; capitalised, "Health officials said", the description is the speaker
  (before: the hall, "Customs Hall", as the story's main subject); so for "politicians said";
- "A resident of Kessel took to social media …, saying: “…”", "A resident said: “…”", "One
  resident …, saying:": someone new, as "an official said" already was (before: "Eastwick
  Garrison", a place in a list read as the story's main subject); the speaker as written
  keeps the article ("A resident");
- guards: a definite description still resolves to the one named with it ("the official",
  "the officer", "The resident said:"), and "a spokesman for Northport Council" to the council.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.speech_cases import only_quotation

_LEAD = "Harbour plan delayed\n\n"
_HALL = (
    "Health officials issued the warning for travellers who were in the Customs Hall at "
    "Terminal B last Friday.\n\n"
)
_AREA = (
    "Numerous roads in the Velm, Eastwick Garrison and Dales area remain closed three days "
    "after the storm.\n\n"
)
_COMPLAINT = "“Come on Northport Council, let us have a bit of action.”"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (_HALL + "“The traveller passed through,” health officials said on Monday.", None),
        (_AREA + "“We will not give up,” politicians said afterwards.", None),
        (
            _AREA + "A resident of Kessel took to social media this week to complain that "
            "roads were still covered, saying: " + _COMPLAINT,
            "A resident",
        ),
        (_AREA + "A resident said: " + _COMPLAINT, "A resident"),
        (_AREA + "One resident took to social media to complain, saying: " + _COMPLAINT, None),
    ],
)
def test_many_or_someone_new_is_no_one_named(text: str, written: str | None) -> None:
    found = only_quotation(text, _LEAD)
    assert found.speaker is None
    assert found.speaker_full is None
    assert found.resolution == "description"
    if written is not None:
        assert found.speaker_as_written == written


def test_capitalised_plural_description_is_the_speaker() -> None:
    found = only_quotation(
        _HALL + "“The traveller passed through,” Health officials said on Monday.", _LEAD
    )
    assert (found.speaker, found.resolution) == ("Health officials", "description")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour official Ada Lund inspected the roads on Monday. Lund has run the depot "
            "since 2019.\n\n“The roads will open soon,” the official said.",
            "Ada Lund",
        ),
        (
            "Police officer Tom Berg led the search on Monday. Berg has served for ten years."
            "\n\n“We found nothing,” the officer said.",
            "Tom Berg",
        ),
        (
            "Ada Lund, who has lived in Velm for forty years, cleared her own road on Monday. "
            "Lund said the council never came.\n\nThe resident said: " + _COMPLAINT,
            "Ada Lund",
        ),
        (
            "Numerous roads in the Velm area remain closed.\n\n“The roads will open soon,” a "
            "spokesman for Northport Council said.",
            "Northport Council",
        ),
    ],
)
def test_guard_a_definite_description_or_a_body_still_resolves(text: str, speaker: str) -> None:
    assert only_quotation(text, _LEAD).speaker_full == speaker
