"""Round 37: an app store's badge and a "Find us online" bar are furniture; a field labelled
"… by:" ("Currently viewed by: Ada Lund") and a fragment cut before its object ("A programme
by") are never the headline, so the headline under them is the title."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
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
