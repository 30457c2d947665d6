"""Round 88: a dateline in capitals with a colon ("VELM: The Velm Stock Exchange's index …"),
repeated by a teaser above the story, is no speaker, though the story names the place again.

Forms (each written anew here):

- "VELM: The Velm Stock Exchange's index ended lower …" over a teaser and again over the
  story's first paragraph, "VELM: In Velm, shares …", "NORTHPORT: At Northport Harbour, …":
  the place's name after an article or a preposition is no person's surname, so the dateline
  is no host's label (before: the two dateline paragraphs, and the paragraphs after them, came
  out as speech by "Velm" or by the longest name the article gives the word);
- guards: a host labelled twice whom the page names with a given name ("Kim Berg" and "BERG:
  …") still speaks, though the page also writes "The Berg report"; a quotation after the
  dateline keeps its named speaker.

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def _market(place: str, mention: str) -> str:
    lead = f"{place.upper()}: {mention} ended 0.3 percent lower on thin trade."
    return (
        f"Shares end lower in {place}\n\n{lead}\n\nBy\nWire desk\n|\n{lead}\n\n"
        "Investors stayed cautious ahead of the budget.\n\n"
        "“Buyers preferred to wait and see,” said Ada Lund, chief executive of Harbour "
        "Securities.\n"
    )


@pytest.mark.parametrize(
    ("place", "mention"),
    [
        ("Velm", "The Velm Stock Exchange's benchmark index"),
        ("Velm", "In Velm, the benchmark index"),
        ("Northport", "At Northport Harbour, the shipping index"),
    ],
)
def test_a_repeated_dateline_is_no_speaker(place: str, mention: str) -> None:
    found = ct.extract_quotations(_market(place, mention))
    assert [q.text for q in found] == ["Buyers preferred to wait and see"]
    assert found[0].speaker_full == "Ada Lund"


def test_a_host_the_page_names_speaks_though_an_article_comes_before_the_surname() -> None:
    text = (
        "Morning desk\n\nThis is the morning desk. I'm Kim Berg. The Berg report is out today.\n\n"
        "BERG: The harbour bridge reopens after two years of repairs.\n\n"
        "BERG: The city says the tolls stay where they are until the end of the year.\n"
    )
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["Kim Berg", "Kim Berg"]
