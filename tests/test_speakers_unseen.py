"""Speakers on phenomena met in unseen news (rounds 5, 6), one invented case each (data/speech/).

Each case says which quotations a careful reader finds and who said each (full name, or the role
or organisation when nobody is named); a wrong speaker must never come out at 0.8 or more.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct

CASES = [
    case
    for name in ("unseen_cases.json", "round6_cases.json")
    for case in json.loads((Path(__file__).parent / "data" / "speech" / name).read_text("utf-8"))[
        "cases"
    ]
]


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


WRAPPED = """Norvale Labs buys Quell Optics

Norvale Labs, Inc. (“Norvale”), a maker of medical lenses, is pleased to
announce that it has acquired Quell Optics Ltd., a maker of lenses for cameras
and telescopes, in a deal worth twelve million dollars.
“With demand for our lenses growing every month, buying Quell was the best way
to grow,” said Norvale®’s CEO, Marta
Ellison. “Quell brings us its patents, its plant in Ostrava and a team of forty
engineers who know the work.”
“We are thrilled by what the two companies can do together,” commented
Norvale’s COO, Dario Wren. “The deal was closed in six weeks.”
"""


def test_a_hard_wrapped_press_release_never_credits_the_company(tmp_path: Path) -> None:
    """Hard wraps may cut "Marta / Ellison" apart; the company whose title it is never speaks
    ("said Norvale’s CEO" is the CEO), and a reading the rules are unsure of stays under 0.8."""
    path = tmp_path / "release.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    found = ct.extract_quotations(ct.load_article(path))
    by_text = {q.text[:20]: q for q in found}
    assert by_text["We are thrilled by w"].speaker_full == "Dario Wren"
    assert "Norvale" not in [q.text for q in found]  # a defined short name, not speech
    for q in found:
        assert q.confidence < 0.8 or q.speaker_full in ("Marta Ellison", "Dario Wren"), q


def test_a_quote_after_a_newcomer_is_the_newcomers_but_is_doubted() -> None:
    """A cue-less quote right after a paragraph about someone else, which reports no speech, is
    that newcomer's, as a reader takes it, but marked unsure: it may still be the last
    speaker's. After a paragraph about no one, the last speaker goes on, surely."""
    text = (
        "United manager Tom Hale praised his players after the win over City.\n\n"
        "“The boys were magnificent today,” said Hale. “City made it hard for us.”\n\n"
        "City boss Ana Ruiz was less happy.\n\n"
        "“We gave away two soft goals and you cannot do that here.”"
    )
    sure, *_, doubted = ct.extract_quotations(text)
    assert (sure.speaker_full, doubted.speaker_full) == ("Tom Hale", "Ana Ruiz")
    assert sure.confidence >= 0.8 and doubted.confidence < 0.5
    plain = text.replace("City boss Ana Ruiz was less happy.", "The rain kept falling.")
    went_on = ct.extract_quotations(plain)[-1]
    assert went_on.speaker_full == "Tom Hale" and went_on.confidence > doubted.confidence


# Pieces of the constructions this round's rules read, shuffled: the rules never raise, offsets
# always slice to the quote, and confidence stays in (0, 1].
ROUND5_PIECES = st.sampled_from(
    [
        *'"“”«» ,.:;\n',
        "\n\n",
        "said Acme®’s CEO, ",
        "Marta Ellison",
        "commented",
        "a spokesperson for Acme Holdings",
        "the spokesperson said",
        "A Spokesperson of the Foreign Office",
        "co-spokesperson",
        "Lo ha dichiarato il ministro degli Esteri, ",
        "Così lo ",
        "C'est ce qu'a déclaré ",
        "il responsabile della Farnesina",
        "He said",
        "he writes",
        "The decree which was published on the website said",
        "Ruiz signed the decree",
        "Doe’s lawyer, Tom Hale, said",
        "– ",
        "(“Acme”)",
        "Coach Ada Lind: ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(ROUND5_PIECES, max_size=50).map("".join))
def test_property_round5_constructions_never_crash(text: str) -> None:
    found = ct.extract_quotations(text)
    for q in found:
        assert text[q.start : q.end] == q.text and q.text.strip()
        assert 0 < q.confidence <= 1
