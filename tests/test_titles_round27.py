"""Round 27: a headline under a browser notice, printed again after a trail or a bullet, and a
long headline over a paragraph that leads in; a sentence running into a line is no trail."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

_HEADLINE = "“A big deal:” Northport gives green tick to wind project – the first in years"
_PROSE = (
    "The Northport state government has given planning approval to a 400 megawatt wind "
    "project that has been tied up for nearly a decade.\n\n"
    "The approval is believed to be the first in three years.\n"
)


def test_a_browser_notice_above_the_headline_is_no_prose() -> None:
    page = (
        "Your web browser is no longer supported. To improve your experience update it here\n\n"
        "Minister tells parents to back off\n\n" + _PROSE
    )
    cleaned = clean(page)
    assert cleaned.title == "Minister tells parents to back off"
    assert cleaned.text.startswith("The Northport state government")
    assert "browser" not in cleaned.text


@pytest.mark.parametrize(
    "copy",
    [
        f"Home » Renewables » {_HEADLINE}",
        f"Você está aqui: Notícias » {_HEADLINE}",
        f"• {_HEADLINE}",
    ],
)
def test_a_headline_printed_again_after_a_trail_or_a_bullet_is_the_title(copy: str) -> None:
    cleaned = clean(f"{copy}\n\n{_HEADLINE}\n\n{_PROSE}")
    assert cleaned.title == _HEADLINE
    assert cleaned.text.startswith("The Northport state government")


def test_a_long_headline_over_a_paragraph_leading_in_to_a_quotation() -> None:
    headline = (
        "Northport judge justifies a sentence of probation below the guideline for a harbour "
        'importer because of "the statutory and regulatory consequences she will face as a '
        'convicted felon"'
    )
    lead = (
        'As reported in this new piece, a "judge in Northport sentenced a young woman to '
        'probation rather than prison, saying the consequences were punishment enough." Here '
        "is more about the opinion:"
    )
    cleaned = clean(f"Wednesday, May 25, 2016\n\n{headline}\n\n{lead}\n\n{_PROSE}")
    assert cleaned.title == headline
    assert cleaned.text.startswith("As reported in this new piece")


def test_a_sentence_that_runs_into_the_line_below_is_no_trail() -> None:
    page = (
        "April’s roundup of jobs news around Northport continues with news that a lab is "
        "expanding and will create 180 jobs over the next three years.\n\n"
        "Employment news across Northport, April 2021\n\n"
        "A lab is expanding and will create 180 jobs over the next three years.\n\n" + _PROSE
    )
    cleaned = clean(page)
    assert "A lab is expanding" in cleaned.text
    assert cleaned.title != "A lab is expanding and will create 180 jobs over the next three years."


@pytest.mark.parametrize(
    "name_line",
    ["High Court Judge Justice Ada Lund", "The Northport Courier"],
)
def test_a_titled_name_or_a_publication_the_body_writes_is_no_headline(name_line: str) -> None:
    page = (
        "Judge lashes out at magistrates\n\n"
        f"{name_line}\n\n"
        "SENIOR High Court judge Justice Ada Lund on Tuesday lashed out at magistrates, "
        "she told The Northport Courier.\n\n"
        "The magistrates did not reply.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "Judge lashes out at magistrates"
    assert name_line not in cleaned.authors


def test_a_bare_name_the_body_writes_may_still_head_an_interview() -> None:
    page = (
        "Ada Lund\n\n"
        "We met Ada Lund in Northport to talk about her films and the years since.\n\n"
        "Q: When did you start?\n\nA: In 2001, after school.\n"
    )
    assert clean(page).title == "Ada Lund"


def test_a_post_filed_in_several_sections_is_a_date_line_not_the_title() -> None:
    page = (
        "OFFICE OF THE MAYOR — Statement — Mayor Lund’s statement on the harbour figures\n\n"
        "Posted on Jun 19, 2020 in Harbour News Releases, Latest Council News, Office of the "
        "Mayor Press Releases\n\n"
        "Today’s rise in cargo was expected as we began to reopen the port.\n\n"
        "The council will report again on Friday.\n"
    )
    cleaned = clean(page)
    assert cleaned.title.startswith("OFFICE OF THE MAYOR")
    assert str(cleaned.published) == "2020-06-19"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "February 10, 2021, 6pm Youth justice centre a true community project",
            "Youth justice centre a true community project",
        ),
        ("10 February 2021 Youth justice centre opens", "Youth justice centre opens"),
        ("May Day rally draws crowds in Northport", "May Day rally draws crowds in Northport"),
    ],
)
def test_a_day_run_into_the_headline_is_no_part_of_it(line: str, title: str) -> None:
    page = f"News in Brief\n\n{line}\n\n{_PROSE}"
    assert clean(page).title == title


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("date 2024-10-01 Trial in Northport", "2024-10-01"),
        ("[2/23/2020 10:15:04 AM]", "2020-02-23"),
        ("19 | MAY | 2019", "2019-05-19"),
    ],
)
def test_a_date_line_in_brackets_in_cells_or_before_a_section(line: str, day: str) -> None:
    page = f"{line}\n\nPort to reopen next week\n\n{_PROSE}"
    cleaned = clean(page)
    assert str(cleaned.published) == day
    assert cleaned.title == "Port to reopen next week"


@pytest.mark.parametrize(
    "headline",
    [
        "13 years for arson attack: “Like the death penalty!”",
        "Mayor opens the Northport mine: “This project keeps the city moving forward.”",
    ],
)
def test_a_headline_ending_on_a_quotation_after_a_colon(headline: str) -> None:
    cleaned = clean(f"AUG. 14, 2019\n\n{headline}\n\n{_PROSE}")
    assert cleaned.title == headline
    assert cleaned.text.startswith("The Northport state government")


def test_a_paragraph_reporting_speech_before_a_colon_is_no_headline() -> None:
    page = (
        "Port to reopen next week\n\n"
        "The mayor said: “This project keeps the city moving forward.”\n\n" + _PROSE
    )
    cleaned = clean(page)
    assert cleaned.title == "Port to reopen next week"
    assert cleaned.text.startswith("The mayor said")
