"""Round 42: cleaning and titles met on the studied batches (tune41).

A newsroom's appeal for money or sign-ups is the site's, never the story's; a headline printed
again with its section or its count of comments after it is the headline alone.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.byline_parts import author_name
from claimtrack.reading.cleaning import clean
from claimtrack.reading.page_prompts import is_page_prompt
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE

_BODY = f"{LEAD}\n\n{MORE}\n\n{LAST}\n"


@pytest.mark.parametrize(
    "appeal",
    [
        "Support our newsroom by MAKING A CONTRIBUTION HERE",
        "Trustworthy and indepth news stories are more important now than ever.",
        "Local journalism is more important than ever, and your support keeps it going.",
        "Get in front of tomorrow's news for FREE",
        "Please make a donation today to keep our reporters in the field.",
        "Become a supporter today",
    ],
)
def test_a_newsrooms_appeal_is_dropped_from_the_story(appeal: str) -> None:
    assert is_page_prompt(appeal)
    result = clean(f"{HEADLINE}\n\n{LEAD}\n\n{appeal}\n\n{MORE}\n")
    assert appeal not in result.text
    assert LEAD in result.text and MORE in result.text


@pytest.mark.parametrize(
    "line",
    [
        "The mayor urged residents to support local businesses this winter.",
        '"Support our newsroom," she said.',
        "The charity asked people to donate to the flood appeal.",
        "Journalism is more important than ever, said the minister.",
        "Volunteers can become a member of the rescue crew after training.",
    ],
)
def test_a_sentence_about_support_or_donations_is_news(line: str) -> None:
    assert not is_page_prompt(line)


@pytest.mark.parametrize("tag", ["News", "79", "Video", "Live Updates"])
def test_a_headline_printed_again_with_a_tag_is_the_headline_alone(tag: str) -> None:
    result = clean(f"{HEADLINE} {tag}\n{HEADLINE}\nPhoto source or description\n\n{_BODY}")
    assert result.title == HEADLINE


def test_a_longer_headline_is_not_cut_to_a_shorter_line_it_starts_with() -> None:
    longer = f"{HEADLINE} after two years of talks"
    result = clean(f"{longer}\n{HEADLINE}\n\n{_BODY}")
    assert result.title == longer


def test_an_outlet_run_into_the_bylines_name_is_left_out_of_the_author() -> None:
    byline = "Headshot of Jenne Brammer\nJenne BrammerThe Northport Star"  # picture, name
    result = clean(f"{HEADLINE}\n{byline}\n\n{_BODY}")
    assert result.authors == ("Jenne Brammer",)


@pytest.mark.parametrize(
    ("written", "author"),
    [
        ("Jenne BrammerThe Harbour Times", "Jenne Brammer"),
        ("• Jane Roe", "Jane Roe"),
        ("Theo Lund", "Theo Lund"),
        ("Ada McThea", "Ada McThea"),  # no space after "The": part of the name
    ],
)
def test_author_name_drops_a_bullet_and_a_glued_outlet_only(written: str, author: str) -> None:
    assert author_name(written) == author
