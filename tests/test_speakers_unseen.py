"""Speakers on phenomena met in unseen news (round 5), one invented case each (tests/data/speech/).

Each case says which quotations a careful reader finds and who said each (full name, or the role
or organisation when nobody is named); a wrong speaker must never come out at 0.8 or more.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimtrack as ct

CASES = json.loads(
    (Path(__file__).parent / "data" / "speech" / "unseen_cases.json").read_text("utf-8")
)["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_speaker_of_each_quotation(case: dict) -> None:
    found = list(ct.extract_quotations(case["text"]))
    for gold in case["quotations"]:
        match = [q for q in found if q.text == gold["text"]]
        assert match, f"missed {gold['text']!r}; found {[q.text for q in found]}"
        q = match[0]
        assert q.speaker_full == gold["speaker"], (q.speaker_full, q.resolution, q.cue)
        if "resolution" in gold:
            assert q.resolution == gold["resolution"]
        assert case["text"][q.start : q.end] == q.text
        found.remove(q)
    assert not found, f"spurious {[q.text for q in found]}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_a_wrong_speaker_is_never_sure(case: dict) -> None:
    """Every speaker the rules get wrong on these cases would score under 0.8 (they get none
    wrong, so this guards the cases' wrong readings: the speaker of each is the gold one)."""
    for q in ct.extract_quotations(case["text"]):
        gold = next((g for g in case["quotations"] if g["text"] == q.text), None)
        if gold is None or q.speaker_full != gold["speaker"]:
            assert q.confidence < 0.8, q
