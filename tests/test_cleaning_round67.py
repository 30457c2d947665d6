"""Round 67: a report's name and day read as a byline, a place read as a post, a comment count.

- A page opening with a report's name and its day ("Rugby Reports - 7th September 2024",
  "Weekly Digest, 7 September 2024") read the name as its author's (before: no title, "Rugby
  Reports" as the author). A name ending in a kind of report (reports, digest, notes…) names no
  one.
- A councillor's statement headed by her name and the site it is about ("Cllr Ada Lund – Land
  East of Velm") read the line as her byline: "of" alone made "Land East of Velm" a post
  (before: no title, "Cllr Ada Lund" as the author). Words that only join a post's words ("to",
  "the", "of"…) make no line a post; "Political Editor", "special to the Post" still are.
- A forum's headline carrying its count of comments ("Judge: Freedom of the Press for
  Commercial Use Only 79"), with the headline printed bare further down the page, kept the count
  (before: "… Use Only 79"). A number ending a headline printed nowhere without it stays.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.bylines import is_role
from claimtrack.reading.cleaning import clean
from claimtrack.reading.site_names import without_site_name
from tests.harbour_cases import LAST, LEAD, MORE, QUOTE, saved_page

_STORY = ("", LEAD, "", MORE, "", QUOTE, "", LAST)
_MATCH = (
    "Feature Match - Division Three (West):",
    "Blues blunder their way to a one-point win",
    "Velm 10 - Arden 9",
    "Referee: Ada Lund (who had a good game in control)",
    "A late penalty by full back Tom Reed saw Velm edge their way to victory over a gritty Arden"
    " side whose defence at times was heroic, and it seemed they might snatch an unlikely win.",
    "But Arden had a match-winner as the full back knocked over three penalties from as many"
    " attempts, the last one on half time from 54 metres.",
)


@pytest.mark.parametrize(
    "first",
    [
        "Rugby Reports - 7th September 2024",
        "Weekly Digest, 7 September 2024",
        "Ferry Notes, September 7, 2024",
        "Velm Summary - 7th September 2024",
    ],
)
def test_a_reports_name_before_its_day_names_no_author(first: str) -> None:
    cleaned = clean(saved_page(first, *_MATCH))
    assert cleaned.title == first
    assert cleaned.authors == ()
    assert cleaned.published is not None
    assert cleaned.published.start.isoformat() == "2024-09-07"


def test_a_persons_name_before_the_day_is_still_the_byline() -> None:
    cleaned = clean(
        saved_page("Ferry strike ends after talks", "Ada Lund - 7th September 2024", *_STORY)
    )
    assert cleaned.authors == ("Ada Lund",)
    assert cleaned.title == "Ferry strike ends after talks"
    assert cleaned.published is not None
    assert cleaned.published.start.isoformat() == "2024-09-07"


_COUNCIL = (
    "Please follow & like us",
    "",
    "Cllr Ada Lund – Land East of Velm",
    "",
    "Velm Council has recently received two planning applications for development on a large"
    " site known as Land East of Velm.",
    "",
    "Like any other planning applications, it will go through the statutory planning process the"
    " council is legally obliged to carry out.",
    "",
    "Cllr Ada Lund, Leader at Velm Council, said:",
    "",
    "“I am really disappointed in the approach the developers have taken over these plans.”",
)


def test_a_councillors_name_and_a_sites_name_are_the_title_not_a_byline() -> None:
    cleaned = clean(saved_page(*_COUNCIL))
    assert cleaned.title == "Cllr Ada Lund – Land East of Velm"
    assert cleaned.authors == ()
    assert cleaned.text.startswith("Velm Council has recently received")


@pytest.mark.parametrize(
    ("place", "role"),
    [
        ("Land East of Velm", False),
        ("Port of Northport", False),
        ("In the Harbour", False),
        ("Political Editor", True),
        ("special to the Post", True),
        ("Staff writer", True),
    ],
)
def test_only_a_posts_own_words_make_a_post(place: str, role: bool) -> None:
    assert is_role(place) is role


def test_a_name_and_a_post_after_a_dash_is_still_a_byline() -> None:
    page = saved_page("Ferry strike ends after talks", "Ada Lund – Political Editor", *_STORY)
    assert clean(page).authors == ("Ada Lund",)


_FORUM_HEAD = "Judge: Freedom of the Press for Commercial Use Only"
_FORUM = (
    "Please create an account to take part in the moderation system",
    "",
    "Forgot your password?",
    "Censorship Your Rights Online",
    "",
    f"{_FORUM_HEAD} 79",
    "",
    'Kilroy writes "According to a Velm judge freedom of the press only applies to paid'
    " journalists. As a result, he has imprisoned a retired journalism professor for posting on"
    ' the web."',
    "This discussion has been archived. No new comments can be posted.",
    "",
    _FORUM_HEAD,
    "",
    "Comments Filter:",
)


def test_a_forums_count_of_comments_is_not_part_of_the_headline() -> None:
    assert clean(saved_page(*_FORUM)).title == _FORUM_HEAD


def test_a_number_ending_a_headline_printed_only_with_it_stays() -> None:
    page = [line for line in _FORUM if line != _FORUM_HEAD]
    assert clean(saved_page(*page)).title == f"{_FORUM_HEAD} 79"


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@given(
    words=st.lists(_WORD, min_size=3, max_size=8),
    count=st.integers(min_value=0, max_value=99_999),
    bare=st.booleans(),
)
def test_a_count_goes_only_when_the_page_prints_the_headline_bare(
    words: list[str], count: int, bare: bool
) -> None:
    head = " ".join([words[0].capitalize(), *words[1:]])
    page = saved_page("Home", f"{head} {count}", LEAD, *([head] if bare else []), MORE)
    assert without_site_name(f"{head} {count}", page) == (head if bare else f"{head} {count}")
