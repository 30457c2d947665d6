"""Round 27: an interview's standfirst in the present names who asks and who answers."""

from __future__ import annotations

import claimtrack

_PAGE = (
    "Lea Park talks with Ada Lund, the minister of education, about the school reform and the "
    "pay of teachers\n\n"
    "LEA PARK: - In a week a new school year begins. What will matter most in it?\n\n"
    "MIN. ADA LUND -We are going to begin the next year of the reform, and teachers will be "
    "paid more.\n\n"
    "– Why is it necessary to make secondary school longer?\n\n"
    "– Longer schooling is mainly a chance to give students a wide knowledge before they "
    "begin their studies. I will remind you that the old system served them badly. We have "
    "heard this from teachers and parents for years.\n\n"
    "– The opposition says the students will have a nightmare in September.\n\n"
    "– I appeal to the students and their parents for calm. They should wait for the facts "
    "and compare them with the years before. It will turn out what it is really like.\n\n"
    "– What do you mean by that?\n\n"
    "– I mean the bad atmosphere the opposition has made around the reform. It does not help "
    "anyone.\n"
)


def _speaker(found: tuple[claimtrack.Quotation, ...], start: str) -> str | None:
    return next(q.speaker_full for q in found if q.text.startswith(start))


def test_the_one_talked_with_answers_and_the_one_who_talks_asks() -> None:
    found = claimtrack.extract_quotations(_PAGE)
    assert _speaker(found, "Longer schooling") == "Ada Lund"
    assert _speaker(found, "I appeal to the students") == "Ada Lund"
    assert _speaker(found, "Why is it necessary") == "Lea Park"


def test_a_news_story_in_the_past_keeps_its_subject_speaking() -> None:
    text = (
        "Ada Lund spoke to Lea Park of the Courier on Monday.\n\n"
        "“We will open the school in May,” Lund said."
    )
    assert claimtrack.extract_quotations(text)[0].speaker_full == "Ada Lund"


def test_a_transcripts_labels_set_as_a_bulleted_list_over_the_turns() -> None:
    page = (
        "Ada Lund talks to foreign minister Tom Berg.\n\n"
        "Read the Full Transcript\n\n"
        "  • Ada Lund:\n\n"
        "    But first: the harbour has been closed for a week, and the city is waiting.\n\n"
        "  • Tom Berg:\n\n"
        "    Thank you, Ada, for the invitation.\n\n"
        "  • Ada Lund:\n\n"
        "    What does it mean to have the harbour closed?\n\n"
        "  • Tom Berg:\n\n"
        "    It means a great deal to all of us, and we will open it soon.\n"
    )
    found = claimtrack.extract_quotations(page)
    assert _speaker(found, "Thank you, Ada") == "Tom Berg"
    assert _speaker(found, "It means a great deal") == "Tom Berg"
    assert _speaker(found, "What does it mean") == "Ada Lund"
