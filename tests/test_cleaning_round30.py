"""Round 30: page controls in more shapes (a breadcrumb's label in French, a search box, a
shop's cart, controls in a row, a forum poster's profile box, a print edition's pointer, a
logo's alt text), a site's gate for professionals, and a caption printed twice."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.controls import is_ui
from claimtrack.reading.line_rules import boilerplate_reason

_HEAD = "Northport council approves harbour wall repairs"
_LEAD = (
    "Northport council has approved repairs to the harbour wall after winter storms damaged "
    "a long section of it, the council said on Monday."
)
_NEXT = (
    "“The work will start in spring and take about six months,” said Ada Lund, who chairs the "
    "council's works committee."
)


@pytest.mark.parametrize(
    "line",
    [
        "Vous êtes ici",
        "Sie sind hier",
        "Search form",
        "View shopping cart",
        "Login - Register | FOLLOW US ON",
        "adalund77's picture",
        "Last seen: 1 year 2 months ago",
        "Joined: 07/14/2010 - 23:00",
        "The story appears on",
        "Page A4",
        "GET this page in PDF",
        "Free for subscribers",
        "Logo of Northport Courier",
    ],
)
def test_a_control_above_the_headline_is_dropped_and_never_the_title(line: str) -> None:
    assert is_ui(line)
    cleaned = clean(f"{line}\n\n{_HEAD}\n\n{_LEAD}\n\n{_NEXT}\n")
    assert cleaned.title == _HEAD
    assert line not in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Home | World | Ada Lund - Tom Berg",  # a row with names in it is no row of controls
        "Login - Register for the harbour run",
        "Page 4 of the report shows the damage",
    ],
)
def test_lines_that_only_start_like_controls_are_no_controls(line: str) -> None:
    assert not is_ui(line)


def test_a_sites_gate_for_professionals_is_a_notice() -> None:
    gate = "This site is intended for health professionals only"
    assert boilerplate_reason(gate, header=True) is not None
    cleaned = clean(f"{gate}\n\n{_HEAD}\n\n{_LEAD}\n\n{_NEXT}\n")
    assert cleaned.title == _HEAD


def test_a_caption_printed_twice_above_the_headline_is_no_lead() -> None:
    caption = "Storm waves over the Northport harbour wall earlier this year."
    page = f"{caption}\n{caption} Tom Berg\n\n{_HEAD}\n\n{_LEAD}\n\n{_NEXT}\n"
    cleaned = clean(page)
    assert cleaned.title == _HEAD
    assert cleaned.text.startswith(_LEAD)


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour wall to be repaired after storms – By Dr Jane Roe",
        "Harbour Wall To Be Repaired After Storms By Jane Roe",
    ],
)
def test_a_headline_ending_in_its_byline_gives_the_author(headline: str) -> None:
    cleaned = clean(f"{headline}\n\n{_LEAD}\n\n{_NEXT}\n")
    assert cleaned.authors == ("Jane Roe",)
    assert cleaned.title is not None and "Jane Roe" not in cleaned.title


def test_a_headlines_own_by_is_no_byline() -> None:
    head = "Northport harbour wall hit by storms"
    cleaned = clean(f"{head}\n\n{_LEAD}\n\n{_NEXT}\n")
    assert (cleaned.title, cleaned.authors) == (head, ())


def test_a_broadcasters_author_bullet_is_a_byline() -> None:
    page = f"{_HEAD}\n\n  • Author, Jane Roe\n  • Role, Harbour News\n\n{_LEAD}\n\n{_NEXT}\n"
    cleaned = clean(page)
    assert cleaned.authors == ("Jane Roe",)
    assert "Jane Roe" not in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Advertisements",
        "More To Read",
        "Comments (No)",
        "Join the Conversation, leave a reply",
        "Share this with family and friends",
        "Download our apps",
        '{{ embed="20101208" }}',
        "((ImgTag||right|null|null|null|false))",
        "The issuer is solely responsible for the content of this announcement.",
        "29-Sep-2022 CET/CEST News transmitted by EQS Group AG. www.eqs.com",
        "ISIN: AT0000911805",
    ],
)
def test_page_furniture_inside_the_story_is_dropped(line: str) -> None:
    cleaned = clean(f"{_HEAD}\n\n{_LEAD}\n\n{line}\n\n{_NEXT}\n")
    assert line not in cleaned.text
    assert cleaned.text.startswith(_LEAD) and cleaned.text.rstrip().endswith("committee.")


def test_a_lead_opening_with_its_date_as_a_sentence_dates_the_story() -> None:
    lead = "18 January, 2020. " + _LEAD
    cleaned = clean(f"{_HEAD} Featured\n\n{lead}\n\n{_NEXT}\n")
    assert str(cleaned.published) == "2020-01-18"
    assert cleaned.title == _HEAD  # a theme's badge after the headline is no part of it


def test_a_date_run_into_the_leads_sentence_is_the_storys_subject_not_its_date() -> None:
    lead = "18 January, 2020 was the day the harbour wall gave way, the council said."
    cleaned = clean(f"{_HEAD}\n\n{lead}\n\n{_NEXT}\n")
    assert cleaned.published is None


def test_a_line_of_bars_after_a_template_tag_is_read_in_linear_time() -> None:
    # "((Tag|…" never closed: the tag's pattern must not try every way to split the bars.
    assert not is_ui("((a" + "|" * 57)
    assert not is_ui("((a" + "|x" * 28)


def test_a_caption_placing_someone_by_commas_is_a_caption() -> None:
    caption = "Ada Lund, Tom Berg, centre, and Eva Holm launch the harbour campaign."
    cleaned = clean(f"{_HEAD}\n\n{_LEAD}\n\n{caption}\n\n{_NEXT}\n")
    assert caption not in cleaned.text
    prose = "We turned left, right, and left again before the harbour came into view."
    assert prose in clean(f"{_HEAD}\n\n{_LEAD}\n\n{prose}\n\n{_NEXT}\n").text
