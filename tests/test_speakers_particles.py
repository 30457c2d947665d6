"""Personal names with lower-case particles read as one name chunk (issue 13)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize

FULL_NAMES = [
    "Luiz Inácio Lula da Silva",
    "Ursula von der Leyen",
    "Mark van der Berg",
    "João dos Santos",
    "Charles de Gaulle",
    "Mohammed bin Salman",
    "Noura bint Faisal",
    "Otto von Bismarck",
    "Rui do Carmo",
    "Anna della Rovere",
]


def _people(text: str) -> list[str]:
    return [c.name for c in name_chunks(text, tokenize(text)) if c.kind == "person"]


@pytest.mark.parametrize("name", FULL_NAMES)
def test_a_name_with_particles_is_one_chunk(name: str) -> None:
    assert _people(f"Yesterday {name} said the plan would work.") == [name]


@given(
    first=st.sampled_from(["Ana", "Bruno", "Carla", "Duarte"]),
    particle=st.sampled_from(["da", "do", "dos", "della", "bint", "van der", "von"]),
    last=st.sampled_from(["Souza", "Ferreira", "Rossi", "Berg"]),
)
def test_particles_never_split_a_generated_name(first: str, particle: str, last: str) -> None:
    name = f"{first} {particle} {last}"
    assert _people(f"On Monday {name} told reporters it was over.") == [name]


SHORT_FORMS = [
    ("Luiz Inácio Lula da Silva", "Lula"),
    ("Luiz Inácio Lula da Silva", "da Silva"),
    ("Ursula von der Leyen", "von der Leyen"),
    ("Isabel dos Santos", "dos Santos"),
    ("Mohammed bin Salman", "bin Salman"),
    ("Charles de Gaulle", "de Gaulle"),
    ("Otto von Bismarck", "Bismarck"),
]


@pytest.mark.parametrize(("full", "short"), SHORT_FORMS)
def test_a_later_short_form_grows_to_the_full_name(full: str, short: str) -> None:
    names = NameIndex(f"Yesterday {full} met reporters. Later {short} spoke again.")
    assert names.full_name(short) == full


@given(
    first=st.sampled_from(["Ana", "Bruno", "Carla"]),
    middle=st.sampled_from(["Maria", "Lula", "Paulo"]),
    particle=st.sampled_from(["da", "dos", "von der", "bin"]),
    last=st.sampled_from(["Souza", "Ferreira", "Rossi"]),
    other=st.sampled_from(["Ada Lind", "Omar Diallo", "Kim Berg"]),
)
def test_full_then_short_resolves_to_the_full_name_not_another_person(
    first: str, middle: str, particle: str, last: str, other: str
) -> None:
    full = f"{first} {middle} {particle} {last}"
    text = f"On Monday {full} met {other} in the city. Later {particle} {last} spoke again."
    names = NameIndex(text)
    assert names.full_name(f"{particle} {last}") == full
    assert names.full_name(middle) == full
    assert names.full_name(other.split()[-1]) == other
