"""Round 10 of the header rules: bylines, titles and dates stated for classes of pages.

Every fixture is invented (names, outlets, places and sentences). Each rule is checked both ways
where it can misfire: the furniture is not the title (and a body line stays in the body), and a
real headline, name or date of the same shape is still read.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.feed_notes import language_link
from claimtrack.reading.not_headlines import menu_bar, tag_list, text_size_control
from claimtrack.text.date_lines import read_date_line
from claimtrack.text.lead_dates import lead_opening_date, lead_place_date

BODY = (
    "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
    "Ferry crews will return to work on Friday, the union said in a statement.\n\n"
    '"We are glad it is over," said Mara Quill, who runs the morning ferry.\n\n'
)
HEADLINE = "Harbour board says ferry strike will end this week"


def _day(text: str) -> str | None:
    found = read_date_line(text, header=True)
    return str(found.date) if found is not None and found.date is not None else None


# -- bylines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Tomas Reyes / Ana Lima, HNA", ["Tomas Reyes", "Ana Lima"]),  # a slash, the agency
        ("By Tomas Reyes/Ana Lima", ["Tomas Reyes", "Ana Lima"]),
        ("Por Rui Costa e Ana Lima", ["Rui Costa", "Ana Lima"]),  # Portuguese "and"
        ("Por Eva Gil y Pablo Ruiz", ["Eva Gil", "Pablo Ruiz"]),  # Spanish
        ("Par Léa Roux et Paul Morel", ["Léa Roux", "Paul Morel"]),  # French
        ("Von Jana Roth und Kai Lenz", ["Jana Roth", "Kai Lenz"]),  # German
        ("By Sports Desk", ["Sports Desk"]),  # a desk signs for its staff
        ("BY WEB DESK", ["WEB DESK"]),
        ("By HNA", ["HNA"]),  # an agency signing alone by its initials
        ("Penulis:Dewi Larasati", ["Dewi Larasati"]),  # Indonesian "writer", colon touching
        ("Oleh Dewi Larasati", ["Dewi Larasati"]),
        ("By Dan Reed and Kim Lee", ["Dan Reed", "Kim Lee"]),  # "Dan" is a name, not "and"
        ("BY MARA QUILL AND IVO DAL", ["MARA QUILL", "IVO DAL"]),
        ("By Andrew Anderson AND Kim Lee", ["Andrew Anderson", "Kim Lee"]),
        ("By Mara Quill in Northport", ["Mara Quill"]),  # the city filed from
        ("By Mara Quill in Northport and Ivo Dal in Southport", ["Mara Quill", "Ivo Dal"]),
        ("Por Ana Lima e Rui Costa, de Lisboa", ["Ana Lima", "Rui Costa"]),
        ("By Mara Quill with Ivo Dal", ["Mara Quill", "Ivo Dal"]),
        ("By Mara Quill for The Ledger", ["Mara Quill"]),  # the outlet written for
        ("Mara Quill / Newswire", ["Mara Quill"]),
        ("Reporter: Dewi Larasati", ["Dewi Larasati"]),  # a label that needs its colon
        ("Texto: Ana Lima", ["Ana Lima"]),
    ],
)
def test_bylines_name_their_authors(line: str, names: list[str]) -> None:
    assert names_in_byline(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "By ADMIN",  # a site's account, not an agency
        "By STAFF",
        "By the end of the week",
        "Sports",
        "Reporting from the harbour was hard; editing too",
        "Reporter Dewi Larasati says",  # no colon: a sentence
        "Mara Quill for Mayor",  # no label: a slogan, not a byline
        "Photo: Mara Quill / Newswire",  # a photo's credit
    ],
)
def test_lines_that_name_no_author(line: str) -> None:
    assert names_in_byline(line) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Reporting by Mara Quill; Editing by Tom Reed and Kim Lee)", ["Mara Quill"]),
        ("Reporting by Mara Quill; Editing by Tom Reed", ["Mara Quill"]),
        (
            "(Reporting by Mara Quill and Ivo Dal in Northport; Additional reporting by Kim Lee;"
            " Writing by Ann Bo; Editing by Tom Reed)",
            ["Mara Quill", "Ivo Dal", "Ann Bo"],  # the writer is an author too (round 28)
        ),
    ],
)
def test_a_wires_closing_credit_names_its_reporters(line: str, names: list[str]) -> None:
    assert names_in_byline(line) == names


def test_the_closing_credit_signs_an_unsigned_story_and_leaves_the_body() -> None:
    page = f"{HEADLINE}\n\n{BODY}(Reporting by Mara Quill; Editing by Tom Reed)\n"
    result = clean(page)
    assert result.authors == ("Mara Quill",)
    assert "Reporting by" not in result.text
    assert result.text.endswith("who runs the morning ferry.")


def test_the_header_byline_beats_the_closing_credit() -> None:
    page = f"{HEADLINE}\n\nBy Ivo Dal\n\n{BODY}(Reporting by Mara Quill; Editing by Tom Reed)\n"
    assert clean(page).authors == ("Ivo Dal",)


@pytest.mark.parametrize(
    ("line", "names", "day"),
    [
        ("By Sports Desk June 23, 2024", ["Sports Desk"], "2024-06-23"),
        (
            "By HNA | Published: October 5, 2024 10:27 AM"
            "2024-10-05T10:27:03+5:302024-10-05T10:35:22+5:30",
            ["HNA"],
            "2024-10-05",
        ),
        ("Jana Roth | № 3 от 20 января 2024", ["Jana Roth"], "2024-01-20"),  # a magazine issue
        ("Mara Quill | No. 12, 3 March 2024", ["Mara Quill"], "2024-03-03"),
    ],
)
def test_a_byline_run_into_its_date(line: str, names: list[str], day: str) -> None:
    found = read_compound_line(line)
    assert found is not None
    assert found[0] == names and str(found[1]) == day


@pytest.mark.parametrize(
    ("credit", "signed"),
    [
        ("By Sports Desk June 23, 2024", False),  # a desk signs no one (round 27)
        ("By Tomas Reyes / Ana Lima, HNA", True),
        ("Por Rui Costa e Ana Lima", True),
        ("By HNA | Published: October 5, 2024 10:27 AM2024-10-05T10:27:03+5:30", True),
    ],
)
def test_a_byline_is_never_the_title(credit: str, signed: bool) -> None:
    result = clean(f"Sport\n\n{HEADLINE}\n\n{credit}\n\n{BODY}")
    assert result.title == HEADLINE
    assert bool(result.authors) == signed
    assert result.text.startswith("The harbour board said")


def test_a_byline_alone_over_the_body_gives_no_title() -> None:
    result = clean(f"Por Rui Costa e Ana Lima\n\n{BODY}")
    assert result.title is None
    assert result.authors == ("Rui Costa", "Ana Lima")


# -- machine time stamps run into a date line --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published: October 5, 2024 10:27 AM2024-10-05T10:27:03+5:30", "2024-10-05"),
        ("October 5, 2024 2024-10-05T10:27:03Z2024-10-06T08:00:00Z", "2024-10-05"),
        ("5 October 2024 2024-10-05T10:27", "2024-10-05"),
    ],
)
def test_machine_stamps_after_the_date_are_its_markup(line: str, day: str) -> None:
    assert _day(line) == day


def test_a_stamp_naming_another_day_is_no_copy_of_the_date() -> None:
    assert _day("October 5, 2024 2024-11-06T10:27:03Z") is None


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_any_day_with_its_stamp_reads_as_that_day(day: dt.date) -> None:
    line = f"Published: {day:%B} {day.day}, {day.year} 9:05 AM{day.isoformat()}T09:05:00+05:30"
    assert _day(line) == day.isoformat()


# -- furniture that is never the headline -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Newswire Tamanho do texto",  # an agency's name run into the text-size control
        "Text size +-",
        "Taille du texte",
        "Schriftgröße",
        "Размер шрифта",
    ],
)
def test_a_text_size_control_is_never_the_title(line: str) -> None:
    assert text_size_control(line)
    result = clean(f"{line}\n\nPor Rui Costa e Ana Lima\n\n{BODY}")
    assert result.title is None


@pytest.mark.parametrize("line", ["SCHEDULE FESTIVAL INTERVIEWS", "HOME NEWS CONTACT"])
def test_a_menu_bar_in_capitals_is_never_the_title(line: str) -> None:
    assert menu_bar(line)
    assert clean(f"{line}\n\n{BODY}").title is None


@pytest.mark.parametrize(
    "line",
    [
        "FLOODS HIT NORTHPORT",  # a headline in capitals names no page of a site
        "Font size matters in the new signs, says council",
        "NEWS FROM THE HARBOUR",  # a small word: a phrase, not a menu
        "Home News Contact Us Today And Tomorrow",
    ],
)
def test_headlines_of_the_same_shape_stay_headlines(line: str) -> None:
    assert not menu_bar(line) and not text_size_control(line)


@pytest.mark.parametrize("line", ["• English", "Français", "- Arabic", "العربية"])
def test_a_language_switcher_between_the_credit_and_the_prose(line: str) -> None:
    assert language_link(line)
    page = (
        "Harbour pictures. Newswire\nHarbour pictures. Newswire\n\n"
        f"{HEADLINE}\n\n\nIvo Dal\n{line}\n• Deutsch\n\n{BODY}"
    )
    result = clean(page)
    assert result.title == HEADLINE
    assert result.authors == ("Ivo Dal",)
    assert result.text.startswith("The harbour board said")
    assert "Deutsch" not in result.text


def test_a_language_is_a_link_only_alone() -> None:
    assert not language_link("English ferries resume")
    assert not language_link("Why English matters at sea")


# -- an interview's first question ------------------------------------------------------------

INTERVIEW = (
    "Mara Quill, Harbour Master: Interview\n\n"
    "What is the state of the new quay?\n\n"
    "MARA QUILL: While the quay is ready, the cranes will only come next spring.\n\n"
    "Work on the second berth started in May and should end before the winter.\n\n"
    "How have the strikes changed the plans?\n\n"
    "QUILL: They cost us three weeks, but the crews have made up most of the time.\n"
)


def test_an_interviews_first_question_opens_the_body_and_is_never_the_title() -> None:
    result = clean(INTERVIEW)
    assert result.title == "Mara Quill, Harbour Master: Interview"
    assert result.text.startswith("What is the state of the new quay?")
    assert "How have the strikes changed the plans?" in result.text


def test_a_question_headline_over_prose_stays_the_title() -> None:
    page = f"Will the ferry strike end this week?\n\n{BODY}"
    assert clean(page).title == "Will the ferry strike end this week?"


# -- a headline over its credit and a standfirst ---------------------------------------------


def test_a_deck_under_the_credit_is_the_body_and_the_headline_above_it_the_title() -> None:
    deck = (
        "Первый заместитель мэра — о том, что пошло не так с портом, кто в этом виноват, "
        "почему так дорого стоят новые краны и зачем он всем рассказал о своих планах на "
        "ближайшую зиму"
    )
    page = (
        "#Интервью\n\n#Только на сайте\n\n"
        "Иван Петров: «Само не пройдет»\n\n"
        "20.01.2024\n"
        "Мара Квилл | № 3 от 20 января 2024\n\n"
        f"{deck}\n\n"
        "На прошлой неделе мэр сказал, что порт откроют весной. Это хорошая новость для всех.\n"
    )
    result = clean(page)
    assert result.title == "Иван Петров: «Само не пройдет»"
    assert result.authors == ("Мара Квилл",)
    assert str(result.published) == "2024-01-20"
    assert result.text.startswith(deck)


# -- a press release's dateline in the lead ---------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        (
            "Northport, Harbour County, Freedonia, January 16, 2008 - The festival opens.",
            "2008-01-16",
        ),
        ("Harbour Daily, NP, NP, Thurs. Nov. 20, 2025: The latest report warns.", "2025-11-20"),
        ("Northport, 3 March 2024 – The board met on Monday.", "2024-03-03"),
        ("Northport, Freedonia, Monday, 3rd March 2024 (Newswire) The board met.", "2024-03-03"),
    ],
)
def test_a_press_releases_dateline_dates_the_lead(lead: str, day: str) -> None:
    assert str(lead_place_date(lead)) == day


@pytest.mark.parametrize(
    "lead",
    [
        "On Tuesday, March 3, 2024, the board met.",  # a comma after the date: a sentence
        "Northport, March 3 - The board met.",  # no year: never a date
        "Northport, March 2024 - The board met.",  # no day
        "The board met in Northport on March 3, 2024 - a Tuesday.",
    ],
)
def test_leads_that_are_no_dateline(lead: str) -> None:
    assert lead_place_date(lead) is None


def test_the_leads_dateline_dates_a_page_without_a_date_line() -> None:
    page = f"{HEADLINE}\n\nNorthport, Freedonia, January 16, 2008 - {BODY}"
    assert str(clean(page).published) == "2008-01-16"


def test_a_date_line_beats_the_leads_dateline() -> None:
    page = (
        f"{HEADLINE}\n\nPublished 12 March 2024\n\nNorthport, Freedonia, January 16, 2008 - {BODY}"
    )
    assert str(clean(page).published) == "2024-03-12"


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)),
    st.sampled_from(["Northport, ", "Northport, Freedonia, ", "Port Roe, Harbour County, NP, "]),
    st.sampled_from([" - ", " – ", ": ", " / "]),
)
def test_any_places_day_and_mark_give_that_day(day: dt.date, places: str, mark: str) -> None:
    lead = f"{places}{day:%B} {day.day}, {day.year}{mark}The board met on Monday."
    assert str(lead_place_date(lead)) == day.isoformat()


# -- an ellipsis inside a headline ------------------------------------------------------------


@pytest.mark.parametrize("credit", ["", "By Mara Quill\n\n"])
def test_an_ellipsis_inside_a_headline_is_a_pause(credit: str) -> None:
    headline = "After the vote... Expect no quick deal for the harbour"
    result = clean(f"{headline}\n\n{credit}{BODY}")
    assert result.title == headline
    assert result.text.startswith("The harbour board said")


def test_a_teaser_cut_by_its_ellipsis_is_no_headline() -> None:
    teaser = "The harbour board said on Tuesday that the ferry strike would..."
    result = clean(f"{HEADLINE}\n\n{teaser}\n\n{BODY}")
    assert result.title == HEADLINE


# -- more labels and pieces of a date line ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Dated: 5 October 2024", "2024-10-05"),
        ("Dated 05.10.2024", "2024-10-05"),
        ("Released: 5 October 2024", "2024-10-05"),
        ("Released on 5 October 2024", "2024-10-05"),
        ("Release date: 5 October 2024", "2024-10-05"),
        ("Filed on October 5, 2024", "2024-10-05"),
        ("On: October 5, 2024", "2024-10-05"),
        ("Posted by harbourwatch on October 5, 2024 in Ferries", "2024-10-05"),
    ],
)
def test_more_labelled_date_lines(line: str, day: str) -> None:
    assert _day(line) == day
    found = read_date_line(line, header=True)
    assert found is not None and found.labelled


@pytest.mark.parametrize(
    "line",
    [
        "Released: 05/10/2024",  # both ways round: no day is guessed
        "Released in 2024",
        "Filed under Ferries",
        "On October 5, 2024 the board met in Northport",
    ],
)
def test_lines_with_those_words_that_date_nothing(line: str) -> None:
    assert _day(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Oct 5, 2024 | Mara Quill | Comments (3)",
        "Mara Quill | No Comments | October 5, 2024",
        "Mara Quill | 1,234 views | October 5, 2024",
    ],
)
def test_a_counter_beside_the_byline_is_neither_name_nor_headline(line: str) -> None:
    found = read_compound_line(line)
    assert found is not None
    assert found[0] == ["Mara Quill"] and str(found[1]) == "2024-10-05"


# -- a date then its author; a pictured person's name over the byline --------------------------


@pytest.mark.parametrize(
    ("line", "names", "day"),
    [
        ("October 5, 2024 by Mara Quill", ["Mara Quill"], "2024-10-05"),
        ("5 October 2024 by HNA", ["HNA"], "2024-10-05"),
        ("Posted on October 5, 2024 by harbourwatch", ["harbourwatch"], "2024-10-05"),
        ("Updated October 5, 2024 by Mara Quill", ["Mara Quill"], "None"),  # no publication
    ],
)
def test_a_date_then_its_author(line: str, names: list[str], day: str) -> None:
    found = read_compound_line(line)
    assert found is not None
    assert found[0] == names and str(found[1]) == day


def test_a_date_then_by_and_no_name_is_no_byline() -> None:
    assert read_compound_line("October 5, 2024 by the north quay") is None


def test_a_pictured_persons_name_over_the_byline_is_no_author() -> None:
    result = clean(f"{HEADLINE}\n\nIvo Dal\n\nBy Mara Quill\n\n{BODY}")
    assert result.title == HEADLINE
    assert result.authors == ("Mara Quill",)
    assert result.text.startswith("The harbour board said")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("10:27 AM | October 5, 2024", "2024-10-05"),  # the time set apart first
        ("10:27 | 5 Oct 2024 | Updated 2 hours ago", "2024-10-05"),
        ("5 Ekim 2024 Cumartesi", "2024-10-05"),  # the weekday after the date
        ("5 October 2024 Saturday", "2024-10-05"),
    ],
)
def test_a_time_or_weekday_around_the_date(line: str, day: str) -> None:
    assert _day(line) == day


@pytest.mark.parametrize("line", ["10:27 AM", "Ferry strike ends Saturday", "10:27 | Northport"])
def test_a_time_or_weekday_alone_is_no_date(line: str) -> None:
    assert _day(line) is None


@pytest.mark.parametrize(
    "tags", ["Ferries, Strikes, Northport", "Harbour Board, Ferry Union, Quays"]
)
def test_a_list_of_tags_is_never_the_title(tags: str) -> None:
    assert tag_list(tags)
    assert clean(f"{HEADLINE}\n\n{tags}\n\n{BODY}").title == HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        HEADLINE,  # commas, but lower-case words
        "Storms, Floods And Fires: A Year In Northport",
        "Northport, Southport",  # two places: a dateline's, not a list
    ],
)
def test_lines_with_commas_that_are_no_tag_list(line: str) -> None:
    assert not tag_list(line)


@pytest.mark.parametrize(
    "contact", ["mara.quill@harbour-ledger.test", "@maraquill", "Email: mara.quill@ledger.test"]
)
def test_an_authors_address_under_the_name_credits_the_headline(contact: str) -> None:
    result = clean(f"{HEADLINE}\n\nMara Quill\n{contact}\n\n{BODY}")
    assert result.title == HEADLINE
    assert result.authors == ("Mara Quill",)
    assert result.text.startswith("The harbour board said")


_GIVEN = st.sampled_from(["Mara", "Ivo", "Ana", "Tomas", "Léa", "Kai", "Dewi", "Jana", "Rui"])
_FAMILY = st.sampled_from(["Quill", "Dal", "Lima", "Reyes", "Roux", "Lenz", "Larasati", "Costa"])
_JOINED = st.sampled_from(
    [
        ("By", " and "),
        ("By", " / "),
        ("By", "/"),
        ("By", " & "),
        ("Por", " e "),
        ("Por", " y "),
        ("Par", " et "),
        ("Von", " und "),
        ("By", " with "),
    ]
)


@settings(max_examples=80, deadline=None)
@given(_GIVEN, _FAMILY, _GIVEN, _FAMILY, _JOINED, st.sampled_from(["", ", HNA", " | Newswire"]))
def test_any_two_authors_joined_as_bylines_join_them(
    first: str, last: str, first2: str, last2: str, joined: tuple[str, str], tail: str
) -> None:
    label, joiner = joined
    one, two = f"{first} {last}", f"{first2} {last2}"
    line = f"{label} {one}{joiner}{two}{tail}"
    assert names_in_byline(line) == [one, two]


@settings(max_examples=60, deadline=None)
@given(_GIVEN, _FAMILY, _GIVEN, _FAMILY, st.sampled_from(["", " in Northport"]), st.booleans())
def test_any_wire_credit_names_its_reporter_not_its_editor(
    first: str, last: str, first2: str, last2: str, city: str, brackets: bool
) -> None:
    credit = f"Reporting by {first} {last}{city}; Editing by {first2} {last2}"
    line = f"({credit})" if brackets else credit
    assert names_in_byline(line) == [f"{first} {last}"]


# -- a lead opening with its date; a blog's footer naming its category --------------------------


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("October 5, 2024 - The board met on Monday.", "2024-10-05"),
        ("October 5, 2024 – The board met on Monday.", "2024-10-05"),
        ("Saturday, 5 October 2024: The board met on Monday.", "2024-10-05"),
    ],
)
def test_a_lead_opening_with_its_date(lead: str, day: str) -> None:
    assert str(lead_opening_date(lead)) == day
    result = clean(f"{HEADLINE}\n\n{lead}\n\n{BODY}")
    assert str(result.published) == day
    assert result.text.startswith(lead)  # the line stays the body's


@pytest.mark.parametrize(
    "lead",
    [
        "October 5, 2024 was the day the ferries stopped.",  # the story's date, in its sentence
        "October 5, 2024, the board met on Monday.",
        "October 5 - The board met on Monday.",  # no year
        "The board met on October 5, 2024 - a Saturday.",
    ],
)
def test_leads_that_open_with_no_date_of_their_own(lead: str) -> None:
    assert lead_opening_date(lead) is None


def test_a_blogs_footer_naming_its_category_dates_the_post_and_leaves_the_body() -> None:
    result = clean(f"{HEADLINE}\n\n{BODY}\nPosted in Ferries on October 5, 2024\n")
    assert str(result.published) == "2024-10-05"
    assert "Posted in" not in result.text
