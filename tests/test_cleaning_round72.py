"""Round 72: a picture's caption whose subject is a group of people.

- a caption showing a group in the present tense on a past day ("Members of the Velm union
  disrupt a board meeting May 27, 2010.") is the picture's, not the story's (before: kept in
  the body, as only named people were a caption's subject);
- the wires' bare date ("… a board meeting May 27, 2010.", no "on") is the caption's moment for
  named people too (before: no moment, so the line stayed in the body);
- "on Fridays" is a habit, not a moment (before: a caption).

Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.scene_captions import is_scene_caption
from tests.harbour_cases import assert_dropped_as_caption


@pytest.mark.parametrize(
    "line",
    [
        "Members of the Velm union disrupt a board meeting May 27, 2010.",
        "Members of the Velm union disrupt a board meeting May 27, 2010. Tom Berg / Harbour Press",
        "Union members picket the Northport mill on Thursday.",
        "Protesters hold placards outside the court in Northport on May 2, 2020.",
        "Anti-war protesters march through Velm on Saturday, March 4, 2023.",
        "Family members of the victims hold portraits during a vigil in Velm on May 2, 2020.",
        "Hundreds of dock workers block the quay gate in Northport, Tuesday, June 8, 2021.",
        "Ada Lund speaks to reporters outside the port office May 27, 2010.",
    ],
)
def test_a_group_or_a_name_shown_on_a_past_day_is_a_caption(line: str) -> None:
    assert is_scene_caption(line)
    assert_dropped_as_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        # the past tense: the story's report
        "Members of the Velm union disrupted a board meeting on May 27, 2010.",
        # a verb for what is to come
        "Members of the union meet on May 27, 2027.",
        # a habit: "during" with no day, or a weekday in the plural
        "Students sit their exams during Ramadan.",
        "Dock workers walk to the quay on Fridays.",
        "Ada Lund speaks to the board on Fridays.",
        # a determiner opens the sentence: prose
        "The protesters chant slogans outside the court on Monday.",
        # two sentences: a story's paragraph
        "Residents wait for water in Northport. Officials said on Monday it would come.",
        # not people: things block a gate too
        "Harbour cranes block the quay gate in Northport on May 2, 2020.",
        # a headline ends with no stop
        "Union members picket the Northport mill on Thursday",
        # a quotation is the story's
        "Members of the union chant “no cuts” outside the mill on Monday, May 3, 2021.",
    ],
)
def test_prose_habits_and_headlines_about_groups_are_not_captions(line: str) -> None:
    assert not is_scene_caption(line)


def test_a_group_caption_in_a_story_leaves_the_story_whole() -> None:
    caption = "Members of the Velm union disrupt a board meeting May 27, 2010."
    story = [
        "Velm union wins vote on mill pay",
        "By Ada Lund",
        "Members of the Velm union voted on Tuesday to accept the mill's offer of a 4% rise.",
        caption,
        "The union had disrupted a board meeting in May to press its claim, Tom Berg said.",
    ]
    result = clean("\n\n".join(story))
    assert result.title == story[0]
    assert result.authors == ("Ada Lund",)
    assert caption not in result.text
    assert story[2] in result.text and story[4] in result.text


_GROUP = st.sampled_from(
    ["Members of the Velm union", "Union members", "Protesters", "Dock workers", "Residents"]
)
_VERBS = st.sampled_from(
    [("picket", "picketed"), ("block", "blocked"), ("march", "marched"), ("wait", "waited")]
)
_DAY = st.sampled_from(["on Thursday", "May 27, 2010", "on October 2, 2021", "in May 2010"])


@given(_GROUP, _VERBS, _DAY)
def test_the_same_group_in_the_past_tense_or_without_a_day_is_never_a_caption(
    group: str, verbs: tuple[str, str], day: str
) -> None:
    present, past = verbs
    assert is_scene_caption(f"{group} {present} outside the Northport mill {day}.")
    assert not is_scene_caption(f"{group} {past} outside the Northport mill {day}.")
    assert not is_scene_caption(f"{group} {present} outside the Northport mill.")
    assert not is_scene_caption(f"{group} {present} outside the Northport mill during the strike.")
