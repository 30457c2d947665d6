"""Cleaning, round 25: a press office's contact block printed above a release is its header,
not the end of the story."""

from __future__ import annotations

import pytest

from claimtrack.reading.bylines import looks_like_name, names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.header import choose_title
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.lines import split_lines

RELEASE = (
    "1,500 Northport nurses set to vote on strike demanding hospitals bargain in good faith"
    " over safe staffing\n\n"
    "FOR IMMEDIATE RELEASE\n\n"
    "Contact: Kim Dalevik\n"
    "(c) 555-0100\n"
    "kim.dalevik@example.org\n\n"
    "(Northport) – June 11, 2025 – Nurses with the Northport Nurses Association announced"
    " Wednesday that they will hold a vote on a strike at four hospitals.\n\n"
    "“We have bargained in good faith for months,” said Ada Lund, a nurse at Northport General.\n"
)


def test_a_contact_block_above_the_release_does_not_end_it() -> None:
    result = clean(RELEASE)
    assert "Nurses with the Northport Nurses Association announced" in result.text
    assert "We have bargained in good faith" in result.text
    assert "Kim Dalevik" not in result.text


def test_a_contact_block_below_the_release_still_ends_it() -> None:
    page = (
        "Northport nurses set to vote on strike\n\n"
        "Nurses with the Northport Nurses Association announced Wednesday that they will hold"
        " a vote on a strike at four hospitals.\n\n"
        "The vote runs until Friday, and the result will be announced next week.\n\n"
        "Media contacts:\n"
        "Kim Dalevik, 555-0100\n\n"
        "Other news from the association: a new training centre opens in the spring.\n"
    )
    result = clean(page)
    assert "The vote runs until Friday" in result.text
    assert "Kim Dalevik" not in result.text
    assert "training centre" not in result.text


def test_a_closing_listing_of_long_headlines_is_dropped() -> None:
    page = (
        "Northport police appeal after disorder\n\n"
        "Officers investigating disorder in Northport are appealing for information and video"
        " footage from members of the public.\n\n"
        "Anyone with information is asked to call Northport Police on 101.\n\n"
        "Police warn people to be vigilant following reports of counterfeit notes across the"
        " county\n"
        "Garden Waste Recycling Scheme live this week\n"
        "Council agrees plan for school at former HQ as part of commitment to special needs"
        " provision\n"
        "Man charged following investigation into Eastport\n"
    )
    text = clean(page).text
    assert "Anyone with information is asked to call" in text
    for headline in ("counterfeit notes", "Garden Waste", "former HQ", "Eastport"):
        assert headline not in text


@pytest.mark.parametrize(
    "line", ["Email This Link", "Cancel Preview", "Hot News", "Press Conferences", "MIIC Author"]
)
def test_a_pages_controls_and_sections_are_no_bylines(line: str) -> None:
    assert not looks_like_name(line)
    page = (
        "Northport council approves harbour plan\n\n"
        f"{line}\n\n"
        "The Northport council approved the harbour plan on Friday after a long debate that ran"
        " late into the evening.\n\n"
        "The plan now goes to the regional assembly for a final decision in the spring.\n"
    )
    assert clean(page).authors == ()


def test_a_name_is_still_a_byline() -> None:
    assert looks_like_name("Kim Dalevik")
    assert looks_like_name("Ada van der Lund")


@pytest.mark.parametrize("line", ["Article par Kim Dalevik", "Artículo de Kim Dalevik"])
def test_byline_labels_in_french_and_spanish(line: str) -> None:
    assert names_in_byline(line) == ["Kim Dalevik"]


def test_a_newsletter_call_is_never_the_title() -> None:
    page = (
        "Register for our free newsletter\n\n"
        "Latest News\n\n"
        "Interview: Ada Lund\n\n"
        "Interview: Ada Lund\n\n"
        "Northport’s transport chairman is bullish about the city’s future.\n\n"
        "Fifteen years ago the region was known for conflict. Why did that change?\n\n"
        "Northport is attractive. Whether you come to work or for a holiday, the city has it.\n"
    )
    assert clean(page).title == "Interview: Ada Lund"


def test_a_short_label_standing_alone_is_no_headline_beside_a_longer_one() -> None:
    header_text = (
        "Price of grain to be announced after talks with farmers and millers, says Lund\n\n"
        "Some farmers say a bag of grain should not cost less than 3,600 crowns\n\n"
        "In Summary\n\n"
    )
    lines = split_lines(header_text)
    candidates = [i for i, line in enumerate(lines) if line.text]
    chosen = choose_title(lines, candidates, body_start=len(lines))
    assert chosen is not None
    assert lines[chosen].text.startswith("Price of grain")


def test_an_ad_notice_is_boilerplate() -> None:
    line = (
        "By allowing ads to appear on this site, you support the local businesses who, in turn,"
        " support great journalism."
    )
    assert boilerplate_reason(line, header=True) is not None
    assert (
        boilerplate_reason("By allowing the vote, the council broke its rules.", header=True)
        is None
    )


def test_a_counter_of_reads_by_the_headline_does_not_end_the_story() -> None:
    page = (
        "The Northport Roar\n\nAdvertisement\n\n"
        "Lund says the club must use the loss as motivation\n\n"
        "19th August, 2022\n"
        "Advertisement\n"
        "Up Next No more videos! Playlist is empty -\n"
        "Replay\n"
        "Editor\n"
        "19th August, 2022\n"
        "82\n"
        "1809 Reads\n\n"
        "Ada Lund has said that the club has to use the feeling of a heavy loss to win the last"
        " two games of the season.\n\n"
        "“We have to use this as motivation going forward,” said captain Lund.\n\n"
        "12 Comments\n\n"
        "Great win for the other side.\n"
    )
    text = clean(page).text
    assert "Ada Lund has said" in text and "motivation going forward" in text
    assert "Great win for the other side" not in text
