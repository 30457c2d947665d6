"""Round 36: a briefing's or a meeting's labels ("MS. LUND:", "SECRETARY BERG:") grow to the
full name the page's cover gives above the body ("Ada Lund / Daily Press Briefing"), a
one-letter label is the one earlier label it opens ("N:" after "Nell:"), a full name a page
prints in capitals is given as a name ("ADA LUND" → "Ada Lund"), and a headline that is a
rubric and a name ("Q&A With harbourboy") names the guest however the name is written."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.aids.label_words import cased_name

_BRIEFING = """\
Ada Lund
Daily Press Briefing
Northport
August 6, 2013

The video is also available with captions.

1:28 p.m.

MS. LUND: Good afternoon. Nothing from me to open with today, so I will take your \
questions.

QUESTION: Can you say anything about the harbour closure?

MS. LUND: Yes. The quay stays shut until Friday, as the notice this morning said.

QUESTION: Will it last the week?

MS. LUND: We will give you an update tomorrow.
"""

_MEETING = """\
Remarks with Velmish Prime Minister Tom Berg before their meeting
Secretary Ada Lund
Northport
July 2, 2008

SECRETARY LUND: Our two ports work together on a great deal, and I am glad you came.

PRIME MINISTER BERG: Thank you. We have a long list of things to settle on fishing.

SECRETARY LUND: Then let us begin with the fishing rules.
"""


def _speakers(tmp_path: Path, text: str) -> list[str | None]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    article = claimtrack.load_article(path)
    return [q.speaker_full for q in claimtrack.extract_quotations(article)]


def test_a_briefings_label_grows_to_the_name_on_its_cover(tmp_path: Path) -> None:
    assert _speakers(tmp_path, _BRIEFING) == ["Ada Lund", None, "Ada Lund", None, "Ada Lund"]


def test_a_meetings_titled_labels_grow_to_the_names_its_cover_gives(tmp_path: Path) -> None:
    assert _speakers(tmp_path, _MEETING) == ["Ada Lund", "Tom Berg", "Ada Lund"]


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("RANDALL KENNEDY", "Randall Kennedy"),
        ("ADA MCBRIDE", "Ada McBride"),
        ("Ada Lund", "Ada Lund"),
        ("LUND", "LUND"),  # one word: a label, left to the label rules
    ],
)
def test_a_full_name_printed_in_capitals_is_given_as_a_name(printed: str, name: str) -> None:
    assert cased_name(printed) == name


def test_a_one_letter_label_is_the_one_earlier_label_it_opens() -> None:
    text = (
        "Interview with Mara, mayor of Northport\n\n"
        "Nell, who edits our interviews page, asked the questions we had prepared:\n\n"
        "Nell: Our class would like to know how a town hall works.\n\n"
        "Mara: Gladly. Ask me anything you like.\n\n"
        "N: What does a mayor do on a Monday?\n\n"
        "M: I meet the council first, and then I answer letters from people in the town.\n\n"
        "N: What was your first job?\n\n"
        "M: I drove the harbour ferry for six years.\n"
    )
    found = claimtrack.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["Nell", "Mara", "Nell", "Mara", "Nell", "Mara"]
    assert [q.speaker_as_written for q in found][2:4] == ["N", "M"]


@pytest.mark.parametrize(
    ("headline", "guest"),
    [("Q&A With harbourboy", "harbourboy"), ("Interview with Velmara", "Velmara")],
)
def test_a_rubric_headline_names_its_guest_however_written(
    tmp_path: Path, headline: str, guest: str
) -> None:
    text = (
        f"{headline}\n\n"
        "The songwriter plays Northport for the first time this month. I asked about the new "
        "record, the Harbour Hall show and the Long Nights tag the fans gave it.\n\n"
        "What do you hope for from the Northport shows?\n"
        "I hope the hall is full and the sea air is kind to my voice.\n\n"
        "Will you have a day off while you are here?\n"
        "Yes, two days before the first show, and I want to sail round the harbour.\n"
    )
    answers = [s for s in _speakers(tmp_path, text) if s is not None]
    assert answers and set(answers) == {guest}


def test_a_rubric_headline_with_a_description_names_no_guest(tmp_path: Path) -> None:
    text = (
        "Interview with our new harbour master\n\n"
        "Our new harbour master starts on Monday. We asked about the job.\n\n"
        "What do you expect from the job?\n"
        "I expect to have a busy first year on the quays.\n"
    )
    assert "our new harbour master" not in _speakers(tmp_path, text)
