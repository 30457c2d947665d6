"""Round 14: "According to him:" before a quote, and the pronoun that goes on with the one who
spoke rather than the man he spoke of (invented articles)."""

from __future__ import annotations

import claimtrack as ct

MEETING = """Shareholders of Northport Cement praised the board at the annual meeting on Wednesday.

The president of the shareholders' association, Ada Lund, said the members were pleased with \
Tomas Berg and his team. She said the dividend showed the spirit of the management.

According to her: “We are very happy and pleased with this result. The year was very tough.”
"""


def test_according_to_a_pronoun_before_a_colon_is_the_cue() -> None:
    (quote,) = ct.extract_quotations(MEETING)
    assert (quote.speaker_as_written, quote.speaker_full) == ("her", "Ada Lund")
    assert quote.resolution == "pronoun"


def test_according_to_a_role_before_a_colon_resolves_the_role() -> None:
    text = MEETING.replace("According to her:", "According to the president:")
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Ada Lund"


def test_the_pronoun_goes_on_with_the_speaker_not_the_man_she_spoke_of() -> None:
    text = MEETING.replace("Ada Lund", "Ivo Kern").replace("She said", "He said")
    text = text.replace("According to her:", "According to him:")
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Ivo Kern"  # Tomas Berg, "his team", is whom he spoke of
    assert quote.confidence < 0.8  # the chain is read, not written


def test_a_man_named_as_the_subject_is_still_he() -> None:
    text = (
        "Tomas Berg met the shareholders of Northport Cement on Wednesday with Ada Lund.\n\n"
        "According to him: “We are very happy with this result.”\n"
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Tomas Berg"


def test_he_goes_on_with_the_one_who_spoke_just_before_not_a_man_further_back() -> None:
    text = (
        "The batting collapsed under the lights. Tomas Berg swung the ball to great effect. "
        "He took his first five wickets at home.\n\n"
        "Ivo Kern, who scored a century in the last innings, noted that there was room to improve. "
        "He said:\n\n"
        "“As a team, in patches, we did well.”\n"
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Ivo Kern"
    assert quote.confidence < 0.8


def test_she_is_never_the_man_who_spoke_just_before() -> None:
    text = (
        "Ada Lund opened the harbour meeting on Monday. She welcomed the guests.\n\n"
        "Mr Kern, who spoke for the ferry operators, said they wanted a deal. "
        "“We will widen the channel,” she said.\n"
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Ada Lund"
