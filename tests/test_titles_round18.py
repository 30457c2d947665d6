"""Titles, round 18: a headline over its standfirst, the byline above or below the standfirst."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

BODY = (
    "The council approved the new flood plan on Monday after a long debate in the chamber.\n\n"
    "Members voted by a wide margin to fund new defences along the river and the harbour.\n"
)
HEADLINE = "Council approves £40m harbour flood plan after long debate"
STANDFIRST = "The vote ends a year of argument over the harbour wall"


@pytest.mark.parametrize(
    "page",
    [
        f"{HEADLINE}\n\n{STANDFIRST}\n\nBy Ada Lund | 14 November 2023\n\n{BODY}",
        f"POLITICS\n\n{HEADLINE}\n\n{STANDFIRST}\n\nBy Ada Lund\n\n{BODY}",
        f"{HEADLINE}\n\nBy Ada Lund\n\n{STANDFIRST}\n\n{BODY}",
        f"{HEADLINE}\n\n14 November 2023\n\n{STANDFIRST}\n\n{BODY}",
    ],
)
def test_the_headline_is_read_over_a_standfirst_without_a_full_stop(page: str) -> None:
    result = clean(page)
    assert result.title == HEADLINE
    assert result.text.startswith("The council approved")


def test_an_outlets_name_over_its_tagline_is_no_headline() -> None:
    page = (
        "The Northbridge Courier\nNews and views from the harbour since 1901\n\n"
        f"{HEADLINE}\n\nBy Ada Lund\n\n{BODY}"
    )
    assert clean(page).title == HEADLINE


def test_a_short_line_over_the_headline_is_not_taken_for_it() -> None:
    page = f"Northbridge Courier\n\n{HEADLINE}\n\nBy Ada Lund\n\n{BODY}"
    assert clean(page).title == HEADLINE


def test_stories_listed_with_their_credits_are_no_headline_and_standfirst() -> None:
    page = (
        "Council approves harbour flood plan after debate\n\nBy Ada Lund\n\n"
        "Bus drivers vote to strike over the new rota\n\nBy Tom Berg\n\n"
        "Ferry crews end their strike after two weeks\n\nBy Kim Dale\n\n" + BODY
    )
    assert clean(page).title != "Bus drivers vote to strike over the new rota"


@pytest.mark.parametrize(
    "headline",
    [
        "No apology to make! Mayor says she stands by the harbour plan",
        "Now what? No clear winner in the Northbridge council election",
    ],
)
def test_a_headline_may_ask_or_exclaim_before_going_on(headline: str) -> None:
    page = f"Local News\n\n{headline}\n\n14 November 2023\n\n{BODY}"
    assert clean(page).title == headline
