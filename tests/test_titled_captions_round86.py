"""Round 86: more of a portrait's captions are dropped.

- "Councillor Tom Berg" alone between paragraphs (before: kept in the body; "councillor" was
  no title to the caption rule), and printed twice with nothing between, as a picture's alt
  text runs into its caption: "Councillor Tom BergCouncillor Tom Berg".
- "Velm and Kessel’s Prime Minister Dr. Tom Berg" (before: kept; only "of" could join a
  country's or a team's words before the title, never "and").
- "Harbour Union president Tom Berg MP" (before: kept; the letters after a member's name).
- "… at the quay for the meeting (Photograph by Eva Berg)" (before: kept; "Photo by", "Image:"
  were credits, "Photograph by" was not).

Guards: a sentence about a councillor stays ("Councillor Tom Berg said the plan was late."); a
name without a title stays ("Tom Berg MP", "Ada Lund and Tom Berg"); over the story, a
titled name may be the headline and is not dropped as a caption. Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import DropReason, clean

_BEFORE = "Harbour plan delayed\n\nThe council met on Monday to discuss the harbour plan.\n\n"
_AFTER = "\n\nThe plan will be put to a vote in May, the council said."


def _reason(line: str) -> DropReason | None:
    page = clean(_BEFORE + line + _AFTER)
    at = (_BEFORE + line).rindex(line)
    return next((d.reason for d in page.dropped if d.start <= at < d.end), None)


@pytest.mark.parametrize(
    "line",
    [
        "Councillor Tom Berg",
        "Councillor Tom BergCouncillor Tom Berg",
        "Velm and Kessel’s Prime Minister Dr. Tom Berg",
        "Harbour Union president Tom Berg MP",
        "Tom Berg and Ada Lund at the quay for the meeting (Photograph by Eva Berg)",
    ],
)
def test_a_portraits_caption_is_dropped(line: str) -> None:
    assert _reason(line) is DropReason.IMAGE_CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "Councillor Tom Berg said the plan was late.",
        "Tom Berg MP",
        "Ada Lund and Tom Berg",
        "Velm and Kessel are neighbours, Prime Minister Dr. Tom Berg said.",
    ],
)
def test_a_line_of_the_story_stays(line: str) -> None:
    assert _reason(line) is None
    assert line in clean(_BEFORE + line + _AFTER).text


def test_over_the_story_a_titled_name_may_be_the_headline() -> None:
    assert is_caption_form("Councillor Tom Berg", header=False)
    assert not is_caption_form("Councillor Tom Berg", header=True)
