"""Interview labels as transcripts print them: initials written as a word, a role before the
name in capitals (round 10, studied on a held-out set opened to study calibration)."""

from __future__ import annotations

import claimtrack as ct
from claimtrack.aids.interview_labels import may_be_initials, title_and_name

CHAT = """Interview: Tova Lindgren

by Marek Olsen

One of the country's best songwriters comes to town next month.

Mo: So you are coming back here in August.
Tova: That's right, and I am looking forward to it.
Mo: You have played here a number of times. How do you like it?
Tova: It has all been good memories, I think.
"""


def test_initials_written_as_a_word_are_the_interviewer_named_before() -> None:
    asked = [q for q in ct.extract_quotations(CHAT) if q.speaker_as_written == "Mo"]
    assert len(asked) == 2
    assert {(q.speaker_full, q.resolution) for q in asked} == {("Marek Olsen", "interview-label")}


def test_a_short_label_nobody_has_as_initials_stays_as_written() -> None:
    text = CHAT.replace("by Marek Olsen", "by Ana Ruiz")
    asked = [q for q in ct.extract_quotations(text) if q.speaker_as_written == "Mo"]
    assert asked and {q.speaker_full for q in asked} == {"Mo"}


def test_may_be_initials() -> None:
    assert may_be_initials("MMM") and may_be_initials("Mb") and may_be_initials("FT")
    assert not may_be_initials("Tova") and not may_be_initials("M") and not may_be_initials("mb")


ROLE_FIRST = """Press Conference by the Chief Cabinet Secretary

REPORTER: What does the Government think about this situation?

CHIEF CABINET SECRETARY MORIYAMA: We cannot accept this language and behaviour at all.
"""


def test_a_role_in_capitals_before_the_name_is_not_the_name() -> None:
    answer = next(q for q in ct.extract_quotations(ROLE_FIRST) if "accept" in q.text)
    assert answer.speaker_full == "Moriyama"
    assert answer.confidence < 0.8  # one word the article never expands: a short name


def test_title_and_name() -> None:
    assert title_and_name("Chief Cabinet Secretary Moriyama") == (
        "Chief Cabinet Secretary",
        "Moriyama",
    )
    assert title_and_name("Foreign Minister Ada Lund") == ("Foreign Minister", "Ada Lund")
    assert title_and_name("Presidente Lula") == ("Presidente", "Lula")
    assert title_and_name("Ada Lund") == ("", "Ada Lund")
    assert title_and_name("Prime Minister") == ("", "Prime Minister")  # all title: no name


def test_a_first_name_label_is_the_guest_the_headline_names() -> None:
    answers = [q for q in ct.extract_quotations(CHAT) if q.speaker_as_written == "Tova"]
    assert len(answers) == 2
    assert {q.speaker_full for q in answers} == {"Tova Lindgren"}
    assert all(q.confidence < 0.8 for q in answers)  # one word matched to the lead: a guess


def test_a_first_name_nobody_in_the_lead_has_stays_as_written() -> None:
    text = CHAT.replace("Tova:", "Ida:")
    answers = [q for q in ct.extract_quotations(text) if q.speaker_as_written == "Ida"]
    assert len(answers) == 2 and {q.speaker_full for q in answers} == {"Ida"}


def test_a_greeting_is_no_part_of_a_name() -> None:
    text = CHAT.replace("Mo: So you are", "Mo: Hi Tova\nTova: Hello.\nMo: So you are")
    found = ct.extract_quotations(text)
    assert "Hi Tova" not in {q.speaker_full for q in found}
    assert {q.speaker_full for q in found if q.speaker_as_written == "Tova"} == {"Tova Lindgren"}


def test_initials_match_the_byline_kept_apart_from_the_text() -> None:
    body = CHAT.split("\n\n", 2)[2]  # the headline and byline as a loaded page keeps them
    article = ct.Article(
        id="chat", text=body, title="Interview: Tova Lindgren", authors=("Marek Olsen",)
    )
    found = ct.extract_quotations(article)
    assert {q.speaker_full for q in found if q.speaker_as_written == "Mo"} == {"Marek Olsen"}
    assert {q.speaker_full for q in found if q.speaker_as_written == "Tova"} == {"Tova Lindgren"}
