"""Page furniture and header lines met on a third round of unseen pages (fixtures invented).

Wire pages with a ticker of other headlines and a font control run into the date line, a theme
switcher, barred picture credits under captions, ``You're reading:`` header lines, transcripts
whose speaker labels look like bylines, press-release wires with a pull quote above the lead,
German and Russian page furniture, and newsletter repost notes whose copyright year is no date.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.header import labelled_title, tagged_headline
from claimtrack.reading.line_rules import (
    boilerplate_reason,
    is_sentence_like,
    is_ui,
    page_date_line,
)
from claimtrack.reading.notices import is_barred_credit, is_furniture, is_related_link
from claimtrack.reading.page_dates import fielded_date
from claimtrack.text.date_lines import read_date_line, repost_date
from claimtrack.text.dates import parse_date
from claimtrack.text.lead_dates import dateline_date

_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_day_month_name_year_joined_by_dashes_round_trips(day: dt.date) -> None:
    text = f"[{day.day}-{_MONTH_NAMES[day.month - 1]}-{day.year}]"
    parsed = parse_date(text)
    assert parsed is not None and parsed.start == day and parsed.end == day


def test_an_impossible_dashed_date_is_refused() -> None:
    assert parse_date("31-February-2019") is None
    assert parse_date("12-Smarch-2019") is None


def test_a_page_label_after_the_date_counts_in_the_header_only() -> None:
    found = read_date_line("14.03.2019 - Pressemitteilung", header=True)
    assert found is not None and str(found.date) == "2019-03-14"
    assert read_date_line("14.03.2019 - Pressemitteilung") is None
    # A year alone is too little to split a label off.
    found = read_date_line("2019 - Annual Report", header=True)
    assert found is None or found.date is None or str(found.date) != "2019"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2024-04-29 Theme", "2024-04-29"),
        ("Newswire, January 16, 2015 Adjust font size:", "2015-01-16"),
        ("12 May 2020 Share", "2020-05-12"),
    ],
)
def test_a_page_control_run_into_a_header_date_line(line: str, expected: str) -> None:
    found = page_date_line(line, header=True)
    assert found is not None and str(found.date) == expected
    body = page_date_line(line, header=False)
    if line.startswith("date "):  # labelled: a date line anywhere (round 14)
        assert body is not None and str(body.date) == expected
    else:  # in the body an unlabelled date and a word is no date line
        assert body is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Source: Newswire| 2018-01-17 00:45:28|Editor: Jane Roe", "2018-01-17"),
        ("Source: Newswire | 17 January 2018 | Editor: Jane Roe", "2018-01-17"),
        ("Source: Newswire | Editor: Jane Roe", None),  # no date
        ("Source: Newswire | 2018-01-17 | 2018-01-18", None),  # which one? refused
        ("The talks went on | 2018-01-17 | Editor: Jane Roe", None),  # prose, not a field
    ],
)
def test_a_header_bar_of_labelled_fields_gives_its_one_date(
    line: str, expected: str | None
) -> None:
    found = fielded_date(line)
    assert (str(found.date) if found is not None else None) == expected
    if expected is not None:
        assert boilerplate_reason(line, header=True) is DropReason.DATE


def test_a_sentence_ending_in_a_control_is_no_date_line() -> None:
    assert page_date_line("The talks ended on 3 May 2019 Print", header=True) is None


def test_a_wire_dateline_with_a_state_gives_the_date() -> None:
    date = dateline_date("NORTHPORT, Mass., March 14, 2019 /NEWSWIRE/ -- Harbour Tools said")
    assert str(date) == "2019-03-14"
    assert dateline_date("NORTHPORT, March 14 /NEWSWIRE/ -- Harbour Tools said") is None


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("(Article ©2019 Coastal Press – Northport – April 9, 2019 – also appeared at x.example)",
         "2019-04-09"),
        ("(©2019 Coastal Press – also appeared at coastalpress.example)", None),  # a year only
        ("(Copyright 2019 – April 9, 2019 – April 10, 2019)", None),  # which one? refused
        ("Article ©2019 Coastal Press – April 9, 2019", None),  # not a bracketed note
        ("(He arrived on April 9, 2019 – late.)", None),  # no copyright, no repost
    ],
)  # fmt: skip
def test_a_repost_note_gives_the_original_date_never_the_copyright_year(
    note: str, expected: str | None
) -> None:
    found = repost_date(note)
    assert (str(found.date) if found is not None else None) == expected


def test_a_copyright_line_with_a_year_is_dropped_but_dates_nothing() -> None:
    raw = (
        "Harbour reopens after storm\n\nCopyright Coastal Press 2021\n\n"
        "The harbour reopened on Monday after three days of storms, the port authority said.\n"
    )
    result = clean(raw)
    assert result.published is None
    assert "Copyright" not in result.text


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Jane Doe | Coastal Press | Getty Images", True),
        ("Orbital Imaging | via Reuters", True),
        ("Jane Doe | AFP", True),
        ("Jane Doe | Reuters", False),  # a byline's form: read as a byline first
        ("Politics | World | Europe", False),  # breadcrumbs
        ("Ports are ready | analysts warn", False),
    ],
)
def test_barred_picture_credits(line: str, credit: bool) -> None:
    assert is_barred_credit(line) is credit


def test_the_caption_over_a_barred_credit_is_dropped_and_a_quote_is_kept() -> None:
    raw = (
        "Ports raise fees\n\n"
        "Ports across the region raised their fees on Monday, analysts said.\n\n"
        "A crane moves containers at night.\n\nJane Doe | Coastal Press | Getty Images\n\n"
        '"We had no choice," the port director said.\n\nOrbital Imaging | via Reuters\n\n'
        "Fees rise again in May.\n"
    )
    result = clean(raw)
    assert "A crane moves" not in result.text and "Getty" not in result.text
    assert '"We had no choice," the port director said.' in result.text
    reasons = {raw[d.start : d.end].strip(): d.reason for d in result.dropped}
    assert reasons["A crane moves containers at night."] is DropReason.IMAGE_CAPTION


def test_a_paragraph_over_an_agency_credit_alone_is_kept() -> None:
    raw = (
        "Ports raise fees\n\n"
        "Ports across the region raised their fees on Monday, analysts said.\n\n"
        "Fees will rise again in May, the port authority said.\n\nJane Doe | AFP\n\n"
        "Shipping lines said they would pass the cost on to customers.\n"
    )
    assert "Fees will rise again in May, the port authority said." in clean(raw).text


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("You're reading: Harbour chief: ports should act", "Harbour chief: ports should act"),
        ("You are reading:   Ferry talks resume", "Ferry talks resume"),
        ("Now Reading: Ferry talks resume", "Ferry talks resume"),
        ("Reading: Ferry talks resume", None),
        ("You're reading this because you subscribed.", None),
    ],
)  # fmt: skip
def test_a_reading_label_holds_the_headline(line: str, title: str | None) -> None:
    assert labelled_title(line) == title


def test_outlet_tagged_headlines_and_long_capitalised_lines_are_not_prose() -> None:
    assert tagged_headline(
        "Ports are willing to raise fees and risk trade, analysts warn – Harbour Daily"
    )
    assert not tagged_headline("Fees rose again, analysts said – as expected.")
    assert not is_sentence_like(
        "Morning interviews – Lena Ortiz, Piet Anders, Marta Keel, Jonas Vell, Anna Berg "
        "& Tomas Reyes Live"
    )
    # German prose capitalises its nouns, but not seven words in ten.
    assert is_sentence_like(
        "Die Häfen sind seit vielen Jahren unser wichtigster Partner und wir arbeiten eng "
        "mit ihnen zusammen"
    )


def test_a_ticker_of_other_headlines_is_a_related_list() -> None:
    assert is_related_link(
        "Port strike ends  • Grain prices steady  • Ferry resumes  • Budget passes"
    )
    assert not is_related_link("Port strike ends • Grain prices steady")
    assert not is_related_link(
        "The mayor listed the risks • floods • storms • and rising costs of insurance for the many "
        "small harbour businesses that have struggled since the new rules came into force "
        "in the spring of last year"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Распечатать",
        "nach oben",
        "Schlagworte",
        "• Dark",
        "You are here:   Home",
        "Adjust font size:",
        "100% Font Size",
        "Published: Updated:",
        "Share this articleClose Button",
        "||",
        "Company Codes: NYSE:HBT, NASDAQ:CGR |",
        "Morning Talk is on Facebook, /MorningTalk and on Twitter, @MorningTalk",
        "Morning Talk, 8-9am Mondays on Harbour Radio. Repeats at 7.10pm Mondays",
        "For the latest updates on ferry safety, visit our dedicated page.",
        "Мысли, опубликованные на сайте, могут не совпадать с точкой зрения редакции.",
        "Die Beiträge spiegeln nicht unbedingt die Meinung der Redaktion wider.",
        "Les opinions ne reflètent pas nécessairement l'avis de la rédaction.",
        "The views expressed do not necessarily reflect the views of the editors.",
        "View original content with multimedia:https://wire.example/news/1.html",
        "SOURCE Harbour Tools Inc.",
        "Logo - https://media.example/logo.jpg",
        "Kommentare",
        "Artikel teilen",
        "Lire la suite",
        "Compartir",
        "Главная",
    ],
)
def test_page_furniture_in_several_languages(line: str) -> None:
    assert is_ui(line) or is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister is on Twitter every day and answers questions from residents.",
        "Her findings do not necessarily reflect the views of the government, she said.",
        "The ferry leaves at 9am on Mondays and returns in the evening.",
        "Light rain is expected on Tuesday.",
        "Copyright law was reformed in 2019.",
        "Source of the leak remains unknown.",
        "The ferry leaves at 9am Mondays and returns at 5pm.",
    ],
)
def test_prose_that_resembles_furniture_is_kept(line: str) -> None:
    assert not (is_ui(line) or is_furniture(line))


def test_a_transcript_keeps_its_speaker_labels_but_a_byline_in_capitals_goes() -> None:
    transcript = (
        "Morning Talk\n\nGood morning, Mayor, and welcome to the programme today.\n\n"
        "LENA ORTIZ – Mayor of Eastby\nThanks, Tom.\n\n"
        "TOM Is the budget safe after such a narrow vote?\n\n"
        "LENA I think it is safe, the council has backed the plan twice.\n"
    )
    assert "LENA ORTIZ – Mayor of Eastby" in clean(transcript).text
    article = (
        "Harbour budget passes\n\n"
        "The council passed the harbour budget on Monday after a long debate.\n\n"
        "JANE DOE – Staff Writer\n\n"
        "The vote was close, with eleven members in favour and ten against.\n"
    )
    assert "JANE DOE" not in clean(article).text


def test_a_pull_quote_above_the_lead_is_dropped_and_the_lead_kept() -> None:
    quote = "“This approval was the last step needed to complete the merger,” said Anna Berg."
    raw = (
        f"{quote}\n\nNORTHPORT, March 14, 2019 /NEWSWIRE/ -- Harbour Tools issued a statement: "
        '"This approval was the last step needed to complete the merger," said Anna Berg. '
        "The merger closes on Friday.\n"
    )
    result = clean(raw)
    assert result.text.startswith("NORTHPORT, March 14, 2019")
    assert str(result.published) == "2019-03-14"


@given(st.text(max_size=200))
def test_the_new_readers_never_raise(text: str) -> None:
    page_date_line(text, header=True)
    fielded_date(text)
    repost_date(text)
    labelled_title(text)
    tagged_headline(text)
    is_barred_credit(text)
    is_related_link(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Stand: 12.03.2024 10:15 Uhr", "2024-03-12"),
        ("Datum: 12.03.2024", "2024-03-12"),
        ("Дата публикации: 12.03.2024", "2024-03-12"),
        ("Le 12/03/2024 à 10:15", "2024-03-12"),  # a French label: day first
        ("Modifié le : 12/03/2024 - 10:15", "2024-03-12"),
        ("Issued on: 13/03/2024 - 10:15", "2024-03-13"),
        ("Issued on: 12/03/2024 - 10:15", None),  # an English label: either way round, refused
        ("Stand 2024", None),  # "Stand" is a label only with its colon
    ],
)
def test_date_labels_in_more_languages(line: str, expected: str | None) -> None:
    found = page_date_line(line, header=True)
    assert (str(found.date) if found is not None and found.date else None) == expected
