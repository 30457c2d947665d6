"""Round 50: headlines under a lone word, and headlines over a video's card.

- A blog's gadget label ("Pages") or a section's name ("Politics") standing alone above the
  headline no longer hides it: the page opens at the next line, so a headline that ends in "!"
  over its prose is the title, as one with no mark at its end already was.
- A video's card ("Ferry crews back at work | 01:12") between the headline and its byline is
  dropped, and the line above it is still read as the headline over its credit.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.promos import is_video_card
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE

# A headline that ends in "!" reads as a sentence to the rule that looks for the first prose.
_CRIED = "Harbour festival cancelled and a new one announced for the spring!"


@pytest.mark.parametrize("label", ["Pages", "Politics", '" "', "News"])
def test_a_lone_word_above_does_not_hide_the_headline(label: str) -> None:
    article = clean("\n\n".join([label, "Thursday, September 25, 2008", _CRIED, LEAD, MORE]))
    assert article.title == _CRIED
    assert article.text.startswith(LEAD[:40])
    assert _CRIED not in article.text


def test_a_lone_word_over_the_lead_makes_no_title() -> None:
    # With no headline, the lead under the label stays the body's first paragraph.
    article = clean("\n\n".join(["Pages", LEAD, MORE, LAST]))
    assert article.title is None
    assert article.text.startswith(LEAD[:40])


_CARD = "Ferry crews back at work on Friday | 01:12"


@pytest.mark.parametrize(
    "byline", ["By Mara Quint", "Mara Quint and Tom Reed from Harbour Newswire"]
)
def test_a_video_card_between_headline_and_byline(byline: str) -> None:
    # Sixteen words with no full stop read as a sentence, unless a credit stands under them.
    long_headline = "Rovers’ horror late blow in derby win; Harbour’s surge to escape last place: "
    long_headline += "the weekly wrap"
    article = clean("\n\n".join([long_headline, _CARD + "\n" + byline, LEAD, MORE, LAST]))
    assert article.title == long_headline
    assert "Mara Quint" in article.authors
    assert article.text.startswith(LEAD[:40])
    assert "01:12" not in article.text


def test_a_video_card_inside_the_story_is_dropped() -> None:
    article = clean("\n\n".join([HEADLINE, LEAD, _CARD, MORE, LAST]))
    assert _CARD not in article.text
    assert MORE in article.text and LAST in article.text


@pytest.mark.parametrize(
    "line",
    [
        "May 30, 2018 | 16:41",  # a date line's time
        "Published 30 May 2018 at the harbour | 16:41",  # a year: a date line, not a card
        "Ferry sails | 01:12",  # too few words to be told from a label
        "Home | News | Sport | 12:30",  # a menu
        "The score was 3 | 2 at half time",
    ],
)
def test_what_is_no_video_card(line: str) -> None:
    assert not is_video_card(line)


_WORD = st.sampled_from(["Ferry", "crews", "return", "to", "the", "harbour", "after", "strike"])


@given(
    st.lists(_WORD, min_size=3, max_size=9),
    st.integers(0, 59),
    st.integers(0, 59),
    st.booleans(),
)
def test_any_titled_running_time_is_a_card(title: list[str], m: int, s: int, hours: bool) -> None:
    length = f"{1 if hours else ''}{':' if hours else ''}{m:02d}:{s:02d}"
    line = " ".join(title) + " | " + length
    assert is_video_card(line)
    assert not is_video_card(" ".join(title) + " 2019 | " + length)  # a year: a date line
