"""Round 39: cleaning and titles met on a new studied batch (tune38).

A dateline and its outlet between bars before the lead's sentence ("Kapchorwa, Uganda | THE
INDEPENDENT | Ada Lund has won …") open the body: they are no bar of fields and no headline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import is_sentence_like

_LEAD = (
    "Northport, Harbourland | THE HARBOUR TIMES | Prisons runner Ada Lund has won the national "
    "mountain running championships in Northport on Saturday."
)
_REST = (
    "The newly recruited athlete won the ten kilometre race in 39 minutes and 54 seconds.\n\n"
    "“I am happy that my dream of winning the mountain has come to pass,” Lund said.\n"
)


def _load(tmp_path: Path, text: str) -> claimtrack.Article:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return claimtrack.load_article(path)


@pytest.mark.parametrize("above", ["", " date 2024-10-27 "])
def test_a_dateline_and_outlet_between_bars_open_the_body(tmp_path: Path, above: str) -> None:
    article = _load(tmp_path, f"{above}{_LEAD}\n\n{_REST}")
    assert article.title is None
    assert article.text.startswith(_LEAD)


def test_the_lead_after_the_bars_names_the_speaker(tmp_path: Path) -> None:
    quotes = claimtrack.extract_quotations(_load(tmp_path, f"{_LEAD}\n\n{_REST}"))
    assert [q.speaker_full for q in quotes] == ["Ada Lund"]


@pytest.mark.parametrize(
    "bar",
    [
        "Headline of the day | Business | Harbour Times | 29.04.2014",
        "Home WebMail Friday, November 15, 2024 | Northport | -4.9°C | Our site is in "
        "maintenance mode. Some pages may not be available. |",
        "News | Sport | Weather | Business | The council closed the quay to lorries today.",
    ],
)
def test_a_bar_of_fields_is_still_no_prose(bar: str) -> None:
    assert not is_sentence_like(bar)


def test_the_bar_of_fields_is_still_dropped() -> None:
    text = f"News | Sport | Weather | Business\n\n{_LEAD}\n\n{_REST}"
    assert clean(text).text.startswith(_LEAD)
