"""Round 26: numbered questions that bid rather than ask, and one stray label among them."""

from __future__ import annotations

import claimtrack
from claimtrack.aids.interview_plain import possessed_guest
from claimtrack.aids.name_words import without_titles
from claimtrack.model import Article

_QA = """Ada Lund's plan for the harbour festival sounds a little bit illegal to us.

1. Tell us about your career so far. Are you happy with where you are?

Woah, that is a strong word. I won the harbour prize last year, and I am about to perform again.

2. Describe your show in exactly ten words.

A bittersweet musical comedy journey through my life and its tunes.

3. Why are you putting yourself through this stressful experience?

I have such a deep-seated need for public validation that I would risk it all. Obviously.

4. What other shows are you hoping to see?

Tom Berg, Kim Dalevik: Out Of Order and many, many others.

5. Name the one person you would rather not meet at the festival.

Someone whose name I cannot remember but who remembers mine.
"""


def _found() -> list[tuple[str, str | None]]:
    article = Article(id="qa", text=_QA, title="Ada Lund answers 5 Harbour Festival Questions")
    return [(q.text[:12], q.speaker) for q in claimtrack.extract_quotations(article)]


def test_numbered_questions_that_bid_are_questions_too() -> None:
    found = _found()
    assert ("Describe you", None) in found  # "2. Describe …": the interviewer's
    assert ("A bitterswee", "Ada Lund") in found


def test_one_label_inside_an_answer_does_not_make_the_page_a_labelled_interview() -> None:
    found = _found()
    assert ("Tom Berg, Ki", "Ada Lund") in found  # the guest's answer, names and all
    assert len(found) == 10


_NUMBERED_Q = """Amb. Ada Lund Berg (Ambassador of Northland to Southland)

07.11.2010 - Interview conducted by Tom Bergholm

Q1. Southland is a major destination for Northland's investments, how has the crisis
affected the trade?

We have three partners in foreign trade, usually competing for first place. Southland
is one of them.

Q2. What is your opinion on the debate about the harbour and the ferries?

I think it is a very important subject. It is at the top of the agenda in both capitals.
"""


def test_numbered_question_labels_over_unlabelled_answers() -> None:
    found = claimtrack.extract_quotations(Article(id="q", text=_NUMBERED_Q))
    turns = [(q.text[:12], q.speaker_full) for q in found]
    assert turns == [
        ("Southland is", None),
        ("We have thre", "Ada Lund Berg"),  # the guest the lead names, without "Amb."
        ("What is your", None),
        ("I think it i", "Ada Lund Berg"),
    ]


def test_a_title_abbreviated_with_its_full_stop_is_no_part_of_the_name() -> None:
    assert without_titles("Amb. Ada Lund Berg") == "Ada Lund Berg"
    assert without_titles("Gov. Ada Lund") == "Ada Lund"  # two words are always kept


def test_the_guest_whose_interview_the_headline_names_past_a_modifier() -> None:
    title = "ICYMI- Transcript of Lund’s 15-page interview with the Harbour Times"
    assert possessed_guest(title) == "Lund"
    assert possessed_guest("PM Ada Lund’s exclusive TV interview with Radio Nord") == "Ada Lund"


def test_a_countrys_possessive_over_an_interview_is_no_guest() -> None:
    title = "In defence of Northland’s farming record- Interview with Northland’s Minister"
    assert possessed_guest(title) is None
