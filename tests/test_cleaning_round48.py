"""Round 48: a map's label is furniture; a desk written as one word signs no one.

A map embedded in a page prints its label alone on a line ("Google Maps", "View larger map",
"Map data ©2019 Google"): no headline, no body. A desk that signs a story is written as one
word as often as two ("by BusinessDesk", "By Newsdesk" beside "By Sports Desk"): the line is a
byline, and no one's name. Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimtrack.reading.byline_parts import ROLE_WORDS
from claimtrack.reading.bylines import is_role, names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.widgets import is_widget

_HEAD = "Harbour shares drift in a quiet week"
_P1 = (
    "Shares on the harbour exchange drifted lower this week as traders waited for the central"
    " bank's decision on interest rates."
)
_P2 = "The benchmark index fell 0.4 percent to 11,820 points, its third weekly fall in a row."
_P3 = "Trading volumes were thin, with most large funds staying out of the market until Friday."


@pytest.mark.parametrize(
    "line", ["Google Maps", "View larger map", "Map data ©2019 Google, INEGI", "Bing Maps"]
)
def test_a_maps_label_in_the_story_is_dropped(line: str) -> None:
    article = clean("\n\n".join([_HEAD, "By Mara Quint", _P1, line, _P2, _P3]))
    assert article.title == _HEAD
    assert line not in article.text
    assert all(p[:40] in article.text for p in (_P1, _P2, _P3))


def test_a_maps_label_alone_over_the_story_is_no_title() -> None:
    article = clean("\n\n".join(["Google Maps", _P1, _P2, _P3]))
    assert article.title != "Google Maps"


@pytest.mark.parametrize(
    "line",
    ["Google Maps shows the route to the harbour.", "Map data", "The map data were wrong."],
)
def test_a_sentence_about_a_map_is_no_widget(line: str) -> None:
    assert not is_widget(line)


@pytest.mark.parametrize("byline", ["by BusinessDesk", "By Newsdesk", "By Sports Desk"])
def test_a_desk_in_one_word_or_two_is_a_byline_and_signs_no_one(byline: str) -> None:
    raw = "\n".join([_HEAD, _P1, "Friday, July 21st 2023, 6:21PM", byline, _P2, _P3])
    article = clean(raw)
    assert byline not in article.text
    assert article.authors == ()
    assert article.title == _HEAD


def test_a_name_after_by_is_still_the_author() -> None:
    raw = "\n".join([_HEAD, _P1, "Friday, July 21st 2023, 6:21PM", "By Ana Berg", _P2, _P3])
    assert clean(raw).authors == ("Ana Berg",)


@given(st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True), st.sampled_from(["Desk", "desk"]))
def test_any_word_glued_to_desk_is_a_desk_not_a_name(head: str, desk: str) -> None:
    word = head + desk
    assert names_in_byline(f"By {word}") == [word]
    assert is_role(word)


@given(st.from_regex(r"[A-Z][a-z]{2,10} [A-Z][a-z]{2,10}", fullmatch=True))
def test_a_two_word_name_with_no_role_or_desk_in_it_is_no_role(name: str) -> None:
    assume(not any(w.casefold() in ROLE_WORDS or w.endswith("desk") for w in name.split()))
    assert not is_role(name)
