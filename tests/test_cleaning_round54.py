"""Round 54: a header's pieces packed into one block, and a blog's numbered comments.

- A headline, its dek and an image's file name packed with single line breaks ("Harbour
  board wants a new pier" / "Officials give their review" / "new pier story harbour logo")
  were read as a hard-wrapped paragraph once a line ran on in lower case, so the page had no
  title and the body opened with them. A wrapped paragraph ends a sentence before its blank
  line; lines that never do are the header's.
- A numbered comment's header ("1. mara_q Says:") ends the story as "Anonymous said..." does:
  the comments under it are readers' words, not the article's.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import is_end_marker
from tests.harbour_cases import LAST, LEAD, MORE

_NOTICE = "By allowing ads to appear on this site, you support the local businesses."
_HEAD = "Harbour board wants to get tough with the ferry company"
_DEK = "Officials give their review of the union talks"
_FILE = "new deh harbour ferry story northport harbour logo"


def test_a_header_block_that_ends_no_sentence_is_not_the_lead() -> None:
    header = "\n".join([_HEAD, _DEK, _FILE])
    article = clean("\n".join([_NOTICE, header, "", LEAD, "", MORE, "", LAST]))
    assert article.title == _HEAD
    assert article.text.startswith(LEAD[:40])
    assert _DEK not in article.text and _FILE not in article.text


def test_a_wrapped_lead_that_runs_on_in_lower_case_still_opens_the_body() -> None:
    # The guard's other side: the block's last line ends the sentence, so it is prose.
    lead = [
        "The harbour board met on Tuesday morning at the town hall and",
        "discussed the ferry strike with the union, which said the crews would",
        "return to work on Friday after three weeks of talks with the company.",
    ]
    article = clean("\n".join([_HEAD, "", *lead, "", MORE, "", LAST]))
    assert article.title == _HEAD
    assert article.text.startswith(" ".join(lead)[:60])


def test_a_wrapped_lead_in_to_a_quote_still_opens_the_body() -> None:
    # A lead ending in ":" ends no sentence, yet it is prose: the quote it leads in to follows.
    lead = [
        "The harbour board met on Tuesday morning at the town hall and",
        "discussed the ferry strike with the union, whose leader told",
        "reporters after the meeting:",
    ]
    quote = "“We will strike again if we have to.”"
    article = clean("\n".join([_HEAD, "", *lead, "", quote, "", MORE]))
    assert article.title == _HEAD
    assert article.text.startswith(" ".join(lead))


def test_a_long_wrapped_lead_with_a_sentence_inside_a_line_opens_the_body() -> None:
    # Behaviour, not one rule: the line holding the full stop reads as prose on its own too, so
    # this passes without ends_a_sentence's allowance for an end inside a line.
    lead = [
        "The harbour board met on Tuesday morning at the town hall and",
        "discussed the ferry strike with the union. Its leader told the",
        "board that the crews would return to work on Friday after three",
        "weeks of talks with the company and the city council",
    ]
    article = clean("\n".join([_HEAD, "", *lead, "", MORE, "", LAST]))
    assert article.text.startswith(" ".join(lead)[:60])


_COMMENTS = [
    "1. mara_q Says:",
    "how many boats does the harbour need? at this rate nobody will sail in the spring",
    "2. Tom Berg Says:",
    "the crews are right and the board should pay them what they are owed",
]


@pytest.mark.parametrize("header", ["1. mara_q Says:", "12. Tom Berg says:", "3. bb Says :"])
def test_a_numbered_comment_header_ends_the_story(header: str) -> None:
    assert is_end_marker(header)


@pytest.mark.parametrize(
    "line", ["2. The report says:", "1. Our view says:", "3. The harbour master's letter says:"]
)
def test_a_numbered_list_item_on_what_a_source_says_does_not(line: str) -> None:
    assert not is_end_marker(line)


def test_readers_comments_under_a_post_are_dropped() -> None:
    page = "\n\n".join([_HEAD, LEAD, MORE, LAST, *_COMMENTS])
    article = clean(page)
    assert article.text.rstrip().endswith(LAST)
    assert "nobody will sail" not in article.text and "owed" not in article.text


# A list's subject opens with one of these ("2. The report says:"), a commenter's name never.
_DETERMINERS = {"the", "a", "an", "this", "that", "our", "his", "her", "their", "its", "my"}


@given(
    st.from_regex(r"[a-z][a-z_]{1,12}(?: [A-Z][a-z]{2,10})?", fullmatch=True).filter(
        lambda name: name.split()[0] not in _DETERMINERS
    ),
    st.integers(1, 9999),
    st.sampled_from(["Says:", "says:", "Says :"]),
)
def test_any_commenter_numbered_and_saying_ends_the_story(name: str, n: int, says: str) -> None:
    assert is_end_marker(f"{n}. {name} {says}")
