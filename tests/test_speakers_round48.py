"""Round 48: a question inside a guest's labelled answer run is the interviewer's next turn.

Many interviews label the first question and answer ("NR: …?", "Ilves: …") and then set the
rest as plain paragraphs. The guest's labelled answer runs on over plain paragraphs, but a
paragraph in that run that only asks ("Was the move a personal decision? And how …?") is the
interviewer's; from there the turns go by their question marks. An answer that ends with a
question of its own ("…, don't you think?") or that asks among statements stays the guest's.
Every text here is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.plain_after_labels import _only_asks

_LEAD = "The new chief of the harbour board, Mara Ilves, spoke to Tom Reed in her office."
_ASKED = "Reed: Could you tell us a little about yourself?"
_ANSWERED = (
    "Ilves: I studied engineering in Tartu and worked for the water board for twelve years"
    " before this."
)
_QUESTION = "Was the move a personal decision? And how did you find the first months?"
_ANSWER = (
    "Basically, I wanted to work on the harbour because I spent many years on the water. The"
    " board was like a school to me."
)


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    text = "\n\n".join(["Harbour chief looks ahead", _LEAD, _ASKED, _ANSWERED, *paragraphs])
    return {q.text[:24]: q.speaker_full for q in ct.extract_quotations(text)}


def test_a_question_after_the_guests_labelled_answer_is_the_interviewers() -> None:
    speakers = _speakers(_QUESTION, _ANSWER, "What comes next?", "The new quay, in spring.")
    assert speakers[_QUESTION[:24]] == "Tom Reed"
    assert speakers[_ANSWER[:24]] == "Mara Ilves"
    assert speakers["What comes next?"] == "Tom Reed"


def test_the_answer_runs_on_until_the_question() -> None:
    more = "The board was like a school to me, and I learnt a great deal from it."
    speakers = _speakers(more, _QUESTION, _ANSWER)
    assert speakers[more[:24]] == "Mara Ilves"
    assert speakers[_QUESTION[:24]] == "Tom Reed"
    assert speakers[_ANSWER[:24]] == "Mara Ilves"


def test_an_answer_that_asks_among_statements_stays_the_guests() -> None:
    mixed = "Was it my own decision? Yes. I had wanted the post for years."
    speakers = _speakers(mixed, _ANSWER)
    assert speakers[mixed[:24]] == "Mara Ilves"


_SENTENCE = st.from_regex(r"[A-Z][a-z]{2,8}(?: [a-z]{2,8}){2,6}", fullmatch=True)


@given(st.lists(_SENTENCE, min_size=1, max_size=3))
def test_any_run_of_questions_only_asks(sentences: list[str]) -> None:
    assert _only_asks(" ".join(s + "?" for s in sentences))


@given(st.lists(_SENTENCE, min_size=1, max_size=3), _SENTENCE)
def test_a_statement_anywhere_makes_it_no_bare_question(sentences: list[str], said: str) -> None:
    asked = [s + "?" for s in sentences]
    for at in range(len(asked) + 1):
        assert not _only_asks(" ".join([*asked[:at], said + ".", *asked[at:]]))
