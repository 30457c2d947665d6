"""Round 33: a reporting verb governs a partial quote in its clause even with no "that"
("told reporters she was expecting a “great victory”", "said there was a “dire situation”");
a prepositional phrase after the verb, "the" before the quote, or an "a" in a clause that
"that" opens keep a quote a term, as before."""

from __future__ import annotations

import pytest

import claimtrack


def _found(sentence: str) -> list[tuple[str, str | None]]:
    text = f"Harbour vote\n\n{sentence}\n"
    return [(q.text, q.speaker_full) for q in claimtrack.extract_quotations(text, learned=False)]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            'Ada Lund, in a black suit, told reporters she was expecting a "great victory" as '
            "she voted.",
            "great victory",
        ),
        (
            'Ada Lund said the floods meant there was a "dire situation" in the valley.',
            "dire situation",
        ),
        (
            'Ada Lund warns the harbour plan is "totally impractical" for the fishing fleet.',
            "totally impractical",
        ),
    ],
)
def test_a_reporting_verb_governs_a_partial_quote_with_no_that(sentence: str, quote: str) -> None:
    assert _found(sentence) == [(quote, "Ada Lund")]


@pytest.mark.parametrize(
    "sentence",
    [
        'Ada Lund said in an interview with the harbour paper "Northport Daily Times 24".',
        'Ada Lund said the "union state" was a fiction.',
        "Ada Lund claimed that if the ports merged, it would no longer be a “harbour base” at all.",
    ],
)
def test_no_clause_or_a_term_gives_no_partial_quote(sentence: str) -> None:
    assert _found(sentence) == []
