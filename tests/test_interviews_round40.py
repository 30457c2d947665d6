"""Round 40: an interview whose headline names the outlet that asked ("Interview with Bloomberg").

The outlet is no guest: the answers are the interviewee's, unnamed, never the outlet's; two
exchanges announced by the page's headline are enough to read the turns.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import load_article
from claimtrack.aids.quotation import Quotation
from claimtrack.aids.quotations import extract_quotations

_TURNS = (
    "Madam President, thank you for the interview. How soon can your country move ahead with"
    " its candidacy?\n\n"
    "Well, I think we are moving towards candidacy, of course, and we have done our homework"
    " on every one of the reforms.\n\n"
    "What about the alliance? Do you think the closer you are to it, the safer you become?\n\n"
    "Of course. I do not see any other way for a small country like ours.\n"
)


def _quotes(tmp_path: Path, page: str) -> tuple[Quotation, ...]:
    path = tmp_path / "interview.txt"
    path.write_text(page, encoding="utf-8")
    return extract_quotations(load_article(path))


@pytest.mark.parametrize(
    "headline", ["Interview with Bloomberg", "Interview with Reuters", "Interview with CNN"]
)
def test_an_outlet_in_the_headline_asks_and_never_answers(tmp_path: Path, headline: str) -> None:
    quotes = _quotes(tmp_path, f"{headline}\n\n{_TURNS}")
    assert [q.kind for q in quotes] == ["interview"] * 4
    outlet = headline.split()[-1]
    assert all(q.speaker_full != outlet for q in quotes)
    assert quotes[1].text.startswith("Well, I think we are moving")


def test_a_guest_in_the_headline_still_answers(tmp_path: Path) -> None:
    speakers = [q.speaker_full for q in _quotes(tmp_path, f"Interview with Ada Lund\n\n{_TURNS}")]
    assert speakers[1::2] == ["Ada Lund", "Ada Lund"]


def test_question_and_answer_letters_with_a_full_stop_and_a_colon(tmp_path: Path) -> None:
    page = (
        "Interview with Mrs Ada Lund Director of the Harbour Museum\n\n"
        "Q.: Please tell us about the history of the museum and its collections.\n\n"
        "A.: The building stands on the seaside boulevard. It was built in 1936 as a theatre.\n\n"
        "In 1991 the building was given to the Ministry of Culture and became our museum.\n\n"
        "Q.: Which galleries does the museum hold today?\n\n"
        "A.: We have four galleries, and we open a fifth one in the spring.\n"
    )
    quotes = _quotes(tmp_path, page)
    answers = [q for q in quotes if q.text.startswith(("The building", "In 1991", "We have"))]
    assert [q.speaker_full for q in answers] == ["Ada Lund"] * 3
    assert all(q.speaker_as_written != "Q." for q in quotes)


def test_a_lead_in_the_present_announces_the_interview(tmp_path: Path) -> None:
    page = (
        "HARBOUR POWER\n"
        "HRV talks to Hon. Ada Lund, Minister of Energy, on energy solutions, international"
        " cooperation, and nuclear development.\n\n"
        "What is the significance of partnering with the private sector for the government's"
        " plan for energy development?\n"
        "The government alone does not have the money to build the plants; therefore, we"
        " partner with firms that have it, and we set the rules they work by.\n\n"
        "Can renewables change the way the islands get their power?\n"
        "If we want to industrialise the islands, we need power. For this, we need the wind"
        " and the sun as much as the dams we have.\n"
    )
    quotes = _quotes(tmp_path, page)
    assert [q.kind for q in quotes] == ["interview"] * 4
    assert [q.speaker_full for q in quotes][1::2] == ["Ada Lund", "Ada Lund"]
