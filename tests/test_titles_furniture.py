"""Page furniture is never a title: weather, clocks, forum cards, document-type labels.

Every fixture is invented. Each phenomenon is checked both ways: the furniture is dropped and is
not the title, and a real headline near it (or one that merely mentions a temperature or a
label) is still read.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model import DatePrecision
from claimtrack.reading.cleaning import clean
from claimtrack.reading.headlines import is_credit
from claimtrack.reading.widgets import is_join_label, is_widget
from claimtrack.text.date_lines import lead_today_date

LEAD = "The harbour board said on Tuesday that the ferry strike would end this week, after talks."
MORE = "Ferry crews will return to work on Friday, the union said in a statement."


@pytest.mark.parametrize(
    "line",
    [
        "| 7.8°C Northport",
        "Northport 14°C",
        "72°F Sunny",
        "- Reaction score",
        "- Messages",
        "- 47",
        "Messages: 1,204",
        "FULL MEMBER",
        "New Recruit",
        "Press release",
        "Pressemitteilung",
        "Taarifa kwa Vyombo vya Habari",
        "Taarifa kwa vyombo vya habari ya zamani",
    ],
)
def test_widget_lines_are_recognised(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    [
        "Temperatures reach 40°C across the south",  # a headline about the weather
        "Press release: Harbour board ends ferry strike",  # a label holding the headline
        "Members vote to end ferry strike",
        "2024",  # a bare year is a date line, not a widget
        "Location",
    ],
)
def test_headlines_and_dates_are_no_widgets(line: str) -> None:
    assert not is_widget(line)


def test_a_weather_widget_over_the_page_is_not_the_title() -> None:
    raw = (
        "| 7.8°C Northport\n\n"
        "Harbour chief gives all the credit to the crews, and to the new faces on the quay\n\n\n"
        "Mara Quill and Tom Reed\n\nMara Quill and Tom Reed\n\n\ufffdHARBOURPIX/Jon Doyle\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title == (
        "Harbour chief gives all the credit to the crews, and to the new faces on the quay"
    )
    assert "7.8°C" not in result.text
    assert result.text.startswith(LEAD)


def test_a_relative_time_is_a_credit_under_the_headline_never_the_title() -> None:
    raw = (
        "11:59 am today\n\n"
        "'Everyone is coming': Harbour chief warns of growing interest in the port\n\n"
        f"11:59 am today\n\n{LEAD}\n\n{MORE}\n"
    )
    assert is_credit("11:59 am today")
    result = clean(raw)
    assert result.title == (
        "'Everyone is coming': Harbour chief warns of growing interest in the port"
    )
    assert "11:59" not in result.text


def test_a_forum_member_card_gives_no_title_and_no_date() -> None:
    raw = (
        "Quillmate\nFULL MEMBER\nNew Recruit\n- Joined\n- Mar 7, 2010\n- Messages\n- 47\n"
        "- Reaction score\n- 0\n"
        f"{LEAD} Here is the transcript of the interview.\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title is None
    assert result.published is None  # the day the member joined dates no post
    assert "Reaction score" not in result.text
    assert is_join_label("- Joined")
    assert not is_join_label("Joined the talks on Friday")


def test_a_joined_date_elsewhere_leaves_a_page_date_line_alone() -> None:
    raw = f"Harbour strike ends after talks\n\nMarch 7, 2010\n\n{LEAD}\n\n{MORE}\n"
    assert str(clean(raw).published) == "2010-03-07"


def test_a_document_type_label_is_not_the_title() -> None:
    raw = (
        "Taarifa kwa vyombo vya habari ya zamani\nTaarifa kwa Vyombo vya Habari\n"
        "Rais wa Bandari amekutana na wafanyakazi wa feri leo mjini Pwani, "
        "na kusema mgomo umekwisha.\n"
        "Wafanyakazi watarudi kazini Ijumaa, chama kilisema katika taarifa.\n"
    )
    result = clean(raw)
    assert result.title is None
    assert "Taarifa kwa Vyombo" not in result.text


def test_names_over_the_byline_are_a_caption_not_the_title() -> None:
    raw = (
        "Connect with us\n\nEconomy\n\n"
        "Harbour Board at 60: Quill, Reed Thank Ferry Crews\n\n"
        "Published\n\non\n\nMara Quill Tom Reed\n\nBy Kim Lee\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Harbour Board at 60: Quill, Reed Thank Ferry Crews"
    assert result.authors == ("Kim Lee",)


def test_a_headline_under_the_sites_masthead_over_wrapped_prose_is_the_title() -> None:
    # The site's name packed over its tagline and a browser notice; then the headline, its
    # byline and date, and a hard-wrapped paragraph whose first line ends no sentence.
    raw = (
        "The HARBOUR Courier\n"
        "An extensive and up-to-date website of news, views and links about the harbour\n"
        "Return to INDEX page\n"
        "Please note: You need scripts enabled in your browser to see the index of articles\n\n"
        "Quill, Reed and Lee call for an end to the ferry strike\n\n"
        "By Kim Lee\n24 July 2009\n\n"
        "The harbour board said on Tuesday that the ferry strike would end this\n"
        "week, after talks that lasted through the night. Crews will return on\n"
        "Friday, the union said.\n\n"
        f"{MORE}\n"
    )
    result = clean(raw)
    assert result.title == "Quill, Reed and Lee call for an end to the ferry strike"
    assert str(result.published) == "2009-07-24"
    assert "INDEX" not in result.text and "Courier" not in result.text
    assert result.text.startswith("The harbour board said")


def test_a_dated_listing_under_a_packed_headline_is_not_taken_for_the_headline() -> None:
    # A headline packed over its dek, no credit: the body's first line is not a headline.
    raw = (
        "Harbour strike ends after night of talks\n"
        "Crews will return to work on Friday\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert clean(raw).title == "Harbour strike ends after night of talks"


BODY = (
    "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
    "Ferry crews will return to work on Friday, the union said in a statement.\n\n"
    '"We are glad it is over," said Mara Quill, who runs the morning ferry.\n\n'
)


def test_a_headline_printed_after_the_body_is_the_title() -> None:
    result = clean(BODY + "They deserved the deal: Harbour Union's Quill after 12-hour talks\n")
    assert result.title == "They deserved the deal: Harbour Union's Quill after 12-hour talks"


def test_a_copy_cut_off_mid_sentence_gives_no_title_below() -> None:
    # The stored copy stops in the middle of its last sentence: no headline, a fragment.
    cut = "She answered questions about last year's long strike in a similarly understat"
    result = clean(BODY + cut + "\n")
    assert result.title is None
    assert cut in result.text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=120))
def test_widget_and_lead_date_rules_take_any_text(text: str) -> None:
    if len(text) > 60:
        assert not is_widget(text)  # a widget's line is short
    date = lead_today_date(text)
    assert date is None or date.precision is DatePrecision.DAY


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=-40, max_value=50), st.sampled_from(["C", "F"]))
def test_any_temperature_beside_a_place_is_a_weather_widget(degrees: int, unit: str) -> None:
    assert is_widget(f"| {degrees}°{unit} Northport")
    assert not is_widget(f"Temperatures reach {degrees}°{unit} across the south")
