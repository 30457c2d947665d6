"""Round 29: a headline packed onto its story's first paragraph, an interview's first question
over an answer labelled in ordinary case, a speech's stacked greetings, "Interview by" credits,
and titles printed with their section, place and site or as a breadcrumb trail."""

from __future__ import annotations

import datetime as dt

import pytest

from claimtrack.reading import line_model
from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.lines import split_lines
from claimtrack.reading.opening_headlines import opening_headline
from claimtrack.text.date_lines import read_date_line
from claimtrack.text.dates import parse_date

# A page that packs its paragraphs, one per line, most longer than a wrapped copy's lines.
_LEAD = "A man has been arrested after a disturbance in Northport on Thursday evening."
_NEXT = (
    "“Officers were called at around 6.40pm following the report of a disturbance in Fraser "
    "Avenue,” a police spokesman said on Friday."
)
_MORE = (
    "Locals reported seeing a heavy police presence in the street, and pictures show several "
    "vehicles in attendance outside a block of flats near the harbour."
)


def test_a_headline_packed_onto_the_first_paragraph_is_the_title() -> None:
    head = "Northport ‘disturbance’ sees man arrested after locals report police presence"
    cleaned = clean(f"{head}\n{_LEAD}\n{_NEXT}\n{_MORE}\n")
    assert cleaned.title == head
    assert cleaned.text.startswith(_LEAD)


@pytest.mark.parametrize(
    "first",
    [
        # a paragraph wrapped after its first line goes on in lower case ...
        "A man has been arrested after a disturbance in Northport\non Thursday evening.",
        # ... or its first line ends on a small word
        "A man has been arrested after a disturbance in the town of\nNorthport on Thursday.",
    ],
)
def test_a_paragraph_wrapped_after_its_first_line_opens_with_no_headline(first: str) -> None:
    assert opening_headline(split_lines(f"{first}\n{_NEXT}\n{_MORE}\n")) is None


_INTERVIEW = (
    "Interview with the harbour minister on the new quay\n\n"
    "Interview by Tom Berg\n\n"
    "Q: What is your position on the new quay?\n\n"
    "Minister of Ports and Fisheries Ada Lund: The operators will have to decide.\n\n"
    "Q: When will work start?\n\n"
    "Lund: In the spring, if the council agrees.\n"
)


def test_an_interviews_first_question_over_a_named_answer_opens_the_body() -> None:
    cleaned = clean(_INTERVIEW)
    assert cleaned.text.startswith("Q: What is your position on the new quay?")
    assert cleaned.title == "Interview with the harbour minister on the new quay"
    assert cleaned.authors == ("Tom Berg",)


def test_a_question_kicker_over_prose_stays_out_of_the_body() -> None:
    # No answer labelled with a name under it: "Q:" opens a headline, not an interview.
    cleaned = clean(
        "Q: Is the harbour safe?\n\n"
        "Northport: the harbour reopened on Monday after a week of repairs to its quay.\n\n"
        "Ada Lund: the harbour master, who runs the port, said the quay wall was safe.\n\n"
        "The council said the quay wall had been checked twice by its engineers.\n"
    )
    assert not cleaned.text.startswith("Q:")


@pytest.mark.parametrize(
    "greetings",
    [
        ["Sehr geehrter Herr Bürgermeister,", "liebe Kolleginnen und Kollegen,",
         "meine sehr geehrten Damen und Herren,"],
        ["Mr Speaker,", "Ladies and gentlemen,"],
        ["Madam President,", "Excellencies,", "distinguished colleagues,"],
    ],
)  # fmt: skip
def test_a_speechs_stacked_greetings_open_its_body(greetings: list[str]) -> None:
    speech = "this year the town has come a long way, and the budget shows it."
    page = "Statement of the council group on the budget for 2027\n\n"
    cleaned = clean(page + "\n".join(greetings) + f"\n\n{speech}\n\nWe thank the staff.\n")
    assert cleaned.title == "Statement of the council group on the budget for 2027"
    assert cleaned.text.startswith(greetings[0])
    assert speech in cleaned.text


def test_a_title_with_section_place_and_site_after_bars_is_its_headline() -> None:
    head = "Storm updates the Sunday after the storm"
    cleaned = clean(
        f"{head} | City | Northport, Harbour County | THE HARBOUR\n\n"
        "The storm made such a mess of Northport that the army was called in on Saturday.\n\n"
        f"{head}\n\n"
        "“We did everything we could,” said Ada Lund, who runs the ferry company.\n"
    )
    assert cleaned.title == head


def test_a_breadcrumb_trail_before_the_headline_goes() -> None:
    cleaned = clean(
        "Executives' Comments  Press Conferences   Chairman Lund's comments at his press "
        "conference\n\n"
        "April 9, 2012\n\n"
        "Following is the gist of remarks made by Chairman Lund at his press conference.\n\n"
        "It is essential to ensure the safety of the harbour before the boats come back.\n"
    )
    assert cleaned.title == "Chairman Lund's comments at his press conference"


_STORY = (
    "Harbour reopens after storm\n\n"
    "The harbour at Northport reopened on Monday after a week of repairs to the quay wall.\n\n"
    "{middle}\n\n"
    "“We are glad to have the boats back,” harbour master Ada Lund said on Monday.\n\n"
    "{tail}\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "3 Responses\n\n1. Tom Berg says:\n\nGreat news for us all.",
        "You may also like...\n\nCouncil approves the budget for next year",
        "Recommended articles\n\nCouncil approves the budget for next year",
        "POPULAR NEWS\n\nCouncil approves the budget for next year",
        "Video of the day\n\nCouncil approves the budget for next year",
        "From the front page\n\nCouncil approves the budget for next year",
    ],
)
def test_a_comment_count_and_more_sidebars_end_the_story(tail: str) -> None:
    cleaned = clean(_STORY.format(middle="The ferries ran again.", tail=tail))
    assert cleaned.text.rstrip().endswith("harbour master Ada Lund said on Monday.")


@pytest.mark.parametrize(
    "line",
    [
        "Article content",
        "Advertisement 2",
        "Sponsored by",
        "Sign up to our daily The Northport Harbour Today newsletter",
        "Register for free to read more of the latest local news. It's easy and quick.",
        'By clicking "Accept All Cookies", you agree to the storing of cookies on your device.',
        "Contact us for advertising: ads@northport.example",
    ],
)
def test_ads_newsletter_paywall_and_cookie_lines_in_the_story_are_dropped(line: str) -> None:
    cleaned = clean(_STORY.format(middle=line, tail="The ferries ran again on Tuesday."))
    assert line not in cleaned.text
    assert "The harbour at Northport reopened" in cleaned.text
    assert cleaned.text.rstrip().endswith("The ferries ran again on Tuesday.")


@pytest.mark.parametrize(
    "line",
    [
        "Three thoughts",  # a crosshead may count in words
        "Sponsored by the harbour board, the regatta drew a record crowd of sailors.",
        "For advertising the sale, the council paid a Northport agency.",
    ],
)
def test_look_alike_lines_stay(line: str) -> None:
    cleaned = clean(_STORY.format(middle=line, tail="The ferries ran again on Tuesday."))
    assert line in cleaned.text


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ada Lund and Tom Berg (Harbour Daily) Updated: 2016-06-28 07:14",
         ["Ada Lund", "Tom Berg"]),
        ("By Ada Lund (Northport Courier)", ["Ada Lund"]),
        (
            "By Ada Lund, MSW, Senior Director, Infectious Disease, NHA; and Tom Berg, MD, "
            "Medical Director, Epidemiology, Northport County Health Care Agency",
            ["Ada Lund", "Tom Berg"],
        ),
    ],
)  # fmt: skip
def test_bylines_with_an_outlet_in_brackets_or_each_authors_post(
    line: str, names: list[str]
) -> None:
    assert names_in_byline(line) == names


@pytest.mark.parametrize(
    ("line", "names", "day"),
    [
        ("October 6, 2025 Ada Lund", ["Ada Lund"], dt.date(2025, 10, 6)),
        (
            "posted Sep 5, 2019, 5:40 AM by Tom Berg   [ updated Sep 5, 2019, 5:42 AM ]",
            ["Tom Berg"],
            dt.date(2019, 9, 5),
        ),
    ],
)
def test_a_day_and_its_author_on_one_line(line: str, names: list[str], day: dt.date) -> None:
    found = read_compound_line(line)
    assert found is not None
    assert found[0] == names
    assert found[1] is not None and found[1].start == day


def test_a_day_before_words_that_name_no_one_is_no_byline() -> None:
    assert read_compound_line("June 5, 2024 Council Meeting") is None


_NAMED_TWICE = (
    "{top}"
    "Refrain from media trials, the supreme court tells lawyers\n\n"
    "{name}\n{name}\nSupreme-Court\n\n"  # (the picture's alt text under them)
    "The supreme court has warned lawyers against “media trial” on matters before the courts, "
    "its registrar said in Northport on Monday.\n\n"
    "The warning followed weeks of comment on a case still before the court.\n"
)


def test_a_name_printed_twice_under_the_headline_is_its_byline() -> None:
    cleaned = clean(_NAMED_TWICE.format(top="", name="Adejoke Lund"))
    assert cleaned.authors == ("Adejoke Lund",)
    assert "Adejoke Lund" not in cleaned.text


def test_a_widgets_two_words_printed_twice_at_the_top_sign_nothing() -> None:
    page = "Snow Showers\nSnow Showers\nHigh 5°/Low 1°\n\n" + _NAMED_TWICE.format(
        top="", name="Ada Lund"
    )
    assert "Snow Showers" not in clean(page).authors


def test_a_weather_widgets_sky_printed_twice_is_no_title() -> None:
    page = (
        "Snow Showers\nSnow Showers\nHigh 5°/Low 1°\n\n\n\n"
        "Four fresh Northport faces at the film festival\n\n"
        "Northport actors and film-makers explain what the festival means to them this year.\n\n"
        "With all the hype that comes with the festival, the town's own artists get lost.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "Four fresh Northport faces at the film festival"
    assert "Snow Showers" not in cleaned.text


def test_a_heading_in_capitals_echoing_the_headline_is_not_the_title() -> None:
    page = (
        "Categories\nJudiciary\n\n"
        "A Proposal For Reform of the Northport Judiciary (November 2021)\n\n"
        "Download pdf\n\n"
        "A PROPOSAL FOR REFORM\n\n"
        "In June 2020, at the height of the campaign, I wrote a political programme.\n\n"
        "Back then I said the courts needed a reform, and I still think so today.\n"
    )
    assert clean(page).title == "A Proposal For Reform of the Northport Judiciary (November 2021)"


def test_a_headline_the_line_model_drops_as_furniture_becomes_the_title(monkeypatch) -> None:
    # The line model's verdict is stubbed (its weights decide which lines it drops); the rule
    # under test is what happens next: the last headline-shaped furniture line over the first
    # kept line is the title when the header rules found none.
    lines = split_lines(
        "Statement from Mayor Lund on the Harbour Union's call for a moratorium on liens\n\n"
        "Mayor Ada Lund issued the following statement on Tuesday after a letter from them.\n\n"
        "I welcome the support of the Harbour Union in this difficult situation.\n"
    )
    kept = [[0], [2], [4]]
    monkeypatch.setattr(line_model, "furniture_lines", lambda lines, kept: [0])
    assert line_model.furniture_and_headline(lines, kept, True) == ({0}, 0)
    assert line_model.furniture_and_headline(lines, kept, False) == ({0}, None)
    monkeypatch.setattr(line_model, "furniture_lines", lambda lines, kept: [2])
    # a sentence is no headline, and a line under kept text heads nothing
    assert line_model.furniture_and_headline(lines, kept, True) == ({2}, None)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Post time: Mar-18-2022", dt.date(2022, 3, 18)),
        ("Posted on Mar-18-2022", dt.date(2022, 3, 18)),
        ("Post date: 18 March 2022", dt.date(2022, 3, 18)),
    ],
)
def test_a_post_time_label_and_a_hyphened_month_first_day(line: str, day: dt.date) -> None:
    found = read_date_line(line)
    assert found is not None and found.labelled
    assert found.date.start == day


def test_a_hyphened_word_and_number_is_no_date() -> None:
    assert parse_date("Foo-18-2022") is None
    assert parse_date("Covid-19-2020") is None


@pytest.mark.parametrize(
    "line",
    [
        'Press "Enter" to skip to content',
        "Jump directly to the content",
        "Learn More",
        "Search news articles",
        "Arrow-right Camera",
        "Tom Berg, CP/AP",
    ],
)
def test_skip_links_icons_and_an_agencys_photo_credit_are_no_title(line: str) -> None:
    page = (
        f"{line}\n\nStars-Oilers postgame quotes after the win in Northport\n\n"
        "The coach spoke to reporters after the game on Tuesday night in Northport.\n\n"
        "The team plays again on Friday at home against the Harbour Kings.\n"
    )
    cleaned = clean(page)
    assert cleaned.title == "Stars-Oilers postgame quotes after the win in Northport"
    assert line not in cleaned.text


def test_a_columnists_name_over_the_headline_leaves_it_the_title() -> None:
    page = (
        "Ada Lund\n\n"
        "The lack of ego in the Northport backroom team set the tone for their title win\n"
        "I SAID last week that history repeats itself and that tradition counts for so much.\n"
        "History shows that Northport do not lose many finals to the Harbour side.\n"
    )
    assert clean(page).title.startswith("The lack of ego in the Northport backroom team")


@pytest.mark.parametrize(
    "line",
    [
        "Learn More",
        "Search news articles",
        "Arrow-right Camera",
        "Tom Berg, CP/AP",
        "Give Us A Shout",
        "Get Email Updates",
        "JOIN OUR HARBOUR COMMUNITY!",
        "This post is also available in: Italiano",
        "For the full market report, please click here.",
        "A doctor points to a model of a human heart. Photo via Northport Images.",
        "Former election commissioner Tom Berg. Top photo: Harbour Daily",
    ],
)
def test_controls_icons_and_an_agencys_credit_are_boilerplate_wherever_they_stand(
    line: str,
) -> None:
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Learn more about the harbour in our guide.",
        "Tom Berg, Northport",
        "The council sent the photo via email to every resident on Monday.",
        "Join our campaign to save the harbour, the union told its members.",
    ],
)
def test_sentences_and_a_name_with_a_place_are_no_control(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None
