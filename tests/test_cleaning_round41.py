"""Round 41: titles, authors and dates met on the fresh batch (tune41).

A picture's alt text and caption printed twice under the headline are no headline; nor is a
site's name printed at the top, a search page's label, a paywall's question or a section's name
under the byline, when a line sharing the story's words, or standing over the byline, is there.
A headline run into a caption is no teaser; two names under the headline are its byline; a
byline's time zone, a "VIDEO:" kicker and a wire's "Source: Agency (Reporting by …)" credit are
read.
"""

from __future__ import annotations

import pytest

from claimtrack.reading.byline_dates import read_compound_line
from claimtrack.reading.bylines import name_list, names_in_byline
from claimtrack.reading.cleaning import clean
from claimtrack.reading.headlines import headline_shaped
from claimtrack.reading.repeats import glued_to_caption
from claimtrack.reading.title_words import content_words

_LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, ending"
    " two years of talks with the operators and the union."
)
_BODY = f"{_LEAD}\n\nWork starts in the spring, the board said.\n\nThe union welcomed the plan.\n"
_HEADLINE = "Harbour board approves plan to widen ferry channel"


@pytest.mark.parametrize(
    "caption",
    [
        "Ada Lund, 8, Tom Berg, 9, Kim Lee, 7, with head teacher Ann Moss",
        "Mayor Dr. Ada Lund and Chair Tom Berg warmly greet each other",
    ],
)
def test_a_caption_printed_twice_under_the_headline_is_no_headline(caption: str) -> None:
    result = clean(f"{_HEADLINE}\n\n{caption}\n\n{caption}\n\n{_BODY}")
    assert result.title == _HEADLINE
    assert caption not in result.text


def test_a_headline_printed_twice_under_a_menu_word_is_still_the_headline() -> None:
    result = clean(f"Connect with us\n\n{_HEADLINE}\n\n{_HEADLINE}\n\n{_BODY}")
    assert result.title == _HEADLINE


def test_a_headline_run_into_a_caption_is_no_teaser() -> None:
    glued = f"{_HEADLINE} Board chair Ada Lund speaks to reporters in Northport, May 5, 2022."
    result = clean(f"{_HEADLINE}\n\nAda Lund and Tom Berg\n{glued}\nNorthport Council\n\n{_BODY}")
    assert result.title == _HEADLINE
    assert result.authors == ("Ada Lund", "Tom Berg")


def test_glued_to_caption_needs_a_new_sentence_after_a_lower_case_word() -> None:
    assert glued_to_caption(
        "Court rules the minister can stay",
        "Court rules the minister can stay Thai Prime Minister Ada Lund speaks",
    )
    # a teaser cut from the lead goes on in lower case, or after a name
    assert not glued_to_caption(
        "The board voted on Tuesday to", "The board voted on Tuesday to close the pool"
    )
    assert not glued_to_caption(
        "Police arrest man in Northport", "Police arrest man in Northport After a chase"
    )


def test_name_list_reads_two_or_three_names_alone() -> None:
    assert name_list("Ada Lund and Tom Berg") == ["Ada Lund", "Tom Berg"]
    assert name_list("Ada Lund, Tom Berg & Kim Lee") == ["Ada Lund", "Tom Berg", "Kim Lee"]
    assert name_list("Jane Roe") == ["Jane Roe"]
    assert name_list("Ada Lund and the harbour board") == []


def test_a_byline_with_a_spelled_out_time_zone_is_read() -> None:
    line = "By Ada Lund Updated 9:08 p.m., Thursday, 9 April 2020, Atlantic Standard Time (GMT-4)"
    names, date = read_compound_line(line) or ([], None)
    assert names == ["Ada Lund"]
    assert date is not None and date.start.isoformat() == "2020-04-09"
    assert read_compound_line("Ada Lund | Prime Time") is None  # no zone: a show's name


def test_a_video_kicker_over_the_byline_is_the_headline() -> None:
    page = (
        f"VIDEO: {_HEADLINE}\n\n"
        "By Ada Lund Updated 9:08 p.m., Thursday, 9 April 2020, Atlantic Standard Time (GMT-4)\n\n"
        f"{_BODY}"
    )
    result = clean(page)
    assert result.title == f"VIDEO: {_HEADLINE}"
    assert result.authors == ("Ada Lund",)
    assert result.published is not None and result.published.start.isoformat() == "2020-04-09"
    assert headline_shaped(f"VIDEO: {_HEADLINE}")
    assert not headline_shaped("Video: fans celebrate. The club thanks them.")


def test_a_wire_credit_after_source_names_its_reporter_and_is_no_title() -> None:
    credit = "Source: Wirewire (Reporting by Ada Lund, Editing by Tom Berg)"
    assert names_in_byline(credit) == ["Ada Lund"]
    assert names_in_byline("(Reporting by Ada Lund, Editing by Tom Berg)") == ["Ada Lund"]
    result = clean(f"{_BODY}\n{credit}\n")
    assert result.title is None
    assert result.authors == ("Ada Lund",)
    assert "Reporting" not in result.text


@pytest.mark.parametrize(
    "chrome",
    [
        "Tagata Radio\n\nThe voice of the coast\n\nTagata Radio\n\nThe voice of the coast",
        "Westland News\n\nGet the latest news in Westland\n",
    ],
)
def test_a_line_sharing_no_word_with_the_story_gives_way(chrome: str) -> None:
    result = clean(f"{chrome}\n\n{_HEADLINE}\n\n{_BODY}")
    assert result.title == _HEADLINE


def test_a_column_title_sharing_no_word_stays_when_nothing_else_does() -> None:
    result = clean(f"Message from the Mayor\n\n{_BODY}")
    assert result.title == "Message from the Mayor"


def test_content_words_leave_out_small_words_of_several_languages() -> None:
    assert content_words("Sie sind bereits Kunde?") == {"berei", "kunde"}
    assert content_words("Get the latest news") == frozenset()
    assert content_words("Ministers tested") == {"minis", "teste"}


def test_a_line_under_the_byline_gives_way_to_the_headline_over_it() -> None:
    headline = "REACTIONS: Harbour League managers give their thoughts on the results"
    page = (
        f"{headline}\n\nSun 19th January 2020 | Manager Reactions\nBy Ada Lund\n\n"
        f"Harbour League Premier Division\n\nNorthport 5-0 Harbour Rovers\n\n{_BODY}"
    )
    result = clean(page)
    assert result.title == headline
    assert result.authors == ("Ada Lund",)


def test_drupals_comment_form_ends_the_story() -> None:
    form = (
        "Add new comment\n\nPlain text\n\n  • No HTML tags allowed.\n"
        "  • Lines and paragraphs break automatically.\n"
    )
    result = clean(f"{_HEADLINE}\n\n{_BODY}\n{form}")
    assert result.text.endswith("The union welcomed the plan.")
