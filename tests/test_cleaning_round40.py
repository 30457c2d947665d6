"""Round 40: titles, authors and dates met on the studied batch (tune38).

A repost's headline carries the byline and the wire's credit ("… – by Ada Lund (Northport Wire –
March 3, 2019)"): the headline is what comes before, the name an author, the credit's day the
story's. A wire's name over a release, a link to a section ("Interview »"), a gallery's controls
and a jail's mugshot caption are no headlines; a kicker run into the headline is cut off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.model import PartialDate
from claimtrack.reading.cleaning import clean
from claimtrack.reading.signed_headlines import credited_day, signed_headline
from claimtrack.reading.site_names import headline_text

_BODY = (
    "NORTHPORT – Crews at the harbour will strike on Thursday after contract talks failed,"
    " the union told reporters.\n\n"
    "The strike could last a week and halt the ferries to the islands, the union said on"
    " Monday.\n"
)


def _load(tmp_path: Path, text: str) -> claimtrack.Article:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return claimtrack.load_article(path)


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_a_repost_headline_gives_its_byline_and_credited_day(tmp_path: Path, dash: str) -> None:
    headline = f"Harbour crews to strike Thursday: union {dash} by Ada Lund (Northport Wire {dash}"
    article = _load(tmp_path, f"{headline} March 3, 2019)\n\n{_BODY}")
    assert article.title == "Harbour crews to strike Thursday: union"
    assert article.authors == ("Ada Lund",)
    assert article.published == PartialDate.parse("2019-03-03")


def test_a_headline_signed_with_a_capital_by_keeps_working() -> None:
    title, authors = signed_headline("The vibe is changing on the quay – By Dr Ada Lund", (), "")
    assert (title, authors) == ("The vibe is changing on the quay", ("Ada Lund",))


@pytest.mark.parametrize(
    "title",
    [
        "Ferry hit by storm off the north coast",  # a headline's own "by"
        "Harbour crews to strike Thursday (Northport Wire – March 3, 2019)",  # no byline
        "Ferry hit by storm - by the sea (March 3, 2019)",  # "the sea" names nobody
    ],
)
def test_no_byline_no_credited_day(title: str) -> None:
    assert credited_day(title) is None
    assert signed_headline(title, (), "")[0] == title


def test_a_wires_name_over_a_release_is_no_title(tmp_path: Path) -> None:
    page = (
        "Business Wire\n\n"
        "3.4.2025 06:30:00 CEST | Business Wire | Press release\n\n"
        "Share\n\n" + _BODY
    )
    article = _load(tmp_path, page)
    assert article.title != "Business Wire"
    assert article.text.startswith("NORTHPORT – Crews")


def test_a_link_to_a_section_and_a_gallerys_controls_are_no_title(tmp_path: Path) -> None:
    page = "Interview »\n\nImage preview\n  • Picture 0\n  • Picture 1\n  • Picture 2\n" + _BODY
    cleaned = clean(page)
    assert cleaned.title is None
    assert "Picture" not in cleaned.text and "Image preview" not in cleaned.text
    assert cleaned.text.startswith("NORTHPORT – Crews")


def test_a_headline_repeated_before_the_pages_keywords_is_the_title() -> None:
    page = (
        "Sheriff Lund in Northport Jail; Considering Resignation\n\n"
        "Sheriff Lund in Northport Jail; Considering Resignation | Lund, Ada Lund, Northport,"
        " Sheriff, WXYZ\n\n"
        "Mugshot from Northport County Detention Center in Harbourtown, NL\n\n" + _BODY
    )
    cleaned = clean(page)
    assert cleaned.title == "Sheriff Lund in Northport Jail; Considering Resignation"
    assert "Mugshot" not in cleaned.text


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Explanation after the harbour vote exitWhen Lund says this, the council laughs",
            "When Lund says this, the council laughs",
        ),
        ("PlayStation 5 sales rise after the holidays", None),
        ("New iPhone When launched", None),
    ],
)
def test_a_kicker_run_into_the_headline_is_cut(line: str, headline: str | None) -> None:
    assert headline_text(line) == (headline or line)


_ITALIAN_WALL = (
    "Se hai scelto di non accettare i cookie di profilazione e tracciamento, puoi aderire"
    ' all’abbonamento "Consentless" a un costo molto accessibile, oppure scegliere un altro'
    " abbonamento per accedere al Corriere del Porto.\n\n"
    "Ti invitiamo a leggere le Condizioni Generali di Servizio, la Cookie Policy e"
    " l'Informativa Privacy.\n\n"
    "Puoi leggere tutti i titoli di Porto.it\ne 10 contenuti ogni 30 giorni\na €16,99/anno\n\n"
    "  • Servizio equivalente a quello accessibile prestando il consenso ai cookie di"
    " profilazione pubblicitaria e tracciamento\n"
    "  • Durata annuale (senza rinnovo automatico)\n"
    "  • Un pop-up ti avvertirà che hai raggiunto i contenuti consentiti in 30 giorni (potrai"
    " continuare a vedere tutti i titoli e a scegliere se acquistare un abbonamento)\n"
    "  • Pubblicità presente ma non profilata o gestibile mediante il pannello delle"
    " preferenze\n"
    "  • Iscrizione alle Newsletter tematiche curate dalle redazioni.\n\n\n"
    "Per accedere senza limiti a tutti i contenuti di Porto.it\n\n"
    "Scegli il piano di abbonamento più adatto alle tue esigenze.\n\n"
    "Harbour crews to strike on Thursday\n\n"
    "Harbour crews to strike on Thursday\n\n"
)


def test_an_italian_cookie_wall_and_its_offer_are_furniture() -> None:
    cleaned = clean(_ITALIAN_WALL + _BODY)
    assert cleaned.title == "Harbour crews to strike on Thursday"
    assert cleaned.text.startswith("NORTHPORT – Crews")


@pytest.mark.parametrize(
    "pointer",
    [
        "See also Harbour Board: Crews upset with having to pay for the new quay",
        "CLICK - Court of Appeals Upholds Verdict on Harbour Case, Crews to Return to Work",
        "[Previously: Harbour Board still ‘wide open’ on proposed ferry cuts]",
    ],
)
def test_a_pointer_to_another_story_is_furniture(pointer: str) -> None:
    first, rest = _BODY.split("\n\n", 1)
    cleaned = clean(f"{first}\n\n{pointer}\n\n{rest}")
    assert pointer not in cleaned.text
    assert "The strike could last a week" in cleaned.text


@pytest.mark.parametrize(
    "line",
    ["See also the report by the harbour board on the quay.", "Click - the ferry door shut."],
)
def test_a_sentence_that_opens_like_a_pointer_stays(line: str) -> None:
    first, rest = _BODY.split("\n\n", 1)
    assert line in clean(f"{first}\n\n{line}\n\n{rest}").text


@pytest.mark.parametrize("outlet", ["Northport Record", "Harbour Observer", "The Islands Press"])
def test_an_outlets_name_under_the_byline_is_no_author(outlet: str) -> None:
    page = f"Solar developer objects to proposed ordinance\n\nBy Ada Lund\n{outlet}\n\n\n{_BODY}"
    assert clean(page).authors == ("Ada Lund",)


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ("Posted on Author Ada Lund Comment(0)", ("Ada Lund",)),
        ("Posted on July 16, 2022 Author Ada Lund Comments(3)", ("Ada Lund",)),
        ("Posted on Author the harbour desk Comment(0)", ()),
    ],
)
def test_a_blog_themes_meta_line_names_the_author(meta: str, authors: tuple[str, ...]) -> None:
    page = f"Harbour crews to strike on Thursday after talks fail\n\n{meta}\n\n{_BODY}"
    cleaned = clean(page)
    assert cleaned.authors == authors
    assert meta not in cleaned.text
