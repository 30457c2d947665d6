"""Round 33: a picture's caption closing on its credit written out ("Photograph by …",
"Photo courtesy of the …", "Image credit …", a "Credit:" glued to the caption's stop, the
agency and photographer in brackets), a caption placing people "(front fourth left)", and a
byline whose surname is a word pages also print as a label ("By Bernie English")."""

from __future__ import annotations

import pytest

from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import DropReason, boilerplate_reason
from claimtrack.reading.site_names import headline_text


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Board Chief Executive Ada Lund. Photograph by Tom Berg",
        "Harbour medics test 156 staff at the port on Aug. 13. Photo courtesy of the Northport "
        "National Guard",
        "The Golden Harbour with the ferry in the background Image credit Ada Lund",
        "A worker disinfects the street outside the Northport hospital.Credit: Tom Berg",
        "From Harbour with love: a resident in festival dress (right, obscured) shows his "
        "support on Wednesday. (Northwire/Ada Lund Berg)",
        "Mayor Ada Lund (front fourth left) and Tom Berg (front left) with the principals who "
        "met last week at the school.",
    ],
)
def test_a_caption_with_its_credit_or_placing_is_dropped(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.IMAGE_CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "The council met on Monday. Photographs by the dozen were shown to the committee",
        "He said the picture was clear. Photo evidence showed the car",
        "The board said the image credit was wrong.",
        "We met them on Monday (see the chart/table above).",
    ],
)
def test_prose_about_pictures_stays(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


def test_a_caption_printed_again_with_its_credit_goes_both_times() -> None:
    caption = "A worker disinfects the street outside the Northport hospital."
    raw = (
        "Harbour hospitals turn patients away\n\n"
        "Northport's hospitals were told on Monday to keep most beds for the sick of the flu, "
        "a letter from the ministry shows.\n\n"
        f"{caption}\n\n{caption}Credit: Tom Berg\n\n"
        "The letter asks every hospital to clear its wards by Friday.\n"
    )
    text = clean(raw).text
    assert caption not in text
    assert "The letter asks every hospital" in text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Bernie English", ["Bernie English"]),
        ("by Ada Page", ["Ada Page"]),
        ("By Campbell Live", []),  # a show's name
        ("By Belize City", []),
    ],
)
def test_a_surname_that_is_also_a_label_word(line: str, names: list[str]) -> None:
    assert names_in_byline(line) == names


def test_the_headline_over_a_credited_caption_and_a_byline_is_the_title() -> None:
    raw = (
        "Jobs boost will bring a bright start to the new year\n\n"
        "Harbour Board Chief Executive Ada Lund. Photograph by Tom Berg\n\n"
        "by Bernie English\n\n"
        "THE HARBOUR BOARD has this week revealed record results in new investment, with "
        "plans for more than 1,000 jobs in Northport.\n\n"
        "Among the new jobs were plans by two firms at the port.\n"
    )
    article = clean(raw)
    assert article.title == "Jobs boost will bring a bright start to the new year"
    assert article.authors == ("Bernie English",)


def test_a_more_to_read_box_of_headlines_goes_and_the_story_goes_on() -> None:
    raw = (  # one line a paragraph, as the page prints it
        "Brace for heavy rains in coming days\n"
        "The weather office said the lake basin, the valley and the western highlands would see "
        "heavy rain from Friday, with strong winds along the coast.\n"
        "Northlanders in several parts of the country have been told to brace for heavy rains "
        "and strong winds in the coming days, the office said in its advisory.\n"
        "More To Read\n"
        "- Heavy rains and thunderstorms forecast across parts of Northland this week\n"
        "- Proposed bill could unlock new funds for the weather office\n"
        "- Met office forecasts chilly weather, scattered rains\n"
        "The downpour is forecast to extend to the central highlands east of the valley on "
        "Sunday and to grow stronger in the west by Monday evening.\n"
        "Residents living near rivers and in flood-prone areas were urged to remain alert, as "
        "sudden surges in water levels could cut off roads.\n"
    )
    text = clean(raw).text
    assert "Proposed bill" not in text and "chilly weather" not in text
    assert "The downpour is forecast" in text


def test_headlines_closing_the_page_may_end_in_a_bracket_or_a_quote() -> None:
    raw = (
        "Inflation will rise, the governor says\n\n"
        "The governor of the Harbour Bank said inflation would rise to 70% in the coming "
        "months.\n\n"
        "He said this at a press conference in Northport.\n\n"
        "Why Northland Is the Best Country to Visit in March\n\n"
        "The Lion Rock: A Complete Guide to the Climb (2026 Edition)\n\n"
        "Sleeping in Paradise: The Guide to Northland’s Best Hotels (2026)\n\n"
        "Harbour School Module Row Deepens: Probe Into ‘Wrong Link’\n\n"
        "Northland Breaks Its Tourism Record as the Third-Favourite Holiday Spot\n"
    )
    text = clean(raw).text
    assert text.rstrip().endswith("He said this at a press conference in Northport.")


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Transport / More reaction to ‘exceptionally good’ ferry news",
            "More reaction to ‘exceptionally good’ ferry news",
        ),
        ("News » Harbour council approves the new ferry", "Harbour council approves the new ferry"),
        ("Sport / Lund wins", "Sport / Lund wins"),  # too short to be a headline after it
        (
            "Northland / Southland talks resume in Harbour",
            "Northland / Southland talks resume in Harbour",
        ),  # no section's name
    ],
)
def test_a_sites_section_before_a_slash_is_not_the_headline(line: str, headline: str) -> None:
    assert headline_text(line) == headline


def test_a_wires_long_copyright_notice_is_furniture() -> None:
    notice = (
        "© 2019 Northwire. All rights reserved. Northwire content is the intellectual property "
        "of Northwire or its third party content providers. Any copying, republication or "
        "redistribution of Northwire content, including by framing or similar means, is "
        "expressly prohibited without the prior written consent of Northwire. Northwire shall "
        "not be liable for any errors or delays in content"
    )
    assert len(notice) > 320
    assert boilerplate_reason(notice, header=False) is DropReason.UI_WORD
