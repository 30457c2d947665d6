"""Partial quotes, round 18: "…, according to X." after the quote, and "as X put it" asides."""

from __future__ import annotations

import pytest

from claimtrack.aids.quotations import extract_quotations

LEAD = "Mayor Ada Lund visited the flooded districts on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "The plan is “long overdue for the whole town”, according to Lund.",
            "long overdue for the whole town",
        ),
        (
            "The council, as Lund put it, “has finally listened to the town”.",
            "has finally listened to the town",
        ),
        (
            "The wall, as she said, is “the town’s best hope against the sea”.",
            "the town’s best hope against the sea",
        ),
    ],
)
def test_a_partial_quote_framed_by_an_aside_is_the_asides_speakers(
    sentence: str, quote: str
) -> None:
    found = {q.text: q.speaker_full for q in extract_quotations(LEAD + sentence + "\n")}
    assert found.get(quote) == "Ada Lund"


def test_as_in_a_comparison_names_no_speaker() -> None:
    page = LEAD + "The wall, as tall as the old one, is “a new start for the town”.\n"
    assert [q.speaker_full for q in extract_quotations(page) if q.speaker_full] == []


@pytest.mark.parametrize(
    "group",
    ["Police", "Residents", "Officials", "Critics", "Witnesses", "Authorities", "Engineers"],
)
@pytest.mark.parametrize(
    ("shape", "quote"),
    [
        ("{g} said: “We have waited far too long for this wall.”", "We have waited far too long"),
        ("{g} said the council had been “far too slow to act”.", "far too slow to act"),
        ("{g} told the Courier they felt “completely abandoned”.", "completely abandoned"),
    ],
)
def test_a_group_opening_the_sentence_speaks_not_the_person_named_before(
    group: str, shape: str, quote: str
) -> None:
    page = LEAD + shape.format(g=group) + "\n"
    found = [q for q in extract_quotations(page) if q.text.startswith(quote)]
    assert [q.speaker_as_written for q in found] == [group]
    # A body speaks by its name; people named only as a group are no one named (round 105).
    body = group in ("Police", "Authorities")
    assert [(q.speaker_full or "").casefold() for q in found] == [group.casefold() if body else ""]
    assert all(q.resolution != "model" for q in found)


def test_a_surname_that_is_an_occupation_stays_a_name() -> None:
    page = "Tom Baker, a farmer, lost his barn.\n\nBaker said: “We have waited far too long.”\n"
    assert [q.speaker_full for q in extract_quotations(page)] == ["Tom Baker"]


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO said: “We have waited far too long for this wall.”",
        "“We have waited far too long for this wall,” NATO said.",
    ],
)
def test_an_acronym_at_the_cue_keeps_its_words(sentence: str) -> None:
    (quote,) = extract_quotations(LEAD + sentence + "\n")
    assert (quote.speaker_full, quote.resolution) == ("NATO", "named")


def test_a_body_the_article_writes_after_the_keeps_its_words() -> None:
    page = LEAD + "The Kremlin said: “We have waited far too long for this wall.”\n"
    (quote,) = extract_quotations(page)
    assert (quote.speaker_full, quote.resolution) == ("Kremlin", "named")
