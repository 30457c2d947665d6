"""Round 40: an interview whose headline names the outlet that asked ("Interview with Bloomberg").

The outlet is no guest: the answers are the interviewee's, unnamed, never the outlet's; two
exchanges announced by the page's headline are enough to read the turns.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimtrack import load_article
from claimtrack.aids.quotations import extract_quotations

_TURNS = (
    "Madam President, thank you for the interview. How soon can your country move ahead with"
    " its candidacy?\n\n"
    "Well, I think we are moving towards candidacy, of course, and we have done our homework"
    " on every one of the reforms.\n\n"
    "What about the alliance? Do you think the closer you are to it, the safer you become?\n\n"
    "Of course. I do not see any other way for a small country like ours.\n"
)


@pytest.mark.parametrize(
    "headline", ["Interview with Bloomberg", "Interview with Reuters", "Interview with CNN"]
)
def test_an_outlet_in_the_headline_asks_and_never_answers(tmp_path: Path, headline: str) -> None:
    path = tmp_path / "interview.txt"
    path.write_text(f"{headline}\n\n{_TURNS}", encoding="utf-8")
    quotes = extract_quotations(load_article(path))
    assert [q.kind for q in quotes] == ["interview"] * 4
    outlet = headline.split()[-1]
    assert all(q.speaker_full != outlet for q in quotes)
    assert quotes[1].text.startswith("Well, I think we are moving")


def test_a_guest_in_the_headline_still_answers(tmp_path: Path) -> None:
    path = tmp_path / "interview.txt"
    path.write_text(f"Interview with Ada Lund\n\n{_TURNS}", encoding="utf-8")
    speakers = [q.speaker_full for q in extract_quotations(load_article(path))]
    assert speakers[1::2] == ["Ada Lund", "Ada Lund"]
