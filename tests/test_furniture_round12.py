"""Round 12: page furniture in more languages and forms (invented lines and pages)."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import boilerplate_reason

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)
MORE = "Work will start in the spring, the board said, and the ferries will keep running."


@pytest.mark.parametrize(
    "line",
    [
        "To use the Calendar, Javascript must be activated in your browser.",
        "tagreuters.com2025binary_ABC12DEF3",  # a wire feed's tracking tag
        "Watch video 02:31",
        "Play the video 1:02:03",
        "+ - reset",
        "Leia mais",
        "Czytaj więcej",
        "Devamını oku",
        "Kongsi",
        "Bagikan",
        "Lees verder",
        "Condividi",
    ],
)
def test_furniture_lines_are_dropped_between_paragraphs(line: str) -> None:
    assert boilerplate_reason(line, header=False) is not None
    result = clean(f"Harbour plan approved\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert line not in result.text
    assert LEAD in result.text and MORE in result.text


@pytest.mark.parametrize(
    "line",
    [
        "The video lasted 12:06 minutes and showed the channel.",
        "Share prices rose by 3% on Tuesday.",
        "Leia mais sobre o porto: o conselho aprovou o plano na terça-feira.",
        "Javascript must be learnt, the trainer said.",
    ],
)
def test_sentences_that_start_like_furniture_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None
    result = clean(f"Harbour plan approved\n\n{LEAD}\n\n{line}\n\n{MORE}\n")
    assert line in result.text
