"""Round 66: a headline ending in a colon, a list's label, a transcript's turn, a dated report.

- A headline introducing what follows with a colon ("Statements from the Harbour Board in
  relation to the launch of the ferry timetable:"), over its outlet's "HB|Published …" line,
  gave no title (before: no title). A line of six words or fewer before a colon is still a
  label ("Listen to this story now:"), never the headline.
- An office's page holding its headline after a label ("Releases: Transcript of the mayor on
  Velm radio …", "Press releases: …") gave no title (before: no title, or a line of the body).
- A transcript's last turn asking a question ("Lund: We do not usually chat about the weather
  but today we should, right?") was read as a headline printed after the body (before: that
  question as the title). Its label names whoever spoke an earlier turn ("Ada Lund: …").
- A page opening with a report's name and its day ("Cabinet report – 22 June 2021", "City
  Council Recap | September 11, 2024", "News Analysis – May 2018") read that line as its date
  line only (before: no title, or the subheading under it). A date line naming no report
  ("Published – 22 June 2021", "Northport, 22 June 2021") is still no title.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.interview_turns import transcript_turn
from tests.harbour_cases import LAST, LEAD, MORE, QUOTE

_STORY = ["", LEAD, "", MORE, "", QUOTE, "", LAST]
_INTRODUCING = "Statements from the Harbour Board in relation to the launch of the ferry timetable:"
_STATEMENT = [
    "Read caption Ferries at the quay in Northport, March 2017. Photo: Ada Berg/HB",
    "",
    _INTRODUCING,
    "",
    "HB|Published 04. Dec 2018",
    "",
    "Statement by Tom Lund, Director HB Northport:",
    "",
    "“It is deeply worrying that the ferries run late so often, leaving many people waiting on"
    " the quay for hours. What these people really need is a new bridge.",
    "",
    "At the same time, the council must ramp up the ferry service.”",
]


def test_a_headline_ending_in_a_colon_over_its_outlets_date_line_is_the_title() -> None:
    cleaned = clean("\n".join(_STATEMENT) + "\n")
    assert cleaned.title == _INTRODUCING
    assert cleaned.published is not None and cleaned.published.start.isoformat() == "2018-12-04"
    assert cleaned.text.startswith("Statement by Tom Lund")


@pytest.mark.parametrize(
    "label", ["Listen to this story now:", "Share this story:", "Read the full statement here:"]
)
def test_a_short_label_before_a_colon_is_never_the_title(label: str) -> None:
    page = [label if line == _INTRODUCING else line for line in _STATEMENT]
    assert clean("\n".join(page) + "\n").title is None


_TRANSCRIPT = [
    "Mail this story to a friend.",
    "{label}Transcript of the mayor on Velm radio and later press briefing on the flood.",
    "CONTACT:, (212) 788-2958",
    "",
    "",
    "Ada Lund: It is the Ada Lund Show on Velm Radio. Good morning everyone and we begin as we"
    " usually do on Fridays.",
    "",
    "Mayor Tom Berg: Good morning, Ada. The river rose a metre overnight and the quay is shut.",
    "",
    "Berg: We opened two shelters in the town hall and the school on Friday morning.",
    "",
    "Lund: We do not usually chat about the weather but today we should, right?",
]
_TRANSCRIPT_TITLE = "Transcript of the mayor on Velm radio and later press briefing on the flood."


@pytest.mark.parametrize("label", ["Releases: ", "Press releases: ", "News Releases : "])
def test_an_office_lists_label_is_not_the_titles(label: str) -> None:
    page = [line.format(label=label) for line in _TRANSCRIPT]
    cleaned = clean("\n".join(page) + "\n")
    assert cleaned.title == _TRANSCRIPT_TITLE
    assert cleaned.text.startswith("Ada Lund: It is the Ada Lund Show")
    assert cleaned.text.rstrip().endswith("today we should, right?")


def test_a_transcripts_last_turn_is_not_a_headline_printed_after_the_body() -> None:
    page = [line.format(label="") for line in _TRANSCRIPT if not line.startswith("{label}")]
    cleaned = clean("\n".join(page) + "\n")
    assert cleaned.title != _TRANSCRIPT[-1]
    assert cleaned.text.rstrip().endswith("today we should, right?")


@pytest.mark.parametrize(
    ("last", "earlier", "turn"),
    [
        ("Lund: Right?", "Ada Lund: Good morning.", True),
        ("Mayor Berg: Yes.", "Mayor Tom Berg: Good morning.", True),
        ("Brexit: What now for the ferries", "Ada Lund: Good morning.", False),
        ("Lund: Right?", "Tom Berg: Good morning.", False),
        ("No label here at all", "Ada Lund: Good morning.", False),
    ],
)
def test_a_turn_is_labelled_with_the_name_of_an_earlier_turn(
    last: str, earlier: str, turn: bool
) -> None:
    assert transcript_turn(last, [earlier]) is turn


def test_a_headline_printed_after_the_body_is_still_read() -> None:
    headline = "Harbour Board Warns Of Late Ferries All Winter In Northport"
    cleaned = clean("\n".join([*_STORY[1:], "", headline]) + "\n")
    assert cleaned.title == headline


@given(
    st.from_regex(r"[A-Z][a-z]{1,12}", fullmatch=True),
    st.text(min_size=1, max_size=80).filter(lambda t: not t[0].isspace()),
)
def test_a_surname_labelling_an_earlier_full_name_is_a_turn(surname: str, said: str) -> None:
    assert transcript_turn(f"{surname}: {said}", [f"Ada {surname}: Hello."])
    assert not transcript_turn(f"{surname}: {said}", [f"Ada {surname}x: Hello."])


_REPORT_BODY = [
    "",
    "General News Summary",
    "",
    "The Harbour",
    "",
    LEAD,
    "",
    MORE,
    "",
    QUOTE,
    "",
    LAST,
]


@pytest.mark.parametrize(
    "first",
    [
        "Cabinet report – 22 June 2021",
        "City Council Recap | September 11, 2024",
        "News Analysis – May 2018",
        "Harbour Board minutes, 3 March 2020",
    ],
)
def test_a_reports_name_and_day_opening_the_page_is_the_title(first: str) -> None:
    cleaned = clean("\n".join([first, *_REPORT_BODY]) + "\n")
    assert cleaned.title == first
    assert cleaned.published is not None
    assert LEAD in cleaned.text and first not in cleaned.text


@pytest.mark.parametrize(
    "first",
    [
        "Published – 22 June 2021",
        "Updated: 22 June 2021",
        "Northport, 22 June 2021",
        "Monday, 22 June 2021",
    ],
)
def test_a_date_line_naming_no_report_is_not_the_title(first: str) -> None:
    cleaned = clean("\n".join([first, *_REPORT_BODY]) + "\n")
    assert cleaned.title != first
    assert cleaned.published is not None
    assert cleaned.published.start.isoformat() == "2021-06-22"
