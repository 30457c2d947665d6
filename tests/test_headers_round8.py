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
    assert result.authors == ("The Harbour Times news desk",)


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
