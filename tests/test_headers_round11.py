"""Header rules of round 11, each for a class of pages: captions with their credits, filing
labels, a wire's dateline alone and an editor's note are never the title; listed and affiliated
bylines, offices and advert controls; a briefing's date with its session.

Fixtures are invented (names, outlets, places, sentences), and each rule is tried both ways.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.byline_parts import is_affiliation, without_bullet
from claimtrack.reading.bylines import looks_like_name, names_in_byline
from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import clean
from claimtrack.reading.not_headlines import introduces_text
from claimtrack.reading.post_heads import post_heading
from claimtrack.text.date_lines import read_date_line

HEADLINE = "Northport council votes to keep the night ferry running"
BODY = (
    "Northport's council voted on Wednesday to keep the night ferry running until spring.\n\n"
    "The vote followed weeks of complaints from shift workers on the island, officials said.\n\n"
    '"This ferry is how our nurses get home," said councillor Ines Vale after the vote.\n\n'
)


# -- never the title ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Mayor Jane Roe at the harbour on Monday. [Tom Reed, Northport Ledger]",
        "Mayor Jane Roe speaks to reporters. (Tom Reed/Harbour Wire)",
        "Jane Roe, Northport Minister of Transport Image Credit: Harbour Wire",
        "Jane Roe, head of the ferry union Photo courtesy: Northport Ferries",
        'Jane Roe: "The strike is over" - © Harbour Wire / Tom Reed',
    ],
)
def test_caption_with_its_credit_is_no_title(caption: str) -> None:
    cleaned = clean(f"{HEADLINE}\n\n{caption}\n\n{BODY}")
    assert cleaned.title == HEADLINE


def test_caption_credit_alone_above_body_gives_no_title() -> None:
    caption = "Jane Roe, Northport Minister of Transport Image Credit: Harbour Wire"
    cleaned = clean(f"{caption}\n\n{BODY}")
    assert cleaned.title != caption


@pytest.mark.parametrize(
    "label",
    ["Published in Politics", "Posted in World News", "Filed under Business", "Publié dans Monde"],
)
def test_section_a_story_was_filed_in_is_no_title(label: str) -> None:
    cleaned = clean(f"{HEADLINE}\n\n{label}\n12 March 2024 10:26\n\n{BODY}")
    assert cleaned.title == HEADLINE


def test_headline_opening_with_published_stays_a_title() -> None:
    title = "Published in haste, the harbour report leaves out the ferry strike"
    cleaned = clean(f"{title}\n\n{BODY}")
    assert cleaned.title == title


@pytest.mark.parametrize("dateline", ["Northport - NPA", "Port Anselm – HNA", "New Harbour - WAN"])
def test_wire_dateline_alone_is_no_title(dateline: str) -> None:
    cleaned = clean(f"{dateline}\n{BODY}")
    assert cleaned.title != dateline
    assert cleaned.text.startswith("Northport's council voted")


def test_headline_with_dash_and_words_stays_a_title() -> None:
    title = "Ferry strike ends - union"
    cleaned = clean(f"{title}\n\n{BODY}")
    assert cleaned.title == title


@pytest.mark.parametrize(
    "note",
    [
        "The following is a transcript of coach Tom Reed's press conference after the final",
        "Below is the full text of the minister's statement to parliament",
        "What follows is an edited transcript of the harbour board's briefing",
    ],
)
def test_editor_note_opening_a_transcript_is_body_not_title(note: str) -> None:
    raw = (
        f"{note}\n"
        "Reed: I thought it was a hard game and the boys stood up well in the last quarter.\n"
        "Q: Were you worried at half time?\n"
        "Reed: Not really, we knew we had the legs to finish it off.\n"
    )
    cleaned = clean(raw)
    assert cleaned.title != note
    assert cleaned.text.startswith(note)


@pytest.mark.parametrize(
    "bar",
    [
        "Welcome, Guest: Register On Harbourtalk / LOGIN! / Trending / Recent / New",
        "Hello Guest | Sign in | Register",
        "Willkommen, Gast! Anmelden / Registrieren",
    ],
)
def test_bar_greeting_the_visitor_is_no_title(bar: str) -> None:
    cleaned = clean(f"{bar}\n\n{BODY}")
    assert cleaned.title != bar


def test_headline_welcoming_guests_stays_a_title() -> None:
    title = "Harbour festival welcomes guests from twelve countries"
    assert clean(f"{title}\n\n{BODY}").title == title


def test_introduction_is_only_an_editors_note() -> None:
    assert introduces_text("The following is a transcript of the minister's briefing")
    assert not introduces_text("The following day the minister called a briefing")
    assert not introduces_text("Minister releases transcript of the harbour talks")


# -- bylines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "• Written by Jane Roe, Professor of Marine Planning, University of Northport",
            ["Jane Roe"],
        ),
        ("Written by Jane Roe, Senior Fellow, Centre for Harbour Studies", ["Jane Roe"]),
        ("• By Tom Reed", ["Tom Reed"]),
        ("By Jane Roe, the minister said on Monday", []),
    ],
)
def test_byline_with_bullet_and_affiliation(line: str, names: list[str]) -> None:
    assert names_in_byline(line) == names


def test_listed_name_beside_listed_date_is_the_author() -> None:
    raw = f"{HEADLINE}\n• 2024-03-12\n• Jane Roe\n\n{BODY}"
    cleaned = clean(raw)
    assert cleaned.authors == ("Jane Roe",)
    assert str(cleaned.published.start) == "2024-03-12"


def test_office_beside_the_date_is_no_author() -> None:
    raw = f"{HEADLINE}\n04 Mar 2021\nPrime Minister\n\n{BODY}"
    cleaned = clean(raw)
    assert cleaned.authors == ()


@pytest.mark.parametrize("control", ["Hide Ad", "Skip Ad", "Sponsored Content"])
def test_advert_control_is_no_name(control: str) -> None:
    assert not looks_like_name(control)
    cleaned = clean(f"{HEADLINE}\n\n{BODY}{control}\n\nThe board meets again on Monday.\n")
    assert cleaned.authors == ()


@given(
    st.sampled_from(["•", "·", "▪", "◦"]),
    st.text(alphabet=" ", max_size=3),
    st.sampled_from(["Jane Roe", "Tom Reed", "Ana de Lima"]),
)
@settings(max_examples=50)
def test_bullet_never_changes_the_name(bullet: str, space: str, name: str) -> None:
    assert without_bullet(f"{bullet}{space}{name}") == name
    assert without_bullet(name) == name
    assert looks_like_name(f"{bullet}{space}{name}") == looks_like_name(name)


def test_affiliation_is_capitalised_words_and_small_ones() -> None:
    assert is_affiliation("Professor of Marine Planning")
    assert is_affiliation("University of Northport")
    assert not is_affiliation("the minister said")


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("March 24, 2016 (PM)", "2016-03-24"),
        ("4 June 2021 (morning)", "2021-06-04"),
        ("March 24, 2016 (a.m.)", "2016-03-24"),
        ("4 June 2021 (afternoon session)", "2021-06-04"),
    ],
)
def test_date_with_the_days_session(line: str, day: str) -> None:
    found = read_date_line(line, header=True)
    assert found is not None and found.date is not None
    assert str(found.date.start) == day


def test_session_mark_needs_a_date() -> None:
    assert read_date_line("Briefing (PM)", header=True) is None


def test_briefing_date_with_session_dates_the_page() -> None:
    raw = (
        "Home > News > Press Conference by the Harbour Secretary > March 24, 2016 (PM)\n"
        "Press Conference by the Harbour Secretary\n"
        "March 24, 2016 (PM)\n\n"
        "REPORTER: Will the ferries run on Friday?\n"
        "HARBOUR SECRETARY ROE: They will, the crews have agreed to return to work.\n"
    )
    cleaned = clean(raw)
    assert cleaned.published is not None
    assert str(cleaned.published.start) == "2016-03-24"


# -- a forum post's heading --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "poster", "day"),
    [
        (
            "Politics / Ferry Strike Ends After Talks by harbourfan: 11:05am On Dec 13, 2023",
            "Ferry Strike Ends After Talks",
            "harbourfan",
            "2023-12-13",
        ),
        (
            "Ferry strike ends by harbourfan » Wed Dec 13, 2023 11:05 am",
            "Ferry strike ends",
            "harbourfan",
            "2023-12-13",
        ),
        (
            "Night ferry to stay by Ines Vale, December 13, 2023, 11:05:00 AM",
            "Night ferry to stay",
            "Ines Vale",
            "2023-12-13",
        ),
    ],
)
def test_forum_post_heading(line: str, title: str, poster: str, day: str) -> None:
    post = post_heading(line)
    assert post is not None
    assert (post.title, post.poster, str(post.date.start)) == (title, poster, day)


@pytest.mark.parametrize(
    "line",
    [
        "Ferry strike called off by union: what it means for Northport",
        "Ferry strike called off by union: 13 December 2023",  # no clock time: no post's stamp
        "The night ferry was saved by the council on Dec 13, 2023 at 11:05",
    ],
)
def test_headline_naming_who_is_no_post_heading(line: str) -> None:
    assert post_heading(line) is None


def test_post_heading_names_the_poster_and_dates_the_page() -> None:
    raw = (
        "(1) (2) (3) (of 12 pages)\n\n"
        "Politics / Council Keeps The Night Ferry by harbourfan: 11:05am On Dec 13, 2023\n\n"
        f"{BODY}"
    )
    cleaned = clean(raw)
    assert cleaned.authors == ("harbourfan",)
    assert cleaned.published is not None and str(cleaned.published.start) == "2023-12-13"
    assert "harbourfan:" not in cleaned.text
    assert cleaned.title is None or "(of 12 pages)" not in cleaned.title


@pytest.mark.parametrize("pager", ["(1) (2) (3) (of 12 pages)", "« 1 2 3 … 12 »", "Page 2 of 12"])
def test_pager_is_no_title(pager: str) -> None:
    assert clean(f"{pager}\n\n{BODY}").title != pager


# -- an ordinal's full stop --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Die Trainerstimmen zum 12. Spieltag", "Aufstieg in die 3. Liga gelingt Hafenstadt"]
)
def test_ordinal_full_stop_is_no_caption_credit(line: str) -> None:
    assert not is_caption_form(line)


def test_headline_with_an_ordinal_is_the_title() -> None:
    title = "Die Trainerstimmen zum 12. Spieltag"
    body = (
        "Die Trainer sprachen am Sonntag über die Spiele des Wochenendes in Hafenstadt.\n\n"
        "Beide Mannschaften hätten gut gespielt, sagte der Trainer nach dem Abpfiff.\n"
    )
    assert clean(f"{title}\n\n{body}").title == title


def test_caption_closing_on_its_source_is_still_a_caption() -> None:
    assert is_caption_form("Shoppers at the old market in 2023. Harbourwire")
