"""Round 34: "“…,” he said" after a paragraph that opens with another man named in full is
that man, not the "he" quoted just before ("Just east of Northport, Sam Reed already has …");
"the lawmaker" and "the diplomat" are the senator or the ambassador named before; "says the amateur
astronomer" is the person in view."""

from __future__ import annotations

import pytest

import claimtrack

_BEFORE = (
    "Northport harvest\n\n"
    "Northport farmers are ahead of schedule this year.\n\n"
    "Tom Berg, a grain analyst with Harbour Grain, said most crops came off early.\n\n"
    "“Producers can just rip through and get them off,” he said.\n\n"
)
_AFTER = "\n\n“Everything just matured way quicker than normal,” he said.\n"


def _speakers(text: str, learned: bool) -> list[str | None]:
    return [q.speaker_full for q in claimtrack.extract_quotations(text, learned=learned)]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    "between",
    [
        "Sam Reed already has more than half of his crop in the bin.",
        "Just east of Northport, Sam Reed already has more than half of his crop in the bin.",
    ],
)
def test_he_after_a_man_the_paragraph_opens_with_is_that_man(between: str, learned: bool) -> None:
    assert _speakers(_BEFORE + between + _AFTER, learned) == ["Tom Berg", "Sam Reed"]


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize(
    "between",
    [
        "The club signed Sam Reed from Harbour City last week.",  # an object, not the subject
        "Rain fell on the farm of Sam Reed on Monday.",
        "Sam was there too.",  # no name in full
    ],
)
def test_he_goes_on_with_the_speaker_past_a_man_only_mentioned(between: str, learned: bool) -> None:
    assert _speakers(_BEFORE + between + _AFTER, learned) == ["Tom Berg", "Tom Berg"]


@pytest.mark.parametrize(
    ("named", "epithet"),
    [
        ("Senator Ada Lund voted against the bill on Monday.", "the lawmaker said"),
        ("Northland's Ambassador to Harbour, Ada Lund, met the speaker.", "said the diplomat"),
    ],
)
def test_an_epithet_for_a_kind_of_office_is_the_office_holder_named_before(
    named: str, epithet: str
) -> None:
    text = f"Harbour talks\n\n{named}\n\n“This bill is a mistake,” {epithet}.\n"
    assert _speakers(text, False) == ["Ada Lund"]


def test_an_epithet_for_another_kind_of_office_names_nobody() -> None:
    text = (
        "Harbour talks\n\nMayor Ada Lund voted against the bill on Monday.\n\n"
        "“This bill is a mistake,” the lawmaker said.\n"
    )
    assert _speakers(text, False) == [None]  # a mayor is no lawmaker


@pytest.mark.parametrize("noun", ["astronomer", "archaeologist", "filmmaker", "playwright"])
def test_a_definite_occupation_after_the_cue_is_the_person_in_view(noun: str) -> None:
    text = (
        "Northland skies\n\nBack when she lived in the rural north, Ada Lund spent few evenings "
        "watching television.\n\n"
        f'"The best entertainment was looking up into the skies," says the amateur {noun}.\n'
    )
    assert _speakers(text, False) == ["Ada Lund"]
