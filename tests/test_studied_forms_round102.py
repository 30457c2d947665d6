"""Round 102: forms met on a studied batch, written anew.

Forms (each written anew here):

- a speech whose greeting names its hearers a line each, packed over "Dear Members of the
  Assembly," ("Mr.  Speaker," with two spaces, "Leader of the Opposition,"): every line of
  the greeting opens the body (before: all but the last were dropped as the page's header);
- a statement that ends with the office that issued it and the day under it ("Ministry of
  Harbour Affairs" / "4 May 2024"): the office is the sign-off, dropped, with no author (before:
  with no headline above, it was taken for a headline printed last; under a headline, a shorter
  one stayed in the body as a subheading);
- a Q&A under a headline that asks the guest by a title and a surname ("MM Lund, does the quay
  open in May?"; "MM", "SM" and "DPM" are Singapore's titles), with nobody named before the
  turns: the "A:" answers are Lund's (before: nobody's; a full name there was read already);
- guards: a headline packed over the greeting, with no comma, stays the title; a greeting's
  line of more than eight words is not an addressee; a Title Case headline printed last with
  no date under it is still the title; an office's line printed last without a date stays;
  a headline that asks a place ("Northport, …?") or a title alone ("Minister, …?"), or a
  surname with no title ("Lund, …?"), names no guest.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations
from claimtrack.model import Article
from claimtrack.reading.cleaning import clean
from claimtrack.reading.results import DropReason
from tests.harbour_cases import LAST, LEAD, MORE, saved_page

_SPEECH_BODY = (
    "",
    "The ferries ran on time all winter, and the new quay at Northport is now half built.",
    "",
    "Next year the board will open a second berth for the cargo lines from Velm and Kessel.",
)


@pytest.mark.parametrize("speaker", ["Mr.  Speaker,", "Madam  Speaker,", "Mr Speaker,"])
def test_a_greeting_of_several_lines_opens_the_speech(speaker: str) -> None:
    page = saved_page(
        "The Harbour in 2024: an Address to the Assembly",
        "",
        "14 February 2024",
        "",
        speaker,
        "Leader of the Opposition,",
        "Leader of the House, Chief Harbour Master,",
        "Dear Members of the Harbour Assembly,",
        *_SPEECH_BODY,
    )
    result = clean(page)
    assert result.title == "The Harbour in 2024: an Address to the Assembly"
    assert result.text.startswith(speaker)
    for line in ("Leader of the Opposition,", "Leader of the House, Chief Harbour Master,"):
        assert line in result.text
    assert "a second berth" in result.text


def test_a_headline_packed_over_the_greeting_stays_the_title() -> None:
    page = saved_page(
        "Address on the State of the Harbour",
        "Mr Speaker,",
        "Leader of the Opposition,",
        "Dear Members of the Assembly,",
        *_SPEECH_BODY,
    )
    result = clean(page)
    assert result.title == "Address on the State of the Harbour"
    assert result.text.startswith("Mr Speaker,")


def test_a_long_line_over_the_greeting_is_no_addressee() -> None:
    long_line = "Members and Friends of the Old Northport Harbour Board,"  # nine words
    page = saved_page(
        "Address on the State of the Harbour",
        "",
        long_line,
        "Leader of the Opposition,",
        "Dear Members of the Assembly,",
        *_SPEECH_BODY,
    )
    result = clean(page)
    assert long_line not in result.text
    assert result.text.startswith("Leader of the Opposition,")


@pytest.mark.parametrize("headline", [None, "Harbour Board Says Ferry Strike Will End"])
@pytest.mark.parametrize("office", ["Ministry of Harbour Affairs", "Ministry of Harbours"])
def test_an_office_and_its_day_closing_a_statement_are_its_sign_off(
    office: str, headline: str | None
) -> None:
    top = () if headline is None else (headline, "")
    page = saved_page(*top, LEAD, "", MORE, "", LAST, "", "", office, "", "4 May 2024")
    result = clean(page)
    assert result.title == headline
    assert office not in result.text
    assert LAST in result.text
    reasons = {page[d.start : d.end]: d.reason for d in result.dropped}
    assert reasons[office] is DropReason.BYLINE
    assert result.authors == ()


def test_a_headline_printed_last_without_a_day_is_still_the_title() -> None:
    headline = "Harbour Board Keeps Ferry Fares Frozen"
    result = clean(saved_page(LEAD, "", MORE, "", LAST, "", headline))
    assert result.title == headline
    assert headline not in result.text


def test_an_office_printed_last_without_a_day_is_read_as_before() -> None:
    # No day under it: the rule for a headline printed last decides, as it did before.
    result = clean(saved_page(LEAD, "", MORE, "", LAST, "", "Ministry of Harbour Affairs"))
    assert result.title == "Ministry of Harbour Affairs"


_QA = (
    "A reader sent us the questions below after last week's harbour meeting.\n\n"
    "Q: Will the ferry fares go up this spring?\n\n"
    "A: Not this spring. We have held the fares for six years and we will hold them again.\n\n"
    "Q: And the new quay?\n\n"
    "A: It opens in May, if the weather lets the crews finish the deck.\n"
)


def _answers(title: str) -> list[str | None]:
    found = extract_quotations(Article(id="qa", title=title, text=_QA))
    return [q.speaker_full for q in found if q.cue == "A:"]


@pytest.mark.parametrize(
    ("title", "guest"),
    [
        ("‘PM Ada Lund, will ferry fares rise?’", "Ada Lund"),
        ("Ada Lund, what next for the harbour?", "Ada Lund"),
        ("MM Lund, does the quay open in May?", "Lund"),
    ],
)
def test_a_headline_asking_the_guest_by_name_names_the_answers(title: str, guest: str) -> None:
    assert _answers(title) == [guest, guest]


@pytest.mark.parametrize(
    "title",
    [
        "Northport, are you ready for the new quay?",
        "Minister, will ferry fares rise?",
        "Lund, will ferry fares rise?",
        "Ferry fares: what readers asked",
    ],
)
def test_a_headline_asking_no_person_names_no_guest(title: str) -> None:
    assert _answers(title) == [None, None]
