"""Round 31: a labelled date run into a three-word line ("date 2021-07-27 Daily Business
Live"), a byline whose time is set off by "@" ("By Ada Lund - October 12, 2020 @ 3:05pm"), and
a site's forms, players and appeals (:mod:`claimtrack.reading.site_forms`)."""

from __future__ import annotations

import datetime

import pytest

from claimtrack.reading.bylines import looks_like_name
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.site_forms import is_site_form
from claimtrack.text.date_lines import read_date_line


def test_a_date_run_into_a_three_word_line_is_read() -> None:
    raw = (
        " date 2021-07-27 Harbour Business Live\n\n"
        "8am: Shares open lower\n\n"
        "The Northport index has opened sharply lower, down 87 points, as traders weighed the "
        "results of the harbour authority.\n\n"
        "Ada Lund, the authority's chief, said the results were in line with forecasts.\n"
    )
    art = clean(raw)
    assert art.published is not None
    assert art.published.start == datetime.date(2021, 7, 27)


def test_a_time_set_off_by_an_at_sign_is_a_clock_time() -> None:
    found = read_date_line("October 12, 2020 @ 3:05pm")
    assert found is not None and found.date is not None
    assert found.date.start == datetime.date(2020, 10, 12)
    assert read_date_line("October 12, 2020 at3:05pm") is None  # "at" is a word: a space after


def test_a_byline_with_its_date_and_an_at_time_gives_author_and_date() -> None:
    raw = (
        "By Ada Lund - October 12, 2020 @ 3:05pm\n"
        "NORTHPORT: Farmers and vendors here usually reap healthy incomes during the harvest, "
        "but not this time.\n"
        "Due to the movement order, sellers have no one to sell their produce to, except "
        "wholesalers.\n"
    )
    art = clean(raw)
    assert art.authors == ("Ada Lund",)
    assert art.published is not None and art.published.start == datetime.date(2020, 10, 12)
    assert art.title != raw.splitlines()[0]


@pytest.mark.parametrize(
    "line",
    [
        "Members Login",
        "Enter your Harbour Nurses Union ID number.",
        "Enter the password that accompanies your ID number.",
        "This question is for testing whether or not you are a human visitor and to prevent "
        "automated spam submissions.",
        "3 + 3 =",
        "Solve this simple math problem and enter the result. E.g. for 1+3, enter 4.",
        "Don't have an ID?",
        "This item is available in full to subscribers.",
        "Print subscribers",
        "Non-subscribers",
        "If you're a print subscriber, but do not yet have an online account, click here.",
        "close video ad",
        "Unmutetoggle ad audio on off",
        "Video Spacer",
        "Up Next No more videos! Playlist is empty -",
        "Harbour.com works better on other browsers",
        "For the best possible experience, we recommend using Chrome, Firefox or Microsoft Edge.",
        "This article was created by AI summarizing key points discussed. AI makes mistakes.",
        "DEVELOPING STORY | This story will be updated",
        "This is a developing story that is being updated as the situation evolves.",
        "[email protected]",
        "This email address is being protected from spambots. You need JavaScript enabled.",
        "[Copyright The Harbour Press, Ltd.]",
        "We need your support so Harbour.com can keep delivering news and information to you.",
        "Harbour Weekly needs your financial support!",
        "Like us on Facebook and follow us on Twitter.",
        "Share on Facebook Share on Twitter",
        "View all posts by ada lund →",
        "Showing posts with label Interview. Show all posts",
    ],
)
def test_a_sites_forms_players_and_appeals_are_boilerplate(line: str) -> None:
    assert is_site_form(line)
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Enter the harbour at night and you will see the lights of the new terminal.",
        "Enter the building through the side door, police said.",
        'The union said: "We need your support so the clinic can keep its doors open."',
        "The clinic needs your financial support, the mayor told residents on Monday.",
        "Print subscribers fell by a tenth last year, the publisher said.",
        "Copyright law was at the heart of the case heard in Northport on Monday.",
    ],
)
def test_story_lines_about_the_same_things_stay(line: str) -> None:
    assert not is_site_form(line)


_LEAD = (
    "After confirming 61 cases in six of the country’s counties, the health ministry issued an "
    "epidemic notice on Wednesday.\n\n"
    "Ground zero was revealed to be a wedding in Northport County.\n"
)


def test_a_headline_opening_with_an_institutions_name_is_the_title() -> None:
    head = "Ministry of Health Confirms Cholera Outbreak in Six Counties"
    assert clean(f"{head}\n\n{head}\n\n{_LEAD}").title == head
    assert clean(f"Ministry of Foreign Affairs\n\n{_LEAD}").title is None


def test_a_headline_of_a_sentences_length_is_the_title() -> None:
    head = (
        "Rangers from the Northern Territory catch more than 300 crocodiles in 2021 after the "
        "number rises during the heavy wet season"
    )
    assert clean(f"{head}\n\n{_LEAD}").title == head
    turn = f"MISS ADA LUND: Minister, {head.lower()}, and could it be delivered on time?"
    assert clean(f"{turn}\n\n{_LEAD}").title is None  # a long line ending a sentence: a turn


@pytest.mark.parametrize(
    "line",
    [
        "About Northport",
        "Via Harbour Netball",
        "Short Url",
        "TBS Report",
        "View Original",
        "Hello Northland.",
        "Internal Affairs",
        "Analytics Made Easy",
        "Harbour English",
        "Suspect Arrested",
        "Planning Committee",
        "Football Thread",
    ],
)
def test_a_sites_labels_are_no_authors_name(line: str) -> None:
    assert not looks_like_name(line)


@pytest.mark.parametrize("line", ["Ada Lund", "Tom Berg-Holm", "Eva van der Lund"])
def test_names_stay_names(line: str) -> None:
    assert looks_like_name(line)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("28 de julio de 2024 - 6:03 p. m.", datetime.date(2024, 7, 28)),
        (
            "Northport Editorial 7th Jan, 2015 Updated: 21st Oct, 2016   0",
            datetime.date(2015, 1, 7),
        ),
        ("March 3, 2016 Updated: 2 hours ago", datetime.date(2016, 3, 3)),
    ],
)
def test_a_date_line_with_a_spaced_clock_or_an_update_after_it_gives_its_day(
    line: str, day: datetime.date
) -> None:
    found = read_date_line(line, header=True)
    assert found is not None and found.date is not None
    assert found.date.start == day and found.kind == "published"
