"""Cleaning, round 19: picture credits with a slash, a weather widget's sky and place beside its
temperature, and an issuer's document label in capitals."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import is_caption
from claimtrack.reading.widgets import is_widget
from claimtrack.text.headings import is_heading

P1 = "Northbridge went down to Westport in an intense opening match on Sunday night."
P2 = "The captain said the team would not make excuses after the defeat at the harbour ground."
TITLE = "Northbridge captain makes no excuses after Westport defeat"


@pytest.mark.parametrize(
    "line",
    [
        "Photo/Northbridge Rugby",
        "Photo / Harbour Agency",
        "Foto/Kim Dale",
        "Northbridge captain Tom Berg. Photo/Northbridge Rugby",
    ],
)
def test_a_picture_credit_with_a_slash_is_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    ["Photo/video evidence shows the police arriving at the quay", "Photos/videos"],
)
def test_photo_and_video_in_prose_is_no_caption(line: str) -> None:
    assert not is_caption(line)


def test_a_caption_with_its_credit_over_the_story_leaves_the_headline() -> None:
    page = (
        "Northbridge captain Tom Berg. Photo/Northbridge Rugby\n\nPhoto/Northbridge Rugby\n\n"
        f"Sports\n\n{TITLE}\n\n{P1}\n\n{P2}\n"
    )
    result = clean(page)
    assert result.title == TITLE
    assert "Photo/" not in result.text


def test_a_weather_widgets_sky_and_place_are_no_headline() -> None:
    widget = "Northbridge 18°C\nPartly Cloudy\nNorthbridge\n18°C\nPartly Cloudy\nSat 16°C\n"
    result = clean(f"{widget}\n{P1}\n\n{P2}\n")
    assert result.title != "Partly Cloudy"
    assert "Cloudy" not in result.text and result.text.startswith(P1)


def test_a_short_line_beside_prose_is_not_weather() -> None:
    result = clean(f"{TITLE}\n\n{P1}\nSee you there\n\n{P2}\n")
    assert "See you there" in result.text


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("STATE HOUSE PRESS RELEASE", True),
        ("MINISTRY OF HARBOURS MEDIA STATEMENT", True),
        ("Harbour Board Press Release", False),  # Title Case: it may be a headline
        ("NORTHBRIDGE COUNCIL TO ISSUE NEW PRESS RELEASE RULES", False),
    ],
)
def test_an_issuers_document_label_in_capitals(line: str, label: bool) -> None:
    assert is_widget(line) is label


def test_a_document_label_is_not_the_title() -> None:
    result = clean(f"STATE HOUSE PRESS RELEASE\n{P1}\n{P2}\n")
    assert result.title is None
    assert result.text.startswith(P1)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("« Nous rouvrirons le quai avant l'été. »", False),
        ("« Nous rouvrirons le quai avant l'été »", True),
        ("The plan for the harbour »", True),
    ],
)
def test_a_sentence_in_spaced_guillemets_is_no_subheading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


HEADLINE = "Governor Lund announces $1.5 million for Westport projects"
STANDFIRST = "The money goes to the ferry berth, the sea wall and two new cranes"
BODY = (
    "NORTHBRIDGE – Governor Ada Lund visited Westport this afternoon to present officials with "
    "funding for several projects.\n\n“Drug abuse is a statewide problem that does not stop at "
    "any city line,” said Governor Lund.\n"
)


@pytest.mark.parametrize(
    "credits",
    [
        "By Kim Dale\nOctober 23, 2006\n\n{S}",  # a byline and a date, then the standfirst
        "October 23, 2006\n\n{S}\n\nBy Kim Dale",  # the byline under the standfirst
        "by -\n10966\n\n{S}",  # an empty byline template and a count of views
    ],
)
def test_the_headline_over_its_credits_and_standfirst(credits: str) -> None:
    page = f"{HEADLINE}\n\n{credits.format(S=STANDFIRST)}\n\n{BODY}"
    result = clean(page)
    assert result.title == HEADLINE
    assert result.text.startswith("NORTHBRIDGE")


@pytest.mark.parametrize(
    "line",
    [
        "View this post on Instagram",
        "A post shared by Northbridge Council (@nbcouncil)",
        "[Image: The harbour wall at dusk]",
        "Listen · 3:24 min",
        "Click to share on Facebook (Opens in new window)",
        "Press shift question mark to access a list of keyboard shortcuts",
        "By signing up, you agree to our Terms of Use and Privacy Policy",
        "Please support us by turning off your ad blocker",
        "Sign in to your account",
    ],
)
def test_an_embeds_a_players_or_a_forms_line_is_dropped(line: str) -> None:
    result = clean(f"{TITLE}\n\n{P1}\n\n{line}\n\n{P2}\n")
    assert line not in result.text and P2 in result.text


def test_a_body_sentence_about_a_post_stays() -> None:
    line = "A post shared by the council was deleted on Monday because it was misleading."
    assert line in clean(f"{TITLE}\n\n{P1}\n\n{line}\n\n{P2}\n").text


def test_a_newsletter_box_inside_the_story_does_not_end_it() -> None:
    p3 = "Work on the first section of the wall is due to start in the spring, engineers said."
    p4 = "Residents of the lower town welcomed the decision but said it came years too late."
    page = f"{TITLE}\n\n{P1}\n\n{P2}\n\nSign up for our daily newsletter\n\n{p3}\n\n{p4}\n"
    result = clean(page)
    assert p4 in result.text and "newsletter" not in result.text


def test_a_newsletter_box_at_the_end_still_ends_the_story() -> None:
    page = f"{TITLE}\n\n{P1}\n\n{P2}\n\nSign up for our daily newsletter\n\nStorm closes port\n"
    assert "Storm closes port" not in clean(page).text
