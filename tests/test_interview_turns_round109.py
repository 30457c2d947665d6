"""Round 109: an unlabelled Q&A whose first question is labelled by the magazine's name.

Forms:
- “The Harbour Issue”: Is it true that you took this idea …? — the first question labelled
  by the issue's name in quotation marks, the rest plain paragraphs told apart by their
  question marks: the turns are read, the question without its label (before: none read);
- the lead says the page's own writer is the one questioned ("I should be grilled as well",
  "he cornered me"): the answers are nobody's the page names, not those of the colleague the
  lead names as asking (the test before: none read);
- the same with one writer signing the page: the answers are the writer's (before: none);
- "Tom Berg sat down with Ada Lund": the guest the lead names answers (before: none read).

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct

_ASKED_LEAD = (
    "This month we put twelve harbour bosses on the spot in our “Harbour Issue.” Our senior"
    " writer Tom Berg said that, under the circumstances, I should be grilled as well. He"
    " cornered me last week.\n\n"
)
_GUEST_LEAD = (
    "Tom Berg sat down with Ada Lund, the harbour master, for our “Harbour Issue.” This"
    " interview was edited.\n\n"
)
_QA = (
    "“The Harbour Issue”: Is it true that you took this idea from another paper?\n\n"
    "[Laughs.] No comment.\n\n"
    "How did you choose the people you talked to?\n\n"
    "As a team we thought of people who lead their firms and shape the harbour.\n\n"
    "What do you think reporters miss when they cover the port?\n\n"
    "I think they miss the people, the noise and the numbers behind every ship.\n"
)


def _turns(lead: str, authors: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    article = ct.Article(id="a", title="Turning the tables", text=lead + _QA, authors=authors)
    found = ct.extract_quotations(article)
    assert all(q.kind == "interview" for q in found)
    return [(q.text, q.speaker_full) for q in found]


def test_a_question_labelled_by_the_issues_name_opens_the_turns_without_its_label() -> None:
    turns = _turns(_ASKED_LEAD)
    assert [text[:20] for text, _ in turns] == [
        "Is it true that you ",
        "[Laughs.] No comment",
        "How did you choose t",
        "As a team we thought",
        "What do you think re",
        "I think they miss th",
    ]


def test_a_writer_the_lead_says_was_questioned_answers_not_the_colleague_asking() -> None:
    assert {speaker for _, speaker in _turns(_ASKED_LEAD)} == {None}


def test_the_one_writer_signing_the_page_answers_when_the_lead_says_they_were_asked() -> None:
    speakers = [speaker for _, speaker in _turns(_ASKED_LEAD, ("Ada Lund",))]
    assert speakers == [None, "Ada Lund"] * 3


def test_the_guest_a_lead_names_answers_questions_labelled_by_the_issues_name() -> None:
    speakers = [speaker for _, speaker in _turns(_GUEST_LEAD)]
    assert speakers == [None, "Ada Lund"] * 3
