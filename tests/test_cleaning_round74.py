"""Round 74, reading: a theme's header run into one line by the copy.

- The trail, the headline, the day with its author and the section again, on one line: "Home
  Velm Harbour to reopen May 5th, 2018 Ada Lund Velm" gives the title "Harbour to reopen", the
  author and the day (before: the whole line was the title, with no author).

Every text here is invented.
"""

from __future__ import annotations

import datetime

import pytest

from claimtrack.reading.cleaning import clean
from tests.harbour_cases import LEAD, MORE, QUOTE, saved_page

_BODY = (LEAD, "", MORE, "", QUOTE)


@pytest.mark.parametrize(
    ("line", "title", "authors"),
    [
        (
            "Home Velm Harbour to reopen for summer ferries May 5th, 2018 Ada Lund Velm",
            "Harbour to reopen for summer ferries",
            ("Ada Lund",),
        ),
        (
            "Home Local News Ferry strike ends at Northport 5 May 2018 Tom Berg Local News",
            "Ferry strike ends at Northport",
            ("Tom Berg",),
        ),
        (
            "Home Sport Velm United win the harbour cup May 5, 2018 Sport",
            "Velm United win the harbour cup",
            (),
        ),
    ],
)
def test_a_theme_header_on_one_line_gives_title_author_and_day(
    line: str, title: str, authors: tuple[str, ...]
) -> None:
    result = clean(saved_page(line, "", *_BODY))
    assert result.title == title
    assert tuple(result.authors) == authors
    assert result.published is not None
    assert result.published.start == datetime.date(2018, 5, 5)
    assert result.text.startswith(LEAD) and "Mara Quint" in result.text
    assert "Home" not in result.text


def test_a_header_line_whose_last_word_is_not_its_section_is_not_split() -> None:
    """Without the section printed twice, nothing tells where the headline starts."""
    line = "Home Velm Harbour to reopen for summer ferries May 5th, 2018 Ada Lund Sport"
    result = clean(saved_page(line, "", *_BODY))
    assert result.title != "Harbour to reopen for summer ferries"
    assert "Ada Lund" not in result.authors
