"""Round 14: header lines whose shape no headline has (invented pages)."""

from __future__ import annotations

import pytest

from claimtrack.reading.cleaning import clean
from claimtrack.reading.headline_shapes import shaped_as_no_headline
from claimtrack.reading.line_rules import is_sentence_like

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)


@pytest.mark.parametrize(
    "line",
    [
        "By NORTHPORT DAILY More by this Author",
        "By Ada Lund and co-workers",
        "Par Jeanne Roux",
        "• Newswire",
        "0 6 min 1 yr",
        "– Do you like this office?",
        "Site icon Northport Daily",
        "Logo Northport Daily",
        "2. Navigation",
        "1. Choose from",
        "n. 4015 - lunedì 1 marzo 2021",  # round 15: an issue's number and date
        "Monday, 3 March 2021",
        "Our Correspondent",
        "Staff Reporter",
        "Na.Ada Lund",  # Swahili "by", glued to the name
    ],
)
def test_no_headline_has_this_shape(line: str) -> None:
    assert shaped_as_no_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the numbers: how the ferry channel will be widened",  # "the": no name follows
        "Von der Leyen warns of ferry delays",
        "Harbour board approves ferry plan",
        "港口委員會批准渡輪航道計劃",  # no spaces, many letters
        "Is the ferry channel too narrow?",
        "– Ferry channel plan approved",  # a dash, but no question
        "Logos and brands: the ferry company's new look",  # "Logos", not "Logo"
        "10 things to know about the new ferry channel",  # a number, no full stop
        "1. FC Northport wins the cup final after extra time",  # longer than a list item
        "Ferry fares frozen until 3 March 2021",  # a date, and a headline's words
        "Na Coreia do Sul, eleições antecipadas",  # "Na" without its full stop: a word
        "Our correspondents in the harbour towns tell their stories",
    ],
)
def test_a_headline_keeps_its_shape(line: str) -> None:
    assert not shaped_as_no_headline(line)


@pytest.mark.parametrize("top", ["By NORTHPORT DAILY More by this Author", "• Newswire"])
def test_a_byline_or_bullet_over_the_lead_is_no_title(top: str) -> None:
    result = clean(f"{top}\n\n{LEAD}\n\nMore, the board said.\n")
    assert result.title is None
    assert result.text.startswith(LEAD)


def test_a_dash_question_is_no_title_and_stays_in_the_body() -> None:
    page = (
        "Interview with the harbour master\n\n– Do you like this office?\n\n"
        "– Yes, I do, and the view of the channel is the best in the town.\n\n" + LEAD + "\n"
    )
    result = clean(page)
    assert result.title == "Interview with the harbour master"
    assert "Do you like this office?" in result.text


@pytest.mark.parametrize("abbreviation", ["Pres.", "Atty.", "Supt.", "Brig.", "Engr.", "Amb."])
def test_a_title_abbreviated_in_a_headline_ends_no_sentence(abbreviation: str) -> None:
    headline = f"“Serve The Harbour Well”–{abbreviation} Lund Tells Crews Upon Arrival"
    assert not is_sentence_like(headline)
    result = clean(f"{headline}\n\n{LEAD}\n\nMore, the board said.\n")
    assert result.title == headline
    assert result.text.startswith(LEAD)


def test_a_q_and_a_pair_in_the_header_opens_the_body() -> None:
    page = (
        "Ferry talks: a new start?\n\n[Anchor]\n\n"
        "Q. The first topic tonight\n\n"
        "A. The new harbour master\n\n" + LEAD + "\n"
    )
    result = clean(page)
    assert result.title == "Ferry talks: a new start?"
    assert result.text.startswith("Q. The first topic tonight")  # short turns, no sentences
    assert "A. The new harbour master" in result.text


def test_a_bar_of_fields_over_the_page_is_its_title_line_not_prose() -> None:
    top = (
        "Ferry operators raise prices by a quarter, but outlook disappointing | Business| "
        "News of the northern coast from a harbour perspective | NPD | 29.04.2014"
    )
    assert not is_sentence_like(top)
    result = clean(f"{top}\n\n1. Content\n\n2. Navigation\n\n{LEAD}\n\nMore, the board said.\n")
    headline = "Ferry operators raise prices by a quarter, but outlook disappointing"
    assert result.title is not None and result.title.startswith(headline)
    assert str(result.published) == "2014-04-29"
    assert result.text.startswith(LEAD)


@pytest.mark.parametrize(
    "skip", ["Skip navigation", "Go to main content", "메뉴 건너뛰기", "Aller au contenu principal"]
)
def test_a_skip_link_is_no_title(skip: str) -> None:
    headline = "Harbour board approves ferry plan"
    result = clean(f"{skip}\n\n{headline}\n\n{LEAD}\n\nMore, the board said.\n")
    assert result.title == headline
    assert skip not in result.text
