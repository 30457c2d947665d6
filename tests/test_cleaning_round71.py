"""Round 71: an item of a list and a picture's credit read as the author's name.

- A list in the story whose items open with a dash or a bullet ("- NORTHPORT FOODS (Velm
  County)", …, "- VELM MILL") ended on an item that is only a name, and that item was read as a
  sign-off ("— Ada Lund" under the last paragraph) (before: "VELM MILL" as the author). An item
  whose neighbour opens with the same mark is one of the things listed. A sign-off under a
  paragraph still signs, and so does one under a list whose items open with another mark.
- A picture's credit as the wires print it, the photographer and the agency joined by a slash
  ("Tom Berg/HARBOUR TV", "Tom Berg/AP"), over its caption was read as a byline "Name/Agency"
  (before: "Tom Berg" as the author). The line reader already called it a credit; now the
  byline reader agrees. A labelled byline ("By Ada Lund/Reuters"), a post after the slash ("Ada
  Lund/Staff Writer"), an agency after a spaced slash ("Ada Lund / Reuters", as bylines set it)
  or after a bar ("Ada Lund | Reuters") still sign.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, QUOTE, saved_page

_BODY = ("", LEAD, "", MORE, "", QUOTE, "", LAST)
_INTRO = "Below are the firms that will open new plants around the harbour this year:"


def _page_with_list(items: list[str]) -> str:
    return saved_page(HEADLINE, "", LEAD, "", _INTRO, *items, "", MORE, "", LAST)


@pytest.mark.parametrize("mark", ["-", "•", "*", "–"])
@pytest.mark.parametrize("last", ["VELM MILL", "Velm Mill"])
def test_a_name_closing_a_list_signs_nothing(mark: str, last: str) -> None:
    items = [f"{mark} NORTHPORT FOODS (Velm County)", f"{mark} HARBOUR GLASS (Ada County)"]
    cleaned = clean(_page_with_list([*items, f"{mark} {last}"]))
    assert cleaned.authors == ()
    assert f"{mark} {last}" in cleaned.text
    assert cleaned.title == HEADLINE


def test_a_list_of_people_signs_nothing() -> None:
    winners = ["- Ada Lund", "- Tom Berg", "- Mara Quint"]
    cleaned = clean(_page_with_list(winners))
    assert cleaned.authors == ()
    assert all(item in cleaned.text for item in winners)


_NAMES = st.sampled_from(["Ada Lund", "Tom Berg", "VELM MILL", "Harbour Glass", "Mara Quint"])


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["-", "•", "*"]), st.lists(_NAMES, min_size=2, max_size=6))
def test_no_item_of_a_list_signs(mark: str, names: list[str]) -> None:
    items = [f"{mark} {name}" for name in names]
    cleaned = clean(_page_with_list(items))
    assert cleaned.authors == ()
    assert all(item in cleaned.text for item in items)


_VOTE = ("Crews will vote on:", "- HARBOUR GLASS (Ada County)", "- the new timetable", "")
_RELATED = ("", "- Ferry fares rise again", "- Northport quay to close")


@pytest.mark.parametrize("above", [(MORE, ""), _VOTE], ids=["paragraph", "list"])
@pytest.mark.parametrize("after", [(), ("", MORE), _RELATED], ids=["last", "prose", "links"])
def test_a_sign_off_under_a_paragraph_or_another_mark_still_signs(
    above: tuple[str, ...], after: tuple[str, ...]
) -> None:
    page = saved_page(HEADLINE, "", LEAD, "", QUOTE, "", *above, "— Ada Lund", *after)
    cleaned = clean(page)
    assert cleaned.authors == ("Ada Lund",)
    assert "— Ada Lund" not in cleaned.text


_CAPTION = "Ferry crews wave from the quay during a strike meeting on 3 May 2019."


@pytest.mark.parametrize("credit", ["Tom Berg/HARBOUR TV", "Tom Berg/AP", "Tom Berg/Reuters"])
def test_a_pictures_credit_over_its_caption_signs_nothing(credit: str) -> None:
    cleaned = clean(saved_page(HEADLINE, "", "Image 4113", "", credit, "", _CAPTION, *_BODY))
    assert cleaned.authors == ()
    assert cleaned.title == HEADLINE
    assert credit not in cleaned.text


def test_a_pictures_credit_under_the_byline_is_no_second_author() -> None:
    page = saved_page(HEADLINE, "", "By Ada Lund", "", "Tom Berg/AP", "", _CAPTION, *_BODY)
    cleaned = clean(page)
    assert cleaned.authors == ("Ada Lund",)
    assert "Tom Berg/AP" not in cleaned.text


@pytest.mark.parametrize(
    "byline",
    ["By Ada Lund/Reuters", "Ada Lund/Staff Writer", "Ada Lund / Reuters", "Ada Lund | Reuters"],
)
def test_a_byline_with_a_slash_or_a_bar_still_signs(byline: str) -> None:
    cleaned = clean(saved_page(HEADLINE, "", byline, *_BODY))
    assert cleaned.authors == ("Ada Lund",)
    assert cleaned.title == HEADLINE
    assert cleaned.text.startswith(LEAD)
