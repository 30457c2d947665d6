"""Round 47: "the Berg government" leaves Dr. Berg a person; "Via …:" names a source, no speaker.

A surname the article also writes with a first name ("Prime Minister Dr. Tomas Berg") is that
person's even where the article writes it after "the" as a modifier ("the Berg government"):
"he said" goes to him, not to a firm named later ("Standard & Poor"). A name the article only
ever writes after "the" ("the Black Stars") is still a team's. "Via The Northport Herald:
“…”" points to another outlet's story: "Via" opens no one's name. Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct

_GOVERNMENT = (
    "Prime Minister Dr. Tomas Berg, who was in the capital last week, told reporters that the"
    " island would deal with the fund.\n\n"
    "The new government in St. Anne’s has said it will renegotiate the island’s debt.\n\n"
    "The Berg government was forced to take the decision after the island missed a payment.\n\n"
    "As a result the rating agency, Standard & Poor downgraded the island’s credit to “SD”.\n\n"
    "During his trip to the capital, Dr. Berg was asked by reporters in the capital to comment on"
    " the island’s agreement with the fund and he made it clear that the island would deal with"
    " it.\n\n"
    "“We have told the fund that we need its support, but we will only accept a programme that"
    " is in our interest,” he said."
)


def _speakers(text: str) -> dict[str, str | None]:
    return {q.text[:20]: q.speaker_full for q in ct.extract_quotations(text)}


def test_he_is_the_person_named_with_his_government_not_a_firm_named_later() -> None:
    speakers = _speakers(_GOVERNMENT)
    assert speakers["We have told the fun"] == "Tomas Berg"


@pytest.mark.parametrize("word", ["administration", "government", "family"])
def test_any_body_after_the_surname_leaves_the_titled_man_the_speaker(word: str) -> None:
    text = _GOVERNMENT.replace("Berg government", f"Berg {word}")
    assert _speakers(text)["We have told the fun"] == "Tomas Berg"


def test_a_name_only_ever_written_after_the_is_still_no_ones() -> None:
    text = (
        "The Black Stars lost to the Northport side on Sunday.\n\n"
        "Coach Tom Reed watched from the stand.\n\n"
        "The Black Stars had won every game before it.\n\n"
        "“We were second best all afternoon,” he said."
    )
    assert _speakers(text)["We were second best "] == "Tom Reed"


@pytest.mark.parametrize("outlet", ["The Northport Herald", "Harbour Radio", "the Island Times"])
def test_via_an_outlet_names_no_speaker(outlet: str) -> None:
    text = f"Via {outlet}: “Complete devastation across the north of the island”."
    for quotation in ct.extract_quotations(text):
        assert not (quotation.speaker_full or "").startswith(("Via", "via"))


@given(
    surname=st.sampled_from(["Berg", "Lund", "Quint", "Okafor", "Tanaka", "Moreau"]),
    body=st.sampled_from(["government", "administration", "cabinet"]),
)
def test_any_surname_written_before_its_government_stays_the_speaker(
    surname: str, body: str
) -> None:
    text = _GOVERNMENT.replace("Berg government", f"{surname} {body}").replace("Berg", surname)
    assert _speakers(text)["We have told the fun"] == f"Tomas {surname}"
