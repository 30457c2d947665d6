"""Round 91: a double surname after two first names, a Malay "Nor" name, and a bracket's name
after a person.

Forms (each written anew here):

- "President Ada Maria Lund Berg …. Lund Berg also thanked …. “…”": the surname of two words
  grows to the four-word name (before: "Lund Berg", because a four-word form was read as a
  place before a shorter name, and "Lund Berg" itself counted as that shorter name);
- "backed by Nor Ada Lund": "Nor", a Malay first name, opens the name after a lower-case word
  (before: "Ada Lund", the conjunction dropped), and the next first name gives the gender
  ("Nor Ada Lund … she said"; before: no gender, so "she" fell on the nearer name);
- "supported by Ovara Raskat (BN-Velm Kessel) who urged …. “…,” she said": the bracket's name is
  an aside (a party, a seat), not the subject the pronoun goes back to (before: "BN-Velm
  Kessel");
- guards: "Nor" after a capitalised word is the conjunction of a title ("Neither Velm Nor
  Kessel"); a four-word form whose front words are a place's, not first names, still yields
  to the shorter full name the article writes.

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct
from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize


def _speakers(text: str) -> list[str | None]:
    return [q.speaker_full for q in ct.extract_quotations(text)]


def _names(text: str) -> list[str]:
    return [c.name for c in name_chunks(text, tokenize(text))]


def test_a_double_surname_grows_to_the_name_with_two_first_names() -> None:
    text = (
        "President Ada Maria Lund Berg announced that the campaign would restart today. "
        "Lund Berg also thanked the suppliers. “We are delighted with the company.”"
    )
    assert _speakers(text) == ["Ada Maria Lund Berg"]


def test_a_place_before_a_name_still_yields_to_the_shorter_full_name() -> None:
    text = "The envoy Velm Harbour Tom Berg arrived on Monday. Tom Berg met the council."
    names = NameIndex(text)
    assert names.full_name("Tom Berg") == "Tom Berg"
    assert names.full_name("Berg") == "Tom Berg"


def test_nor_opens_a_malay_name_after_a_lower_case_word() -> None:
    text = "The motion was backed by Nor Ada Lund, a councillor. “We urge them to stop,” Lund said."
    assert "Nor Ada Lund" in _names(text)
    assert _speakers(text) == ["Nor Ada Lund"]


def test_nor_after_a_capitalised_word_is_a_titles_conjunction() -> None:
    assert _names("They read the book Neither Velm Nor Kessel on Monday.") == ["Velm", "Kessel"]


def test_the_first_name_after_nor_gives_the_gender() -> None:
    text = (
        "On Monday the mayor Nor Ada Lund met Tom Berg at the hall.\n\n"
        "“We agreed on the plan,” she said."
    )
    assert _speakers(text) == ["Nor Ada Lund"]


def test_a_brackets_name_after_a_person_is_no_subject() -> None:
    text = (
        "The reminder was supported by Ovara Raskat (BN-Velm Kessel) who urged the ministers "
        "to stop.\n\n“I urge them not to entertain questions,” she said."
    )
    assert _speakers(text) == ["Ovara Raskat"]
