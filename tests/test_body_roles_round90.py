"""Round 90: a role written with its body's name ("the Velm Energy CEO told …") and a pope or a
monarch named by title and one name ("Pope Aurel").

Forms (each written anew here):

- "the Velm Energy CEO told …" after "Velm Energy will …, the company's CEO Ovar Tesku said":
  the CEO named in a sentence that names the body (before: the words "Velm Energy CEO" stood
  as the speaker, because every word before the role had to be among the CEO's own role
  words, and "Velm Energy" was not);
- "Pope Aurel said", "Aurel said" and "the Pope said" give "Pope Aurel"; "King Ivo IV said" gives
  "King Ivo IV": such a person goes by the title and one name (before: "Aurel", "Ivo IV");
- guards: a CEO named in a sentence that does not name the body is not that body's CEO; a word
  of a committee's name that the chunker took for a person is nobody's role; two CEOs named
  with the body are two, and the description stays as written; a knighthood is still no part
  of the name ("Sir Tom Berg" is "Tom Berg").

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in ct.extract_quotations(text)]


_CEO = (
    "Velm Energy will sell the gas through an open tender, the company's CEO Ovar Tesku said on "
    "Wednesday, adding that Velm Energy will announce the buyers.\n\n"
)


@pytest.mark.parametrize("body", ["the Velm Energy CEO", "the Velm CEO", "The Velm Energy CEO"])
def test_a_role_with_its_body_is_the_one_named_with_that_body(body: str) -> None:
    text = _CEO + f'"We gauged the market and the buyers are ready," {body} told the summit.'
    assert _speakers(text) == ["Ovar Tesku"]


def test_a_ceo_named_without_the_body_is_not_its_ceo() -> None:
    text = (
        "Kessel Mining will close a pit, the company's CEO Ovar Tesku said on Wednesday.\n\n"
        "The pit employs three hundred people and will shut in May.\n\n"
        '"We gauged the market and the buyers are ready," the Velm Energy CEO told the summit.'
    )
    assert _speakers(text) == ["Velm Energy CEO"]


def test_two_ceos_named_with_the_body_are_two() -> None:
    text = (
        "Velm Energy and Kessel Mining signed the deal, their CEOs Ovar Tesku and Ilmo Raskat "
        "said, while CEO Ovar Tesku added that Velm Energy and CEO Ilmo Raskat of Kessel "
        "Mining would meet.\n\n"
        '"We gauged the market and the buyers are ready," the Velm Energy CEO told the summit.'
    )
    assert _speakers(text) == ["Velm Energy CEO"]


def test_a_word_of_a_committees_name_is_no_one() -> None:
    text = (
        "The National Commissioner and Chairman, Information and Voter Education Committee of "
        "the Velm Electoral Commission (VEC), Ovar Tesku has said that results will be online. "
        "The VEC commissioner added that it was ready.\n\n"
        '"Almost all the parties have situation rooms," the VEC commissioner said.'
    )
    assert "Information" not in _speakers(text)


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        ("Pope Aurel said", "Pope Aurel"),
        ("Aurel said", "Pope Aurel"),
        ("the Pope said", "Pope Aurel"),
    ],
)
def test_a_pope_goes_by_title_and_name(cue: str, want: str) -> None:
    text = (
        "Pope Aurel met eight children at the audience in the square.\n\n"
        f'"Prayer does not close its eyes to life," {cue}.'
    )
    assert _speakers(text) == [want]


def test_a_monarch_with_a_numeral() -> None:
    assert _speakers('"We are ready for the winter," King Ivo IV said.') == ["King Ivo IV"]


def test_a_knighthood_is_still_no_part_of_the_name() -> None:
    text = 'Sir Tom Berg opened the bridge.\n\n"We are ready for the winter," Berg said.'
    assert _speakers(text) == ["Tom Berg"]
