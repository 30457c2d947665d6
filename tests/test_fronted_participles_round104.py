"""Round 104: quoted words in a participle phrase that opens the sentence, and plural roles.

Forms (each failed before this round):
- "Citing the move, which cost the county “nearly a million” in tax dollars, she said the board
  had …": the phrase has no subject of its own, so its quoted words are the main clause's
  speaker's (before: the quote was not found; the cue that closes a sentence reached ten words
  at most).
- "Blaming a winter that was “worse than any in memory” for the repairs, Lund said …": the
  participle is a cue with no subject; the main clause names it (before: no speaker).
- "Critics said the costs were “out of control”" after a paragraph about Ada Lund: critics are
  many, not the one person named (before: Ada Lund, resolved as a role); "witnesses" and
  "deputies" are plurals too (before: only a plural in "s" after the singular counted).

Guards: a preposition in "-ing" ("During a winter that was “…” …") and a participle that
takes someone else's words ("Rejecting a view that …") give the main clause's speaker nothing;
a second quote before the main clause leaves the first unattributed; a singular role ("The
critic said") still resolves to the person named with it.

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.aids.name_words import many_of
from tests.speech_cases import only_quotation

HEADLINE = "Depot sale\n\n"
MET = "Mayor Ada Lund met the council on Monday. "


def test_a_quote_in_an_opening_citing_phrase_is_the_main_clause_speakers() -> None:
    quote = only_quotation(
        "Citing the move, which cost the county “nearly a million” in tax dollars, she said the"
        " board had made a mess for the people of Velm.",
        HEADLINE + MET,
    )
    assert quote.text == "nearly a million"
    assert quote.speaker_full == "Ada Lund"
    assert quote.confidence < 0.8  # read through a pronoun and a phrase, not a cue beside it


def test_a_participle_cue_with_no_subject_takes_the_main_clause_subject() -> None:
    quote = only_quotation(
        "Blaming a winter that was “worse than any in memory” for the repairs, Lund said the"
        " town would sell the depot, close two offices and cut staff.",
        HEADLINE + MET,
    )
    assert (quote.speaker_full, quote.speaker_as_written) == ("Ada Lund", "Lund")


@pytest.mark.parametrize("group", ["Critics", "Experts", "Witnesses", "Observers"])
def test_a_plural_role_is_many_people_not_the_one_named(group: str) -> None:
    quote = only_quotation(
        f"{group} said the costs were “out of control” last year.",
        HEADLINE + "Ada Lund spoke on Monday about the plan.\n\n",
    )
    assert quote.speaker_full != "Ada Lund"
    assert quote.speaker_as_written == group


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("witnesses", "witness"), ("deputies", "deputy"), ("spokesmen", "spokesman")],
)
def test_plurals_beyond_a_final_s_are_many(plural: str, singular: str) -> None:
    assert many_of(plural, frozenset({singular}))
    assert not many_of(singular, frozenset({singular}))


def test_a_preposition_in_ing_opens_no_participle_phrase() -> None:
    quotes = ct.extract_quotations(
        HEADLINE + MET + "During a winter that was “worse than any in memory” in the north, Lund"
        " said the agency needed more staff and more money."
    )
    assert all(q.speaker_full != "Ada Lund" for q in quotes)


def test_a_participle_that_takes_others_words_gives_them_to_nobody() -> None:
    quotes = ct.extract_quotations(
        HEADLINE + MET + "Rejecting a view that the plan was “a waste of public money” for the"
        " town, Lund said the town would sell the depot, close two offices and cut staff."
    )
    assert all(q.speaker_full != "Ada Lund" for q in quotes)


def test_a_second_quote_before_the_main_clause_leaves_the_first_unattributed() -> None:
    quotes = ct.extract_quotations(
        HEADLINE + MET + "Citing costs that were “out of control” and a roof the board called"
        " “beyond repair”, Lund said the town would sell the depot and close two offices."
    )
    first = [q for q in quotes if q.text == "out of control"]
    assert all(q.speaker_full != "Ada Lund" for q in first)


def test_a_singular_role_still_resolves_to_the_person_named_with_it() -> None:
    quote = only_quotation(
        "The critic said the second act was “out of control” from start to end.",
        HEADLINE + "The film critic Ada Lund saw the play on Monday.\n\n",
    )
    assert quote.speaker_full == "Ada Lund"
