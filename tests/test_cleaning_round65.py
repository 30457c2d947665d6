"""Round 65: a headline a feed cut short, and wire datelines with the wire's name between dashes.

- A page's first line over its prose, cut by an ellipsis ("Quint: “We won a hard game”…"), was
  read as a teaser and the page had no title (before: no title). It is the headline when it is
  short enough to be one; a longer line cut short is still a story's opening sentence.
- A lead opening with a dateline that names its wire between dashes ("NORTHPORT, FREEDONIA -
  Harbour Wire - 1 June 2023 - The board …"), its agency in brackets with no comma after
  ("NORTHPORT (Reuters) May 4, 2011 - …"), no mark at all ("Northport May 4, 2011 The board
  …") or its day between dots ("Northport, Freedonia, 04.05.2011 – …") gave the page no date
  (before: no date). A date between slashes stays unread: "04/05/2011" is the fourth of May in
  one country and the fifth of April in another.
- A meeting's report dated in its headline ("Report from the cabinet meeting of 22 June 2021",
  "Bericht aus dem Kabinett vom 22. Juni 2021") gave no date (before: no date); a meeting
  announced for a day ("Board to hold meeting on 22 June 2021") still dates nothing.

Every text here is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.header import dated_headline
from claimtrack.text.lead_dates import lead_date
from tests.harbour_cases import LAST, LEAD, MORE, QUOTE

_STORY = ["", LEAD, "", MORE, "", QUOTE, "", LAST]
_BODY = "The board said on Tuesday that the ferry strike would end this week, after talks."


@pytest.mark.parametrize(
    "headline",
    [
        "Quint: “We are relieved that the boats will sail again”…",
        "Quint: “We are relieved that the boats will sail again” …",
        "Quint: “We are relieved that the boats will sail again…”",
        "Harbour board says ferry strike will end this week...",
        "Board hails “deal of the decade” as the ferry strike ends…",
    ],
)
def test_a_headline_cut_by_a_feed_is_still_the_title(headline: str) -> None:
    article = clean("\n".join([headline, *_STORY]))
    assert article.title == headline
    assert article.text.startswith(LEAD[:40])


def test_a_long_opening_sentence_cut_short_is_not_the_title() -> None:
    # The guard: twenty-odd words cut off are the story's lead or its teaser, not a headline.
    cut = (
        "The harbour board said on Tuesday that the ferry strike would end this week after"
        " three weeks of talks with the union and the…"
    )
    article = clean("\n".join([cut, *_STORY]))
    assert article.title != cut


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("NORTHPORT, FREEDONIA - Harbour Wire - 1 June 2023 - ", dt.date(2023, 6, 1)),
        ("Northport, Freedonia — HARBOURNEWS.COM — 31 March 2009 – ", dt.date(2009, 3, 31)),
        ("NORTHPORT (Reuters) May 4, 2011 - ", dt.date(2011, 5, 4)),
        ("Northport May 4, 2011 ", dt.date(2011, 5, 4)),
        ("Northport, Freedonia, 04.05.2011 – ", dt.date(2011, 5, 4)),
        ("Northport, Freedonia, 2011-05-04 – ", dt.date(2011, 5, 4)),
    ],
)
def test_a_wire_dateline_dates_the_page(dateline: str, day: dt.date) -> None:
    article = clean("\n".join(["Harbour board says ferry strike will end", "", dateline + _BODY]))
    assert article.published is not None
    assert article.published.start == day
    assert article.text.startswith(dateline.strip()[:9])  # the dateline stays the story's


@pytest.mark.parametrize(
    "lead",
    [
        "Northport, Freedonia, 04/05/2011 – " + _BODY,  # which of the two is the month?
        "Northport, Freedonia – Harbour Wire – The board said on 1 June 2023 that it would meet.",
        "Northport May 4, 2011 was the day the board said the ferry strike would end.",
    ],
)
def test_a_date_that_opens_no_dateline_does_not_date_the_lead(lead: str) -> None:
    assert lead_date(lead) is None


@pytest.mark.parametrize(
    "headline",
    ["Report from the board meeting of 22 June 2021", "Bericht aus dem Vorstand vom 22. Juni 2021"],
)
def test_a_meeting_report_is_dated_by_its_headline(headline: str) -> None:
    article = clean("\n".join([headline, *_STORY]))
    assert article.title == headline
    assert article.published is not None
    assert article.published.start == dt.date(2021, 6, 22)


@pytest.mark.parametrize(
    "headline",
    ["Board to hold meeting on 22 June 2021", "Unions call session on 22 June 2021"],
)
def test_a_meeting_ahead_is_not_dated_by_its_headline(headline: str) -> None:
    assert dated_headline(headline) is None


_PLACES = st.sampled_from(["Northport", "NORTHPORT", "Port Ellen", "Velm"])
_COUNTRIES = st.sampled_from(["Freedonia", "FREEDONIA", "Harbour County"])
_WIRES = st.sampled_from(["Harbour Wire", "Media OutReach", "NORTHWIRE.COM"])
_DASHES = st.sampled_from(["-", "–", "—"])


@given(
    place=_PLACES,
    country=_COUNTRIES,
    wire=_WIRES,
    dash=_DASHES,
    day=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    style=st.sampled_from(["%d %B %Y", "%B %d, %Y", "%d.%m.%Y"]),
)
def test_a_dateline_with_its_wire_between_dashes_reads_its_day(
    place: str, country: str, wire: str, dash: str, day: dt.date, style: str
) -> None:
    lead = f"{place}, {country} {dash} {wire} {dash} {day.strftime(style)} {dash} {_BODY}"
    found = lead_date(lead)
    assert found is not None
    assert found.start == day
