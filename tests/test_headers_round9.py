"""Round 9 of the header rules: title and date rules stated for classes of pages.

Every fixture is invented. Each rule is checked both ways where it can misfire: the furniture is
not the title (and a body line stays in the body), and a real headline or date of the same
shape is still read.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model import PartialDate
from claimtrack.reading.bylines import names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.not_headlines import back_link, score_row
from claimtrack.reading.page_dates import choose_published, is_placeholder
from claimtrack.reading.site_names import without_site_name
from claimtrack.text.date_lines import read_date_line

BODY = (
    "The harbour board said on Tuesday that the ferry strike would end this week.\n\n"
    "Ferry crews will return to work on Friday, the union said in a statement.\n\n"
    '"We are glad it is over," said Mara Quill, who runs the morning ferry.\n\n'
)

TRANSCRIPT = (
    "Q. I know you wanted a good start, but what were you thinking when you saw it go in?\n"
    "COACH ROE: Happy. It was very fast. It was something we needed and it got us going.\n"
    "Q. Coach, what goes through your mind late in the third when a draw is not enough?\n"
    "COACH ROE: Well, we had talked as a staff. We went through every scenario we could.\n"
)


def _day(text: str | None) -> str | None:
    found = read_date_line(text, header=True) if text is not None else None
    return str(found.date) if found is not None and found.date is not None else None


# -- one day printed twice on its line ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("date 2019-04-02 April 2, 2019", "2019-04-02"),  # a machine date and the human one
        ("Mar 3rd, 2021Mar 3rd, 2021", "2021-03-03"),  # a date and its tooltip run together
        ("Published 12.05.2018 12 May 2018", "2018-05-12"),
        ("1st June 2022 1 June 2022", "2022-06-01"),
        ("2nd Oct 2015 | 2 October 2015", "2015-10-02"),
    ],
)
def test_a_day_printed_twice_is_one_date_line(line: str, day: str) -> None:
    assert _day(line) == day


@pytest.mark.parametrize(
    "line",
    [
        "date 2019-04-02 April 3, 2019",  # two different days: no one date
        "March 3, 2024 March 3, 2025",
        "Between 2019 and 2021 the port grew",
    ],
)
def test_two_different_dates_are_no_date_line(line: str) -> None:
    assert read_date_line(line, header=True) is None


def test_a_doubled_date_line_gives_the_date_and_is_no_title() -> None:
    page = "Harbour plan wins the vote at last\n\nApr 2nd, 2019Apr 2nd, 2019\n\n" + BODY
    result = clean(page)
    assert str(result.published) == "2019-04-02"
    assert result.title == "Harbour plan wins the vote at last"


def test_a_labelled_date_printed_twice_over_the_byline_is_no_title() -> None:
    page = " date 2019-04-02 April 2, 2019\n\nby Harbour Desk Staff\n\n" + BODY
    result = clean(page)
    assert str(result.published) == "2019-04-02"
    assert result.title is None
    assert result.text.startswith("The harbour board said")


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_any_day_printed_twice_reads_as_that_day(day: dt.date) -> None:
    human = f"{day:%B} {day.day}, {day.year}"
    assert _day(f"date {day.isoformat()} {human}") == day.isoformat()
    assert _day(human + human) == day.isoformat()


@given(st.text(max_size=80))
def test_read_date_line_takes_any_text(text: str) -> None:
    read_date_line(text, header=True)


# -- dates in brackets, after an Arabic "on", in a bar with the weekday -----------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("(13 March 2021)", "2021-03-13"),
        ("[13 March 2021]", "2021-03-13"),
        ("في 2019/07/04", "2019-07-04"),  # Arabic "on"
        ("4 JULAI 2019 | KHAMIS | 10:30 PAGI", "2019-07-04"),
        ("21 MEI 2024 | SELASA | 8:00 MALAM", "2024-05-21"),
        ("21 May 2024 | Tuesday | 8:00 PM", "2024-05-21"),
        ("mardi | 21 mai 2024 | 20:00", "2024-05-21"),
    ],
)
def test_dates_in_brackets_after_a_label_or_with_the_weekday(line: str, day: str) -> None:
    assert _day(line) == day


@pytest.mark.parametrize("line", ["(Harbour News)", "Monday | Tuesday", "في المدينة"])
def test_lines_of_the_same_shape_without_a_date(line: str) -> None:
    assert _day(line) is None


# -- a content system's placeholder date ----------------------------------------------------


@pytest.mark.parametrize("day", ["2000-01-01", "1970-01-01", "1969-12-31", "1900-01-01"])
def test_a_placeholder_never_beats_the_page_s_date(day: str) -> None:
    placeholder, real = PartialDate.parse(day), PartialDate.parse("2021-03-13")
    assert is_placeholder(placeholder)
    assert choose_published([(0, placeholder), (1, real)], None) == real
    assert choose_published([(1, real), (0, placeholder)], None) == real


def test_alone_only_the_year_2000_placeholder_may_be_a_day() -> None:
    assert str(choose_published([(0, PartialDate.parse("2000-01-01"))], None)) == "2000-01-01"
    assert choose_published([(0, PartialDate.parse("1970-01-01"))], None) is None
    assert not is_placeholder(PartialDate.parse("2000-01-02"))


def test_a_page_with_a_placeholder_date_field_takes_its_printed_date() -> None:
    page = (
        " date 2000-01-01 Harbour Board Signs Two Ferry Deals\n"
        "Harbour Board Signs Two Ferry Deals\n(13 March 2021)\n\n" + BODY
    )
    assert str(clean(page).published) == "2021-03-13"


# -- header lines that are never the headline ------------------------------------------------


@pytest.mark.parametrize(
    "rows",
    [
        ("Harbour United – 4", "Northport City ‑ 3"),
        ("Team Europe - 2", "Team Asia - 5"),
        ("Lions — 21", "Tigers — 17"),
    ],
)
def test_a_scoreboard_over_a_transcript_is_no_title(rows: tuple[str, str]) -> None:
    page = "March 3, 2024\n" + "\n".join(rows) + "\n" + TRANSCRIPT
    assert clean(page).title is None


def test_a_serial_s_headline_ending_in_its_number_is_still_its_title() -> None:
    page = "Notes from the harbour wall – 3\n\n" + BODY
    assert clean(page).title == "Notes from the harbour wall – 3"


@pytest.mark.parametrize(
    "link",
    ["Back to Live Feed", "← Back to Sport", "Return to All Stories", "Retour aux actualités",
     "Zurück zur Übersicht", "Volver a Noticias"],
)  # fmt: skip
def test_a_link_back_is_no_title(link: str) -> None:
    page = (
        "Ferry crews end their strike after talks\nPublished: Sunday, Mar 3rd 2024, 13:50\n"
        + link
        + "\n"
        + BODY
    )
    assert clean(page).title == "Ferry crews end their strike after talks"


@pytest.mark.parametrize(
    "headline",
    ["Back to the drawing board for the harbour plan", "Back to School Rush Begins Early"],
)
def test_a_headline_opening_with_back_to_is_still_a_title(headline: str) -> None:
    assert not back_link(headline)
    assert clean(headline + "\n\n" + BODY).title == headline


def test_menu_cells_and_a_place_beside_its_date_are_no_title() -> None:
    page = (
        "|\nBrowse by Sport |\n|\nFind us on |\n|\nMarch 3, 2024\nNorthport, Ontario\n" + TRANSCRIPT
    )
    assert clean(page).title is None


@given(st.text(max_size=60))
def test_the_furniture_rules_take_any_text(text: str) -> None:
    back_link(text)
    score_row(text)


# -- a correspondent's credit and an outlet's credit left with its dash ----------------------


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        ("From Kemi Adeyemi, Abuja", "Kemi Adeyemi"),
        ("From Kemi Adeyemi in Lagos", "Kemi Adeyemi"),
        ("FROM KEMI ADEYEMI, ABUJA", "KEMI ADEYEMI"),
    ],
)
def test_a_correspondent_s_credit_is_a_byline_not_a_title(credit: str, name: str) -> None:
    page = "Senators reject the harbour budget again\n\n" + credit + "\n\n" + BODY
    result = clean(page)
    assert result.title == "Senators reject the harbour budget again"
    assert result.authors == (name,)


@pytest.mark.parametrize(
    "line", ["From the Harbour Times:", "From Reuters, London", "From Monday, Ferries Run"]
)
def test_from_lines_that_name_no_correspondent(line: str) -> None:
    assert names_in_byline(line) == []


@pytest.mark.parametrize("credit", ["الميناء اليومية-", "Harbour Daily -", "Harbour Daily—"])
def test_an_outlet_s_credit_left_with_its_dash_is_no_title(credit: str) -> None:
    page = "Harbour › Politics\n\n«Ferry crews» end their strike\n\n3 March 2024\n\n" + credit
    result = clean(page + "\n\n" + BODY)
    assert result.title == "«Ferry crews» end their strike"
    assert str(result.published) == "2024-03-03"


# -- a headline over its standfirst ----------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "standfirst"),
    [
        (
            "Harbour firms now see profits rising 12% this year",
            "A fifth of companies expect records despite the strong currency",
        ),
        (
            "Results in brief: mixed bag as the harbour reports come in",
            "Ferry and shipping firms leading the way with record figures",
        ),
    ],
)
def test_the_first_of_two_lines_standing_alone_over_the_prose_is_the_headline(
    headline: str, standfirst: str
) -> None:
    page = "Economy\n\n" + headline + "\n\n" + standfirst + "\n\n" + BODY
    assert clean(page).title == headline


def test_a_site_s_greeting_over_the_dated_headline_is_no_title() -> None:
    page = (
        "Welcome to the pages of the harbour office\n\nHarbour minister leaves for Oslo talks\n\n"
        "14.03.2019 - Press release\n\n" + BODY
    )
    assert clean(page).title == "Harbour minister leaves for Oslo talks"


# -- the site's name after the headline -----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "page", "headline"),
    [
        (
            "Harbour Firm Signs Two Deals #Northport - Harbour City Guide",
            "Harbour Firm Signs Two Deals\n",
            "Harbour Firm Signs Two Deals",
        ),
        ("Storm closes ports | The Harbour Times", "\nStorm closes ports", "Storm closes ports"),
        ("Storm closes ports – Northport Daily", " Storm closes ports\n", "Storm closes ports"),
        (
            "Storm closes ports - Harbour Lookout",
            "harbourlookout.com\nStorm closes ports",
            "Storm closes ports",
        ),
        # printed only with its outlet's tag: the line as the page shows it
        ("Storm closes ports – Northport Daily", "Storm closes ports today", None),
        # a series' or a section's name is part of the headline
        ("“We protest every month” – Abroad Life", "Abroad Life", None),
        ("Local politics, seen from the ferry – Updated", "", None),
        ("Ferry strike ends - Union", "the Union said", None),
    ],
)
def test_a_site_s_name_after_the_headline_goes(title: str, page: str, headline: str | None) -> None:
    assert without_site_name(title, page) == (headline or title)


HEADLINE = "Harbour Holdings Signs 2 Key Deals As Part Of The Regional Ferry Partnership"


def test_the_page_title_over_the_headline_gives_the_bare_headline() -> None:
    page = (
        f" date 2000-01-01 {HEADLINE} #Northport - Harbour City Guide\n"
        f"{HEADLINE}\n(13 March 2021)\n\n" + BODY
    )
    assert clean(page).title == HEADLINE


@given(st.text(max_size=80), st.text(max_size=40))
def test_without_site_name_takes_any_text(title: str, page: str) -> None:
    assert title.strip().startswith(without_site_name(title, page).strip()[:1])


# -- the copy's last line, cut short ----------------------------------------------------------


@pytest.mark.parametrize(
    "cut",
    [
        "O Ministério da Marinha disse",  # pt: a proper name, then the cut
        "El Ministerio del Puerto anunció",  # es
        "Le ministère du Port a",  # fr
        "The Harbour Board also",
        "Quill said the crews",
    ],
)
def test_a_short_cut_off_last_line_in_any_language_is_no_title(cut: str) -> None:
    result = clean(BODY + cut)
    assert result.title is None
    assert cut in result.text


@pytest.mark.parametrize(
    "headline",
    [
        "Ferry Strike Ends After Night of Talks",
        "Huelga De Ferris Termina Tras Una Noche",
        "They deserved it: Quill after the talks",
        "“We are glad” – Quill on the deal",
    ],
)
def test_a_headline_below_the_body_by_its_case_or_form_is_still_the_title(headline: str) -> None:
    assert clean(BODY + headline).title == headline


# -- a news-feed box above the story: one rule ------------------------------------------------


def test_a_feed_box_with_an_advert_and_a_sign_up_among_its_items_is_no_body() -> None:
    raw = (
        "Skip to content\n\nLatest news\n\nContact\n"
        "10:05 AM\nThe port authority said on Monday that cargo volumes rose in the spring.\n"
        "Harbour Daily\nNews from\nthe harbour in your\ninbox\n"
        "3:40 PM\nNorthport's council approved the new bus lanes after a long debate.\n"
        "MORE NEWS\n\nEdit post\n\n"
        "Ferry crews end their strike after night talks\n\n"
        "by Jane Roe March 3, 2024 6:04 PM\n\n" + BODY
    )
    result = clean(raw)
    assert result.title == "Ferry crews end their strike after night talks"
    assert result.text.startswith("The harbour board said on Tuesday")
    assert "cargo volumes" not in result.text and "bus lanes" not in result.text
    assert str(result.published) == "2024-03-03"


def test_timed_items_without_a_feed_heading_stay_the_body() -> None:
    raw = (
        "Ferry strike: the night, hour by hour\n\n"
        "10:05 PM\nThe crews met the harbour board in the old customs house on the quay.\n"
        "11:40 PM\nThe talks broke up for an hour while the union spoke to its members.\n"
        "MORE NEWS\n\nby Jane Roe\n\n" + BODY
    )
    result = clean(raw)
    assert "The crews met the harbour board" in result.text
    assert "The harbour board said on Tuesday" not in result.text  # the marker ends it
