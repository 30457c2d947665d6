"""Round 10 boilerplate: rules for classes of lines that are not the story, and for where the
story goes on, each checked both ways (the furniture goes, body lines like it stay).

A read-also heading mid-article (its box of links dropped, the story after it kept), and
the notes, footers and prompts listed below, in several outlets' and languages' forms.

All fixtures are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.cleaning import DropReason, clean
from claimtrack.reading.ends import story_goes_on
from claimtrack.reading.line_rules import boilerplate_reason, is_end_marker
from claimtrack.reading.sidebars import is_read_also

HEADLINE = "Harbour board says ferry strike will end this week"
LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."
MORE = "Ferry crews will return to work on Friday, the union said in a statement on Monday."
QUOTE = "“We are relieved that the boats will sail again,” said Mara Quint, a ferry captain."
LAST = "The board will meet the union again next month to discuss the new timetable, Quint said."


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- read-also headings

READ_ALSO = [
    "Also Read", "ALSO READ:", "Read also", "Leia também", "Lire aussi", "À lire aussi :",
    "Te puede interesar", "Lee también", "Leggi anche", "Lesen Sie auch", "Читайте также",
    "Lees ook", "You may also like",
]  # fmt: skip


@pytest.mark.parametrize("heading", READ_ALSO)
def test_a_read_also_heading_is_known(heading: str) -> None:
    assert is_read_also(heading)
    assert boilerplate_reason(heading, header=False) is not None


@pytest.mark.parametrize(
    "line", ["Also read the report", "Read also the minutes of the meeting.", "Leia", LEAD]
)
def test_a_line_that_only_starts_like_one_is_not_a_heading(line: str) -> None:
    assert not is_read_also(line)


@pytest.mark.parametrize(
    "heading", ["Also Read", "Leia também", "Lire aussi", "Te puede interesar"]
)
def test_the_story_goes_on_under_a_read_also_heading_with_its_links_lost(heading: str) -> None:
    page = _page(HEADLINE, "", LEAD, "", heading, "", MORE, "", QUOTE, "", LAST)
    result = clean(page)
    assert MORE in result.text and QUOTE in result.text and result.text.endswith(LAST)
    assert heading not in result.text


@pytest.mark.parametrize("heading", ["Leia também", "Baca juga", "Lire aussi"])
def test_a_box_of_links_mid_article_is_dropped_and_the_story_kept(heading: str) -> None:
    page = _page(
        HEADLINE, "", LEAD, "", heading, "",
        "Governo anuncia novo porto no norte do estado", "",
        "Greve dos estivadores chega ao terceiro dia", "",
        MORE, "", QUOTE, "", LAST,
    )  # fmt: skip
    result = clean(page)
    assert result.text.startswith(LEAD) and result.text.endswith(LAST)
    assert MORE in result.text and QUOTE in result.text
    assert "Governo anuncia" not in result.text and "Greve dos" not in result.text


def test_a_read_also_heading_closing_the_page_still_ends_it() -> None:
    page = _page(
        HEADLINE, "", LEAD, "", MORE, "", "Read also", "",
        "Ferry fares to rise in spring", "",
        "New pier opens on the east quay", "",
        "Harbour master retires after 30 years", "",
    )  # fmt: skip
    result = clean(page)
    assert result.text == f"{LEAD}\n\n{MORE}"
    assert any(d.reason is DropReason.END_MARKER for d in result.dropped)


def test_a_list_of_teasers_under_the_heading_is_no_story_going_on() -> None:
    teasers = [
        "Ferry fares to rise in spring",
        "The board raised fares for the first time in five years on Monday.",
        "New pier opens on the east quay",
        "Builders finished the pier two months early, the council said.",
    ]
    assert not story_goes_on(teasers)
    page = _page(HEADLINE, "", LEAD, "", MORE, "", "Lire aussi", "", *teasers)
    assert clean(page).text == f"{LEAD}\n\n{MORE}"


def test_another_story_credited_under_the_heading_is_no_story_going_on() -> None:
    after = ["Ferry fares to rise in spring", "By Tom Reed", MORE, QUOTE]
    assert not story_goes_on(after)
    assert not story_goes_on(["Ferry fares to rise in spring", "March 3, 2024", MORE, QUOTE])


def test_one_paragraph_under_the_heading_is_no_story_going_on() -> None:
    assert not story_goes_on([MORE])
    assert not story_goes_on([MORE, "Leave a Reply"])
    assert story_goes_on([MORE, QUOTE])
    assert story_goes_on(["Ferry fares to rise in spring", MORE, QUOTE])


def test_other_end_markers_still_end_the_article_whatever_follows() -> None:
    assert is_end_marker("Related articles")
    page = _page(HEADLINE, "", LEAD, "", "Related articles", "", MORE, "", QUOTE)
    assert clean(page).text == LEAD


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [LEAD, MORE, QUOTE, "Also Read", "Leia também", "Ferry fares to rise", "By Tom Reed"]
        ),
        max_size=14,
    )
)
def test_every_kept_line_is_a_line_of_the_page(lines: list[str]) -> None:
    page = "\n\n".join([HEADLINE, *lines]) + "\n"
    result = clean(page)
    for paragraph in result.text.split("\n\n"):
        assert not paragraph or paragraph in [*lines, HEADLINE]
    assert "Also Read" not in result.text and "Leia também" not in result.text
