"""Round 36: a browser's requirements printed over the story ("… require a modern browser.
To view this page please use …"), a menu of the site's sections run into one line ("Business
& Economy Culture & Society … Sports"), a picture's caption that ends on its source ("The
Harbour islands. Source: Wikimedia"), view counters, share bars, forum panels and comment
forms are furniture, not the headline or the story; a date line with a bar left at its end
("Wednesday June 23, 2021, 01:46:44 PM |"), or with its update in brackets and a reading time
("Published on 22.05.2021 16:30:00 (updated on …) Reading time: 2 minutes") is read."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.text.date_lines import read_date_line

_PROSE = (
    "The council voted on Monday to close the old quay to lorries from next spring.\n\n"
    "Ada Lund, who chairs the harbour board, said the decision was overdue.\n"
)
_HEADLINE = "Northport closes its old quay to lorries"


@pytest.mark.parametrize(
    "furniture",
    [
        "In order to deliver the greatest experience to our visitors we use cutting edge web "
        "development techniques that require a modern browser. To view this page please use "
        "Google Chrome, Mozilla Firefox or Internet Explorer 11 or greater",
        "Business & Economy Culture & Society Northport News Velm Politics & International "
        "Harbour Sports",
    ],
)
def test_a_sites_furniture_above_the_headline_is_neither_title_nor_story(furniture: str) -> None:
    article = clean(f"Harbour Reports\n\n{furniture}\n\n{_HEADLINE}\n\n{_PROSE}")
    assert article.title == _HEADLINE
    assert furniture not in article.text
    assert article.text.startswith("The council voted on Monday")


def test_a_caption_ending_on_its_source_is_not_the_headline() -> None:
    caption = "The Harbour islands seen from the air. Source: Wikimedia"
    article = clean(f"{_HEADLINE}\n\n{caption}\n\n{_PROSE}")
    assert article.title == _HEADLINE
    assert caption not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Fishing & Hunting & Farming Week Opens",  # a headline, not a menu: too short
        "Harbour & Port Authority welcomes its new chief & board",  # words in lower case
        "The ministry published the figures on Monday. Source: the ministry's own count, which "
        "covers every harbour in the region and was checked by the auditors last year.",
        "Browsers that require a modern engine are slower, Ada Lund said.",
    ],
)
def test_lines_like_furniture_that_are_the_story_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "Number of Views: 852",
        "Source: harbournews.example.com",
        "Share on LinkedIn Share on Reddit Share on WhatsApp",
        "Joined: Sat May 19, 2012 12:28 pm",
        "User avatar",
        "7 min to read",
        "No comments found",
        "Quick Enquiry",
        "Full story: harbournews.example.com",
        "Click to Subscribe",
    ],
)
def test_a_pages_counters_share_bars_and_forum_panels_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "notice",
    [
        "Leave your comments",
        "Post comment as a guest",
        "Your comments are subjected to administrator's moderation.",
        "Nenhum comentário:",
        "Postar um comentário",
    ],
)
def test_a_comment_forms_prompts_end_the_story(notice: str) -> None:
    article = clean(f"{_HEADLINE}\n\n{_PROSE}\n{notice}\n\nAnonymous wrote: great story\n")
    assert article.text.rstrip().endswith("the decision was overdue.")


@pytest.mark.parametrize(
    "line",
    ["Wednesday June 23, 2021, 01:46:44 PM |", "June 23, 2021 |", "Wed June 23, 2021 01:46 PM |"],
)
def test_a_date_line_with_a_bar_left_at_its_end_is_read(line: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert found.date is not None and found.date.start == dt.date(2021, 6, 23)


@pytest.mark.parametrize(
    "line",
    [
        "Published on 22.05.2021 16:30:00 (updated on 23.05.2021)",
        "Published on 22.05.2021 16:30:00 Reading time: 2 minutes",
        "Written by Tom Berg Published on 22.05.2021 16:30:00 (updated on 23.05.2021) Reading "
        "time: 2 minutes",
    ],
)
def test_a_date_line_with_its_update_in_brackets_and_a_reading_time_is_read(line: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert found.date is not None and found.date.start == dt.date(2021, 5, 22)


def test_a_bylines_date_with_its_update_and_reading_time_gives_author_and_date() -> None:
    article = clean(
        f"{_HEADLINE}\n\nWritten by Tom Berg Published on 22.05.2021 16:30:00 (updated on "
        f"23.05.2021) Reading time: 2 minutes\n\n{_PROSE}"
    )
    assert article.authors == ("Tom Berg",)
    assert article.published is not None and article.published.start == dt.date(2021, 5, 22)
    assert article.text.startswith("The council voted on Monday")


def test_a_site_name_before_a_bar_is_no_date() -> None:
    assert read_date_line("Harbour News |") is None
