"""Round 53: asides between dashes, and a name run straight into its role.

"Berg – who resigned last year – said “…”": dashes set an aside off as commas do, so the name
before the first dash is the subject. "“…,” the harbour master – Tom Berg – said": the name set
off after a description speaks. "Peter Hale Police and Crime Commissioner said “…”": a press
release's name and role with the comma left out; the name speaks, not "Crime Commissioner".
Every text is invented.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.name_lines import is_body

_QUOTE = "“the harbour must stay in public hands”."
_SAID = "“The harbour must stay in public hands,”"


@pytest.mark.parametrize(
    "text",
    [
        f"Tom Berg – who resigned last year – said {_QUOTE}",
        f"Tom Berg — the former harbour master — said {_QUOTE}",
        f"Tom Berg - the former harbour master - said {_QUOTE}",
        f"{_SAID} Tom Berg – who resigned last year – said.",
        f"{_SAID} Tom Berg — the former harbour master — told reporters.",
        f"{_SAID} Tom Berg - a critic of the plan - said.",
    ],
)
def test_an_aside_between_dashes_is_skipped_as_between_commas(text: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert (found.speaker_full, found.resolution) == ("Tom Berg", "named")
    assert found.confidence >= 0.9  # as sure as with commas


def test_a_lone_surname_before_a_dashed_aside_is_the_subject() -> None:
    (found,) = ct.extract_quotations(f"Berg – who resigned last year – said {_QUOTE}")
    assert found.speaker_full == "Berg"


@pytest.mark.parametrize("mark", [",", " –", " —"])
def test_the_name_set_off_after_a_description_speaks(mark: str) -> None:
    text = f"{_SAID} the harbour master{mark} Tom Berg{mark} said."
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == "Tom Berg"


def test_a_body_set_off_after_a_description_is_no_person() -> None:
    (found,) = ct.extract_quotations(f"{_SAID} the company, Norvale Holdings, said.")
    assert found.speaker_full != "Norvale Holdings" or found.resolution != "named"


@pytest.mark.parametrize(
    "text",
    [
        f"Peter Hale Police and Crime Commissioner said {_QUOTE}",
        f"Peter Hale Chief Executive of the Harbour Trust said {_QUOTE}",
        f"{_SAID} Peter Hale Police and Crime Commissioner said.",
        f"After the vote, Peter Hale Chief Executive said {_QUOTE}",
    ],
)
def test_a_name_run_into_its_role_speaks(text: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert (found.speaker_full, found.resolution) == ("Peter Hale", "named")


@pytest.mark.parametrize(
    "text",
    [
        # the foundation's director speaks, not the man it is named after
        f"Tom Berg Foundation Director said {_QUOTE}",
        # a sentence's capital ("The" is in the dictionary of first names) and an acronym
        f"The Harbour Chairman said {_QUOTE}",
        f"The Lake District Commissioner said {_QUOTE}",
        f"The NRC Chairman said {_QUOTE}",
        f"Maria NRC Country Director said {_QUOTE}",
    ],
)
def test_no_name_is_cut_from_a_run_that_is_not_one(text: str) -> None:
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full not in ("Tom Berg", "Maria NRC Country")  # (an acronym: no name)
    if text.startswith("The"):
        assert found.resolution == "description"


def test_a_name_of_three_words_stays_whole_before_its_role() -> None:
    (found,) = ct.extract_quotations(f"Ada Mary Lund Chief Executive said {_QUOTE}")
    assert found.speaker_full == "Ada Mary Lund"


_GIVEN = st.sampled_from(["Peter", "Ada", "Tom", "Maria", "John"])
_SURNAME = st.sampled_from(["Hale", "McCall", "Lund", "O’Neill", "Okafor"])
_ROLE = st.sampled_from(
    [
        "Police and Crime Commissioner",
        "Chief Executive",
        "Chief Executive of the Harbour Trust",
        "Director of Public Health",
        "Managing Director",
    ]
)


@given(_GIVEN, _SURNAME, _ROLE, st.booleans())
def test_the_name_before_a_role_in_capitals_speaks(
    given_name: str, surname: str, role: str, after: bool
) -> None:
    name = f"{given_name} {surname}"
    text = f"{_SAID} {name} {role} said." if after else f"{name} {role} said {_QUOTE}"
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == name


def test_each_quote_in_a_run_of_thousands_keeps_its_own_cue() -> None:
    # A hostile "sentence" of 1,500 quotes with no full stop: each quote's cue is read near
    # it (the reading no longer grows with the square of the run).
    text = " ".join(f"Ada Lund – who spoke – said “word {i} here”" for i in range(1500)) + "."
    found = ct.extract_quotations(text)
    assert len(found) == 1500
    assert {q.speaker_full for q in found} == {"Ada Lund"}


def _is_body_by_search(text: str, word: str) -> bool:
    return re.search(rf"\b(?:of|at|for) (?:the )?{re.escape(word)}(?![\w’'-])", text) is not None


_BODY_WORDS = ["of", "at", "for", "the", "The", "Acme", "Acme’s", "Lund", "x-y", "ofAcme", "U.S."]


@given(
    st.lists(st.sampled_from([*_BODY_WORDS, ",", "."]), max_size=14), st.sampled_from(_BODY_WORDS)
)
def test_words_read_once_after_of_agree_with_a_search(words: list[str], word: str) -> None:
    text = " ".join(words)
    assert is_body(text, word) == _is_body_by_search(text, word)
