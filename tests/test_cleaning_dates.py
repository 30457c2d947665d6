"""Date lines met on news pages in several languages: labels, times, zones, glued section names.

Relative dates ("2 hours ago", "hace 2 horas") are refused, never guessed; an ambiguous numeric
date is read only when a time zone printed with it tells which way round it is.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.text.date_lines import (
    lead_today_date,
    read_date_line,
    trailing_date,
)
from claimtrack.text.dates import parse_date
from claimtrack.text.relative_dates import is_relative_date


@pytest.mark.parametrize(
    ("line", "expected", "kind"),
    [
        ("Page last updated at 11:03 GMT, Monday, 28 April 2008 12:03 UK", "2008-04-28", "updated"),
        ("Updated: 02-11-2022 01:55 IST", "2022-11-02", "updated"),
        ("Ultimo aggiornamento: 2019-11-15 22:54:36", "2019-11-15", "updated"),
        ("Pubblicato il 23 marzo 2017", "2017-03-23", "published"),
        ("Publicado el 4 de junio de 2024", "2024-06-04", "published"),
        ("Veröffentlicht am 25. März 2019, 10:15 Uhr", "2019-03-25", "published"),
        ("Créé le 3 février 2021", "2021-02-03", "published"),
        ("23.03.2017 - 16:570", "2017-03-23", "published"),  # a counter glued to the time
        ("#3624866, posted on October 19, 2020 at 6:10 pm", "2020-10-19", "comment"),
        ("World25-9-2021 | 19:42", "2021-09-25", "published"),  # a section name run into it
        ("عرب وعالم25-9-2021 | 19:42", "2021-09-25", "published"),
        ("Dernière mise à jour : 3 mars 2024", "2024-03-03", "updated"),
        ("mercoledì 3 marzo 2024", "2024-03-03", "published"),
        ("Ultima modifica: 3 marzo 2024 ore 10:15", "2024-03-03", "updated"),
        ("Publicado em 3 de março de 2024 às 10:15", "2024-03-03", "published"),
        ("Sexta-feira, 1 de março de 2024", "2024-03-01", "published"),
        ("Оновлено: 3 березня 2024, 10:15", "2024-03-03", "updated"),
        ("Четверг, 3 марта 2024", "2024-03-03", "published"),
        ("Opublikowano: 3 marca 2024 r.", "2024-03-03", "published"),
        ("3. března 2024", "2024-03-03", "published"),
        ("3 Mart 2024", "2024-03-03", "published"),
        ("Sun 3 Mar 2024 14.30 GMT", "2024-03-03", "published"),
        ("Updated 10:15 AM EST, Sun March 3, 2024", "2024-03-03", "updated"),
        ("1. November 2, 2021", "2021-11-02", "published"),  # a numbered list's date
        ("25. März 2019", "2019-03-25", "published"),  # a day number, not a list number
    ],
)
def test_date_lines_in_several_forms(line: str, expected: str, kind: str) -> None:
    found = read_date_line(line)
    assert found is not None
    assert str(found.date) == expected
    assert found.kind == kind


def test_a_dashed_section_label_counts_in_the_header_only() -> None:
    line = "Press briefing transcript - Montag, 25. März 2019"
    assert read_date_line(line) is None
    found = read_date_line(line, header=True)
    assert found is not None and str(found.date) == "2019-03-25"
    # A title that merely contains a date is no date line ("… of 25 March 2019").
    assert read_date_line("Government press conference of 25 March 2019", header=True) is None
    assert read_date_line("Covid19 2020") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("02-11-2022 01:55 IST", "2022-11-02"),  # India: day first
        ("02/11/2022 10:00 GMT", "2022-11-02"),
        ("02/11/2022 10:00 EST", "2022-02-11"),  # North America: month first
        ("02-11-2022", None),  # nothing tells which way round: refused
        ("25-9-2021", "2021-09-25"),  # only one reading exists
    ],
)
def test_an_ambiguous_numeric_date_needs_a_time_zone(line: str, expected: str | None) -> None:
    found = parse_date(line)
    assert (str(found) if found else None) == expected


@pytest.mark.parametrize(
    "line",
    ["2 hours ago", "Updated 3 days ago", "hace 2 horas", "Publicado hace 5 minutos",
     "il y a 3 jours", "vor 2 Stunden", "2 ore fa", "2 часа назад", "yesterday", "ayer",
     "Today at 10:15 AM", "ayer a las 18:00", "вчера в 18:00"],
)  # fmt: skip
def test_relative_dates_are_refused_not_guessed(line: str) -> None:
    assert is_relative_date(line)
    assert parse_date(line) is None
    body = "The port authority raised its tolls on Monday, the third rise this year."
    raw = f"Harbour Tolls Rise Again\n\n{line}\n\n{body}\n"
    result = clean(raw)
    assert result.published is None
    assert line not in result.text
    # Under the first paragraph too, it is page furniture, not body.
    below = clean(f"Harbour Tolls Rise Again\n\n{body}\n\n{line}\n\nShipping lines protested.\n")
    assert line not in below.text and below.published is None


def test_a_date_set_off_before_the_lead_is_read_and_split_off() -> None:
    raw = (
        "14 March 2011 ~ Harbour pilots walked out on Monday over a pay dispute that has lasted "
        "since the winter, the union said.\n\nTalks resume on Friday.\n"
    )
    result = clean(raw)
    assert str(result.published) == "2011-03-14"
    assert result.text.startswith("Harbour pilots walked out on Monday")
    reasons = {raw[d.start : d.end]: d.reason for d in result.dropped}
    assert reasons["14 March 2011 ~"] is DropReason.DATE


def test_a_timeline_in_the_body_keeps_its_dates() -> None:
    raw = (
        "The strike began in the winter and has spread to three more ports since then, the union "
        "said on Monday.\n\n"
        "12 March 2011 - Pilots in the northern port stop work over the new rosters.\n\n"
        "14 March 2011 - Pilots in the two southern ports join the strike.\n"
    )
    result = clean(raw)
    assert "12 March 2011 - Pilots in the northern port" in result.text
    assert "14 March 2011 - Pilots in the two southern ports" in result.text


def test_a_comment_date_is_the_last_resort_for_the_article_date() -> None:
    raw = (
        "Weekend Forum\n\nPublished 17 October 2020\n\n"
        "Open thread for the weekend: the usual rules apply to everyone posting here.\n\n"
        "  1. Gull\n    #3624866, posted on October 19, 2020 at 6:10 pm\n\n"
        "    The ferries were late again this morning, and nobody said why.\n"
    )
    assert str(clean(raw).published) == "2020-10-17"


@given(st.text(max_size=80))
def test_date_readers_never_raise(text: str) -> None:
    parse_date(text)
    read_date_line(text)
    read_date_line(text, header=True)
    is_relative_date(text)


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.sampled_from(["GMT", "IST", "CET", "EST", "PST"]),
)
def test_a_zone_reads_any_numeric_date_the_right_way_round(day: dt.date, zone: str) -> None:
    day_first = zone in ("GMT", "IST", "CET")
    a, b = (day.day, day.month) if day_first else (day.month, day.day)
    found = parse_date(f"{a:02d}-{b:02d}-{day.year} 10:30 {zone}")
    assert found is not None and found.start == day


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Roe March 3, 2024", ("Jane Roe",)),
        ("By Jane Roe, March 3, 2024", ("Jane Roe",)),
        ("Jane Roe, March 3, 2024", ("Jane Roe",)),
        ("By Jane RoeMarch 3, 2024", ("Jane Roe",)),
        ("By Jane Roe on March 3, 2024", ("Jane Roe",)),
        ("Jane Roe Updated: March 3, 2024", ("Jane Roe",)),
        ("By Jane Roe, Staff Writer March 3, 2024", ("Jane Roe",)),
        ("By Jane Roe • 3 min read • March 3, 2024", ("Jane Roe",)),
        ("WorldMarch 3, 2024", ()),  # a section name run into the date
        ("Politics March 3, 2024 10:15 AM", ()),
        ("POLITICS 03/03/2024", ()),
    ],
)
def test_a_date_run_into_a_byline_or_section_name(line: str, authors: tuple[str, ...]) -> None:
    result = clean(f"Ferry Strike Ends After Talks\n\n{line}\n\n{_LEAD}\n\nThe union agreed.\n")
    assert str(result.published) == "2024-03-03"
    assert result.authors == authors
    assert result.title == "Ferry Strike Ends After Talks"


def test_a_headline_ending_in_a_date_is_neither_a_name_nor_a_date_line() -> None:
    line = "Election Results Due March 3, 2024"
    result = clean(f"{line}\n\n{_LEAD}\n")
    assert result.authors == () and result.published is None
    assert result.title == line
    # A bare year is too little to split a line on.
    assert list(trailing_date("By Jane Roe 2024")) == []


_LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        ("Par Jane Roe, publié le 3 mars 2024 à 10h15", ("Jane Roe",)),
        ("di Jane Roe\n03/03/2024", ("Jane Roe",)),
        ("Von Jane Roe | 03.03.2024, 10:15 Uhr", ("Jane Roe",)),
        ("Newswire\nMarch 3, 2024 10:15 AM GMT+1 Updated 2 hours ago", ()),
        ("March 3, 2024 / 10:15 AM / Harbour News", ()),
        ("March 3, 2024 Updated March 4, 2024", ()),
    ],
)
def test_bylines_and_date_lines_of_several_outlets(header: str, authors: tuple[str, ...]) -> None:
    result = clean(f"Ferry Strike Ends After Talks\n\n{header}\n\n{_LEAD}\n\nThe union agreed.\n")
    assert str(result.published) == "2024-03-03"
    assert result.authors == authors
    assert result.text.startswith(_LEAD)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Publicado: 02/03/2024 - 18:00 h", "2024-03-02"),  # labelled in Spanish: day first
        ("Veröffentlicht am 02/03/2024", "2024-03-02"),
        ("Published: 02/03/2024", None),  # an English label says nothing of the order
    ],
)
def test_a_label_in_another_language_reads_a_numeric_date_day_first(
    line: str, expected: str | None
) -> None:
    found = parse_date(line)
    assert (str(found) if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected", "labelled"),
    [
        ("Published: Friday | March 6, 2026 | 12:28 AM", "2026-03-06", True),
        ("Posted:Tue | Apr 7, 2026", "2026-04-07", True),
        ("Friday | March 6, 2026", "2026-03-06", False),
    ],
)
def test_a_weekday_set_off_by_a_bar_is_part_of_the_date(
    line: str, expected: str, labelled: bool
) -> None:
    found = read_date_line(line, header=True)
    assert found is not None and str(found.date) == expected
    assert found.labelled is labelled


def test_a_weekday_bar_over_a_section_name_is_no_date() -> None:
    assert read_date_line("Friday | Sport", header=True) is None


def test_a_published_line_glued_to_its_byline_outranks_the_mastheads_date() -> None:
    # The masthead prints the day of reading ("Tue | Apr 7, 2026"); the story's own line says
    # "Published", its time run straight into the reporter's name.
    raw = (
        "Tue | Apr 7, 2026\n\n"
        "No deal! - Harbour chief says the port has never hidden its losses from anyone\n\n"
        "Published:Friday | March 6, 2026 | 12:28 AMMara Quill/Senior Staff Reporter\n\n"
        "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
        "Ferry crews will return to work on Friday, the union said in a statement.\n"
    )
    result = clean(raw)
    assert str(result.published) == "2026-03-06"
    assert result.title == (
        "No deal! - Harbour chief says the port has never hidden its losses from anyone"
    )
    assert "Mara Quill" not in result.text
    assert result.text.startswith("The harbour board said")


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Rais wa Bandari leo tarehe 16 Mei, 2017 amefanya ziara katika ofisi za feri.",
            "2017-05-16",
        ),
        ("The harbour minister today, 16 May 2017, opened the new ferry quay.", "2017-05-16"),
        ("Heute, am 3. März 2024, eröffnete der Minister den Hafen.", "2024-03-03"),
        ("The minister said today that the quay opened on 16 May 2017.", None),  # not its day
        ("The harbour minister today opened the new ferry quay.", None),
        ("The minister today, in May 2017, opened the quay.", None),  # no day named
    ],
)
def test_a_lead_names_its_day_after_the_word_for_today(lead: str, expected: str | None) -> None:
    found = lead_today_date(lead)
    assert (str(found) if found else None) == expected


def test_a_press_releases_lead_dates_it_when_the_page_prints_no_date() -> None:
    raw = (
        "Ferry quay opened\n\n"
        "The harbour minister today, 16 May 2017, opened the new ferry quay in Northport.\n\n"
        "Ferry crews will use it from Friday, the union said in a statement.\n"
    )
    assert str(clean(raw).published) == "2017-05-16"
    dated = raw.replace("Ferry quay opened\n\n", "Ferry quay opened\n\nPublished 17 May 2017\n\n")
    assert str(clean(dated).published) == "2017-05-17"  # a date line outranks the lead
