"""Round 99: a quote inside a quote written with the same curly double marks (“We told them
“no” twice,” said …) is one quotation holding the inner one.

Forms (each written anew here):

- "“We told them “no” twice,” said Ada Lund": the whole quote, inner marks kept, spoken by
  Ada Lund (before: no quotation at all);
- "She added: “They said “never” and left.”": one quote (before: two, "They said" and
  "never");
- "“It was a “union state” deal,” said Tom Berg": a scare quote inside a quote stays inside
  (before: no quotation);
- guards: a “ after a sentence's end opens a new quote ("“We told them. “No,” he said, …”"
  quotes "No"); a “ that a second ” never follows, or that another “ comes before the second
  ”, is no inner quote; the quoted words stay exact (the quote is found in the text as given).

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct
from tests.speech_cases import only_quotation

_LEAD = "Talks stall\n\nThe talks in Northport ended late on Monday.\n\n"


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_full) for q in ct.extract_quotations(_LEAD + text)]


def test_a_quote_inside_a_quote_with_the_same_marks_is_one_quotation() -> None:
    text = "“We told them “no” twice,” said Ada Lund, the Velm envoy."
    found = only_quotation(text, _LEAD)
    assert found.text == "We told them “no” twice"
    assert found.speaker_full == "Ada Lund"
    assert found.text in text


def test_after_a_cue_colon_the_inner_quote_stays_inside() -> None:
    text = "Ada Lund spoke first.\n\nShe added: “They said “never” and left.”"
    assert _quotes(text) == [("They said “never” and left.", "Ada Lund")]


def test_a_scare_quote_inside_a_quote_stays_inside() -> None:
    found = only_quotation("“It was a “union state” deal,” said Tom Berg.", _LEAD)
    assert (found.text, found.speaker_full) == ("It was a “union state” deal", "Tom Berg")


def test_a_mark_after_a_sentence_end_opens_a_new_quote() -> None:
    text = "Tom Berg spoke first.\n\n“We told them. “No,” he said, and the talks ended.”"
    assert "No" in [q for q, _ in _quotes(text)]


def test_a_mark_that_one_closing_mark_follows_is_no_inner_quote() -> None:
    text = "Tom Berg spoke first.\n\n“We told them “no” on Monday, he said."
    assert all("We told them “no”" not in q for q, _ in _quotes(text))


def test_a_mark_before_the_second_closing_mark_opens_no_inner_quote() -> None:
    text = "Tom Berg spoke first.\n\n“We saw the “deal” collapse. “Nothing” happened,” he said."
    assert all("deal” collapse" not in q for q, _ in _quotes(text))
