"""Round 79, cleaning: a publishing system's note to its own editor is no body; a headline
with a slash is no photo credit.

Forms, each found on a real page and written anew here:

- "You are the owner of this article." over a site's tagline and the headline: dropped, so
  the body starts at the story and the headline is the title (before: the note, a full
  sentence, opened the body, and the tagline "Serving Northport since 1972" was the title);
- "New Batch of Ferries / Harbour Goals" over the byline: the title (before: read as a
  photographer and agency, "Jane Doe/AFP", as the credit's pattern ignored case);
- guards: "You are the owner of this house now," a line of a story, is kept; "Jane Doe/AFP",
  "Jan van Dijk/ANP" and "Ana de la Cruz / Reuters" are still credits.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.notices import is_photo_credit

_PAGE = (
    "You are the owner of this article.\n"
    "Serving Northport since 1972\n\n"
    "Harbour clinic opens in Northport\n\n"
    "• Updated\n"
    "• 5 min to read\n\n"
    "NORTHPORT—The new harbour clinic opened its doors on Monday after two years of work.\n\n"
    "“It is the first clinic on this coast,” said Ada Lund, who runs it.\n"
)


def test_an_owner_note_over_the_tagline_is_dropped() -> None:
    cleaned = clean(_PAGE)
    assert cleaned.title == "Harbour clinic opens in Northport"
    assert cleaned.text.startswith("NORTHPORT—The new harbour clinic")
    assert "owner of this article" not in cleaned.text


def test_an_owner_sentence_in_a_story_is_kept() -> None:
    page = _PAGE.replace(
        "“It is the first", "“You are the owner of this house now,” the judge told her.\n\n“It is"
    )
    cleaned = clean(page)
    assert "You are the owner of this house now" in cleaned.text


def test_a_headline_with_a_slash_over_the_byline_is_the_title() -> None:
    page = (
        "Image credits: NORTHPORT PORT AUTHORITY\n"
        "News Article\n\n"
        "New Batch of Ferries / Harbour Goals\n\n"
        "By Ada Lund | Tue, 01/05/2021 - 10:33\n\n"
        "Harbour ferries. Deputy harbour master Tom Berg said that according to the port's own "
        "studies, if 20 percent of the ferries sail, the harbour will be full by the end of the "
        "summer season.\n\n\n"
        "Northport, in terms of ferries. Berg said that so far, Northport ranked 13th in terms "
        "of the number of ferries in service.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "New Batch of Ferries / Harbour Goals"
    assert cleaned.authors == ("Ada Lund",)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Jane Doe/AFP", True),
        ("Jan van Dijk/ANP", True),
        ("Ana de la Cruz / Reuters", True),
        ("JANE DOE/AFP", True),
        ("New Batch of Ferries / Harbour Goals", False),
    ],
)
def test_a_credit_by_name_and_agency(line: str, credit: bool) -> None:
    assert is_photo_credit(line) is credit
