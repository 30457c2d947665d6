"""Round 34: a quote typed with a closing mark glued after its cue ("He stated,”I am …”") is a
quote; a closing mark glued before a name stays a closing mark."""

from __future__ import annotations

import pytest

import claimtrack


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_full) for q in claimtrack.extract_quotations(text, learned=False)]


@pytest.mark.parametrize("cue", ["He stated,", "He said:", "Tom Berg added,"])
def test_a_closing_mark_glued_after_a_cue_opens_the_quote(cue: str) -> None:
    text = (
        "Harbour school results\n\n"
        "Tom Berg, who heads the school, met the parents on Monday.\n\n"
        f"{cue}”I am also a parent in this school. This is not fair.”\n"
    )
    assert _quotes(text) == [("I am also a parent in this school. This is not fair.", "Tom Berg")]


@pytest.mark.parametrize(
    ("paragraph", "found"),
    [
        # the opening mark lost: quoted from the paragraph's start, as before
        ("Nobody predicted this,”Holt said.", [("Nobody predicted this", "Holt")]),
        ("The vote was close,”So be it” was all he wrote.", []),  # no speech verb before it
    ],
)
def test_a_glued_closing_mark_without_a_cue_before_does_not_open(
    paragraph: str, found: list[tuple[str, str | None]]
) -> None:
    assert _quotes(f"Harbour vote\n\nTom Berg lost the vote on Monday.\n\n{paragraph}\n") == found


@pytest.mark.parametrize(
    ("paragraph", "quoted"),
    [
        (
            '“We need money. Members of the "Strong Harbour" bloc have a plan,” he added.',
            'We need money. Members of the "Strong Harbour" bloc have a plan',
        ),
        (
            '“We asked for "urgent help" and got none,” he said.',
            'We asked for "urgent help" and got none',
        ),
    ],
)
def test_straight_marks_inside_a_curly_quote_are_a_quote_inside_it(
    paragraph: str, quoted: str
) -> None:
    text = f"Harbour power cuts\n\nEnergy minister Tom Berg met the board.\n\n{paragraph}\n"
    assert _quotes(text) == [(quoted, "Tom Berg")]


def test_a_straight_quote_after_a_curly_one_is_its_own() -> None:
    text = (
        "Harbour power cuts\n\nEnergy minister Tom Berg met the board.\n\n"
        '“We won,” Berg said. "It was hard," he added.\n'
    )
    assert _quotes(text) == [("We won", "Tom Berg"), ("It was hard", "Tom Berg")]


_SCHOOLS = "Harbour schools a year on\n\nWe asked teachers to rate the ministry.\n\n"


def test_dash_turns_in_english_with_a_named_speaker_are_quotes() -> None:
    text = _SCHOOLS + (
        "– These changes are going in the right direction – says Tom Berg, principal of the "
        "Harbour School. – There is a different atmosphere at school and it's “phew” – says "
        "Ada Lund, a teacher.\n"
    )
    assert _quotes(text) == [
        ("These changes are going in the right direction", "Tom Berg"),
        ("There is a different atmosphere at school and it's “phew”", "Ada Lund"),
    ]


def test_an_aside_between_dashes_naming_nobody_is_no_quote() -> None:
    paragraph = "– The plan for the port and the quay – said to be the third – was dropped."
    assert _quotes(_SCHOOLS + paragraph + "\n") == []
