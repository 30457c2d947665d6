"""Round 37: a quote whose opening mark was lost after a speech verb's colon ("… and announced:
The work has begun.”") starts after the colon, and the one who announced it speaks."""

from __future__ import annotations

import pytest

import claimtrack


@pytest.mark.parametrize("verb", ["announced", "said", "declared"])
def test_a_lost_opening_after_a_cue_colon_starts_the_quote_there(verb: str) -> None:
    text = (
        f"Mayor Ada Pirn opened the bridge and {verb}: The wait for a crossing is over.”\n\n"
        "The harbour master welcomed it.\n"
    )
    [quote] = claimtrack.extract_quotations(text)
    assert quote.text == "The wait for a crossing is over."
    assert quote.speaker_full == "Ada Pirn"


def test_a_lost_opening_with_no_cue_colon_still_starts_the_paragraph() -> None:
    text = "The wait for a crossing is over at last, and we are glad,” Ada Pirn said.\n"
    [quote] = claimtrack.extract_quotations(text)
    assert quote.text.startswith("The wait for a crossing")
    assert quote.speaker_full == "Ada Pirn"


def test_a_colon_after_a_word_that_is_no_speech_verb_is_not_the_opening() -> None:
    text = "Ada Pirn listed her plans: the bridge first, then the quay, we will see,” she said.\n"
    [quote] = claimtrack.extract_quotations(text)
    assert quote.text.startswith("Ada Pirn listed")


@pytest.mark.parametrize("learned", [False, True])
def test_a_name_in_brackets_under_a_quote_signs_it(learned: bool) -> None:
    text = (
        "Readers put their questions to the panel.\n\n"
        "Question 1 – recording 00:07:37\n\n"
        "“How will we know if the effort to improve the harbour has succeeded, and who is "
        "accountable for it?”\n"
        "[ Ada Lund ]\n\n"
        "Question 2 – recording 00:13:03\n\n"
        "“I am concerned about the ferry timetable changes that are being made without any "
        "consultation of the islanders.”\n"
        "[ Tom Reed MBE ]\n"
    )
    found = claimtrack.extract_quotations(text, learned=learned)
    assert [q.speaker_full for q in found] == ["Ada Lund", "Tom Reed"]


def test_an_agency_in_brackets_under_a_quote_signs_nothing() -> None:
    text = (
        "Ada Lund runs the port.\n\n"
        "“Prices for ferry tickets rose again this month across the region.”\n"
        "(Reuters)\n"
    )
    [quote] = claimtrack.extract_quotations(text, learned=False)
    assert quote.speaker_full != "Reuters"
