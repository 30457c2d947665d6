"""Speakers, round 23: a body's initials and one more word; a quotation signed under it."""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.reading.cleaning import clean

_LEAD = "Farm plan\n\nFarmers met on Monday to discuss the plan for the northern valley.\n\n"
_QUOTE = "“It is damaging to every farm in the valley,” "


@pytest.mark.parametrize("body", ["NFU Northland", "UNICEF Northland", "BBC Northland"])
def test_initials_and_a_place_name_the_body(body: str) -> None:
    (quote,) = ct.extract_quotations(f"{_LEAD}{_QUOTE}{body} said.")
    assert (quote.speaker, quote.speaker_full) == (body, body)
    assert quote.confidence < 0.8  # a body as written may not be its full name


@pytest.mark.parametrize("office", ["MLA", "SSP", "MP", "CEO"])
def test_an_office_in_initials_before_a_surname_is_still_a_title(office: str) -> None:
    (quote,) = ct.extract_quotations(f"{_LEAD}{_QUOTE}{office} Dalevik said.")
    assert quote.speaker == "Dalevik"


def test_initials_before_a_surname_the_article_gives_a_first_name_name_the_person() -> None:
    text = f"{_LEAD}KIM Tom Dalevik met the farmers.\n\n{_QUOTE}KIM Dalevik said."
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Tom Dalevik"


def test_initials_before_a_first_name_are_no_body() -> None:
    (quote,) = ct.extract_quotations(f"{_LEAD}{_QUOTE}NFU Ada said.")
    assert quote.speaker == "Ada"


_ROUNDUP = (
    "Quotes of the year\n\n"
    "The year gave us plenty to remember. Here are the best lines of it.\n\n"
    "“We will not give up the fight for the pier.”\n\n"
    "–Harbour Master Tom Bergholm\n\n"
    "“The tide waits for no one, and neither do the ferries.”\n\n"
    "— Kim Dalevik, skipper of the Northport ferry\n"
)


def test_a_quotation_signed_on_the_line_under_it_is_the_signers() -> None:
    found = ct.extract_quotations(_ROUNDUP)
    assert [(q.text, q.speaker_full) for q in found] == [
        ("We will not give up the fight for the pier.", "Harbour Master Tom Bergholm"),
        ("The tide waits for no one, and neither do the ferries.", "Kim Dalevik"),
    ]


def test_a_signature_under_a_quotation_stays_in_the_text_and_signs_no_byline() -> None:
    result = clean(_ROUNDUP)
    assert "–Harbour Master Tom Bergholm" in result.text
    assert "— Kim Dalevik, skipper of the Northport ferry" in result.text
    assert result.authors == ()


def test_a_dash_and_a_name_under_a_sentence_of_the_story_signs_no_quotation() -> None:
    text = (
        "Harbour news\n\n"
        "“We will not give up,” the union said on Monday, as the talks went on.\n\n"
        "–Ada Lund\n"
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full != "Ada Lund"


_VOICES = (
    "Voices after the match\n\n"
    "Northport beat Eastvale 2-1 on Saturday in front of a full stand at the harbour ground.\n\n"
    "Ada Lund (head coach, Northport FC)\n\n"
    "“We played well in the first half and held on after the break.”\n\n"
    "Tom Bergholm (head coach, Eastvale)\n\n"
    "“We did not take our chances, and you lose games like that.”\n"
)


def test_a_quotation_headed_by_a_name_and_a_role_is_that_persons() -> None:
    found = ct.extract_quotations(_VOICES)
    assert [q.speaker_full for q in found] == ["Ada Lund", "Tom Bergholm"]
    result = clean(_VOICES)
    assert "Ada Lund (head coach, Northport FC)" in result.text and result.authors == ()


def test_the_cue_of_a_sentence_under_a_heading_names_its_speaker() -> None:
    text = (
        "Voices after the match\n\n"
        "Ada Lund (head coach, Northport FC)\n\n"
        "“We played well,” Tom Bergholm said after the game, as the fans went home.\n"
    )
    (quote,) = ct.extract_quotations(text)
    assert quote.speaker_full == "Tom Bergholm"
