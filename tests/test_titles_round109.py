"""Round 109: lines over a government page's text that are no headline.

Forms:
- "Press Room Bookmark and Share": a section's name with the share bar beside it (before:
  the title);
- "Harbour Board of Velm Harbour Board of Velm": a logo's words and its picture's text, the
  site's name twice (before: the title);
- "News Transcript": the page's kind, a label (before: the title).

Guards: a headline that says "share" in a sentence, one that repeats a word but not itself,
and a real headline under the site's doubled name stay titles.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

_PROSE = (
    "The Velm harbour board approved the new ferry terminal on Tuesday after a year of talks"
    " with the unions and the town council.\n\nThe terminal is due to open in the spring.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "Press Room Bookmark and Share",
        "Velm Harbour Board\n\nPress Room Bookmark and Share",
        "Harbour Board of Velm Harbour Board of Velm\n\nNews Transcript",
        "News Transcript",
    ],
)
def test_a_share_bar_a_doubled_site_name_or_the_pages_kind_is_no_title(header: str) -> None:
    cleaned = clean(f"{header}\n\n{_PROSE}")
    assert cleaned.title is None
    assert cleaned.text.startswith("The Velm harbour board approved")


def test_a_headline_under_the_doubled_site_name_is_the_title() -> None:
    cleaned = clean(
        "Harbour Board of Velm Harbour Board of Velm\n\nVelm board backs new ferry terminal\n\n"
        + _PROSE
    )
    assert cleaned.title == "Velm board backs new ferry terminal"


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour workers share their stories of the long winter",
        "Velm votes, Velm decides",
        "Ferry terminal ferry terminal",
    ],
)
def test_a_headline_that_shares_or_repeats_a_word_stays_the_title(headline: str) -> None:
    assert clean(f"{headline}\n\n{_PROSE}").title == headline
