"""Round 115: a headline ending in a spaced ellipsis.

Forms:
- a headline ending in three full stops spaced apart ("What our Coach of the Year had to say
  . . .") over the page's date line, labelled ("Date published: Tuesday, September 22, 2015")
  or bare ("March 3, 2015"): the page's title, kept as printed, and the body starts at the lead
  under the date (before: no title; the spaced stops read as a sentence's break, so the
  headline opened the body);
- the same headline over a byline keeps its title and author (as before).

Guards: a line of two sentences ending in a spaced ellipsis over the date line ("The Rovers went
up on Saturday. What their coach had to say . . .") is the body's lead, as a lead of two
sentences is; a paragraph of the story ending in a spaced ellipsis stays in the body, as printed.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

_HEADLINE = "What our Coach of the Year had to say . . ."
_LEAD = (
    "SOAKED from head to toe after the final whistle, Coach Ada Lund came out of the dressing"
    " room on the day the Rovers won promotion to thank her players."
)
_STORY = (
    f"{_LEAD}\n\n"
    "Of her squad she said: “I have to thank every single one of them, in the side or out.”\n\n"
    "“This is my first title as a coach,” Lund said.\n"
)


@pytest.mark.parametrize(
    ("date_line", "day"),
    [
        ("Date published: Tuesday, September 22, 2015", "2015-09-22"),
        ("March 3, 2015", "2015-03-03"),
    ],
)
def test_a_headline_ending_in_a_spaced_ellipsis_over_its_date_is_the_title(
    date_line: str, day: str
) -> None:
    result = clean(f"{_HEADLINE}\n\n{date_line}\n{_STORY}")
    assert result.title == _HEADLINE
    assert str(result.published) == day
    assert result.text.startswith(_LEAD)
    assert "Coach of the Year" not in result.text


def test_the_headline_over_a_byline_keeps_its_title_and_author() -> None:
    result = clean(f"{_HEADLINE}\n\nBy Tom Berg\n{_STORY}")
    assert result.title == _HEADLINE
    assert result.authors == ("Tom Berg",)
    assert result.text.startswith(_LEAD)


def test_two_sentences_ending_in_a_spaced_ellipsis_open_the_body() -> None:
    lead = "The Rovers went up on Saturday. What their coach had to say . . ."
    result = clean(f"{lead}\n\nMarch 3, 2015\n{_STORY}")
    assert result.title is None
    assert result.text.startswith(lead)


def test_a_paragraph_ending_in_a_spaced_ellipsis_stays_in_the_body() -> None:
    paragraph = "Asked about next season, Lund only smiled and said she would wait . . ."
    result = clean(f"{_HEADLINE}\n\nMarch 3, 2015\n{_STORY}\n{paragraph}\n")
    assert result.text.rstrip().endswith(paragraph)
