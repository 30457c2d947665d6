"""Round 26: a person's role that nobody named gives no speaker; its words stay as written."""

from __future__ import annotations

import pytest

import claimtrack


@pytest.mark.parametrize(
    "text",
    [
        "“We know the community is worried,” a police spokesman said.",
        "“We were stunned,” the principal says.",
        "“It took 15 years,” said the union president.",
    ],
)
def test_a_role_nobody_named_has_no_speaker(text: str) -> None:
    (q,) = claimtrack.extract_quotations(text)
    assert (q.speaker, q.speaker_full, q.resolution) == (None, None, "description")
    assert q.speaker_as_written is not None  # the words at the cue stay


def test_the_quotes_that_carry_the_role_on_have_none_either() -> None:
    text = (
        "A police spokesman said: “We know the community is worried.\n\n"
        "“We are asking people to check their doorbell cameras.”"
    )
    found = claimtrack.extract_quotations(text)
    assert len(found) == 2 and {q.speaker_full for q in found} == {None}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The roads are closed,” the police said.", "police"),
        ("“We protest,” the foreign ministry said.", "foreign ministry"),
    ],
)
def test_a_body_by_its_common_noun_still_speaks(text: str, speaker: str) -> None:
    (q,) = claimtrack.extract_quotations(text)
    assert q.speaker_full == speaker


def test_a_role_named_earlier_is_that_person() -> None:
    text = (
        "Ada Lund, the principal of Northport School, met parents on Monday.\n\n"
        "“We were stunned,” the principal said."
    )
    (q,) = claimtrack.extract_quotations(text)
    assert q.speaker_full == "Ada Lund"
