"""Dates and headlines as round 23's pages printed them (invented text, shapes as found)."""

from __future__ import annotations

import pytest

from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import clean
from claimtrack.reading.lead import is_lead_in
from claimtrack.text.dates import parse_date
from claimtrack.text.lead_dates import lead_date

LEAD = (
    "The harbour council on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators and the union."
)
MORE = "Work will start in the spring, the council said, and the ferries will keep running."
HEADLINE = "Council approves plan to widen the ferry channel"


def test_a_publish_date_field_with_a_space_before_its_colon_beats_the_sites_running_date() -> None:
    raw = (
        f"Monday, March 16th, 2026\n\nNorthport Today\n\n{HEADLINE}\n\n"
        f"{LEAD}\n\nPublish Date : 04 September 2020 15:13 PM\n\n{MORE}\n"
    )
    result = clean(raw)
    assert str(result.published) == "2020-09-04"
    assert "Publish Date" not in result.text


def test_more_labels_that_name_the_publication_date() -> None:
    for label in ("Date Published:", "Publication date", "Publish date:"):
        raw = f"{HEADLINE}\n\n{label} 4 May 2021\n\n{LEAD}\n\n{MORE}\n"
        assert str(clean(raw).published) == "2021-05-04", label


def test_a_wires_name_and_date_opening_the_lead_is_its_dateline_not_a_caption() -> None:
    lead = (
        "NORTHWIRE-NEWS. November 02, 2009. President of Northland Ada Lund congratulated the "
        "farmers of the country on the harvest, the official website reported."
    )
    assert not is_caption_form(lead)
    assert is_caption_form("HARBOUR PROTEST. Dockers march past the port office on Monday.")
    assert str(lead_date(lead)) == "2009-11-02"
    result = clean(f"{HEADLINE}\n{lead}\n{MORE}\n")
    assert result.text.startswith("NORTHWIRE-NEWS. November 02, 2009. President")
    assert str(result.published) == "2009-11-02"


def test_the_leads_dateline_is_read_under_a_caption_the_rules_kept() -> None:
    caption = (
        "Ada Lund, the harbour master, and Tom Bergholm of the union as they unveil the plaque "
        "marking the opening of the new ferry office in the old customs house."
    )
    lead = (
        "NORTHPORT, Northland, 16 January 2013 - On the anniversary of the great flood, the "
        "harbour board opened a new ferry office built to withstand the next one."
    )
    result = clean(f"{HEADLINE}\n\nBy Kim Dalevik\n\n{caption}\n\n{lead}\n\n{MORE}\n")
    assert str(result.published) == "2013-01-16"


def test_a_later_paragraph_that_opens_with_a_dated_place_does_not_date_the_page() -> None:
    later = (
        "NORTHPORT, Northland, 16 January 2013 - On the anniversary of the great flood, the "
        "harbour board opened a new ferry office built to withstand the next one."
    )
    paragraphs = [LEAD, MORE, "The union said it would watch the work closely.", later]
    assert clean(f"{HEADLINE}\n\n" + "\n\n".join(paragraphs) + "\n").published is None


def test_a_date_in_a_title_line_whose_fields_are_set_apart_by_spaces_is_read() -> None:
    raw = f"Sunday, May 20, 2018    Kim Dalevik    Northport Images\n\n{LEAD}\n\n{MORE}\n"
    assert str(clean(raw).published) == "2018-05-20"


def test_a_quoted_headline_printed_twice_is_the_title_not_the_first_paragraph() -> None:
    headline = "‘What can we do if the ferries do not come?’"
    raw = f"{headline}\n\n{headline}\n\nBy Kim Dalevik\n\n{LEAD}\n\n{MORE}\n"
    result = clean(raw)
    assert result.title == headline
    assert result.text.startswith(LEAD)
    assert result.authors == ("Kim Dalevik",)


def test_an_english_publish_date_label_does_not_make_a_numeric_date_day_first() -> None:
    for label in ("Publish Date:", "Publication date", "Date Published:"):
        assert parse_date(f"{label} 06/05/2016") is None, label  # either way round: refused
    assert str(parse_date("Publicado: 06/05/2016")) == "2016-05-06"  # Spanish: day first


@pytest.mark.parametrize(
    "greeting", ["Hi Guys,", "Dear Members,", "Good morning everyone,", "Liebe Mitglieder,"]
)
def test_a_greeting_above_the_first_paragraph_opens_the_body(greeting: str) -> None:
    raw = f"Harbour news\n\nPosted by Kim Dalevik\n\n{greeting}\n\n{LEAD}\n\n{MORE}\n"
    result = clean(raw)
    assert result.text.startswith(f"{greeting}\n\n{LEAD}")
    assert result.title == "Harbour news"


def test_only_a_short_line_that_opens_with_a_greeting_is_one() -> None:
    assert is_lead_in("Dear Members,") and is_lead_in("Chers amis,")
    assert not is_lead_in("Dear Members")  # no comma: a heading, a name
    assert not is_lead_in("Hi there, this line runs far too long to be a letter's greeting, and")
    assert not is_lead_in("Hillary Lund,")  # "Hi" is a word, not the start of a name


_COURT = (
    "Ada Lund, prosecuting, told Northport Crown Court that the defendant punched the victim "
    "once in the face outside the harbour bar."
)
_COURT_ON = (
    "Tom Bergholm, defending, said his client was genuinely sorry and that he had not meant "
    "to hurt anyone, the court heard on Monday."
)
_COURT_END = "The judge said Bergholm's client would be sentenced next month at the Crown Court."


@pytest.mark.parametrize(
    "box",
    [
        "MORE NEWS",
        "Related Story",
        "Sign up to our daily newsletter\n\nThe Northport newsletter cuts through the noise",
    ],
)
def test_a_box_set_into_the_story_does_not_end_it_when_the_story_goes_on(box: str) -> None:
    raw = (
        f"Man jailed for harbour bar attack\n\n{_COURT}\n\n{box}\n\n{_COURT_ON}\n\n"
        "Harbour Bar. Picture: Northport Studio\n\n"
        f"{_COURT_END}\n"
    )
    result = clean(raw)
    assert _COURT_ON in result.text and _COURT_END in result.text
    assert box.split("\n")[0] not in result.text


def test_a_box_of_other_stories_teasers_still_ends_the_story() -> None:
    raw = (
        f"Man jailed for harbour bar attack\n\n{_COURT}\n\n{_COURT_ON}\n\nMore Stories\n\n"
        "FERRY STRIKE ENDS AFTER TALKS\n"
        "The Northport Crown Court building will close for repairs next year, the council "
        "said on...\n"
        "NEW BERTHS FOR THE HARBOUR\n"
        "Work on the new berths at the harbour starts in the spring, the board said on...\n"
    )
    result = clean(raw)
    assert result.text.endswith(_COURT_ON)


def test_a_schedule_listed_in_the_story_keeps_its_dates_an_item_a_line() -> None:
    items = ["* May 19-21;", "* May 26-28;", "* June 2-4."]
    raw = f"Harbour opens for the season\n\n{LEAD}\n\nThe ferries run on:\n" + "\n".join(items)
    result = clean(raw + "\n")
    assert result.text.endswith("\n\n".join(items))
    assert result.published is None  # days without their year date nothing


def test_a_bulleted_date_line_with_its_year_is_still_a_date_line() -> None:
    raw = f"Harbour forum\n\n• 27-04-2010 5:40pm\n\n{LEAD}\n\n{MORE}\n"
    result = clean(raw)
    assert str(result.published) == "2010-04-27"
    assert "27-04-2010" not in result.text
