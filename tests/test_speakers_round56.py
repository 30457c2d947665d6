"""Round 56: bodies whose names run across "and", and a body's spokesperson.

- "Cheshire West and Chester Council said": places' names joined by "and" before one body's
  word are that body (before, "Chester Council"); so is the long form "the Council" stands for.
- "the Department for Environment, Food and Rural Affairs said", "the Department of Health and
  Social Care said": the list a body's "of" goes on to is its name (before, "Rural Affairs",
  "Social Care"), before or after the quote.
- "the Ministry of Defence and Velm Police said", "Ada Lund and Velm Council", "Minister of
  Water, Irrigation and Energy": two of them, not one name.
- "a spokesperson for Acme Holdings", "a Velm Council spokeswoman", "the spokesperson": a body's
  spokesperson speaks for the body (before, "Acme Holdings spokesperson"); a person's
  spokesperson stays a description; "he" after the spokesperson goes on with the body.

Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.body_names import in_complement_list
from claimtrack.aids.pp_heads import capitalised_subject
from claimtrack.text.tokens import tokenize

_QUOTE = "“The road will reopen on Monday.”"


def _speaker(text: str) -> str | None:
    (found,) = ct.extract_quotations(text)
    return found.speaker_full


@pytest.mark.parametrize(
    "body",
    [
        "Cheshire West and Chester Council",
        "Brighton and Hove City Council",
        "Avon and Somerset Police",
        "Bath and North East Somerset Council",
        "Tyne and Wear Fire Service",
    ],
)
@pytest.mark.parametrize(
    "cue",
    [
        "{b} said: {q}",
        "On Monday, {b} said in a statement: {q}",
        "“We are sorry,” {b} said.",
        "“We are sorry,” said {b}.",
    ],
)
def test_places_joined_by_and_before_a_bodys_word_are_one_body(body: str, cue: str) -> None:
    assert _speaker(cue.format(b=body, q=_QUOTE)) == body


@pytest.mark.parametrize(
    ("named", "council"),
    [
        ("Cheshire West and Chester Council", "Cheshire West and Chester Council"),
        ("The Cheshire West and Chester Council", "Cheshire West and Chester Council"),
        ("The tags that Cheshire West and Chester Council", "Cheshire West and Chester Council"),
        ("Kelso, Cheshire West and Chester Council", "Cheshire West and Chester Council"),
        # the places' run goes on past three words: no whole name, the last one as written
        ("Velm Kelso Cheshire West and Chester Council", "Chester Council"),
    ],
)
def test_the_short_name_of_a_body_across_and_grows_to_its_whole_name(
    named: str, council: str
) -> None:
    text = (
        f"{named} put tags on the bins.\n\n"
        "“The only change is to green waste,” a Council spokesperson said."
    )
    assert _speaker(text) == council


def test_a_firms_word_is_no_body_two_places_share() -> None:
    # ("Energy", "Media": a firm's word, one firm's name, not two places' body)
    assert _speaker("“We are ready,” said Acme and Velm Energy.") == "Velm Energy"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The Ministry of Defence and Velm Police said", "Velm Police"),
        (
            "Officials say Cheshire West and Chester Council said",
            "Cheshire West and Chester Council",
        ),
        ("The Department of Health and Social Care said", "Department of Health and Social Care"),
    ],
)
def test_the_subject_before_the_verb_runs_across_and_only_for_one_body(
    sentence: str, subject: str
) -> None:
    toks = tokenize(sentence)
    found = capitalised_subject(toks, len(toks) - 2)
    assert sentence[found[0].start : found[-1].end].removeprefix("The ") == subject


@pytest.mark.parametrize(
    "body",
    [
        "Department for Environment, Food and Rural Affairs",
        "Department of Health and Social Care",
        "Ministry of Culture, Media and Sport",
        "Department for Digital, Culture, Media and Sport",
    ],
)
@pytest.mark.parametrize("cue", ["The {b} said: {q}", "“We are sorry,” the {b} said."])
def test_the_list_a_bodys_of_goes_on_to_is_its_name(body: str, cue: str) -> None:
    assert _speaker(cue.format(b=body, q=_QUOTE)) == body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body of its own after "and": the last one named before the verb, as before
        (f"The Ministry of Defence and Velm Police said: {_QUOTE}", "Velm Police"),
        # a person before "and" is no place
        (f"Ada Lund and Velm Council said: {_QUOTE}", "Velm Council"),
        # a title's portfolio list ends in a firm's word ("Energy"), not a body's
        (f"Tom Berg, Minister of Water, Irrigation and Energy said: {_QUOTE}", "Tom Berg"),
        # a country before "and" is one of two
        (f"Belarus and Northport Police said: {_QUOTE}", "Northport Police"),
        # a list after "of" (a title's portfolio): the body's word is the last name's
        (f"Tom Berg, Minister of Water, Irrigation and Fire Service said: {_QUOTE}", "Tom Berg"),
        # after the verb, a body of its own ends the first body's list
        ("“We are sorry,” said the Ministry of Defence and Velm Police.", "Velm Police"),
    ],
)
def test_two_names_joined_by_and_stay_two(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("a spokesperson for Acme Holdings", "Acme Holdings"),
        ("a spokeswoman for the Velm Group", "Velm Group"),
        ("a spokesman for the Ministry of Rivers", "Ministry of Rivers"),
        ("a spokesperson for Brighton and Hove City Council", "Brighton and Hove City Council"),
        ("a Velm Council spokeswoman", "Velm Council"),
        ("a Kremlin spokesman", "Kremlin"),
    ],
)
def test_a_bodys_spokesperson_speaks_for_the_body(phrase: str, body: str) -> None:
    (found,) = ct.extract_quotations(f"“We will appeal,” said {phrase}.")
    assert (found.speaker_full, found.resolution) == (body, "organisation")


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("a spokesperson for Ada Lund", "Ada Lund spokesperson"),  # a person's
        ("Lund's spokesperson", "Lund's spokesperson"),
        ("an Acme spokesperson", "Acme spokesperson"),  # no body's word: maybe a person's
    ],
)
def test_a_persons_spokesperson_stays_a_description(phrase: str, speaker: str) -> None:
    (found,) = ct.extract_quotations(f"“We will appeal,” said {phrase}.")
    assert (found.speaker_full, found.resolution) == (speaker, "description")


def test_the_spokesperson_and_he_after_speak_for_the_body_named_before() -> None:
    text = (
        "The minister’s remarks meant no threat, a spokesman for the Foreign Office said.\n\n"
        "“We deny it,” the spokesman said.\n\n"
        "He added that “the remarks were not a threat”."
    )
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["Foreign Office", "Foreign Office"]


# (places no first name opens: "Tarvo Velm and …" may be a person and a body)
_PLACE = st.sampled_from(["Velm", "Northport", "Ashby", "Kelso", "Kirklees", "Rundle"])


@given(
    first=st.lists(_PLACE, min_size=1, max_size=2, unique=True),
    second=_PLACE,
    head=st.sampled_from(["Council", "City Council", "Police", "Fire Service", "Trust"]),
)
def test_any_two_places_before_a_bodys_word_speak_as_one_body(
    first: list[str], second: str, head: str
) -> None:
    assume(second not in first)
    body = f"{' '.join(first)} and {second} {head}"
    assert _speaker(f"“We are sorry,” a spokesperson for {body} said.") == body
    assert _speaker(f"{body} said: {_QUOTE}") == body


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Water, Irrigation and Fire Service said: “We are ready.”",
        "Tom Berg, Minister of Water, Irrigation and Fire Service, visited the dam.\n\n"
        "“We are ready,” a Service spokesman said.",
    ],
)
def test_a_titles_portfolio_list_is_never_a_body_across_and(text: str) -> None:
    # (the list's last names are the portfolio's, not places sharing a body's word)
    assert ct.extract_quotations(text)[-1].speaker_full != "Irrigation and Fire Service"


@pytest.mark.parametrize(
    ("before", "inside"),
    [
        ("Minister of Water, ", True),
        ("Minister of Water , ", True),  # (tokens joined with spaces)
        ("the Department for Environment, Food , ", True),
        ("On Monday, ", False),
        ("of " + "A          " * 10 + "x,", False),  # long gaps: answered at once, no backtracking
    ],
)
def test_a_complements_list_is_told_from_a_clauses_comma(before: str, inside: bool) -> None:
    assert in_complement_list(before) is inside


def test_a_spokesperson_for_someone_at_a_body_does_not_speak_for_the_body() -> None:
    # (the phrase goes on past the body's name: the chief executive's spokeswoman)
    text = "“We will appeal,” said a spokeswoman for Acme Holdings chief executive Ada Lund."
    assert _speaker(text) != "Acme Holdings"
