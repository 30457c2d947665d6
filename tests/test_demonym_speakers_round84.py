"""Round 84: "said the New Zealander" is the one person the article shows as "he" (or "she"),
even when a pronoun of the other gender would find a place; "said a dealer at a local bank" is
someone new, not the bank.

Forms, each found on a real page and written anew here:

- a coach named as a sentence's subject and shown as "his", a ground named as "Kessel’s
  Harbour Park" (read like "Lund’s director Berg"), then "“…,” said the New Zealander": the
  epithet is whom "he" or "she" would be; "he" finds the coach, "she" the ground, and only
  the coach is shown as of the pronoun's gender (by "his", or else by a first name given to
  men alone), so the coach speaks (before: no one, as the two candidates were equals);
- guards: a man and a woman both shown ("his", "her") leave the epithet unresolved (the
  paragraph before may still carry its subject on), as do a man and a woman shown by first
  names alone (round 42's test);
- "“…,” said a dealer at a local bank": a dealer the article does not name, as "said a
  dealer" already was (before: "local bank", the last noun of the phrase, as a description
  speaker); so "an analyst at a foreign bank", "a spokesman for a local bank";
- guards: a named employer still speaks for its person ("a trader at Velm Bank"), and a
  definite phrase ("the dealer at a local bank") is not read as someone new: it is the dealer
  named before (round 88).

Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.speech_cases import only_quotation

_LEAD = "Northport face a busy month\n\n"
_GROUND = (
    "Northport play three home games, then travel to play Velm at Kessel’s Harbour Park at "
    "the end of the month.\n\n"
)
_COACH = (
    "Northport’s head coach Tom Berg, nearing the end of his third year in charge, has been "
    "proclaiming the mantra of “steady growth” as his side look to build on last season.\n\n"
)
_THINKS = "Indeed, Berg thinks the best could be yet to come.\n\n"
_QUOTE = "“This could be the most important month we have ever had,” said the New Zealander."


def test_epithet_is_the_one_person_shown_as_he() -> None:
    found = only_quotation(_GROUND + _COACH + _THINKS + _QUOTE, _LEAD)
    assert (found.speaker_full, found.speaker_as_written) == ("Tom Berg", "the New Zealander")
    assert found.resolution == "pronoun"


def test_epithet_stays_unresolved_with_a_man_and_a_woman_shown() -> None:
    captain = "Captain Eva Lund said her side was ready for the trip to Velm.\n\n"
    found = only_quotation(_GROUND + _COACH + captain + _THINKS + _QUOTE, _LEAD)
    # The epithet names no one; the paragraph before may still carry its subject on.
    assert found.resolution != "pronoun"
    assert found.speaker_as_written is None


def _without_his(coach: str) -> str:
    return coach.replace("his third", "a third").replace("as his side", "as the side")


def test_a_first_name_of_one_gender_shows_the_coach_too() -> None:
    found = only_quotation(_GROUND + _without_his(_COACH) + _THINKS + _QUOTE, _LEAD)
    assert found.speaker_full == "Tom Berg"


_MARKET = "Rupee steady\n\nThe rupee ended up on the day. “Demand has not been high,” "


@pytest.mark.parametrize(
    "cue",
    [
        "said a dealer at a local bank",
        "said an analyst at a foreign bank",
        "a spokesman for a local bank said",
        "said one trader with a small brokerage",
    ],
)
def test_someone_at_a_body_the_article_does_not_name_is_no_one_named(cue: str) -> None:
    found = only_quotation(f"{_MARKET}{cue}.")
    assert found.speaker_full is None
    assert "bank" not in (found.speaker or "")


def test_a_named_employer_still_speaks_for_its_person() -> None:
    assert only_quotation(f"{_MARKET}said a trader at Velm Bank.").speaker_full == "Velm Bank"


def test_a_definite_dealer_is_not_someone_new() -> None:
    # Round 88: the dealer the article named before (this asserted "not None", which held
    # only as the bank was taken for the speaker).
    text = _MARKET.replace("The rupee ended", "Tom Berg, a dealer, said the rupee ended")
    found = only_quotation(f"{text}said the dealer at a local bank.")
    assert found.speaker_full == "Tom Berg"
