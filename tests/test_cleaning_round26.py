"""Round 26: a site's requests and notices to its visitor, a picture's source."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import DropReason, boilerplate_reason, is_end_marker


@pytest.mark.parametrize(
    "line",
    [
        "Email newsletter signup",
        "Stay informed on the latest news",
        "Suscríbete a Nuestro Boletín",
        "Recibe por email las noticias más destacadas",
        "This field is for validation purposes and should be left unchanged.",
        "Have you got a news tip? Get in touch here",
        "Reset Text smaller larger",
        "We welcome your comments below. If you are not already registered, please register.",
        "While citing and using any materials on the Internet, links to the site are obligatory.",
        "This article was added by the user . Northport News is not responsible for it.",
        "Press Enter to search or ESC to close",
    ],
)
def test_a_sites_requests_and_notices_are_boilerplate(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


def test_a_pictures_source_is_its_caption() -> None:
    assert boilerplate_reason("Image source: Getty Images", header=False) is (
        DropReason.IMAGE_CAPTION
    )


@pytest.mark.parametrize(
    "line",
    [
        "Residents were told to stay informed on the latest news from the council, she said.",
        "The mayor got a news tip from a resident.",
        "Press officers entered the room to search for the minister.",
    ],
)
def test_the_storys_sentences_with_those_words_stay(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None


def test_a_form_notice_inside_the_story_is_dropped_and_the_story_kept() -> None:
    page = (
        "Harbour board approves the ferry channel plan\n\n"
        "The harbour board on Tuesday approved a plan to widen the northern ferry channel.\n\n"
        "Stay informed on the latest news\n\n"
        "This field is for validation purposes and should be left unchanged.\n\n"
        "Work will start in spring, the board said.\n"
    )
    text = clean(page).text
    assert "validation purposes" not in text and "Stay informed" not in text
    assert "Work will start in spring" in text


@pytest.mark.parametrize(
    "line", ["You have 82% of this article left to read", "Pozostało jeszcze 82% artykułu"]
)
def test_how_much_a_paywall_holds_back_is_boilerplate(line: str) -> None:
    assert boilerplate_reason(line, header=False) is not None


def test_a_share_of_a_budget_is_no_paywall() -> None:
    assert boilerplate_reason("The council spent 82% of the budget.", header=False) is None


def test_a_wires_close_in_initials_ends_the_story() -> None:
    page = (
        "Harbour traffic grows by a tenth\n\n"
        "NORTHPORT, 3 Nov (Wire) - Harbour traffic grew by a tenth this year, the board said.\n\n"
        "jt/am\n\n"
        "Mayor names a new harbour master for the northern channel\n\n"
        "Ferries return to the island after the storm\n"
    )
    text = clean(page).text
    assert "grew by a tenth" in text and "harbour master" not in text and "jt/am" not in text


@pytest.mark.parametrize("line", ["and/or", "News/Sport", "24/7"])
def test_other_slashed_words_end_nothing(line: str) -> None:
    assert not is_end_marker(line)


@pytest.mark.parametrize(
    "line",
    [
        "Adjust the interface to make it easier to use for different conditions",
        "This renders the document in high contrast mode.",
        "This loads a font easier to read for people with dyslexia.",
        "Loading audio...",
        "View as Gallery",
        "JPEG - 15.6 kb",
        "{mosads}",
        "Advertisement - Continue Reading Below",
        "Join Date",
        "Quote Originally Posted by Harbour Fan View Post",
        "Harbour Fan's Avatar",
        "trackback",
    ],
)
def test_a_sites_toolbars_players_and_forum_furniture_are_boilerplate(line: str) -> None:
    assert boilerplate_reason(line, header=False) is DropReason.UI_WORD


@pytest.mark.parametrize(
    "line",
    [
        "The loading of the ferry took hours.",
        "This renders the plan useless, the mayor said.",
        "Ada Lund's profile grew after the vote.",
    ],
)
def test_the_storys_sentences_on_those_words_stay_too(line: str) -> None:
    assert boilerplate_reason(line, header=False) is None
