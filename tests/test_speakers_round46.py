"""Round 46: a German role written as one compound word before the name is no part of it.

"der Stadtratsvorsitzende Hendrik Lange", "die Bundestagsabgeordnete Anna Berg", "die
Oberbürgermeisterin …": after "der" or "die" a German role ends in "-vorsitzende",
"-abgeordnete", "-beauftragte"; the compound's first part (the council, the parliament) varies
without end, so the role is told by its ending. Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct


def _speaker(text: str) -> str | None:
    (quotation,) = ct.extract_quotations(text)
    return quotation.speaker_full


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Stadtratsvorsitzende Hendrik Lange wies darauf hin. "
            "„Das ist nicht erlaubt“, sagte Lange.",
            "Hendrik Lange",
        ),
        ("Die Bundestagsabgeordnete Anna Berg sagte: „Das ist nicht erlaubt.“", "Anna Berg"),
        ("„Das ist nicht erlaubt“, sagte der Fraktionsvorsitzende Tom Berg.", "Tom Berg"),
        ("„Das ist nicht erlaubt“, sagte die Datenschutzbeauftragte Anna Berg.", "Anna Berg"),
        ("„Das ist nicht erlaubt“, sagte die Schulleiterin Anna Berg.", "Anna Berg"),
        ("„Das ist nicht erlaubt“, sagte die Oberbürgermeisterin Anna Berg.", "Anna Berg"),
    ],
)
def test_a_compound_role_is_not_part_of_the_name(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@given(
    first=st.sampled_from(["Stadtrats", "Fraktions", "Landtags", "Vereins", "Kreistags"]),
    role=st.sampled_from(["vorsitzende", "vorsitzender", "abgeordnete", "beauftragte"]),
)
def test_any_compound_before_a_role_ending_is_a_role(first: str, role: str) -> None:
    text = f"„Das ist nicht erlaubt“, sagte der {first}{role} Tom Berg."
    assert _speaker(text) == "Tom Berg"
