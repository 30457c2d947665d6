"""Round 14: a role as an interview's label, and ranks before a name (invented pages)."""

from __future__ import annotations

import claimtrack as ct
from claimtrack.aids.role_holders import named_with_role

TRANSCRIPT = """Interview of Ports Minister Shri Tomas Varga By Mr Ivo Kern on Harbour TV

INTERVIEWER: Minister, welcome to the programme.
PORTS MINISTER: Thank you, it is good to be here.
INTERVIEWER: How are the talks with the ferry operators going?
PORTS MINISTER: I think the talks are going very well and we expect a deal soon.
"""


def test_a_role_label_is_the_one_person_the_text_names_with_that_role() -> None:
    answers = [q for q in ct.extract_quotations(TRANSCRIPT) if q.speaker_as_written]
    answers = [q for q in answers if q.speaker_as_written.startswith("PORTS")]
    assert len(answers) == 2
    assert {(q.speaker_full, q.resolution) for q in answers} == {("Tomas Varga", "role")}
    assert all(q.confidence < 0.8 for q in answers)  # a role resolved: never the top band


def test_a_name_ending_in_a_title_like_word_stays_the_name() -> None:
    text = TRANSCRIPT.replace("PORTS MINISTER:", "ADA KING:").replace("Ports Minister ", "")
    answers = [q for q in ct.extract_quotations(text) if q.speaker_as_written == "ADA KING"]
    assert len(answers) == 2
    assert {(q.speaker_full, q.resolution) for q in answers} == {("Ada King", "interview-label")}


def test_the_name_after_a_role_stops_before_a_capitalised_preposition() -> None:
    text = "Interview of Ports Minister Shri Tomas Varga By Mr Ivo Kern"
    assert named_with_role(text, "Ports Minister") == "Tomas Varga"
    assert named_with_role("Ports Minister Dr Ana Ruiz said", "Ports Minister") == "Ana Ruiz"


def test_a_military_rank_abbreviated_is_no_part_of_the_name() -> None:
    text = (
        "Police said explosives were found in a house in the capital on Monday.\n\n"
        "“These were to be used in the city today,” army spokesman Brig Tomas Varga told "
        "reporters at the scene.\n"
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Tomas Varga"
