"""Round 76, reading: lines of a story closing or opening the page taken for the page's furniture.

- A media advisory's fields closing the page ("Who: Mayor Ada Lund" over its guests, one to a
  line, and "Where: Harbour Hall") were read as other stories' headlines (before: the guests and
  the place were dropped). A field of who, what, when, where or why opens no headline.
- A quotation the copy cut off mid-word, with no full stop ("“Current funding supports … and
  m"), was read as keyword stuffing (before: the paragraph and its quote were dropped). Long
  words run together with no small words between them stay stuffing; a quote mark opening them
  shows a speaker's words.
- An archive's record over the story ("Story Origin" / "Volume" / "Issue" / "Year" / "Page 15")
  gave its first label as the title (before: "Story Origin"). Its fields are no headline, nor is
  the label over two of them; a headline over one line that starts "Page" stays one.

Every text here is invented.
"""

from __future__ import annotations

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import is_spam
from tests.harbour_cases import HEADLINE, LEAD, MORE, QUOTE, saved_page

_GUESTS = (
    "Who:    Mayor Ada Lund",
    "Councillor Tom Berg, Sponsor, Ferry Fares Bill",
    "Councillor Eva Berg, Sponsor, Quay Repairs Bill",
    "Mrs. Eva Lund, F.B. 12",
    "Other community leaders and invited guests",
    "",
    "Where:    Harbour Hall, Northport",
)


def test_an_advisorys_fields_closing_the_page_are_the_storys() -> None:
    page = saved_page(
        "Mayor to sign three harbour bills",
        "",
        "What/ When:    On May 29, Mayor Ada Lund will sign the following bills:",
        "10:00 a.m.       Ferry Fares Bill",
        "2:30 p.m.        Quay Repairs Bill",
        "",
        *_GUESTS,
    )
    result = clean(page)
    assert result.title == "Mayor to sign three harbour bills"
    kept = " ".join(result.text.split())  # (the copy's short lines may be run together)
    for line in filter(None, _GUESTS):
        assert " ".join(line.split()) in kept


def test_other_stories_headlines_closing_the_page_still_go() -> None:
    """The guard: the same run of short lines without an advisory's field is a listing."""
    listing = (
        "Councillor Tom Berg backs ferry fares bill",
        "Velm quay repairs to start in spring",
        "Harbour board names new chair",
        "Piet Arvo wins sailing race at Northport",
    )
    result = clean(saved_page(HEADLINE, "", LEAD, "", MORE, "", QUOTE, "", *listing))
    assert QUOTE in result.text
    for line in listing:
        assert line not in result.text


_CUT_QUOTE = (
    "“Current harbour funding supports sailing students interested in teaching, funds coastal "
    "change education, advances individual faculty research programmes, fosters student interest "
    "in navigation, mathematics and marine science, promotes our outreach efforts across "
    "Northport, Velm and Harbour schools from economically disadvantaged districts and m"
)


def test_a_quotation_the_copy_cut_off_is_no_stuffing() -> None:
    assert not is_spam(_CUT_QUOTE)
    result = clean(saved_page(HEADLINE, "", LEAD, "", MORE, "", _CUT_QUOTE))
    assert _CUT_QUOTE in result.text


def test_stuffing_is_still_stuffing() -> None:
    """The guard: the same words with no quote mark, and many repeated words with one, go."""
    assert is_spam(_CUT_QUOTE.lstrip("“"))
    assert is_spam("“" + " ".join(["cheap ferry tickets northport"] * 5))


_RECORD = ("Story Origin", "Volume", "Issue", "Year", "Page 15")


def test_an_archives_record_is_no_title() -> None:
    result = clean(saved_page(*_RECORD, LEAD, QUOTE, MORE))
    assert result.title is None
    assert LEAD in result.text and "Story Origin" not in result.text


def test_a_headline_over_a_line_opening_on_page_stays() -> None:
    """The guard: one line under the headline that starts "Page" makes no record."""
    result = clean(saved_page(HEADLINE, "", "Page 15", "", LEAD, "", MORE, "", QUOTE))
    assert result.title == HEADLINE
