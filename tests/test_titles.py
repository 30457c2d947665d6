"""Titles on pages of outlets nobody tuned for: the headline is found by its neighbours.

Every fixture is invented. Each rule is checked both ways: the headline its neighbours show is the
title, and a section label, an institution's name, a body sentence or an interview turn is not.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.header import dated_headline
from claimtrack.reading.headlines import (
    credited_headline,
    headline_shaped,
    institution_name,
    is_credit,
)
from claimtrack.reading.lines import split_lines

LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."
MORE = "Ferry crews will return to work on Friday, the union said in a statement."


def _reasons(raw: str) -> dict[str, DropReason]:
    return {raw[d.start : d.end]: d.reason for d in clean(raw).dropped}


def test_a_headline_over_the_authors_name_is_the_title_under_a_radio_pages_controls() -> None:
    # A station's controls, then a promo teaser of another story, then the headline and the
    # reporter's name alone: the credit under the headline shows it, and the body starts after.
    raw = (
        "Listen Live\nComing Up:\nOn Air Now\n"
        "On Tuesday, voters across the county chose a new mayor and two council members.\n\n"
        'Harbour Professor Says Strike Vote Reflects Workers\' "Need for Change"\n\n'
        "Mara Quill\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    headline = 'Harbour Professor Says Strike Vote Reflects Workers\' "Need for Change"'
    assert result.title == headline
    assert result.authors == ("Mara Quill",)
    assert result.text.startswith(LEAD)
    assert "voters across the county" not in result.text


@pytest.mark.parametrize(
    "credit",
    [
        "2011-03-15 09:12:44",  # a stand-alone timestamp
        "Economy Reports 15 March 2011 09:12 (UTC +04:00)",  # a section label run into the date
    ],
)
def test_a_headline_over_a_date_line_is_the_title_not_the_section_label(credit: str) -> None:
    raw = (
        "» Home    » About    » Contact\n\nHarbour News\n\n"
        f"Ferry operators will not raise fares, board says\n{credit}\n\n{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Ferry operators will not raise fares, board says"
    assert str(result.published) == "2011-03-15"


def test_a_long_headline_opening_the_page_is_the_title_not_the_first_paragraph() -> None:
    # Sixteen words and no full stop over prose that ends its sentences: a headline.
    raw = (
        "Coach Rui Mendes: I am disappointed in the players who did not fight as they should\n\n"
        "The two coaches spoke to the press shortly after the final whistle.\n\n"
        f"{MORE}\n"
    )
    result = clean(raw)
    assert result.title.startswith("Coach Rui Mendes: I am disappointed")
    assert result.text.startswith("The two coaches spoke")


def test_a_first_paragraph_without_a_full_stop_over_prose_without_one_stays_body() -> None:
    # A copy whose sentences end without full stops (some scripts print so): no headline there.
    raw = (
        "The harbour board said on Tuesday that the ferry strike would end this week\n\n"
        "Ferry crews will return to work on Friday the union said in a statement today\n"
    )
    assert clean(raw).title is None


def test_the_line_matching_the_printed_address_is_the_title() -> None:
    raw = (
        "Department for Harbours and Ferries\n|Printable version\n"
        "Statement: Harbour board summons ferry operators - 2 February 2026\n"
        f"{LEAD}\n{MORE}\nMedia enquiries\nEmail press@harbour.example\nTelephone 020 7000 0000\n"
        "Original article link: https://www.harbour.example/news/statement-harbour-board-summons-"
        "ferry-operators-2-february-2026\nLatest News from\nDepartment for Harbours and Ferries\n"
        "Harbour board opens new quay03/02/2026 14:10:00\n"
    )
    result = clean(raw)
    assert result.title == "Statement: Harbour board summons ferry operators - 2 February 2026"
    assert str(result.published) == "2026-02-02"  # the headline's day: no date line on the page
    assert result.url is not None and result.url.endswith("2-february-2026")
    assert result.text == f"{LEAD}\n\n{MORE}"
    assert "Printable version" not in result.text


def test_an_institution_name_over_a_date_is_no_headline() -> None:
    raw = f"Ministry of Harbours and Ferries\n18 October 2021\n\n- {LEAD}\n\n{MORE}\n"
    assert clean(raw).title is None


@pytest.mark.parametrize(
    "text",
    [
        "Ministry of Foreign Affairs",
        "Northern Harbour Council",
        "Foreign, Commonwealth and Development Office",
        "Ministero degli Affari Esteri e della Cooperazione Internazionale",
        "Embassy of the Republic of Harbourland",
    ],
)
def test_institution_names(text: str) -> None:
    assert institution_name(text)
    assert not headline_shaped(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour board summons ferry operators",
        "Why the ferry strike ended?",
        "Ferry Operators Agree Deal to End Strike",
        "Council Meeting Hits the Potholes",
        "Coach Rui Mendes: I am disappointed in the players",
    ],
)
def test_headline_shapes(text: str) -> None:
    assert headline_shaped(text)
    assert not institution_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board said on Tuesday that the strike ended.",  # a sentence
        "display them here!",  # the tail of a wrapped line
        "Category Archive: Harbour Updates",  # a listing page's label
        "Mara Quill",  # a name
        "Contents:",  # a label
    ],
)
def test_not_headline_shapes(text: str) -> None:
    assert not headline_shaped(text)


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("By Mara Quill", True),
        ("Mara Quill", True),
        ("2011-03-15 09:12:44", True),
        ("March 3, 2024", True),
        ("The board said so.", False),
        ("Ferry strike ends after talks", False),
    ],
)
def test_credits(text: str, credit: bool) -> None:
    assert is_credit(text) is credit


def test_a_forum_archives_thread_line_gives_the_title_without_its_tag() -> None:
    raw = (
        "View Full Version : [12] Coach says we were the better side and did not back off\n\n"
        "Harbour Fans\n03-11-2016, 07:36 PM\n\n"
        "Q. Coach, why could you not see the game through?\n\n"
        "COACH: “We were the better side by far. But we did not win.”\n"
    )
    result = clean(raw)
    assert result.title == "Coach says we were the better side and did not back off"
    assert result.published is None  # 03-11-2016 reads both ways: never guessed


def test_an_interview_turn_printed_last_is_no_title() -> None:
    raw = (
        "Read Transcript EXPAND\n"
        "HOST: Are you convinced that the allies will stay the course, whatever happens?\n"
        "MINISTER: Well, first of all, I want to be straight on one issue. We will hold.\n"
        "HOST: Can you tell me which countries you are talking about?\n"
        "MINISTER: I am very honest\n"
    )
    result = clean(raw)
    assert result.title is None
    assert result.text.endswith("MINISTER: I am very honest")
    assert "Read Transcript" not in result.text


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("Printer Friendly Page", False),
        ("|Printable version", False),
        ("Read Transcript EXPAND", False),
        ("Szerző: Mara Quill", False),
        ("További hírek", True),
        ("Media enquiries", True),
        ("Latest News from", True),
    ],
)
def test_page_furniture_under_the_story_is_dropped(line: str, ends: bool) -> None:
    raw = f"Ferry operators agree deal to end strike\n\n{LEAD}\n\n{MORE}\n\n{line}\n\nOther story."
    result = clean(raw)
    # An end marker cuts what follows it; a control or a byline goes alone.
    assert result.text == f"{LEAD}\n\n{MORE}" + ("" if ends else "\n\nOther story.")
    assert result.title == "Ferry operators agree deal to end strike"


def test_a_headline_packed_above_a_paragraph_is_not_its_wrapped_start() -> None:
    # A headline touching a shorter first paragraph is no hard-wrapped line of it.
    raw = (
        "Statement: Harbour board summons ferry operators\n"
        "The harbour board summoned the ferry operators on Monday.\n"
        f"{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Statement: Harbour board summons ferry operators"
    assert result.text.startswith("The harbour board summoned")


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Statement: Harbour board summons operators - 2 February 2026", "2026-02-02"),
        ("Ferry timetable, March 3, 2024", "2024-03-03"),
        ("Budget 2024", None),  # a year is no day
        ("Review of March 2024", None),
        ("Talks held 2 February 2026", None),  # no dash or comma before it: part of the headline
    ],
)
def test_a_headline_ending_in_its_day(title: str, day: str | None) -> None:
    found = dated_headline(title)
    assert (str(found) if found else None) == day


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ .,:!?-\n", min_size=0, max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORD, min_size=0, max_size=12))
@example([":" * 20, "A", "", ":" * 20, ":" * 19 + "?"])  # lines joined as a wrapped headline
def test_the_title_is_always_a_line_of_the_page_or_none(pieces: list[str]) -> None:
    raw = "\n".join(pieces)
    result = clean(raw)
    if result.title is not None:
        # A line of the page, or a hard-wrapped headline: consecutive lines joined by a space.
        lines = [line.strip() for line in raw.splitlines()]
        runs = {
            " ".join(lines[i:j]) for i in range(len(lines)) for j in range(i + 1, len(lines) + 1)
        }
        assert result.title.strip() in raw or any(result.title.strip() in run for run in runs)
    assert DropReason.TITLE not in _reasons(raw).values() or result.title is not None


@pytest.mark.parametrize(
    "line",
    [
        "Para leer la entrevista completa click acá",
        "Pour lire l’article complet, cliquez ici",
        "Former harbour master Jan Nowak / Anna Kowalska / Archive Harbour FM",
    ],
)
def test_links_and_slashed_photo_credits_are_dropped(line: str) -> None:
    raw = f"Ferry operators agree deal to end strike\n\n{LEAD}\n\n{line}\n\n{MORE}\n"
    assert clean(raw).text == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize(
    "line",
    [
        "Trains run Gdansk / Berlin / Paris all week.",  # a route, not a credit
        "She said she would click here and there until it worked.",
    ],
)
def test_sentences_with_slashes_or_clicks_stay(line: str) -> None:
    raw = f"Ferry operators agree deal to end strike\n\n{LEAD}\n\n{line}\n\n{MORE}\n"
    assert line in clean(raw).text


def test_a_wire_dateline_split_from_its_paragraph_is_no_title() -> None:
    raw = (
        "NEW\nYORK—(BUSINESS WIRE)—Harbourline Ferries\n"
        "Ltd., the coast's ferry company, is pleased to announce that it has bought a shipyard "
        "on the north quay for its growing fleet. The board approved the deal on Monday.\n"
    )
    assert clean(raw).title is None


@pytest.mark.parametrize(
    "credit",
    ["Mara Quill", "March 4, 2024"],
)
def test_a_subheading_over_a_credit_does_not_displace_the_lead(credit: str) -> None:
    # The page's headline stands apart over the lead: a headline-shaped line further down,
    # even over a name or a date, is a subheading, and the lead stays in the body.
    raw = (
        f"Ferry strike ends after talks\n\n{LEAD}\n\n"
        f"What happens next for the crews and the timetable\n\n{credit}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Ferry strike ends after talks"
    assert result.text.startswith(LEAD)
    assert MORE in result.text


def test_an_interview_opening_with_a_question_keeps_it_and_its_headline() -> None:
    raw = (
        "Ferry strike: the union leader speaks\n\nQ: Why did the strike end?\n\n"
        f"MARA QUILL: {LEAD}\n\nQ: What next?\n\nMARA QUILL: {MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Ferry strike: the union leader speaks"
    assert result.text.startswith("Q: Why did the strike end?")


def test_a_name_alone_above_the_body_is_its_byline_not_the_title() -> None:
    raw = (
        "Ferry strike ends\nUnion and operators settle after a week of talks over pay\n\n"
        f"Mara Quill\nStaff Writer\n\n{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Ferry strike ends"  # a short headline packed over its subtitle
    assert result.authors == ("Mara Quill",)  # the role under the name is no author
    assert result.text.startswith(LEAD)


def test_a_standfirst_with_a_full_stop_under_the_headline_is_not_the_title() -> None:
    raw = (
        "EXCLUSIVE\n\nFerry strike ends after talks\n\n"
        "The union accepted a pay offer on Monday.\n\nBy Mara Quill\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Ferry strike ends after talks"
    assert result.text.startswith(LEAD)


def test_a_short_title_case_headline_alone_above_the_body_stays_the_title() -> None:
    result = clean(f"Harbour Plan Approved\n{LEAD}\n{MORE}\n")
    assert result.title == "Harbour Plan Approved"
    assert result.authors == ()


@pytest.mark.parametrize(
    "under",
    [
        # A government page's fields: "From: …" is no headline even over a date line.
        "From: Department for Harbours\nPublished 2 February 2026",
        # An agency signing the story is a credit.
        "By The Associated Press",
    ],
)
def test_fields_and_agency_bylines_under_the_headline_are_not_titles(under: str) -> None:
    raw = f"Press release\n\nHarbour board summons ferry operators\n\n{under}\n\n{LEAD}\n\n{MORE}\n"
    result = clean(raw)
    assert result.title == "Harbour board summons ferry operators"
    assert result.text.startswith(LEAD)


def test_a_list_of_headlines_with_their_dates_gives_no_headline_by_credit() -> None:
    # Headline, date, headline, date: a listing of stories, not one headline and its credit.
    raw = (
        "Harbour board summons ferry operators\nMarch 3, 2024\n\n"
        "Bridge opens in spring after repairs\nMarch 2, 2024\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert credited_headline(split_lines(raw)) is None
