"""Round 38: an interview whose lead names the host before the guest ("Harbour fan Tom Berg,
speaking to Northport FC's Ivo Sand") gives the "A:" answers to the one the questions call by
first name ("Q: First off Ivo, thanks for …"), not to the one named first; "Q&A with Northport
Hospital's new director" is with the one the lead names the new director, not the hospital."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import claimtrack


def _write(page: str) -> Path:
    path = Path(tempfile.mkdtemp()) / "interview.txt"
    path.write_text(page, encoding="utf-8")
    return path


_PAGE = (
    "Harbour fan Tom Berg, speaking to Northport FC's Ivo Sand, before Friday's derby.\n\n"
    "Q: {greeting} thanks for coming over to talk to us. Is this the biggest game of the year?\n\n"
    "A: Yes, I would say it is a very big game for both clubs and for the town.\n\n"
    "Q: Were you surprised by how well the team started the season?\n\n"
    "A: Not really, we knew in pre-season that the squad was strong enough to win.\n"
)


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("greeting", ["First off Ivo,", "Ivo,", "Thanks, Ivo!"])
def test_answers_go_to_the_guest_the_questions_call_by_first_name(
    greeting: str, learned: bool
) -> None:
    found = claimtrack.extract_quotations(_PAGE.format(greeting=greeting), learned=learned)
    answers = [q for q in found if q.text.startswith(("Yes, I would", "Not really"))]
    assert len(answers) == 2
    assert {q.speaker_full for q in answers} == {"Ivo Sand"}


def test_a_name_inside_a_question_without_a_call_moves_nobody() -> None:
    # "Ivo Sand" named in passing is no call: the guest stays the one the lead names first.
    page = _PAGE.replace("Tom Berg, speaking to Northport FC's Ivo Sand", "Tom Berg").format(
        greeting="Did Ivo Sand call you?"
    )
    found = claimtrack.extract_quotations(page, learned=False)
    answers = [q for q in found if q.text.startswith(("Yes, I would", "Not really"))]
    assert {q.speaker_full for q in answers} == {"Tom Berg"}


_ROLE_PAGE = (
    "Q&A with Northport Hospital's new director\n\n"
    "The hospital board sacked director Tom Berg in May after a year of losses.\n\n"
    "Last month the board announced it had hired a new director, Ivo Sand.\n\n"
    "Q: What do you make of the town so far?\n\n"
    "A: I like it here. I am looking forward to moving my family over in the summer.\n\n"
    "Q: How will you avoid the mistakes of the past?\n\n"
    "A: I want us to focus on the future and build a plan with the staff and the board.\n"
)


@pytest.mark.parametrize("learned", [False, True])
def test_a_headline_guest_given_by_role_is_the_one_the_lead_names_in_it(learned: bool) -> None:
    article = claimtrack.load_article(_write(_ROLE_PAGE))
    found = claimtrack.extract_quotations(article, learned=learned)
    answers = [q for q in found if q.text.startswith(("I like it", "I want us"))]
    assert len(answers) == 2
    assert {q.speaker_full for q in answers} == {"Ivo Sand"}


def test_a_role_the_lead_never_gives_names_no_owner_as_guest() -> None:
    page = _ROLE_PAGE.replace("a new director, Ivo Sand", "someone from out of town")
    found = claimtrack.extract_quotations(claimtrack.load_article(_write(page)), learned=False)
    answers = [q for q in found if q.text.startswith(("I like it", "I want us"))]
    assert answers
    assert all("Hospital" not in (q.speaker_full or "") for q in answers)
