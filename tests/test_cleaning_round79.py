"""Round 79, cleaning: a publishing system's note to its own editor is no body.

Forms, each found on a real page and written anew here:

- "You are the owner of this article." over a site's tagline and the headline: dropped, so
  the body starts at the story and the headline is the title (before: the note, a full
  sentence, opened the body, and the tagline "Serving Northport since 1972" was the title);
- guard: "You are the owner of this house now," a line of a story, is kept.

Every text here is invented.
"""

from __future__ import annotations

from claimtrack.reading.cleaning import clean

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
