"""Round 36: a browser's requirements printed over the story ("… require a modern browser.
To view this page please use …"), a menu of the site's sections run into one line ("Business
& Economy Culture & Society … Sports"), a picture's caption that ends on its source ("The
Harbour islands. Source: Wikimedia"), view counters, share bars, forum panels and comment
forms are furniture, not the headline or the story; a date line with a bar left at its end
("Friday March 5, 2021, 09:12:30 AM |"), or with its update in brackets and a reading time
("Published on 14.03.2021 10:05:00 (updated on …) Reading time: 3 minutes") is read."""

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
        "To give our readers a better experience we build this site with web techniques that "
        "require a modern browser. To view this page please use Firefox, Chrome or Edge 90 or "
        "newer",
        "News & Politics Arts & Culture Northport Velm Sport & Leisure Harbour Business Weather "
        "Letters",
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
        "Number of Views: 1,204",
        "Source: harbournews.example.com",
        "Share on LinkedIn Share on Reddit Share on WhatsApp",
        "Joined: Tue Oct 02, 2018 7:41 am",
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
        "Your comments are subjected to moderation by the editors.",
        "Nenhum comentário:",
        "Postar um comentário",
    ],
)
def test_a_comment_forms_prompts_end_the_story(notice: str) -> None:
    article = clean(f"{_HEADLINE}\n\n{_PROSE}\n{notice}\n\nAnonymous wrote: great story\n")
    assert article.text.rstrip().endswith("the decision was overdue.")


@pytest.mark.parametrize(
    "line",
    ["Friday March 5, 2021, 09:12:30 AM |", "March 5, 2021 |", "Fri March 5, 2021 09:12 AM |"],
)
def test_a_date_line_with_a_bar_left_at_its_end_is_read(line: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert found.date is not None and found.date.start == dt.date(2021, 3, 5)


@pytest.mark.parametrize(
    "line",
    [
        "Published on 14.03.2021 10:05:00 (updated on 15.03.2021)",
        "Published on 14.03.2021 10:05:00 Reading time: 3 minutes",
        "Written by Tom Berg Published on 14.03.2021 10:05:00 (updated on 15.03.2021) Reading "
        "time: 3 minutes",
    ],
)
def test_a_date_line_with_its_update_in_brackets_and_a_reading_time_is_read(line: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert found.date is not None and found.date.start == dt.date(2021, 3, 14)


def test_a_bylines_date_with_its_update_and_reading_time_gives_author_and_date() -> None:
    article = clean(
        f"{_HEADLINE}\n\nWritten by Tom Berg Published on 14.03.2021 10:05:00 (updated on "
        f"15.03.2021) Reading time: 3 minutes\n\n{_PROSE}"
    )
    assert article.authors == ("Tom Berg",)
    assert article.published is not None and article.published.start == dt.date(2021, 3, 14)
    assert article.text.startswith("The council voted on Monday")


def test_a_site_name_before_a_bar_is_no_date() -> None:
    assert read_date_line("Harbour News |") is None
