"""Round 38: an ellipsis after "that" leads on to the quote ("…, stressing that... “…”"): the
cue before it still governs the quote; a full stop after "that" is still a sentence's end."""

from __future__ import annotations

import pytest

import claimtrack

_LEAD = "Coach Tom Reed was pleased with the win. He singled out Ivo Sand, stressing that"
_QUOTE = "“I want to thank Ivo Sand, because he played a fantastic game despite his injury.”"


@pytest.mark.parametrize("learned", [False, True])
@pytest.mark.parametrize("ellipsis", ["...", "…", "... "])
def test_an_ellipsis_after_that_leads_on_to_the_quote(ellipsis: str, learned: bool) -> None:
    found = claimtrack.extract_quotations(f"{_LEAD}{ellipsis} {_QUOTE}", learned=learned)
    assert [q.speaker_full for q in found] == ["Tom Reed"]


def test_an_ellipsis_ending_another_word_ends_the_sentence() -> None:
    text = f"Coach Tom Reed was pleased. Ivo Sand said the same and more... {_QUOTE}"
    found = claimtrack.extract_quotations(text, learned=False)
    assert [q.speaker_full for q in found] != ["Tom Reed"]
