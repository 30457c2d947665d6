"""Round 8 of the header rules: titles and dates on unseen pages.

Every fixture is invented. Each rule is checked both ways where it can misfire: the furniture or
the cut-off line is not the title (and a body line stays in the body), and a real headline or
date of the same shape is still read.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.header import cut_off_last, is_section_pair
from claimtrack.reading.page_dates import page_date_line
from claimtrack.text.date_lines import lead_credit_date
from claimtrack.text.story_datelines import story_dateline

BODY = (
    "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
    "Ferry crews will return to work on Friday, the union said in a statement.\n\n"
    '"We are glad it is over," said Mara Quill, who runs the morning ferry.\n\n'
)


# -- the last line of a cut-off copy is never its title ------------------------------------


@pytest.mark.parametrize(
    "cut",
    [
        "By raising the issue, Quill stressed the need to bal",
        "Quill also wrote: “Our hope was that, follo",
        'The chair added: "Crews will be back at sea soon and the fa',
        "Watch the harbour board's press conference after the vote against Nor",
    ],
)
def test_the_cut_off_last_line_is_no_title_and_stays_in_the_body(cut: str) -> None:
    result = clean(BODY + cut)
    assert result.title is None
    assert cut in result.text


def test_a_video_teaser_last_of_all_is_no_title() -> None:
    assert clean(BODY + "Watch: Harbour Union's Chair on the Long Strike\n").title is None


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry Strike Ends After Night of Talks",
        "They deserved the deal: Harbour Union's Quill after 12-hour talks",
        "“We are glad”: Harbour Union's Quill on the Deal",
    ],
)
def test_a_headline_printed_below_the_body_is_still_its_title(headline: str) -> None:
    assert not cut_off_last(headline)
    assert clean(BODY + headline + "\n").title == headline


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_cut_off_last_takes_any_text(text: str) -> None:
    assert cut_off_last(text) in (True, False)


# -- dates as pages print them -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Wed - 09 Oct 2019 - 12:38 AM ،،،", "2019-10-09"),  # separators left at the end
        ("Monday, March 6, 2017, 12:20 p.m. Main Hall, Harbour Board Office", "2017-03-06"),
        ("SELASA, 08 APRIL 2025 | 19:19 WIB | LAPORAN: JANE ROE", "2025-04-08"),
        ("Kamis, 10 Juli 2025, 10:15 WIB", "2025-07-10"),
        ("date 2026-01-26 Noticias", "2026-01-26"),  # a section's name run into the date
        ("Published 2024-03-03 World News", "2024-03-03"),
        ("17 Ene. 2020", "2020-01-17"),
        ("4 Fev. 2021", "2021-02-04"),
        ("3 set. 2020", "2020-09-03"),
        ("12 janv. 2011", "2011-01-12"),
        ("3 Okt. 2020 10:00", "2020-10-03"),
        ("Jan. 18, 2023 12:11 PM", "2023-01-18"),
    ],
)
def test_a_header_date_line_is_read(line: str, day: str) -> None:
    found = page_date_line(line, header=True)
    assert found is not None and found.date is not None
    assert str(found.date) == day
    raw = f"{line}\n\nHarbour Strike Ends After Talks\n\n{BODY}"
    result = clean(raw)
    assert str(result.published) == day
    assert result.title == "Harbour Strike Ends After Talks"


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2024 Minister",  # an unlabelled date may start a headline: not read as one
        "3 set 2020",  # "set" without its full stop is a word, not a month
        "Monday, March 6, 2017, 12:20 p.m. the minister said the talks went on.",
    ],
)
def test_lines_that_are_no_date_line(line: str) -> None:
    assert page_date_line(line, header=True) is None


def test_a_byline_with_its_date_and_reading_time_gives_both() -> None:
    raw = (
        "Harbour Strike Ends After Talks\n\n"
        "by The Harbour Times news desk January 18, 2023 6:04 PM 1 min read\n\n" + BODY
    )
    result = clean(raw)
    assert str(result.published) == "2023-01-18"
    assert result.authors == ()  # a desk signs no one (round 27): the line is still read


# -- a site's section label is never the title ---------------------------------------------


@pytest.mark.parametrize(
    "label", ["News & activities", "Reports & News", "Press and Media", "Noticias y eventos"]
)
def test_a_pair_of_sections_is_no_headline(label: str) -> None:
    assert is_section_pair(label)
    raw = f"{label}\n\nWed - 09 Oct 2019 - 12:38 AM\n\n{BODY}"
    result = clean(raw)
    assert result.title is None
    assert str(result.published) == "2019-10-09"


@pytest.mark.parametrize(
    "headline", ["Salt & Pepper Prices Rise Again", "Ferries and Buses Stop", "Law & Order"]
)
def test_a_headline_with_an_ampersand_is_no_section_pair(headline: str) -> None:
    assert not is_section_pair(headline)


def test_the_headline_under_a_date_line_beats_the_section_label_above() -> None:
    raw = (
        "Skip to content\n\nNews & activities\n\nPress releases\n\n2020-10-26\n"
        "Harbour board chair attends the opening of the new ferry terminal\n\n" + BODY
    )
    result = clean(raw)
    assert result.title == "Harbour board chair attends the opening of the new ferry terminal"
    assert str(result.published) == "2020-10-26"


# -- a wire's dateline opens the story -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "month", "day", "year"),
    [
        ("MADRID, 17 Ene. (EUROPA PRESS) -", 1, 17, None),
        ("NORTHPORT, March 3 (Harbour Wire) — The board said", 3, 3, None),
        ("NORTHPORT, Feb. 29, 2024 (HW) - The board said", 2, 29, 2024),
        ("Northport/03.07.21/Harbour Wire: The board said", 7, 3, 2021),
        ("Northport/30.11.1998/Harbour Wire: The board said", 11, 30, 1998),
    ],
)
def test_a_story_dateline_is_read(line: str, month: int, day: int, year: int | None) -> None:
    found = story_dateline(line)
    assert found is not None
    assert (found.month, found.day) == (month, day)
    assert (found.date.start.year if found.date else None) == year


@pytest.mark.parametrize(
    "line",
    [
        "Northport/31.02.21/Harbour Wire: no such day",
        "The board, 3 March (so it said) - went on",  # no place in capitals
        "Northport/Harbour/News: a path, not a dateline",
        "NORTHPORT, 17 (HW) -",
    ],
)
def test_lines_that_are_no_story_dateline(line: str) -> None:
    assert story_dateline(line) is None


def test_the_dateline_opens_the_body_under_the_headline_and_its_caption() -> None:
    raw = (
        "Un aviso corto sobre el puerto y sus barcos en la ciudad de Northport.\n"
        'Harbour board says the strike is "over" and crews return on Friday\n'
        "NORTHPORT/03.07.21/Harbour Wire: The harbour board said on Tuesday that the strike"
        " would end.\n"
        "Ferry crews will return to work on Friday, the union said in a statement.\n"
    )
    result = clean(raw)
    assert result.title == 'Harbour board says the strike is "over" and crews return on Friday'
    assert str(result.published) == "2021-07-03"
    assert result.text.startswith("NORTHPORT/03.07.21/Harbour Wire: The harbour board said")


def test_a_dateline_without_its_year_picks_its_day_among_the_page_dates() -> None:
    headline = (
        'Harbour board says the ferry strike is "over" and that crews are going back to'
        " their boats on Friday with new rosters"
    )
    raw = (
        "26 de febrero de 2020\n17 de enero de 2020\n\n"
        f"{headline}\n\n{headline}\n"
        "Crews at the harbour on Friday. - JANE ROE - HARBOUR WIRE\n\n"
        "MADRID, 17 Ene. (HARBOUR WIRE) -\n\n" + BODY
    )
    result = clean(raw)
    assert str(result.published) == "2020-01-17"  # not the first date printed: the story's day
    assert result.title == headline
    assert result.text.startswith("The harbour board said on Tuesday")
    assert "MADRID, 17 Ene." not in result.text


def test_a_dateline_without_its_year_invents_no_date() -> None:
    raw = "Harbour Strike Ends After Talks\n\nNORTHPORT, 17 Ene. (HARBOUR WIRE) -\n\n" + BODY
    assert clean(raw).published is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150))
def test_story_dateline_takes_any_text(text: str) -> None:
    found = story_dateline(text)
    assert found is None or (1 <= found.month <= 12 and 1 <= found.day <= 31)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 28), st.integers(1, 12), st.integers(0, 99))
def test_a_two_digit_year_in_a_slashed_dateline(day: int, month: int, yy: int) -> None:
    found = story_dateline(f"Northport/{day:02d}.{month:02d}.{yy:02d}/Harbour Wire: Text")
    assert found is not None and found.date is not None
    assert found.date.start.year == (2000 + yy if yy < 70 else 1900 + yy)
    assert (found.date.start.month, found.date.start.day) == (month, day)


# -- a long headline over its prose --------------------------------------------------------

LONG_HEADLINE = (
    "“I am proud that so many visitors now choose our harbour” – an interview with Jane Roe,"
    " harbour master of Northport and chair of the ferry board"
)
PROSE = (
    "One of the surprises of last year was that Jane Roe, the board's candidate, became harbour"
    " master of Northport. Most of our readers know the harbour well. We asked her about the"
    " strike and the new rosters.\n"
    "The board met on Tuesday and agreed to review the rosters, she said.\n"
)


@pytest.mark.parametrize("above", ["", "date 2024-03-03\n\n", "NEWS\n"])
def test_a_long_headline_over_its_prose_is_the_title(above: str) -> None:
    result = clean(above + LONG_HEADLINE + "\n" + PROSE)
    assert result.title == LONG_HEADLINE
    assert result.text.startswith("One of the surprises of last year")


def test_a_long_first_paragraph_without_a_full_stop_stays_body_when_the_next_has_none() -> None:
    first = (
        "The harbour board met on Tuesday and agreed to review the rosters that set off the"
        " strike, and the crews will return on Friday as the union asked"
    )
    raw = first + "\n" + "The union said the deal was fair and the crews would be back at sea\n"
    result = clean(raw)
    assert result.title is None
    assert first in result.text


def test_a_standfirst_under_a_headline_is_not_taken_for_a_long_headline() -> None:
    standfirst = (
        "The harbour master in an interview with the local radio defends her decision to reopen"
        " the harbour before the summer"
    )
    raw = f"Northport harbour reopens after three weeks\n\n{standfirst}\n\n{PROSE}"
    assert clean(raw).title == "Northport harbour reopens after three weeks"


# -- a lead that opens with its day and its credit -----------------------------------------


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "Le mercredi 12 janvier 2011 par Harbour News - Dans une interview, le maire a dit",
            "2011-01-12",
        ),
        ("March 3, 2024 by Jane Roe — The harbour board said on Tuesday", "2024-03-03"),
        (
            "El martes 4 de junio de 2019 por Puerto Noticias - La junta dijo",
            "2019-06-04",
        ),
    ],
)
def test_a_lead_opening_with_its_day_and_credit(lead: str, day: str | None) -> None:
    found = lead_credit_date(lead)
    assert (str(found) if found else None) == day


def test_the_lead_keeps_its_line_and_gives_the_date() -> None:
    lead = "Le mercredi 12 janvier 2011 par Harbour News - Dans une interview, le maire a parlé."
    raw = f"Le port de Northport rouvre\n\n{lead}\n\nLe conseil se réunira mardi prochain.\n"
    result = clean(raw)
    assert str(result.published) == "2011-01-12"
    assert lead in result.text


@pytest.mark.parametrize(
    "lead",
    [
        "On 3 March 2024 by the river - the crews met",  # no credit: an event's day
        "The board said on 3 March 2024 by Jane Roe - that it would",  # not at the start
        "Le mercredi 12 janvier par Harbour News - sans année",  # no year: never invented
    ],
)
def test_leads_that_give_no_date(lead: str) -> None:
    assert lead_credit_date(lead) is None


# -- a story printed after a news feed -----------------------------------------------------

FEED = (
    "Skip to content\n\nNews Feed\n\n"
    "12:11 PM\nThe harbour board chair met the crews freed from the night shift on Monday.\n"
    "9:51 AM\nAccording to the report, the board has lost three ferries and two tugs.\n"
    "8:52 PM\nAt least six horns were heard near the northern pier, the harbour master said.\n"
    "MORE NEWS\n\n"
)
STORY = (
    "Harbour master: ferry crash near Northport a ‘tragedy'\n\n"
    "by The Harbour Times news desk January 18, 2023 6:04 PM 1 min read\n"
    "This audio is made with a machine's help\n\n"
    "The ferry crash that took place on Jan. 18 near Northport was a tragedy, the harbour master"
    " said.\n\n"
    "The ferry hit the northern pier on the morning of Jan. 18, the board said.\n"
)


def test_the_story_after_a_news_feed_is_the_body() -> None:
    result = clean(FEED + STORY)
    assert result.title == "Harbour master: ferry crash near Northport a ‘tragedy'"
    assert str(result.published) == "2023-01-18"
    assert result.text.startswith("The ferry crash that took place on Jan. 18")
    assert "The ferry hit the northern pier" in result.text
    assert "12:11 PM" not in result.text


def test_a_related_story_after_the_end_marker_does_not_replace_the_body() -> None:
    # The body is no feed (no timed items): a dated story after "MORE NEWS" is a related one.
    body = (
        "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
        "Ferry crews will return to work on Friday, the union said in a statement.\n\n"
    )
    result = clean("Ferry Strike Ends After Talks\n\n" + body + "MORE NEWS\n\n" + STORY)
    assert result.title == "Ferry Strike Ends After Talks"
    assert result.text.startswith("The harbour board said on Tuesday")
    assert "ferry crash" not in result.text


# -- a hard-wrapped first paragraph opens the body -----------------------------------------


def test_a_hard_wrapped_first_paragraph_is_body_not_header() -> None:
    raw = (
        "Monday, February 9, 2026\n\n"
        "HARBOUR MILLS HANDS OVER NEW CLASSROOM BLOCK AT NORTHPORT SCHOOL\n\n\n\n"
        "Harbour Mills Ltd (HML), through the Harbour\n"
        "Mills Foundation, today officially handed over a new classroom block at\n"
        "Northport Primary School.\n\n"
        "The project underscores the firm's dedication to\n"
        "expanding access to good schooling and better classrooms across the coast.\n\n"
        "The new block will give pupils and teachers a safe place to learn, the head said.\n"
    )
    result = clean(raw)
    assert result.title == "HARBOUR MILLS HANDS OVER NEW CLASSROOM BLOCK AT NORTHPORT SCHOOL"
    assert result.text.startswith("Harbour Mills Ltd (HML), through the Harbour")
    assert str(result.published) == "2026-02-09"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["", "a b c,", "The board met at", "noon.", "X"]), max_size=12))
def test_cleaning_any_packed_lines_never_fails(parts: list[str]) -> None:
    raw = "\n".join(parts)
    result = clean(raw)
    assert set(result.text.split()) <= set(raw.split())  # nothing invented


@pytest.mark.parametrize(
    "intro",
    [
        "Here is the wire's report on the harbour, as it ran this morning:",
        "The board's statement came after a long night of talks on the quay.",
    ],
)
def test_a_dateline_under_the_body_s_own_prose_keeps_that_prose(intro: str) -> None:
    raw = (
        "Ferry Strike Ends After Talks\n\n"
        f"{intro}\n\n"
        "NORTHPORT, March 3 (Harbour Wire) — The harbour board said the strike is over.\n\n"
        "Ferry crews will return to work on Friday, the union said in a statement.\n"
    )
    result = clean(raw)
    assert intro in result.text
    assert result.title == "Ferry Strike Ends After Talks"


def test_a_live_blog_s_timed_entries_stay_its_body() -> None:
    raw = (
        "Live: the harbour strike, hour by hour\n\nBy Jane Roe\n\nMarch 3, 2024\n\n"
        + FEED.split("News Feed\n\n", 1)[1]
        + STORY
    )
    result = clean(raw)
    assert "The harbour board chair met the crews" in result.text
    assert "the board has lost three ferries and two tugs" in result.text
