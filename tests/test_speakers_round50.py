"""Round 50: a passive phrase that opens a sentence ends its agent at the sentence's verb.

"Maintenance described as “essential” by the ferry operator cancelled Eastwick sailings": the
agent is "the ferry operator"; "cancelled Eastwick sailings" is what the maintenance did, so
"Eastwick" does not speak. A participle after "the" or an adverb describes the agent instead
("by the newly elected mayor"). Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_full for q in ct.extract_quotations(text)}


def test_the_agent_ends_at_the_sentences_verb() -> None:
    text = (
        "Maintenance described as “essential” by the ferry operator cancelled Eastwick sailings"
        " on Wednesday."
    )
    assert _speakers(text) == {"essential": "ferry operator"}


@pytest.mark.parametrize(
    ("agent", "speaker"),
    [
        ("the newly elected mayor of Northport, Ada Lund", "Ada Lund"),
        ("newly appointed harbour master Tom Berg", "Tom Berg"),
        ("the retired harbour master Tom Berg", "Tom Berg"),
    ],
)
def test_a_participle_that_describes_the_agent_stays(agent: str, speaker: str) -> None:
    assert _speakers(f"The plan was branded “a disgrace” by {agent}.") == {"a disgrace": speaker}


_VERB = st.sampled_from(["cancelled", "delayed", "halted", "disrupted", "postponed"])
_PLACE = st.sampled_from(["Eastwick", "Northport", "Kerrin Island", "Port Ellen"])


@given(_VERB, _PLACE)
def test_no_place_after_the_verb_speaks(verb: str, place: str) -> None:
    text = f"Repairs described as “urgent” by the ferry operator {verb} {place} sailings."
    assert _speakers(text) == {"urgent": "ferry operator"}
