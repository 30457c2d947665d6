"""Round 39: cleaning and titles met on a new studied batch (tune38).

A dateline and its outlet between bars before the lead's sentence ("Kapchorwa, Uganda | THE
INDEPENDENT | Ada Lund has won …") open the body: they are no bar of fields and no headline.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.reading.cleaning import clean
from claimtrack.reading.line_rules import is_sentence_like

_LEAD = (
    "Northport, Harbourland | THE HARBOUR TIMES | Prisons runner Ada Lund has won the national "
    "mountain running championships in Northport on Saturday."
)
_REST = (
    "The newly recruited athlete won the ten kilometre race in 39 minutes and 54 seconds.\n\n"
    "“I am happy that my dream of winning the mountain has come to pass,” Lund said.\n"
)


def _load(tmp_path: Path, text: str) -> claimtrack.Article:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return claimtrack.load_article(path)


@pytest.mark.parametrize("above", ["", " date 2024-10-27 "])
def test_a_dateline_and_outlet_between_bars_open_the_body(tmp_path: Path, above: str) -> None:
    article = _load(tmp_path, f"{above}{_LEAD}\n\n{_REST}")
    assert article.title is None
    assert article.text.startswith(_LEAD)


def test_the_lead_after_the_bars_names_the_speaker(tmp_path: Path) -> None:
    quotes = claimtrack.extract_quotations(_load(tmp_path, f"{_LEAD}\n\n{_REST}"))
    assert [q.speaker_full for q in quotes] == ["Ada Lund"]


@pytest.mark.parametrize(
    "bar",
    [
        "Headline of the day | Business | Harbour Times | 29.04.2014",
        "Home WebMail Friday, November 15, 2024 | Northport | -4.9°C | Our site is in "
        "maintenance mode. Some pages may not be available. |",
        "News | Sport | Weather | Business | The council closed the quay to lorries today.",
    ],
)
def test_a_bar_of_fields_is_still_no_prose(bar: str) -> None:
    assert not is_sentence_like(bar)


def test_the_bar_of_fields_is_still_dropped() -> None:
    text = f"News | Sport | Weather | Business\n\n{_LEAD}\n\n{_REST}"
    assert clean(text).text.startswith(_LEAD)


# Furniture lines met on tune38, each written afresh: a blog's sidebar, view and comment
# counters, a German consent box for an embed, an adblocker notice, a wire release's multimedia
# pointer, a pointer to the rest, a back link to an index, a pager with an ellipsis.
_FURNITURE = [
    "Popular Posts - Last 7 days",
    "Blog Archive",
    "LIVE VISITOR TRAFFIC FEED",
    "A visitor from Northport viewed 'Harbour news' 17 mins ago",
    "3 views0 comments",
    "Wir benötigen Ihre Zustimmung um HarbourChat anzuzeigen",
    "AkzeptierenMehr Informationen",
    "Unter Umständen sammelt HarbourChat personenbezogene Daten für eigene Zwecke.",
    "You are using software which is blocking our advertisements (adblocker).",
    "As we provide the news for free, we are relying on revenues from our banners.",
    "This press release features multimedia. View the full release here: https://example.org/x",
    "For the rest of this article, click here:",
    "<<< voltar ao índice",
    "1 2 3 4 5 6 ... 7 8 9 10",
    "You can follow all replies to this entry through the comments feed.",
]


_PLAIN = "Northport runner Ada Lund has won the national mountain running race on Saturday."


@pytest.mark.parametrize("line", _FURNITURE)
def test_furniture_is_dropped(line: str) -> None:
    later = "The race will be held again next year on the same course, the organisers said."
    text = f"{_PLAIN}\n\n{_REST}\n{line}\n\n{later}\n"
    cleaned = clean(text).text
    assert line not in cleaned
    assert "The newly recruited athlete" in cleaned and later in cleaned


@pytest.mark.parametrize("marker", ["(ends)", "End/..", "-- HARBOURWIRE", "(END)"])
def test_a_wire_s_close_ends_the_story(marker: str) -> None:
    text = f"{_PLAIN}\n\n{_REST}\n{marker}\n\nMost read: Ferry fares rise again\n"
    cleaned = clean(text).text
    assert "Lund said" in cleaned and "Ferry fares" not in cleaned and marker not in cleaned


def test_one_thought_on_a_post_opens_the_comments() -> None:
    text = f"{_PLAIN}\n\n{_REST}\nOne thought on “Runner wins the mountain race”\n\nGreat race!\n"
    cleaned = clean(text).text
    assert "One thought" not in cleaned and "Great race" not in cleaned


@pytest.mark.parametrize(
    "prose",
    [
        "A visitor from Oslo said the race was the hardest she had run in years.",
        "Page 1 2 3 of the report lists the winners, and the rest follow on page 4.",
        "The council will go back to the index of fares when it meets in March.",
    ],
)
def test_prose_like_the_furniture_stays(prose: str) -> None:
    assert prose in clean(f"{_PLAIN}\n\n{prose}\n\n{_REST}").text


def test_a_site_name_after_a_tilde_leaves_the_title(tmp_path: Path) -> None:
    headline = "Full extract of President Ada Lund's speech to the nation"
    text = f"{headline} ~ iHarbourNews\n\nThursday, 16 August 2012\n\n{headline}\n\n{_REST}"
    assert _load(tmp_path, text).title == headline


@pytest.mark.parametrize(
    "title",
    ["Ferry crews end strike ~ Northport Today", "Ferry crews end strike - eHarbour Harbour"],
)
def test_words_after_a_tilde_or_a_dash_that_name_no_outlet_stay(title: str) -> None:
    from claimtrack.reading.site_names import without_site_name

    assert without_site_name(title, title) == title


def test_a_station_s_transcript_label_leaves_the_title(tmp_path: Path) -> None:
    headline = "Regional Hospital welcomes first Valley baby born in 2018"
    text = f"Speech to Text for {headline}\n\n{_REST}"
    assert _load(tmp_path, text).title == headline


def test_a_subscription_prompt_is_no_title(tmp_path: Path) -> None:
    headline = "Port of Northport prepares for national strike"
    text = (
        "Sign up for our daily Newsletter and stay up to date with all the latest news!\n\n"
        f"Subscribe I am already a subscriber\n\n{headline}\n\n{_REST}"
    )
    assert _load(tmp_path, text).title == headline
