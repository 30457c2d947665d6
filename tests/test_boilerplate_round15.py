"""Boilerplate, round 15 (invented pages): rails after the article end it; a sidebar's heading
drops its box wherever it stands."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import is_end_marker
from claimtrack.reading.sidebars import is_sidebar

BODY = (
    "Harbour board approves plan\n\n"
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, ending "
    "two years of talks with the operators and the union.\n\n"
    "Work on the channel will start in the spring, the board said.\n\n"
)
RAIL = "Ferry fares to rise in March\n\nPort strike enters third week\n"


@pytest.mark.parametrize(
    "marker",
    [
        "More like this",
        "Comment on this article",
        "Related Posts Plugin for WordPress, Blogger...",
        "■ 제보하기",
    ],
)
def test_a_rails_heading_ends_the_article(marker: str) -> None:
    assert is_end_marker(marker)
    result = clean(f"{BODY}{marker}\n\n{RAIL}")
    assert result.text.endswith("the board said.")
    assert "Ferry fares to rise" not in result.text


@pytest.mark.parametrize(
    "line",
    [
        "More like this one, the mayor said, would bankrupt the town.",
        "Comment on this article was closed after a week, the editor said.",
    ],
)
def test_a_sentence_opening_like_a_rail_is_body(line: str) -> None:
    assert not is_end_marker(line)
    result = clean(f"{BODY}{line}\n\nThe board meets again in May, its chairwoman said.\n")
    assert line in result.text


@pytest.mark.parametrize("heading", ["Editors' Picks", "Editors’ picks", "Top Trending"])
def test_a_sidebar_heading_drops_its_box_and_the_body_goes_on(heading: str) -> None:
    assert is_sidebar(heading)
    later = "The board meets again in May, its chairwoman said on Wednesday evening."
    result = clean(f"{BODY}{heading}\n\n{RAIL}\n{later}\n")
    assert "Ferry fares to rise" not in result.text
    assert result.text.endswith(later)
