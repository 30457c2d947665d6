"""Round 80: a country's initials run together at the end of a body's name.

Forms, each found on a real page and written anew here:

- "In a recent statement, Kessel Foods U.S. said, “…”": the firm, "Kessel Foods U.S" (before:
  the name stopped at "U", and the speaker was the initials alone, "U.S", a person);
- "Velm Bank U.K. said: “…”": the bank (before: "U.K");
- a body's name holding initials keeps them as written: "the U.S. Embassy" (before: "U . S .
  Embassy", a space around each stop);
- guards: "“…,” Tom Berg said" after "the U.S. market" in the quote is still Berg's; "A.J. Lund"
  (initials run together, then a surname) is still one person's name; "Acme U.S." with no
  body's word before the initials keeps them in its name but is no body (before: cut to
  "Acme U"); a single initial ("Kessel Foods U. said") is no run of initials.

Every text here is invented.
"""

from __future__ import annotations

from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize
from tests.speech_cases import only_quotation

_LEAD = "Harbour plan delayed\n\n"


def _chunks(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.kind) for c in name_chunks(text, tokenize(text, 0))]


def test_a_firm_named_with_its_country_initials() -> None:
    text = "In a recent statement, Kessel Foods U.S. said, “We made this hard decision.”"
    found = only_quotation(text, _LEAD)
    assert found.speaker_full is not None
    assert found.speaker_full.rstrip(".") == "Kessel Foods U.S"


def test_a_bank_named_with_its_country_initials_before_a_colon() -> None:
    text = "In a statement, Velm Bank U.K. said: “No branch outside the capital will stay open.”"
    found = only_quotation(text, _LEAD)
    assert found.speaker_full is not None
    assert found.speaker_full.rstrip(".") == "Velm Bank U.K"


def test_the_initials_close_the_chunk_as_one_body() -> None:
    assert _chunks("Kessel Foods U.S. said") == [("Kessel Foods U.S.", "org")]


def test_a_body_opened_by_initials_keeps_them_as_written() -> None:
    assert _chunks("the U.S. Embassy said") == [("U.S. Embassy", "org")]
    found = only_quotation("“We are closing the old consulate,” the U.S. Embassy said.", _LEAD)
    assert found.speaker_full == "U.S. Embassy"


def test_initials_then_a_surname_are_still_a_person() -> None:
    assert _chunks("A.J. Lund said") == [("A.J. Lund", "person")]
    found = only_quotation("“The A.J. Lund case is closed,” Ada Lund told Velm Radio.", _LEAD)
    assert found.speaker_full == "Ada Lund"


def test_initials_inside_a_quote_leave_the_speaker_after_it() -> None:
    found = only_quotation("“We will see the U.S. market grow again,” Tom Berg said.", _LEAD)
    assert found.speaker_full == "Tom Berg"


def test_initials_after_no_body_word_stay_in_the_name_but_make_no_body() -> None:
    assert _chunks("Acme U.S. said") == [("Acme U.S.", "person")]


def test_a_single_initial_is_no_run_of_initials() -> None:
    assert ("Kessel Foods U.", "org") not in _chunks("Kessel Foods U. said")
