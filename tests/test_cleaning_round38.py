"""Round 38: an appeal listing its adjectives ("Support quality, independent, local
journalism"), a "follow & like us" bar, a print row with its text-size switch ("Print This Post
A A A"), a library database's "Newspaper article <Outlet>" header and topic tags marked with
their language ("(en)") are furniture; a desk's credit ("Harbour Now Writer") and a wire byline
without "By" ("Ada Lund and Tom Berg from NCA Newswire") never head the page."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.lines import split_lines
from claimtrack.reading.not_headlines import never_headline
from claimtrack.reading.ui_words import is_control_row

_PROSE = (
    "The council voted on Monday to close the old quay to lorries from next spring.\n\n"
    "Ada Lund, who chairs the harbour board, said the decision was overdue.\n"
)
_HEADLINE = "Northport closes its old quay to lorries"


@pytest.mark.parametrize(
    "line",
    [
        "Support quality, independent, local journalism…that matters",
        "Please support local, independent journalism",
        "Please follow & like us",
        "Like and share us on the web",
        "Print This Post A A A",
        "Email this page",
        "Newspaper article Northport Courier (NP)",
        "Magazine article Harbour Weekly",
        "harbour politics (en) ferry services (en)",
    ],
)
def test_appeals_bars_database_headers_and_tagged_topics_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=True) is not None
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Readers who support local journalism gave £4,000 to the appeal this year.",
        "Newspaper article reveals the scale of the harbour's debts",
        "The mayor said the ferry (en route to Southport) had been delayed.",
        "We follow and like each other, the two captains joked.",
    ],
)
def test_sentences_like_appeals_and_headers_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


@pytest.mark.parametrize("row", ["This Post", "A", "A A A", "This page"])
def test_filler_words_alone_are_no_control_row(row: str) -> None:
    assert not is_control_row(row)


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Now Writer",
        "Northport Reporter",
        "Ada Lund and Tom Berg from NCA Newswire",
        "Ada Lund from AAP Newswire",
    ],
)
def test_a_desks_credit_and_a_wire_byline_without_by_never_head(line: str) -> None:
    assert never_headline(split_lines(line), 0)


@pytest.mark.parametrize(
    "line",
    [
        _HEADLINE,
        "Ferry crews vote to strike from next week",
        "Harbour board hires a writer",
    ],
)
def test_headlines_with_from_or_writer_may_head(line: str) -> None:
    assert not never_headline(split_lines(line), 0)


@pytest.mark.parametrize(
    "above",
    [
        "Support quality, independent, local journalism…that matters",
        "Print This Post A A A",
        "Harbour Now Writer",
    ],
)
def test_furniture_between_headline_and_story_is_not_the_title(above: str) -> None:
    article = clean(f"{_HEADLINE}\n\n{above}\n\n{_PROSE}")
    assert article.title == _HEADLINE
    assert above not in article.text


def test_a_database_header_printed_twice_with_the_headline_is_not_the_title() -> None:
    header = "Newspaper article Northport Courier (NP)"
    article = clean(f"{header}\n{_HEADLINE}\n\n{header}\n{_HEADLINE}\n\n{_PROSE}")
    assert article.title == _HEADLINE
    assert header not in article.text
