"""Round 81: a postgame quotes sheet whose speaker header names a university's team.

Forms, each found on a real page and written anew here:

- "Postgame Quotes vs. Eastwick", a date, then "University of Northport Head Coach Ada Lund"
  over "Opening statement:" alone on its line and the answers in quote marks: the first line
  is the title, the header and the prompt stay in the body, and every answer is the coach's,
  named by the header (before: the header was the title, the prompt was dropped and no answer
  had a speaker);
- a copy cut off in its last prompt ("On the defence in the") gives no quotation of it
  (before: the cut prompt was taken for a cut answer);
- guards: a Title Case headline naming a coach over a lead paragraph stays the title; the
  same name line in the body over prose, with no prompt under it, is still a caption; an "of"
  opening the line, closing the team's name or before a word in lower case makes no titled
  name.

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack.reading.caption_forms import titled_name
from claimtrack.reading.cleaning import DropReason, clean

_HEADER = "University of Northport Head Coach Ada Lund"
_SHEET = (
    "Postgame Quotes vs. Eastwick\n\n"
    "March 2, 2024\n\n"
    f"{_HEADER}\n\n"
    "Opening statement:\n"
    "“It is always good to win. A lot of our players gave maximum effort today. I thought our "
    "defence picked up.\n\n"
    "“That is who we have to be. We can still do better from the foul line.”\n\n"
    "On whether a technical foul can ever be a good thing:\n\n"
    "“I don’t know how you get one on purpose. I never want to get one. I want a fair shake.\n\n"
    "“That is my first one in two years. I am not running around getting them.”\n"
    "{tail}"
)
_LAST_PROMPT = (
    "\nOn the defence in the second half:\n"
    "“We were quicker to the ball. I liked how we talked to each other.”\n"
)


def test_the_sheets_first_line_is_the_title_and_the_header_stays_in_the_body() -> None:
    page = clean(_SHEET.replace("{tail}", _LAST_PROMPT))
    assert page.title == "Postgame Quotes vs. Eastwick"
    assert page.text.startswith(f"{_HEADER}\n\nOpening statement:\n\n“It is always good")


def test_every_answer_is_the_coachs_named_by_the_header(tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    path.write_text(_SHEET.replace("{tail}", _LAST_PROMPT), encoding="utf-8")
    quotes = ct.extract_quotations(ct.load_article(path))
    assert [q.text[:22] for q in quotes] == [
        "It is always good to w",
        "That is who we have to",
        "I don’t know how you g",
        "That is my first one i",
        "We were quicker to the",
    ]
    assert {(q.speaker, q.resolution) for q in quotes} == {("Ada Lund", "named")}


def test_a_prompt_cut_off_at_the_copys_end_is_no_answer(tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    path.write_text(_SHEET.replace("{tail}", "\nOn the defence in the"), encoding="utf-8")
    quotes = ct.extract_quotations(ct.load_article(path))
    assert len(quotes) == 4
    assert all(q.speaker == "Ada Lund" for q in quotes)
    assert not any(q.text.startswith("On the defence") for q in quotes)


def test_a_title_case_headline_naming_a_coach_stays_the_title() -> None:
    page = clean(
        "Northport Hires Head Coach Ada Lund\n\n"
        "March 2, 2024\n\n"
        "The University of Northport named Ada Lund its new head coach on Friday, ending a "
        "search that lasted three months.\n\n"
        "Lund led Eastwick to two titles.\n"
    )
    assert page.title == "Northport Hires Head Coach Ada Lund"
    assert page.text.startswith("The University of Northport named Ada Lund")


def test_the_name_line_over_prose_in_the_body_is_still_a_caption() -> None:
    page = clean(
        "Harbour season ends early\n\n"
        "The team lost its last game on Friday and will not play again until the spring.\n\n"
        f"{_HEADER}\n\n"
        "The coach said the young players had learned a great deal this year.\n"
    )
    assert _HEADER not in page.text
    assert DropReason.IMAGE_CAPTION in {d.reason for d in page.dropped}


@pytest.mark.parametrize(
    ("line", "titled"),
    [
        (_HEADER, True),
        ("Northport head coach Tom Berg", True),
        ("of Northport Head Coach Ada Lund", False),
        ("Friend of Coach Ada Lund", False),
        ("Portrait of head coach Ada Lund", False),
    ],
)
def test_an_of_joins_two_capitalised_words_of_a_teams_name(line: str, titled: bool) -> None:
    assert titled_name(line) is titled
