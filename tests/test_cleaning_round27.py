"""Round 27: a portrait's caption (a titled name alone) inside the story; a browser's notice."""

from __future__ import annotations

import pytest

from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import clean
from claimtrack.text.first_names import given_name_gender, is_given_name

_STORY = (
    "Northport lost again\n\n"
    "The side lost its third game in a row on Saturday, and the coach was unhappy.\n\n"
    "{line}\n\n"
    "“We have to be better than that,” Tom Berg said after the game.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Judge Tom Berg",
        "Northport head coach Tom Berg",
        "Speaker Frank Berg Jr.",
        "Mayor Ada C. Lund",
    ],
)
def test_a_titled_name_alone_inside_the_story_is_a_caption(line: str) -> None:
    cleaned = clean(_STORY.format(line=line))
    assert line not in cleaned.text
    assert "We have to be better" in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "President Lund Visits Northport",  # a subheading: no first name after the title
        "Mayor Ada Lund Resigns Over Harbour Plan",  # more than a name after the title
        "MAYOR ADA LUND",  # a transcript's speaker in capitals
        "Mayor Ada Lund:",  # a label
        "Coach Tom Berg said it was fine.",  # a sentence
    ],
)
def test_lines_that_are_more_than_a_titled_name_stay(line: str) -> None:
    assert not is_caption_form(line)


def test_over_the_story_a_titled_name_may_be_the_headline() -> None:
    assert not is_caption_form("Mayor Ada Lund Resigns", header=True)
    assert is_caption_form("Mayor Ada Lund")


def test_the_first_name_dictionary_is_shared() -> None:
    assert is_given_name("Ada") and given_name_gender("Ada") == "f"
    assert not is_given_name("Northport")


@pytest.mark.parametrize(
    "credit",
    ["Published on 11.10.2020 at 18h21 by Northport News", "By Northport Desk | 11 October 2020"],
)
def test_a_desk_or_an_outlet_credited_signs_no_one(credit: str) -> None:
    page = (
        "Port to reopen next week\n\n"
        f"{credit}\n\n"
        "The port will reopen next week after repairs, the harbour board said on Saturday.\n\n"
        "Ships have waited off the coast for ten days.\n"
    )
    cleaned = clean(page)
    assert cleaned.authors == ()
    assert str(cleaned.published) == "2020-10-11"
    assert credit not in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Read More.",
        "(Read more)",
        "Don’t stop reading: Firefighters put out a fire in a bar in the north of Northport",
        "Don’t miss: the harbour opens on Monday",
        "Similar News:You can also read news stories similar to this one from other sources.",
        "Send your stories to tips@northport.example",
    ],
)
def test_a_sites_controls_promotions_and_requests_inside_the_story_go(line: str) -> None:
    page = (
        "Port to reopen next week\n\n"
        "The port will reopen next week after repairs, the harbour board said on Saturday.\n\n"
        f"{line}\n\n"
        "Ships have waited off the coast for ten days.\n"
    )
    cleaned = clean(page)
    assert line not in cleaned.text
    assert "Ships have waited" in cleaned.text


def test_a_quotation_saying_dont_miss_stays() -> None:
    page = (
        "Port to reopen next week\n\n"
        "The port will reopen next week after repairs, the harbour board said on Saturday.\n\n"
        "He said: don’t miss the point, the port is open.\n\n"
        "Ships have waited off the coast for ten days.\n"
    )
    assert "don’t miss the point" in clean(page).text
