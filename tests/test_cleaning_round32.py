"""Round 32: an outlet's name after a bar goes from the title even when the page never prints
the headline bare ("Storm closes ports | THE HARBOUR HERALD"), and a blog's comment form and
a page's controls are site forms (:mod:`claimtrack.reading.site_forms`)."""

from __future__ import annotations

import datetime

import pytest

from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.cleaning import clean
from claimtrack.reading.headline_shapes import shaped_as_no_headline
from claimtrack.reading.site_forms import is_site_form
from claimtrack.reading.site_names import without_site_name
from claimtrack.text.date_lines import read_date_line


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Storm closes ports | THE HARBOUR HERALD", "Storm closes ports"),
        ("Lund: ‘Am I to blame for the best season ever?’ | The Northport Times", None),
        # after a dash the words may be a series' name: the line as the page prints it
        ("Storm closes ports – Northport Daily", "Storm closes ports – Northport Daily"),
        # no word an outlet names itself by: the bar may split the headline itself
        ("Storm closes ports | Ferries wait", "Storm closes ports | Ferries wait"),
    ],
)
def test_an_outlets_name_after_a_bar_goes(title: str, headline: str | None) -> None:
    page = f"{title}\n\nThe storm closed the ports of Northport on Monday.\n"
    want = headline or title.split(" | ")[0]
    assert without_site_name(title, page) == want


def test_the_cleaned_article_s_title_drops_the_outlet() -> None:
    raw = (
        "Lund: ‘Am I to blame for the best carnival ever?’ | THE HARBOUR HERALD\n\n"
        "NORTHPORT–Minister of Culture Ada Lund, who addressed Members of Parliament for three "
        "hours on Monday, answered questions on the carnival's budget.\n\n"
        "Tom Berg said the carnival had suffered because Lund was not part of it.\n"
    )
    assert clean(raw).title == "Lund: ‘Am I to blame for the best carnival ever?’"


@pytest.mark.parametrize(
    "line",
    [
        "Please log in using one of these methods to post your comment:",
        "You are commenting using your WordPress.com account. Log Out / Change )",
        "You are commenting using your Google+ account. ( Log Out / Change )",
        "Connecting to %s",
        "Notify me of new comments via email.",
        "Are you a new member? Sign up now",
        "Article Continued Below",
        "expand slideshow",
        "Text Only",
        "Web banner 1",
        "LISTEN TO THE AUDIO BELOW:",
        "This page contains archived news material that may no longer be accurate.",
        "Don't miss out on what's happening!",
        "Stay in touch with top news, as it happens, conveniently in your email inbox.",
        "Analytics Made Easy - StatCounter",
        "en_USEnglish",
    ],
)
def test_a_blogs_comment_form_and_a_pages_controls_are_site_forms(line: str) -> None:
    assert is_site_form(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lund said she was commenting using her own account, not the council's.",
        "The council will expand image rights for local photographers next year.",
        "“Connecting to %s was the bug,” the engineer said.",
        "Only text was sent to the harbour master, the report found.",
    ],
)
def test_a_storys_lines_with_those_words_are_kept(line: str) -> None:
    assert not is_site_form(line)


def test_a_comment_form_goes_from_the_cleaned_article() -> None:
    raw = (
        "Parents question the council\n\n"
        "Parents met the Northport council on Monday to ask about the new school.\n\n"
        "Ada Lund, who chairs the parent council, said the meeting had gone well.\n\n"
        "Leave a Reply\n\n"
        "Please log in using one of these methods to post your comment:\n\n"
        "You are commenting using your Twitter account. Log Out / Change )\n\n"
        "Connecting to %s\n"
    )
    text = clean(raw).text
    assert "Ada Lund, who chairs" in text
    assert "commenting using" not in text and "Connecting to" not in text


@pytest.mark.parametrize(
    "line",
    [
        "in News,Police Log,Northport",
        "in Politics, Harbour Council",
        "Attorney General Ada Lund (Provided photo)",
        "Tom Berg at the quay (File photo)",
    ],
)
def test_a_posts_sections_or_a_photo_caption_is_no_headline(line: str) -> None:
    raw = (
        f"Arrest made in car burglaries\n\n{line}\n\n"
        "Police in Northport arrested a man on Monday after a string of car burglaries on the "
        "quay, officers said.\n\nThe man will appear in court on Friday.\n"
    )
    assert clean(raw).title == "Arrest made in car burglaries"


@pytest.mark.parametrize(
    "line",
    ["In Northport, Ferries Wait and Crews Strike", "Ada Lund (Provided Photos) Wins Award"],
)
def test_headlines_that_look_a_little_like_them_stay(line: str) -> None:
    raw = (
        f"{line}\n\nPolice in Northport arrested a man on Monday after a string of car "
        "burglaries on the quay, officers said.\n\nThe man will appear in court on Friday.\n"
    )
    assert clean(raw).title == line


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Edmonton, Northland (SPX) May 18, 2009", datetime.date(2009, 5, 18)),
        ("Northport, UK (AFP) 3 March 2021", datetime.date(2021, 3, 3)),
        ("| Tuesday, Dec. 24, 2013, 7:39 p.m.", datetime.date(2013, 12, 24)),
    ],
)
def test_a_wires_place_and_agency_or_a_bar_before_a_date_is_a_date_line(
    line: str, day: datetime.date
) -> None:
    found = read_date_line(line)
    assert found is not None and found.date is not None and found.date.start == day


@pytest.mark.parametrize(
    "line",
    ["Ada Lund, Northport (AFP) said on May 18, 2009", "Edmonton, Northland (SPX) was hit in 2009"],
)
def test_a_sentence_with_a_place_and_an_agency_is_no_date_line(line: str) -> None:
    assert read_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("21st January 2014 - Ada Lund", datetime.date(2014, 1, 21)),
        ("2023-02-07  Eveline de Berg", datetime.date(2023, 2, 7)),
        ("3rd March 2020 | Tom Berg", datetime.date(2020, 3, 3)),
    ],
)
def test_a_day_then_a_name_is_a_byline(line: str, day: datetime.date) -> None:
    found = read_compound_line(line)
    assert found is not None
    names, date = found
    assert names == [line.split("  ")[-1].split(" - ")[-1].split(" | ")[-1]]
    assert date is not None and date.start == day


@pytest.mark.parametrize(
    "line", ["2023-02-07 Council Meeting", "21st January 2014 - Budget Day Opens", "2023-02-07"]
)
def test_a_day_then_no_name_is_no_byline(line: str) -> None:
    found = read_compound_line(line)
    assert found is None or found[0] == []


def test_the_bylines_name_is_the_author() -> None:
    raw = (
        "Harbour embassy to reopen\n\n21st January 2014 - Ada Lund\n\n"
        "Tom Berg has today welcomed the re-opening of the embassy to the Holy See, which "
        "closed in 2011.\n\nThe embassy will open in the spring.\n"
    )
    art = clean(raw)
    assert art.authors == ("Ada Lund",)
    assert art.published is not None and art.published.start == datetime.date(2014, 1, 21)


@pytest.mark.parametrize(
    "line",
    [
        "The latest news & updates from the Harbour Ferns",
        "Local & National News for Northland",
        "Harbour Post - The voice of Northporters",
    ],
)
def test_a_sites_tagline_is_no_headline(line: str) -> None:
    assert shaped_as_no_headline(line)
    raw = (
        f"{line}\n\nHarbour Ferns open the season with a win over Northland\n\n"
        "The Harbour Ferns beat Northland 60-40 on Sunday in front of a full hall.\n\n"
        "The captain said the team had played well.\n"
    )
    assert clean(raw).title == "Harbour Ferns open the season with a win over Northland"


@pytest.mark.parametrize(
    "line",
    [
        "Local news outlets close in Northland",
        "Breaking news: ferry sinks",
        "The voice of Northport",
        "Top news anchor quits",
    ],
)
def test_headlines_about_news_or_a_voice_stay_headlines(line: str) -> None:
    assert not shaped_as_no_headline(line)
