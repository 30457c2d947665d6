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

MS. LUND: Hi, everyone. Happy Tuesday afternoon. I don't have anything at the top, so let's \
start with what's on your mind.

QUESTION: Can you say anything about the harbour closure?

MS. LUND: Sure. There are no changes since this morning, and you all saw the note we put out.

QUESTION: Will it last the week?

MS. LUND: We will give you an update tomorrow.
"""

_MEETING = """\
Remarks with Velmish Prime Minister Tom Berg before their meeting
Secretary Ada Lund
Northport
July 2, 2008

SECRETARY LUND: We have a lot that we do together and I look forward to talking today.

PRIME MINISTER BERG: Yes, of course. Before, in my previous post, I worked with you a lot.

SECRETARY LUND: Thank you. Thanks very much.
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
        "Nell: First of all we want to thank you for seeing us at the town hall.\n\n"
        "Mara: Not at all, I am delighted to have you here.\n\n"
        "N: How did you come to be mayor?\n\n"
        "M: I stood for mayor to help the town and to get things done.\n\n"
        "N: When did you start?\n\n"
        "M: In June of last year.\n"
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
        "After a splash online with a single in 2021, the singer is touring Northport for the "
        "first time. I caught up with the singer about music, that King of Sad Songs tag, and "
        "the tour.\n\n"
        "You will be touring Northport for the first time. What do you expect from the shows?\n"
        "I expect to have a great time and hopefully not run into spiders.\n\n"
        "Will you get any time off while you are here?\n"
        "Yes, I will have a few days off before the first show, and I want to see the harbour.\n"
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
