"""Round 55: whole titles before a possessive, roles joined by "and" after a name, and pairs.

- "Deputy Prime Minister Ada Lund’s spokesman said": a description before the verb keeps its
  whole run of capitals ("Prime Minister …" before).
- "Ada Lind Fire and Rescue Chief Officer": the name ends where a title joined by "and" opens;
  the name chunker and the name index both read "Ada Lind Fire" before.
- "“…,” said Ada Lind and Tom Berg.": the pair after the verb speaks, as it already did before
  the verb.
- "Two nurses, Ada Lund and Maria Berg, said": a pair in apposition speaks (before, the word
  before the comma did, "Kelso General", or no one).
- "a council spokesman said": the council the article named speaks, as for "the council said"
  (before, no one: a role nobody named); with no council named, still no one.

Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize

_QUOTE = "“the figures are deeply worrying for everyone”."
_SAID = "“The figures are deeply worrying for everyone,”"
_MET = "Ada Lind and Tom Berg met in Velm.\n\n"


@pytest.mark.parametrize(
    "title", ["Deputy Prime Minister", "Acting Foreign Minister", "Deputy Chief Executive"]
)
@pytest.mark.parametrize("cue", ["{d} said {q}", "Officials met. {d} said {q}"])
def test_a_description_before_the_verb_keeps_its_whole_title(title: str, cue: str) -> None:
    described = f"{title} Ada Lund’s spokesman"
    (found,) = ct.extract_quotations(cue.format(d=described, q=_QUOTE))
    assert found.speaker_full == described
    assert found.resolution == "description"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (f"But Deputy Prime Minister Ada Lund’s spokesman said {_QUOTE}", "Deputy Prime Minister"),
        (f"The Prime Minister’s spokesman said {_QUOTE}", "Prime Minister"),
        (f"Yesterday the Prime Minister’s spokesman said {_QUOTE}", "Prime Minister"),
    ],
)
def test_a_word_opening_the_sentence_stays_out_of_the_description(text: str, speaker: str) -> None:
    # The run read back takes "But" and "The" in; the description's own rules leave them out.
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full is not None
    assert found.speaker_full.startswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        f"{_SAID} said Ada Lind Fire and Rescue Chief Officer.",
        f"Ada Lind Fire and Rescue Chief Officer said {_QUOTE}",
        f"Ada Lind Health and Safety Manager said {_QUOTE}",
        # a title before the name: the name after it
        f"{_SAID} said Councillor Ada Lind Fire and Rescue Authority Chair.",
        f"Mayor Ada Lind Fire and Rescue Chief Officer said {_QUOTE}",
    ],
)
def test_a_name_ends_where_a_title_joined_by_and_opens(text: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == "Ada Lind"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("said Ada Lind Fire and Rescue Chief Officer.", "Ada Lind"),
        ("said Councillor Ada Lind Fire and Rescue Chief Officer.", "Ada Lind"),
        # a first name alone is no name to cut at: "Lund" is her surname
        ("said Ada Lund and Council Leader.", "Ada Lund"),
    ],
)
def test_the_name_chunker_ends_the_name_before_the_joined_title(text: str, name: str) -> None:
    chunks = [(c.name, c.kind) for c in name_chunks(text, tokenize(text))]
    assert (name, "person") in chunks


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lind Fire and Rescue Chief Officer spoke. Ada was there.",
        "Ada Fire and Rescue Chief Officer spoke. Ada was there.",  # no name of two words left
    ],
)
def test_the_name_index_and_the_chunker_end_the_name_alike(text: str) -> None:
    people = [c.name for c in name_chunks(text, tokenize(text)) if c.kind == "person"]
    assert NameIndex(text).full_name("Ada") == people[0]


def test_a_bodys_name_before_a_joined_title_is_no_person() -> None:
    text = "said Velm City Police and Crime Commissioner."
    chunks = [(c.name, c.kind) for c in name_chunks(text, tokenize(text))]
    assert ("Velm City", "person") not in chunks  # no first name: no person's name to end


@pytest.mark.parametrize(
    ("text", "full"),
    [
        ("Ada Lind Fire and Rescue Chief Officer spoke. Ada was there.", "Ada Lind"),
        # "and" joining two people is no title: the first name still grows to the back
        ("Ada Lind and Tom Berg Chief Executive spoke. Ada was there.", "Ada Lind"),
        # a name of three words: only the word before "and … Officer" goes
        ("Ada Mary Lind Fire and Rescue Chief Officer spoke. Ada was there.", "Ada Mary Lind"),
    ],
)
def test_the_name_index_grows_a_first_name_only_up_to_the_title(text: str, full: str) -> None:
    assert NameIndex(text).full_name("Ada") == full


@pytest.mark.parametrize(
    "cue",
    [
        "“We are exhausted,” said Ada Lind and Tom Berg.",
        "“We are exhausted,” said Lind and Berg.",
        "“We are exhausted,” said Ada Lind and Tom Berg in a statement.",
        "“We are exhausted,” said Ada Lind and Tom Berg, two nurses at the hospital.",
        "“We are exhausted,” said Mayor Ada Lind and Deputy Mayor Tom Berg.",
    ],
)
def test_a_pair_after_the_verb_speaks(cue: str) -> None:
    found = ct.extract_quotations(_MET + cue)[-1]
    assert found.speaker_full == "Ada Lind and Tom Berg"
    assert found.confidence < 0.8  # a pair is not confirmed by a later mention


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        # the phrase goes on after the second name: no pair
        ("“We are exhausted,” said Ada Lind and Tom Berg agreed.", "Ada Lind"),
        ("“We are exhausted,” said Ada Lind and her husband.", "Ada Lind"),
        # the run after "and" ends in a role: whose role is unclear, the first name speaks
        ("“We are exhausted,” said Ada Lind and Tom Berg Chief Executive.", "Ada Lind"),
        ("“We are exhausted,” said Ada Lind in Velm and Tarvo.", "Ada Lind"),
    ],
)
def test_no_pair_where_the_phrase_names_one(cue: str, speaker: str) -> None:
    (found,) = ct.extract_quotations(cue)
    assert found.speaker_full == speaker


@pytest.mark.parametrize(
    "opening",
    [
        "Two of the striking nurses at Kelso General",
        "Two nurses",
        "The nurses",
        "Its authors",
    ],
)
def test_a_pair_in_apposition_speaks(opening: str) -> None:
    text = f"{opening}, Ada Lund and Maria Berg, told reporters: “We are exhausted.”"
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == "Ada Lund and Maria Berg"


def test_a_title_joined_by_and_in_apposition_is_no_pair() -> None:
    text = (
        "Ada Lund spoke first.\n\nVelm’s Police, Fire and Crime Commissioner, said: "
        "“Rural crime has no place here.”"
    )
    found = ct.extract_quotations(text)[-1]
    # (read as a pair, the "pair" names no one and the words went to Ada Lund, named before)
    assert found.speaker_full != "Ada Lund"
    assert found.speaker_full is None or " and " not in found.speaker_full


@pytest.mark.parametrize(
    ("named", "cue", "body"),
    [
        ("Velm Council has closed the pool.", "a council spokesman said", "Velm Council"),
        ("Velm Council has closed the pool.", "said a council spokeswoman", "Velm Council"),
        ("Velm Police closed the road.", "a police spokesperson said", "Velm Police"),
        ("The Ministry of Health shut it.", "a ministry spokeswoman said", "Ministry of Health"),
    ],
)
def test_a_bodys_spokesperson_speaks_for_the_body_named(named: str, cue: str, body: str) -> None:
    found = ct.extract_quotations(f"{named}\n\n“The plan is dead,” {cue}.")[-1]
    assert found.speaker_full == body
    assert found.confidence < 0.8  # the body, not the person who spoke for it


@pytest.mark.parametrize("cue", ["a council spokesman said", "a police spokeswoman said"])
def test_a_bodys_spokesperson_with_no_body_named_is_no_one(cue: str) -> None:
    (found,) = ct.extract_quotations(f"“The plan is dead,” {cue}.")
    assert found.speaker_full is None
    assert found.speaker_as_written is not None and "spokes" in found.speaker_as_written


def test_a_named_spokesperson_still_speaks_for_herself() -> None:
    text = (
        "Velm Council has closed the pool.\n\n"
        "“The plan is dead,” council spokeswoman Ada Lund said."
    )
    found = ct.extract_quotations(text)[-1]
    assert found.speaker_full == "Ada Lund"


_FIRST = st.sampled_from(["Ada", "Maria", "Tomas", "Helen", "Peter"])
_SURNAME = st.sampled_from(["Lind", "Berg", "Hale", "Quint", "Moss", "Voss"])
_ROLE = st.sampled_from(
    [
        "Fire and Rescue Chief Officer",
        "Police and Crime Commissioner",
        "Health and Safety Manager",
        "Culture and Tourism Minister",
    ]
)


@given(first=_FIRST, surname=_SURNAME, role=_ROLE, before=st.booleans())
def test_any_name_before_a_title_joined_by_and_speaks(
    first: str, surname: str, role: str, before: bool
) -> None:
    text = (
        f"{first} {surname} {role} said {_QUOTE}"
        if before
        else f"{_SAID} said {first} {surname} {role}."
    )
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == f"{first} {surname}"


@given(
    people=st.lists(st.tuples(_FIRST, _SURNAME), min_size=2, max_size=2, unique_by=lambda p: p[1]),
    group=st.sampled_from(["Two nurses", "The doctors", "Its authors", "Two teachers"]),
)
def test_any_named_pair_in_apposition_speaks_together(
    people: list[tuple[str, str]], group: str
) -> None:
    (a_first, a_sur), (b_first, b_sur) = people
    pair = f"{a_first} {a_sur} and {b_first} {b_sur}"
    (found,) = ct.extract_quotations(f"{group}, {pair}, said: “We are exhausted.”")
    assert found.speaker_full == pair
