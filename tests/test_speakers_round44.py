"""Round 44: initials of a hyphened name, and a couple that shares a surname.

An interview introduces its host with initials in brackets ("Manuela Kasper-Claridge (MKC):")
and labels the later turns with them ("MKC: …"); the initials count each part of a hyphened
surname. "Farmers Ada and Tom Berg" names Ada Berg as well, and "Mrs Berg" is she, "Mr Berg"
he. Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.aliases import bracketed_aliases
from claimtrack.aids.given_names import first_of_couple, is_given_name
from claimtrack.aids.name_words import has_initials

_INTERVIEW = """Harbour TV interview with Kofi Osei

Ada Lund-Berg | Tom Quint

Northport's mayor Kofi Osei has called for a new ferry link to Eastwick.

Ada Lund-Berg (ALB): Hello and welcome to our interview with the mayor.

Kofi Osei: Thank you for having me.

ALB: Mr. Osei, is the ferry going to run again this winter?

Kofi Osei: It will run from December, as the board agreed.
"""


def test_a_hosts_initials_count_each_part_of_a_hyphened_surname() -> None:
    found = ct.extract_quotations(_INTERVIEW)
    by_text = {q.text[:12]: q for q in found}
    asked = by_text["Mr. Osei, is"]
    assert asked.speaker_full == "Ada Lund-Berg"
    assert asked.speaker_as_written == "ALB"
    assert by_text["It will run "].speaker_full == "Kofi Osei"


def test_initials_in_brackets_after_a_hyphened_name_are_its_alias() -> None:
    text = "Prime Minister Jean-Pierre Roux (JPR) met the dockers. Ada Lund-Berg (ALB) did not."
    assert bracketed_aliases(text) == {"JPR": "Jean-Pierre Roux", "ALB": "Ada Lund-Berg"}
    # the words alone still count: "JR" of "Jean-Pierre Roux"
    assert has_initials("Jean-Pierre Roux", "JR")
    assert not has_initials("Jean-Pierre Roux", "JPRX")
    assert not has_initials("Ada Lund", "AB")


_PART = st.text(alphabet="abcdefghijklmnop", min_size=1, max_size=6).map(str.capitalize)


@given(st.lists(st.lists(_PART, min_size=1, max_size=3), min_size=1, max_size=4))
def test_the_initials_of_a_name_are_its_words_or_their_parts(words: list[list[str]]) -> None:
    name = " ".join("-".join(parts) for parts in words)
    assert has_initials(name, "".join(parts[0][0] for parts in words))
    assert has_initials(name, "".join(p[0] for parts in words for p in parts).lower())
    # one letter more is never the name's
    assert not has_initials(name, "".join(p[0] for parts in words for p in parts) + "Z")


_COUPLE = """Harvest nears its end

Northport farmers {first} and {second} Berg expect to finish their harvest next week.

“We are on schedule and expect to finish by December,” Mrs Berg said.

“The boys help out when the weather lets them,” Mr Berg said.
"""


def test_a_couple_sharing_a_surname_is_told_apart_by_mrs_and_mr() -> None:
    for first, second in (("Ada", "Tom"), ("Tom", "Ada")):
        found = ct.extract_quotations(_COUPLE.format(first=first, second=second))
        assert [q.speaker_full for q in found] == ["Ada Berg", "Tom Berg"]
        assert [q.speaker_as_written for q in found] == ["Berg", "Berg"]


def test_a_place_before_and_is_no_first_name_of_a_couple() -> None:
    text = (
        "Shipping between Northport and Tom Berg's yard stopped.\n\n“It is closed,” Mrs Berg said."
    )
    assert first_of_couple(text, text.index("Tom Berg") + 8, ["Tom", "Berg"]) == []
    text = "Farmers Ada and Tom Berg met.\n\n“It is closed,” Mrs Berg said."
    assert first_of_couple(text, text.index("Tom Berg") + 8, ["Tom", "Berg"]) == ["Ada Berg"]


@given(
    st.sampled_from(["Ada", "Maria", "Kofi", "Priya", "Harbour", "Northport", "Quay"]),
    st.sampled_from(["Tom", "Ada", "Osei"]),
    st.sampled_from(["Berg", "Lund", "Quint"]),
    st.sampled_from([" and ", " & ", ", "]),
)
def test_a_couples_first_name_is_a_first_name_written_before_and(
    first: str, second: str, surname: str, joint: str
) -> None:
    text = f"Farmers {first}{joint}{second} {surname} met the board."
    found = first_of_couple(text, text.index(surname) + len(surname), [second, surname])
    for name in found:
        assert name == f"{first} {surname}"
        assert joint.strip() in ("and", "&") and is_given_name(first) and is_given_name(second)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We came down the hill,” said Eastwick safety Tom Berg.", "Tom Berg"),
        ("“We played better,” said Northport wide receiver Ada Lund.", "Ada Lund"),
        ("“We played better,” said Northport star striker Tom Berg, who scored twice.", "Tom Berg"),
        # small words or an adverb are no role: the name before them speaks
        ("“We played better,” said Tom Lund in northern Harbour City.", "Tom Lund"),
        ("“We played better,” said Tom Lund yesterday in Harbour City.", "Tom Lund"),
    ],
)
def test_a_role_the_lists_lack_between_a_place_and_a_name_is_a_role(
    sentence: str, speaker: str
) -> None:
    (found,) = ct.extract_quotations(sentence)
    assert found.speaker_full == speaker
