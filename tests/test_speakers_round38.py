"""Round 38: a school, a club, a society or an association of operators written before a
person's name in one run of capitals ("Northport Primary School Ada Lind said") is the body the
person belongs to, not part of the name."""

from __future__ import annotations

import pytest

import claimtrack


def _speakers(text: str, learned: bool = False) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=learned)]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("title", ["Head of ", ""])
@pytest.mark.parametrize(
    "body",
    [
        "Northport Primary School",
        "the Harbour Rotary Club",
        "the Northport Ferry Operators",
        "the Eastwick Choral Society",
        "Westfield College",
    ],
)
def test_a_body_before_a_name_is_not_part_of_the_name(body: str, title: str, learned: bool) -> None:
    body = body if title else body.removeprefix("the ")
    text = f'{title}{body} Ada Lind said, "We will keep the doors open all winter for everyone."'
    assert _speakers(text, learned) == ["Ada Lind"]


@pytest.mark.parametrize("body", ["Northport Primary School", "The Harbour Rotary Club"])
def test_the_body_alone_speaks_as_the_body(body: str) -> None:
    text = f'{body} said, "We will keep the doors open all winter for everyone."'
    assert _speakers(text) == [body.removeprefix("The ")]
