"""Round 30: an interview the headline announces without naming its guest, and "Q:" questions
whose answers run over paragraphs that end on a quotation."""

from __future__ import annotations

import claimtrack

_AUTHOR_INTERVIEW = """\
#FloodNovel: Author Interview

What is the story behind the new novel?

My second novel is set in a port town during the great flood. It follows three families.

I wanted the town itself to be the main character.

What was the hardest part of writing it?

Without a doubt the editing. It took me a whole winter.

Why did the flood matter so much?

My grandmother lived through it, and I grew up on her stories.

What comes next?

I have started on a third book, about the same harbour a century later.
"""


def _texts(text: str) -> list[str]:
    return [q.text for q in claimtrack.extract_quotations(text)]


def test_an_interview_the_headline_announces_is_read_without_a_named_guest() -> None:
    found = claimtrack.extract_quotations(_AUTHOR_INTERVIEW)
    texts = [q.text for q in found]
    assert "What was the hardest part of writing it?" in texts
    assert "Without a doubt the editing. It took me a whole winter." in texts
    assert "I wanted the town itself to be the main character." in texts
    assert "I have started on a third book, about the same harbour a century later." in texts
    assert all(q.kind == "interview" and q.confidence < 0.8 for q in found)
    assert {q.speaker for q in found} == {None}  # nobody is named: no guess


def test_questions_with_no_headline_word_for_interview_stay_narration() -> None:
    # The same page under a news headline: three questions that never say "you" are an
    # explainer's subheadings, not an interviewer's turns.
    page = _AUTHOR_INTERVIEW.replace("#FloodNovel: Author Interview", "The flood novel")
    assert _texts(page) == []


_Q_PAGE = """\
Northport's mayor looks back on the year.

Q: For you, what was the toughest choice this year?

One was the harbour plan. I had folks saying, ‘Don’t touch it.’

The budget was not easy either. Some days you leave here just going, ‘How are we going to do this?’

Q: How worried are you about cuts? With the deficit this large, that looks like a likely route.

On one hand, I understand the province has to balance its books.

Am I concerned? Absolutely.

Q: Have you raised it with them?

We have, and we will keep raising it.
"""


def test_answers_after_q_labels_run_on_over_quotes_and_questions_they_quote() -> None:
    texts = _texts(_Q_PAGE)
    assert "One was the harbour plan. I had folks saying, ‘Don’t touch it.’" in texts
    assert (
        "The budget was not easy either. Some days you leave here just going, "
        "‘How are we going to do this?’" in texts
    )
    # the question's last sentence is no question; the answers after it are still answers
    assert "On one hand, I understand the province has to balance its books." in texts
    assert "Am I concerned? Absolutely." in texts
    assert "We have, and we will keep raising it." in texts


_GLUED = """\
What is your view of the new harbour law?It has been the best thing for this town in years.

We waited a long time for it, and I am glad we have it now.

What worries you most?My main concern is that fishermen work hard and get little for it.

We want to help them sell their catch at a fair price.
"""


def test_questions_glued_to_their_answers_are_split_into_turns() -> None:
    found = claimtrack.extract_quotations(_GLUED)
    assert [q.text for q in found] == [
        "What is your view of the new harbour law?",
        "It has been the best thing for this town in years.",
        "We waited a long time for it, and I am glad we have it now.",
        "What worries you most?",
        "My main concern is that fishermen work hard and get little for it.",
        "We want to help them sell their catch at a fair price.",
    ]
    assert all(q.kind == "interview" and q.confidence < 0.8 for q in found)


def test_one_question_run_into_a_capital_is_no_interview() -> None:
    page = (
        "Who pays for the harbour wall?The council says the port should.\n\n"
        "The port says it has no money for it this year.\n"
    )
    assert _texts(page) == []
