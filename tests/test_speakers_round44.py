"""Round 44: initials of a hyphened name.

An interview introduces its host with initials in brackets ("Manuela Kasper-Claridge (MKC):")
and labels the later turns with them ("MKC: …"); the initials count each part of a hyphened
surname. Every text here is invented.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.aliases import bracketed_aliases
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
