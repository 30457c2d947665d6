"""Round 37: an app store's badge and a "Find us online" bar are furniture; a field labelled
"… by:" ("Currently viewed by: Ada Lund") and a fragment cut before its object ("A programme
by") are never the headline, so the headline under them is the title."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.lead_headlines import headline_under_lead
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.lines import split_lines
from claimtrack.reading.not_headlines import never_headline

_PROSE = (
    "The council voted on Monday to close the old quay to lorries from next spring.\n\n"
    "Ada Lund, who chairs the harbour board, said the decision was overdue.\n"
)
_HEADLINE = "Northport closes its old quay to lorries"


@pytest.mark.parametrize(
    "line",
    [
        "Android app on Google Play",
        "Get it on Google Play",
        "Download on the App Store",
        "Available on the App Store",
        "Find Us Online At",
        "Find us on Facebook",
        "Like Us",
    ],
)
def test_an_app_badge_and_a_follow_bar_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=True) is not None
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "We like us better when the ferry runs on time, the mayor joked.",
        "The app on Google Play was downloaded 40,000 times in its first week.",
    ],
)
def test_sentences_about_apps_and_liking_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


@pytest.mark.parametrize(
    "above",
    [
        "Currently viewed by: Tom Reed",
        "A programme by",
        "In partnership with the",
        "Find Us Online At\nAndroid app on Google Play\nLike Us\nA programme by",
    ],
)
def test_a_viewed_by_field_or_a_cut_fragment_is_not_the_headline(above: str) -> None:
    article = clean(f"{above}\n\n{_HEADLINE}\n\n{_PROSE}")
    assert article.title == _HEADLINE
    assert article.text.startswith("The council voted on Monday")


def test_a_headline_ending_on_a_word_like_by_is_still_read_when_long() -> None:
    # seven words and more: not a fragment's length
    headline = "Ferry crews vote to strike over pay offered by"
    article = clean(f"{headline}\n\n{_PROSE}")
    assert article.title == headline


@pytest.mark.parametrize(
    "line",
    [
        "• 7 min to read",
        "Our website is temporarily unavailable in your location.",
        "You can leave a comment, or trackback from your own site. RSS 2.0",
        "You can follow any responses to this entry through the RSS 2.0 feed.",
        "12. Harbourwatcher says:",
        "Read more in Spanish:",
        "Discover our latest articles on Velmland here.",
    ],
)
def test_a_blogs_footer_a_blocked_page_and_pointers_are_furniture(line: str) -> None:
    assert boilerplate_reason(line, header=False) is not None


@pytest.mark.parametrize(
    "line",
    [
        "You can read it in English below, the mayor said.",
        "Read more in the report the council published on Monday.",
        "1. The mayor says: we will win the vote.",
        "6 minutes ago, Tom Reed said: the ferry is late again.",
    ],
)
def test_sentences_like_footers_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


@pytest.mark.parametrize(
    "headline",
    ["Men's Hockey Postgame Quotes vs. Eastwick", "Northport Rovers vs. Eastwick Town"],
)
def test_a_headline_with_vs_is_no_caption_signed_after_a_full_stop(headline: str) -> None:
    assert boilerplate_reason(headline, header=True) is None
    article = clean(f"{headline}\n\n{_PROSE}")
    assert article.title == headline


def test_a_caption_signed_after_its_full_stop_is_still_one() -> None:
    assert boilerplate_reason("The mayor opened the new bridge on Monday. Ada Lund", header=True)


@pytest.mark.parametrize(
    "line",
    [
        "News Reports Sports Business",
        "Posted in Local - Courts by harbourblogger",
        "H-Town Reporter",
        "E&OE TRANSCRIPT",
        "Currently viewed by: Tom Reed",
        "A programme by",
    ],
)
def test_a_menu_row_a_filed_in_line_a_desk_and_a_disclaimer_never_head(line: str) -> None:
    assert never_headline(split_lines(line), 0)


@pytest.mark.parametrize(
    "line",
    [
        _HEADLINE,
        "Sports News Weekly Roundup Returns",
        "Posted in error: council apologises for letters",
        "Reporter jailed for contempt after harbour trial",
        "Ferry crews vote to strike over pay offered by",
    ],
)
def test_headlines_with_menu_filing_or_desk_words_may_head(line: str) -> None:
    assert not never_headline(split_lines(line), 0)


def test_a_teasers_ellipsis_before_the_headline_is_not_the_titles() -> None:
    article = clean(f"…{_HEADLINE}\n\n{_PROSE}")
    assert article.title == _HEADLINE


def test_a_sign_up_box_with_its_inbox_blurb_inside_the_story_does_not_end_it() -> None:
    raw = (
        f"{_HEADLINE}\n\n{_PROSE}\n"
        "Sign up for our daily email newsletter\n\n"
        "Get the latest news sent to your inbox\n\n"
        "The closure was one of three measures the council approved for the harbour this "
        "year, and the second to draw complaints from hauliers.\n\n"
        "A hauliers' group said it would ask the council to delay the closure until the new "
        "road to the east quay opens in the autumn.\n"
    )
    article = clean(raw)
    assert "The closure was one of three measures" in article.text
    assert "A hauliers' group said" in article.text
    assert "your inbox" not in article.text
    assert "Sign up for our daily" not in article.text


def test_a_sign_up_box_ending_the_page_still_ends_it() -> None:
    raw = (
        f"{_HEADLINE}\n\n{_PROSE}\n"
        "Sign up for our daily email newsletter\n\n"
        "Get the latest news sent to your inbox\n\n"
        "Privacy Policy\n\nTerms of Use\n"
    )
    article = clean(raw)
    assert "Privacy Policy" not in article.text
    assert article.text.rstrip().endswith("said the decision was overdue.")


@pytest.mark.parametrize("section", ["(Museum news)", "(News)", "(Harbour Board News)"])
def test_a_section_in_brackets_after_the_headline_is_not_the_titles(section: str) -> None:
    article = clean(f"{_HEADLINE} {section}\n\n{_PROSE}")
    assert article.title == _HEADLINE


def test_brackets_inside_a_headline_stay() -> None:
    headline = "Is it (fake) news? Harbour board answers its critics"
    article = clean(f"{headline}\n\n{_PROSE}")
    assert article.title == headline


def test_a_portraits_caption_printed_twice_is_not_the_headline() -> None:
    caption = "Harbour Union president Ada Lund"
    raw = f"Top News\n\n{_HEADLINE}\n\n{caption}\n{caption}\n\n{_PROSE}"
    assert clean(raw).title == _HEADLINE
    assert never_headline(split_lines(caption), 0)


@pytest.mark.parametrize(
    "headline", ["Harbour Union President Ada Lund", "Harbour Union president Ada Lund quits"]
)
def test_a_titled_name_in_title_case_or_with_a_verb_may_head(headline: str) -> None:
    assert not never_headline(split_lines(headline), 0)


@pytest.mark.parametrize(
    "caption",
    [
        "From top: Tom Reed, of Harbour Radio; Mayor Ada Lund",
        "Clockwise from top left: the quay, the ferry and the market",
    ],
)
def test_a_caption_placing_its_pictures_from_the_top_is_no_headline(caption: str) -> None:
    assert boilerplate_reason(caption, header=True) is not None
    assert clean(f"{caption}\n\n{_HEADLINE}\n\n{_PROSE}").title == _HEADLINE


def test_a_sentence_from_top_to_bottom_stays() -> None:
    assert boilerplate_reason("From top to bottom the tower is painted red.", header=False) is None


def test_a_caption_printed_twice_in_a_row_above_the_headline_is_not_the_title() -> None:
    caption = "Some pupils in Northport on their way home"
    raw = f"{caption}\n{caption}\n\n{_HEADLINE}\n\n{_PROSE}"
    assert clean(raw).title == _HEADLINE


def test_a_headline_printed_twice_apart_is_still_the_title() -> None:
    raw = f"Harbour Daily\n\n{_HEADLINE}\n\nBy Tom Reed\n\n{_HEADLINE}\n\n{_PROSE}"
    assert clean(raw).title == _HEADLINE


_LEAD = "Northport's hauliers have been told the old quay will close to lorries next spring."


def test_a_headline_under_a_one_line_lead_is_the_title() -> None:
    headline = "Old Quay To Close To Lorries, Hauliers Told"
    article = clean(f"{_LEAD}\n\n{headline}\n\n{_PROSE}")
    assert article.title == headline
    assert headline not in article.text
    assert article.text.startswith(_LEAD)


@pytest.mark.parametrize(
    ("second", "title"),
    [
        ("Old Quay To Close To Lorries, Hauliers Told", True),
        ("What the council decided on Monday", False),  # sentence case: a subheading
        ("The council voted on Monday to close it.", False),  # a sentence
    ],
)
def test_only_a_title_case_headline_under_the_lead_is_taken(second: str, title: bool) -> None:
    lines = split_lines(f"{_LEAD}\n\n{second}\n\n{_PROSE}")
    paragraphs = [[i] for i, line in enumerate(lines) if line.text]
    found = headline_under_lead(lines, paragraphs)
    assert (found is not None and lines[found].text == second) is title


def test_a_short_label_under_a_long_headline_is_not_the_title() -> None:
    headline = "Harbour flood warden warns the worst is yet to come this weekend"
    raw = f"{headline}\n\nFlooding in Northport Harbour\n\n{_PROSE}"
    assert clean(raw).title == headline


def test_a_row_of_email_print_and_feedback_controls_is_furniture() -> None:
    assert boilerplate_reason("EMAIL | PRINTABLE VIEW | FEEDBACK |", header=False) is not None
    assert boilerplate_reason("The council will view the feedback by email.", header=False) is None
