"""Round 26: a headline over a longer standfirst, a question in quotation marks, a lead-in;
lines never a headline (a share bar, a slug, a credit, a tagline); an e-mailed subject line."""

from __future__ import annotations

import pytest

from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.bylines import looks_like_name, names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.header import labelled_title
from claimtrack.reading.headline_shapes import shaped_as_no_headline
from claimtrack.reading.headlines import headline_shaped, institution_name
from claimtrack.reading.lines import split_lines
from claimtrack.reading.opening_headlines import opening_headline


def test_headline_over_a_standfirst_that_ends_no_sentence() -> None:
    page = (
        "March 3, 2024\n"
        "Council rejects the harbour plan after a long night\n\n"
        "The vote ends two years of talks between the board and the union over the channel\n\n"
        "The council on Tuesday rejected a plan to widen the northern ferry channel.\n\n"
        "Work will not start, the board said.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "Council rejects the harbour plan after a long night"
    assert cleaned.text.startswith("The vote ends two years")  # the standfirst stays


def test_a_label_over_the_headline_is_not_taken_for_it() -> None:
    page = (
        "Latest News From Northport\n\n"
        "Council approves harbour plan\n\n"
        "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
        "ending two years of talks.\n\n"
        "Work will start in spring, the board said.\n"
    )
    assert clean(page).title == "Council approves harbour plan"


def test_a_question_in_quotation_marks_is_a_headline() -> None:
    page = (
        '"Who pays for the harbour?"\n\n'
        "The harbour board met on Tuesday evening, and its chair, Ada Lund, then took the "
        "floor:\n\n"
        '"We cannot pay for it alone," she said.\n'
    )
    cleaned = clean(page)
    assert cleaned.title == '"Who pays for the harbour?"'
    assert cleaned.text.startswith("The harbour board met")


@pytest.mark.parametrize("text", ["“Who pays for the harbour?”", "«Enough is enough!»"])
def test_headline_shape_takes_a_question_or_exclamation_inside_marks(text: str) -> None:
    assert headline_shaped(text)


def test_a_sentence_in_quotation_marks_is_still_no_headline() -> None:
    assert not headline_shaped("“We will pay for the harbour.”")


_STANDFIRST = (
    "Ada Lund said the vote had been called because the board held word of strikes by the "
    "port's workers and its hauliers"
)


def test_opening_headline_reaches_past_a_longer_standfirst() -> None:
    lines = split_lines(
        "The council of Northport rejected the harbour plan and kept its board\n\n"
        f"{_STANDFIRST}\n\n"
        "The council on Tuesday rejected a plan to widen the northern ferry channel.\n"
    )
    assert opening_headline(lines) == (0, 2)  # the story starts at the standfirst


def test_opening_headline_takes_no_shorter_line_for_a_standfirst() -> None:
    lines = split_lines(
        f"{_STANDFIRST}\n\n"
        "Council rejects the plan\n\n"
        "The council on Tuesday rejected a plan to widen the northern ferry channel.\n"
    )
    assert opening_headline(lines) is None


def test_opening_headline_over_a_lead_in() -> None:
    lines = split_lines(
        "Council rejects the harbour plan\n\n"
        "After the vote on Tuesday evening the mayor of Northport, Ada Lund, took the floor:\n\n"
        "“We cannot pay for it alone.”\n"
    )
    assert opening_headline(lines) == (0, 2)


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Twitter Youtube Instagram LinkedIn",  # a share bar's icons saved as words
        "Facebook y Twitter",
        "harbour-board-approves-ferry-channel-plan-2024 @AdaLund on X",  # the address's slug
        "Mayor Ada Lund at the harbour 15062016Getty Images",  # a picture agency's credit
        "(Teams listed below)",  # a note in brackets
        "[Source: Northport Harbour Board] Enlarge image",
        "countering the spin and providing the balance",  # a tagline in lower case
        "From Harbour Board Press <[email protected]>",  # an address the host hid
    ],
)
def test_lines_that_are_never_a_headline(line: str) -> None:
    assert shaped_as_no_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Facebook buys Instagram for $1bn",
        "Twitter and Facebook fined over harbour ads",
        "Council (finally) approves harbour plan",
        "(Photo: Ada Lund) Mayor opens the new ferry terminal",
        "Mayor says Getty Images of the flood were staged",
    ],
)
def test_headlines_that_look_a_little_like_them_stay(line: str) -> None:
    assert not shaped_as_no_headline(line)


def test_the_share_bar_is_not_taken_for_the_title() -> None:
    page = (
        "Facebook Twitter Youtube Instagram LinkedIn\n\n"
        "Harbour board approves the ferry channel plan\n\n"
        "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
        "ending two years of talks.\n\n"
        "Work will start in spring, the board said.\n"
    )
    assert clean(page).title == "Harbour board approves the ferry channel plan"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Subject Press Release: Harbour Board Opens Channel", "Harbour Board Opens Channel"),
        ("Subject: Storm closes Northport's ports", "Storm closes Northport's ports"),
        ("Subject to approval, the council will meet", None),
        ("Subjects taught at Northport school", None),
    ],
)
def test_an_emailed_release_keeps_its_subject_line(line: str, title: str | None) -> None:
    assert labelled_title(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "Agency: Harbour Authority",  # a field of the page
        "Category: Ports",
        "#header-inner img {margin: 0 auto !important;} Northport Daily: Ferry strike ends",
    ],
)
def test_fields_and_style_sheets_are_never_a_headline(line: str) -> None:
    assert shaped_as_no_headline(line)


def test_the_page_source_after_from_is_no_headline() -> None:
    assert institution_name("From Department of Harbours")
    assert not institution_name("From harbour to harbour: a ferryman's life")


def _page(*header: str) -> str:
    return (
        "\n\n".join(header) + "\n\n\n"
        "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
        "ending two years of talks.\n\n"
        "Work will start in spring, the board said.\n"
    )


def test_the_headline_printed_after_a_trail_is_the_headline_alone() -> None:
    page = _page(
        "Home Sport Rugby Harbour board approves the plan", "Harbour board approves the plan"
    )
    assert clean(page).title == "Harbour board approves the plan"


def test_the_headline_printed_again_after_a_kicker_is_the_headline_alone() -> None:
    page = _page(
        "“We will widen the channel”",
        "• Home Page",
        "• News",
        "The board’s spring press conference “We will widen the channel”",
    )
    assert clean(page).title == "“We will widen the channel”"


def test_a_page_from_an_office_takes_its_headline_not_its_source() -> None:
    page = _page(
        "Minister takes part in meeting of harbour ministers in Northport",
        "From Department of Harbours",
    )
    assert clean(page).title == "Minister takes part in meeting of harbour ministers in Northport"


@pytest.mark.parametrize(
    "line", ["Date: 3 April 2020 Author: Ada Lund", "Author: Ada Lund Date: 3 April 2020"]
)
def test_a_date_and_author_line_of_labelled_fields(line: str) -> None:
    cleaned = clean(_page("Harbour board approves the ferry channel plan", line))
    assert cleaned.authors == ("Ada Lund",)
    assert str(cleaned.published) == "2020-04-03"
    assert cleaned.title == "Harbour board approves the ferry channel plan"


@pytest.mark.parametrize(
    "line",
    [
        "Selective Focus Photography of Brown Wooden Book Shelf",  # a stock picture's text
        "Date:3 April 2020 Author: ada lund",  # a line of fields
    ],
)
def test_more_lines_that_are_never_a_headline(line: str) -> None:
    assert shaped_as_no_headline(line)


def test_a_photo_in_a_headline_keeps_it_one() -> None:
    assert not shaped_as_no_headline("Photo of the harbour wins a prize for Ada Lund")


def test_a_statements_document_title_beats_a_subheading_in_capitals() -> None:
    page = _page(
        "Statement from the Mayor of Northport on Storm Nicole",
        "Hon. Ada Lund",
        "STORM NICOLE FORECAST TO REACH THE HARBOUR AS A HURRICANE TODAY",
    )
    assert clean(page).title == "Statement from the Mayor of Northport on Storm Nicole"


@pytest.mark.parametrize(
    "line",
    [
        "Por Ada Lund17/12/2025 - Atualizado em 26/01/2026",  # the name run into its date
        "Por Ada Lund 17/12/2025 - Atualizado em 26/01/2026",
    ],
)
def test_a_byline_and_its_date_then_an_update(line: str) -> None:
    found = read_compound_line(line)
    assert found is not None and found[0] == ["Ada Lund"] and str(found[1]) == "2025-12-17"


def test_a_headline_with_an_updated_version_is_no_byline() -> None:
    assert read_compound_line("Harbour plan - updated version") is None


@pytest.mark.parametrize("line", ["File Photo", "Campbell Live", "More Education"])
def test_a_credit_a_show_or_a_section_is_no_name(line: str) -> None:
    assert not looks_like_name(line)


def test_an_author_s_handle_run_into_the_byline_is_no_part_of_the_name() -> None:
    assert names_in_byline("By Ada Lund@adalund") == ["Ada Lund"]


@pytest.mark.parametrize(
    "line", ["ADA LUND Sunday, 21 April 2024, 16:41", "ADA LUNDSunday, 21 April 2024, 16:41"]
)
def test_the_dates_weekday_after_the_name_is_no_part_of_it(line: str) -> None:
    found = read_compound_line(line)
    assert found is not None and found[0] == ["ADA LUND"] and str(found[1]) == "2024-04-21"


@pytest.mark.parametrize(
    "line", ["Northport City", "Mill Valley", "Northport University Hospital", "Page Last"]
)
def test_a_place_or_a_body_beside_the_date_is_no_author(line: str) -> None:
    assert not looks_like_name(line)


def test_a_place_over_the_date_is_no_author_of_the_page() -> None:
    page = _page("Harbour board approves the ferry channel plan", "Northport City", "May 4, 2023")
    assert clean(page).authors == ()


def test_a_byline_in_a_tables_cells_beside_a_pictures_credit() -> None:
    found = read_compound_line("Ada Lund     24 Nov 2017     Getty Images")
    assert found is not None and found[0] == ["Ada Lund"] and str(found[1]) == "2017-11-24"


def test_a_service_under_the_byline_is_neither_author_nor_title() -> None:
    page = _page(
        "Mayor Gives Briefing on the Harbour Talks in Northport",
        "By: Ada Lund",
        "Northport Information Services",
    )
    cleaned = clean(page)
    assert cleaned.authors == ("Ada Lund",)
    assert cleaned.title == "Mayor Gives Briefing on the Harbour Talks in Northport"
