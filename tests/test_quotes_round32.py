"""Round 32: a copy whose encoding turned its quote marks into "?" ("?We won the title,? said
Lund.") still has its quotations, a question mark anywhere else is one, and a typist's marks
(an apostrophe before a lost opening mark, a space after a straight one) still open a quote."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack
from claimtrack.aids.marks import scan_marks
from claimtrack.text.sentences import Paragraph


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_full, q.text) for q in claimtrack.extract_quotations(text, learned=False)]


def test_quote_marks_lost_to_question_marks_are_read() -> None:
    text = (
        "    ?Winning the title is something we haven”t done in some time,? said Northport head "
        "coach Tom Berg. ?Credit should go to our players because they?re the ones who did "
        "it.?\n\n?Offensively, we did a wonderful job,? Berg said.\n"
    )
    assert _quotes(text) == [
        ("Tom Berg", "Winning the title is something we haven”t done in some time"),
        ("Tom Berg", "Credit should go to our players because they?re the ones who did it."),
        ("Tom Berg", "Offensively, we did a wonderful job"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Why? Because the harbour closed, said Tom Berg.\n",
        "Is it over? Nobody knows, Ada Lund said. Will it last? No.\n",
        "The answer, he said, is ?Yes. (sic)\n",  # an opener with no closer after it
    ],
)
def test_question_marks_are_questions(text: str) -> None:
    assert _quotes(text) == []


def test_real_marks_win_over_question_marks() -> None:
    text = "“Will it last?” asked Ada Lund. ?Yes,? she said.\n"
    assert [t for _, t in _quotes(text)] == ["Will it last?"]


@given(st.text(alphabet=st.sampled_from("ab AB,.!?\n“”\"'"), max_size=80))
def test_spans_stay_inside_their_paragraph(text: str) -> None:
    para = Paragraph(0, 0, len(text), False)
    for span in scan_marks(text, para):
        assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # an apostrophe before the closing mark of a quote that lost its opening one
            "I’m massively proud of what we put out there on court,” Northport captain Ada "
            "Lund said.\n",
            ("Ada Lund", "I’m massively proud of what we put out there on court"),
        ),
        (
            "Choice is an illusion. If doctors don’t volunteer, the hospital decides,” argues "
            "Tom Berg, chairman of the doctors' section.\n",
            ("Tom Berg", "Choice is an illusion. If doctors don’t volunteer, the hospital decides"),
        ),
        (  # a straight mark and a space after a colon
            "Oruno Tavelli, former mayor of Northport, says: \" I can't forgive self-serving "
            "politicians. Let's move forward together.\"\n",
            (
                "Oruno Tavelli",
                "I can't forgive self-serving politicians. Let's move forward together.",
            ),
        ),
    ],
)
def test_a_typists_marks_still_open_the_quote(text: str, want: tuple[str, str]) -> None:
    assert _quotes(text) == [want]
