"""Cleaning, round 24: a long headline over its date or byline, and what is not one."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean

LEAD = (
    "The harbour authority approved the new quay on Monday after two years of talks with the "
    "ferry companies and the town council."
)


def test_a_long_headline_over_its_date_line_is_the_title_not_the_lead() -> None:
    # The page's lines packed one under another, the date glued before the headline.
    page = (
        " date 2026-01-20 Northport rides one of the world’s busiest harbour seasons while the "
        "ferry sinks to the bottom\nPublished: 20 Jan. 2026, 18:58\nADA LUND\n[NEWS ANALYSIS]\n"
        + LEAD.replace(" after", ", more than doubling in a year,\nafter")
        + "\n"
    )
    cleaned = clean(page)
    assert cleaned.title == (
        "Northport rides one of the world’s busiest harbour seasons while the ferry sinks to the "
        "bottom"
    )
    assert cleaned.authors == ("ADA LUND",)
    assert "Northport rides" not in cleaned.text


def test_a_long_headline_over_its_byline_is_the_title() -> None:
    page = (
        "Northport rides one of the best harbour seasons in a decade while the ferries wait\n\n"
        "By Ada Lund\n\n" + LEAD + "\n"
    )
    cleaned = clean(page)
    assert cleaned.title.startswith("Northport rides one of the best harbour seasons")
    assert cleaned.authors == ("Ada Lund",)


def test_a_caption_and_its_credit_over_the_byline_is_no_headline() -> None:
    page = (
        "Northport golden in harbour regatta\n"
        "Wednesday, May 10th, 2017 1:51pm\n"
        "The Northport crew swept the harbour regatta. Photo by Kim Dalevik\n"
        "By Tom Bergholm\n\n" + LEAD + "\n"
    )
    assert clean(page).title == "Northport golden in harbour regatta"


@pytest.mark.parametrize(
    "prompt",
    [
        "Respond to this story",
        "Posting a comment requires free registration:",
        "Use the comment form below to begin a discussion about this content.",
        "The Harbour Courier welcomes your views. All comments are moderated before they appear.",
        "Vote on this Story by clicking on the Icon",
    ],
)
def test_a_comment_forms_prompt_ends_the_story(prompt: str) -> None:
    page = f"Harbour plan approved\n\n{LEAD}\n\n{prompt}\n\nTom Bergholm wrote: great news.\n"
    text = clean(page).text
    assert text.startswith("The harbour authority") and "Tom Bergholm" not in text


def test_a_sentence_that_welcomes_views_is_the_storys() -> None:
    line = "The mayor welcomes your views on the plan and will listen before the council decides."
    assert line in clean(f"Harbour plan approved\n\n{LEAD}\n\n{line}\n").text


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("NORTHPORT – May 6, 2015 – (Harbour Wire) — ", "2015-05-06"),  # dashes round the day
        ("NORTHPORT: 20 August 2012: ", "2012-08-20"),  # colons round the day
        ("    NORTHPORT, NORTHLAND, January 6, 2022 – ", "2022-01-06"),  # a country, indented
    ],
)
def test_a_wire_datelines_day_in_more_forms(dateline: str, day: str) -> None:
    page = f"Harbour plan approved\n\n{dateline}{LEAD}\n"
    assert str(clean(page).published) == day


def test_a_label_and_a_year_in_a_headline_are_no_dateline() -> None:
    page = f"UPDATE: 20 killed in 2015 crash - police\n\n{LEAD}\n"
    assert clean(page).published is None


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("ByAda Lund", ("Ada Lund",)),  # "By" glued to the name
        ("By Ada Lund By Ada Lund", ("Ada Lund",)),  # the page's two bylines on one line
        ("Article by Ada Lund", ("Ada Lund",)),
        ("Written by: \nAda Lund & Tom Bergholm", ("Ada Lund", "Tom Bergholm")),  # label alone
        ("By Ada Lund\nView Archive", ("Ada Lund",)),  # a link to the author's page
    ],
)
def test_bylines_in_more_forms(byline: str, authors: tuple[str, ...]) -> None:
    cleaned = clean(f"Harbour plan approved\n{byline}\n{LEAD}\n")
    assert cleaned.authors == authors
    assert cleaned.title == "Harbour plan approved"
    assert cleaned.text == LEAD


def test_a_name_that_starts_with_by_is_no_glued_byline() -> None:
    from claimtrack.reading.bylines import names_in_byline

    assert names_in_byline("Byron Lund") == []
    assert names_in_byline("BYU Cougars") == []


@pytest.mark.parametrize(
    "pager",
    [
        "Previous topic - Next topic",
        "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]",
        "« Previous Post",
        "Older posts",
    ],
)
def test_a_pagers_links_are_no_headline(pager: str) -> None:
    cleaned = clean(f"{pager}\n\nHarbour plan approved\n\n{LEAD}\n")
    assert cleaned.title == "Harbour plan approved"
    assert pager not in cleaned.text


@pytest.mark.parametrize("line", ["Previous talks failed", "Next steps for the harbour"])
def test_words_of_a_pager_in_a_heading_are_the_storys(line: str) -> None:
    from claimtrack.reading.controls import is_ui

    assert not is_ui(line)


def test_a_bulleted_headline_loses_its_bullet() -> None:
    cleaned = clean(f"  • Publication of the 2022 Harbour Guide\n\n{LEAD}\n")
    assert cleaned.title == "Publication of the 2022 Harbour Guide"


@pytest.mark.parametrize(
    "caption",
    [
        "In this Jan. 25, 2019 file photo, a sign at the harbour gate turns visitors away.",
        "In this image provided by the Harbour Board, a ferry waits at the quay.",
        "Minister Ada Lund (second left) and Tom Bergholm (centre) during the visit to the port.",
        "L to R: Ada Lund, Tom Bergholm, Kim Dalevik",
        "(Photography by Kim Dalevik)",
        "Players celebrate the winning goal by Tom Bergholm - Kim Dalevik / Northport FC",
    ],
)
def test_more_forms_of_a_pictures_caption(caption: str) -> None:
    after = "The quay opens in May, the council said."
    page = f"Harbour plan approved\n\n{LEAD}\n\n{caption}\n\n{after}\n"
    text = clean(page).text
    assert caption not in text and "The quay opens in May" in text


@pytest.mark.parametrize(
    "line",
    [
        "In this case, the council said the plan would go ahead, and the mayor agreed.",
        "Ada Lund (left) and Tom Bergholm shook hands after the signing. The talks had lasted a "
        "year and ended with a deal both sides called fair.",
    ],
)
def test_a_storys_sentences_that_look_like_captions_stay(line: str) -> None:
    assert line in clean(f"Harbour plan approved\n\n{LEAD}\n\n{line}\n").text


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("LOOK | Harbour celebrates its 1,000th ferry crossing",
         "Harbour celebrates its 1,000th ferry crossing"),  # a kicker in capitals and a bar
        ("Harbour police catch two suspects in forty minutes 20/01/2026 13:33",
         "Harbour police catch two suspects in forty minutes"),  # the page's stamp after it
    ],
)  # fmt: skip
def test_a_headline_without_its_kicker_or_stamp(headline: str, title: str) -> None:
    assert clean(f"{headline}\n\n{LEAD}\n").title == title


def test_a_byline_pointing_on_is_a_byline() -> None:
    cleaned = clean(f"Harbour plan approved\nWritten by Ada Lund for Harbourwire ->\n\n{LEAD}\n")
    assert (cleaned.title, cleaned.authors) == ("Harbour plan approved", ("Ada Lund",))


def test_a_captions_credit_over_the_byline_is_no_headline() -> None:
    page = (
        " date 2021-06 Players celebrate the winning goal by Tom Bergholm, who sealed the win - "
        "Kim Dalevik / Northport FC\n\nPor Harbour Daily\n\nPublicado 10/06/2021 21:39\n\n"
        + LEAD
        + "\n"
    )
    assert clean(page).title is None
