"""Round 11 boilerplate: rules for classes of lines that are not the story, and for where the
story goes on, each checked both ways (the furniture goes, body lines like it stay).

All fixtures are invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.reading.caption_forms import is_caption_form
from claimtrack.reading.cleaning import clean
from claimtrack.reading.credits import is_desk_initials
from claimtrack.reading.line_rules import boilerplate_reason
from claimtrack.reading.notices import is_related_link
from claimtrack.reading.sidebars import is_read_also
from claimtrack.reading.site_chrome import is_site_chrome
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE, QUOTE, saved_page

# ------------------------------------------------------------------ a related-story heading


@pytest.mark.parametrize("heading", ["Related Article", "RELATED STORY", "Related", "Related post"])
def test_a_related_story_heading_mid_article_keeps_the_story_under_it(heading: str) -> None:
    assert is_read_also(heading)
    result = clean(saved_page(HEADLINE, "", LEAD, "", heading, "", MORE, "", QUOTE, "", LAST))
    assert MORE in result.text and QUOTE in result.text and result.text.endswith(LAST)
    assert heading not in result.text


def test_a_related_story_heading_closing_the_page_still_ends_it() -> None:
    page = saved_page(
        HEADLINE, "", LEAD, "", MORE, "", "Related Article", "",
        "Ferry fares to rise in spring", "", "New pier opens on the east quay", "",
    )  # fmt: skip
    assert clean(page).text == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("line", ["Related articles are listed below.", "Related to the strike"])
def test_a_line_that_only_starts_like_one_is_not_a_heading(line: str) -> None:
    assert not is_read_also(line)


# ---------------------------------------------------------------------------- a site's chrome

CHROME = [
    "Harbour Court LogoHarbour Court Logo", "Read 608 times",
    "This article has been viewed 1,204 times", "Gelesen 57 mal", "Lu 120 fois",
    "Go back", "Back to overview", "Zurück", "- Advertisement -", "[Anzeige]",
    "— Publicité —", "Werbung", "Get the Harbour News app!", "Hol' dir die Liga-App!",
    "Download our app for the latest scores", "Télécharge l'appli Port Infos",
    "Follow Harbour Daily on WhatsApp", "Join us on Telegram for breaking news",
    "Get your daily news & explainers in your WhatsApp. Stay updated.",
    "Stats: 12,345 members, 67,890 topics. Date: Monday, 3 March 2025 at 10:15 AM",
    "jdoe's Posts", "harbourfan’s Profile", "(1) (2) (3) (4) (of 12 pages)", "(1) (2) (3)",
]  # fmt: skip


@pytest.mark.parametrize("line", CHROME)
def test_a_site_s_chrome_is_boilerplate_in_the_body_and_the_head(line: str) -> None:
    assert is_site_chrome(line) and is_site_chrome(line, header=True)
    assert boilerplate_reason(line, header=False) is not None


STORY = [
    "The council read the report 3 times before the vote.",
    "Customers can download the app from today, the bank said.",
    "Scammers send fake news links in your WhatsApp chats, police warned.",
    "Back to the Future", "Go back to the start, she told the crew.",
    "He followed the captain on WhatsApp for updates, he said.",
    "The union's posts were shared widely.", "The (1) and (2) options were rejected.",
    "Stats show 300 members left the club.", LEAD, QUOTE,
]  # fmt: skip


@pytest.mark.parametrize("line", STORY)
def test_story_lines_like_it_stay(line: str) -> None:
    assert not is_site_chrome(line)


def test_a_logo_s_alt_text_alone_counts_only_below_the_head() -> None:
    # A headline may end on the word; the glued pair never is one.
    assert is_site_chrome("Harbour Court Logo")
    assert not is_site_chrome("Council Unveils New Logo", header=True)
    assert is_site_chrome("Council LogoCouncil Logo", header=True)


def test_the_chrome_goes_and_the_story_stays_in_a_page() -> None:
    page = saved_page(
        HEADLINE, "", LEAD, "", "Harbour Court LogoHarbour Court Logo", "Harbour Court Logo", "",
        MORE, "", "- Advertisement -", "", QUOTE, "", LAST, "", "Read 77 times", "", "Go back",
    )  # fmt: skip
    assert clean(page).text == f"{LEAD}\n\n{MORE}\n\n{QUOTE}\n\n{LAST}"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghij ,.’'()-:0123456789", max_size=120))
def test_a_sentence_of_lowercase_words_is_never_chrome(text: str) -> None:
    # Property: a line that opens on a word none of the forms opens with is never chrome.
    line = f"Meanwhile {text} said."
    assert not is_site_chrome(line)


# ---------------------------------------------------------- a labelled link, a bracketed credit


@pytest.mark.parametrize(
    "line", ["À VOIR AUSSI | «Une bonne année»: le port bat son record", "Voir aussi : Le quai"]
)
def test_a_see_also_link_set_off_by_a_bar_is_a_related_link(line: str) -> None:
    assert is_related_link(line)


@pytest.mark.parametrize(
    "line",
    [
        "Cargo waits at the Northport terminal on Oct. 1. [HARBOURWIRE]",
        "Dockers march past the port office on Monday. [NEWS1]",
        "Ships queue outside the harbour. [HARBOUR DAILY]",
    ],
)
def test_a_one_sentence_caption_closing_on_a_bracketed_credit_is_a_caption(line: str) -> None:
    assert is_caption_form(line)
    page = saved_page(HEADLINE, "", line, "", LEAD, "", MORE, "", LAST)
    assert clean(page).text == f"{LEAD}\n\n{MORE}\n\n{LAST}"


@pytest.mark.parametrize(
    "line",
    [
        "The talks resumed on Monday. Both sides left early. [HARBOURWIRE]",  # a paragraph
        "Crews unload a ship in Northport on Monday [NEWS1]",  # no sentence closes it
        "See the figures in the table [A1]",  # a reference, not a name
        "Exports rose 4 percent in October. [Harbourwire]",  # not in capitals
    ],
)
def test_a_paragraph_or_a_reference_in_brackets_is_no_caption(line: str) -> None:
    assert not is_caption_form(line)


# ------------------------------------------------------------------ teaser cards closing a page


def test_teaser_cards_closing_the_page_are_dropped() -> None:
    page = saved_page(
        HEADLINE, "", LEAD, "", MORE, "", LAST, "", "Opinion", "", "Editorial", "",
        "Winter ferries", "14 Nov, 2025", "", "Winter ferries", "",
        "IS the harbour ready for the storms? At least that is what the board would like...",
        "Quay repairs", "15 Nov, 2025", "", "Quay repairs", "", "THE quay walls are cru",
    )  # fmt: skip
    assert clean(page).text == f"{LEAD}\n\n{MORE}\n\n{LAST}"


def test_a_timeline_of_headings_over_dates_stays_without_a_cut_blurb() -> None:
    page = saved_page(
        HEADLINE, "", LEAD, "", "The first strike", "3 March 2025", "",
        "Crews walked out over pay and the ferries stopped for two days.", "",
        "The second strike", "9 April 2025", "", "The third strike", "2 May 2025", "",
    )  # fmt: skip
    text = clean(page).text
    assert "The first strike" in text and "Crews walked out" in text
    assert "The second strike" in text and "The third strike" in text


def test_prose_between_the_cards_and_the_end_keeps_them() -> None:
    # Cards are looked for only in the page's closing run: a paragraph below ends the look.
    page = saved_page(
        HEADLINE, "", LEAD, "", "Winter ferries", "14 Nov, 2025", "",
        "IS the harbour ready for the storms? At least that is what...", "",
        "Quay repairs", "15 Nov, 2025", "", MORE, "", LAST,
    )  # fmt: skip
    text = clean(page).text
    assert "Winter ferries" in text and "Quay repairs" in text and text.endswith(LAST)


# --------------------------------------------------------------------- a wire desk's sign-off


@pytest.mark.parametrize("line", ["JK/abj/HPA", "(ah/mk)", "nw/HW", "RT/kl"])
def test_a_wire_desk_s_initials_are_a_credit(line: str) -> None:
    assert is_desk_initials(line)
    page = saved_page(HEADLINE, "", LEAD, "", MORE, "", LAST, "", line)
    assert clean(page).text == f"{LEAD}\n\n{MORE}\n\n{LAST}"


@pytest.mark.parametrize("line", ["and/or", "he/she", "Port/Ferries", "JK/abj wrote this", LEAD])
def test_small_words_or_longer_lines_with_slashes_are_no_sign_off(line: str) -> None:
    assert not is_desk_initials(line)
