"""Round 82: a Burmese courtesy word before a name is no part of the speaker's name.

Forms, each found on a real page and written anew here:

- "said U Pe Than, a member of the council" gives Pe Than, "Daw Khin Lund, a lawyer, said"
  gives Khin Lund, and after a title, "Harbour Minister U Tin Lund" gives Tin Lund (before:
  "U Pe Than", "Daw Khin Lund", "U Tin Lund");
- a later "Than said" resolves to Pe Than, the name the article gives without the courtesy
  word (before: "U Pe Than");
- guards: a middle initial "Ada U Lund", an initial with its stop "U. Berg", initials before
  a surname "U S Grant" are the name's own and stay; a title's full stop still goes ("Hon.
  Ada Lund").

Every text here is invented.
"""

from __future__ import annotations

import pytest

from tests.speech_cases import only_quotation, speaker_of

_LEAD = "Harbour plan delayed\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The plan is late,” said U Pe Than, a member of the council.", "Pe Than"),
        ("Daw Khin Lund, a lawyer, said: “It is a grave matter.”", "Khin Lund"),
        ("“We disagree,” Harbour Minister U Tin Lund told reporters.", "Tin Lund"),
        ("“No,” U Thant said.", "Thant"),
    ],
)
def test_the_courtesy_word_is_no_part_of_the_speakers_name(text: str, speaker: str) -> None:
    quote = only_quotation(text, _LEAD)
    assert (quote.speaker, quote.speaker_full) == (speaker, speaker)


def test_a_later_surname_resolves_to_the_name_without_the_courtesy_word() -> None:
    text = "U Pe Than spoke in Velm on Monday.\n\n“We will not wait,” Than said."
    quote = only_quotation(text, _LEAD)
    assert (quote.speaker, quote.speaker_full) == ("Than", "Pe Than")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not wait,” Ada U Lund said.", "Ada U Lund"),
        ("“We agree,” said U. Berg.", "U. Berg"),
        ("“We agree,” said U S Grant, the harbour master.", "U S Grant"),
        ("“We agree,” said Hon. Ada Lund.", "Ada Lund"),
    ],
)
def test_initials_of_the_name_stay_and_a_titles_stop_still_goes(text: str, speaker: str) -> None:
    assert speaker_of(text, _LEAD) == speaker
