"""Round 116: an interview's page titled by its guest, and an outlet's initials on the cover.

Forms:
- "Q&A with Ada Lund", "Q&A: Ada Lund", "An interview with Ada Lund", "Q & A with Ada Lund"
  over a Title Case deck, the answers labelled by the guest's initials ("AL:"), her name
  nowhere in the text: the guest's line is the title (before: the deck, which shares words
  with the story where the guest's line does not);
- "In conversation with Eva Lund" under a masthead set apart: the same (before: the masthead);
- "Excerpts From The Interview With Mr. Tom Berg - Founder, …" under a trade paper's masthead
  ("From the Current Velm Mining Review") and the site's menus: the interview's line is the
  title, whole (before: the masthead); the asker's initials ("VMR:") still spell the paper;
- the paper's name only in the page above the body ("Velm Mining Review" / its menu / the
  headline): "VMR:" is the paper (before: left as "Vmr", at 0.4).

Guards: an interview's line right under a sentence-case headline (a link to another story)
leaves the headline the title; so does a "Q&A" section label alone over it (as before); a
guest's initials ("TB:") stay the guest, not the paper (as before). (A chosen line sharing no
word with the story, not an interview's, still gives way: round 41's tests.)

Every text here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.reading.cleaning import clean

_DECK = "Kessel Rovers' new winger on the ferry trips, early training and his first derby"
_QA = (
    "Your name was on every back page last month after the derby in Velm. What was the week"
    " like?\n"
    "AL: Strange, honestly. I take the first ferry to training, so I heard about it from the"
    " crew before anyone at the club told me.\n"
    "Who helped you most in the first season?\n"
    "AL: The older players. Coach Berg kept me on the bench until I knew the system, and I"
    " think that was right.\n"
)


@pytest.mark.parametrize(
    "guest_line",
    ["Q&A with Ada Lund", "Q&A: Ada Lund", "An interview with Ada Lund", "Q & A with Ada Lund"],
)
def test_an_interviews_guest_line_is_the_title_over_its_deck(guest_line: str) -> None:
    result = clean(f"{guest_line}\n{_DECK}\n{_QA}")
    assert result.title == guest_line
    assert _DECK not in result.text
    assert result.text.startswith("Your name was on every back page")


def test_a_conversation_under_a_masthead_set_apart_is_the_title() -> None:
    raw = (
        "Harbour Times\n\n"
        "In conversation with Eva Lund\n"
        "The new harbour master on tides, ferries and the long winter ahead\n\n"
        "You took over the harbour in March after twenty years at sea. How have the first"
        " months gone?\n\n"
        "EL: Busier than I thought. The ferries run late in the storms and every captain has a"
        " view on the new berths, so I listen a lot.\n"
    )
    assert clean(raw).title == "In conversation with Eva Lund"


_TRADE_PAGE = (
    "Welcome Guest\n"
    "View Cart 0 | $0.00 Logout\n"
    "Copper\n"
    "Morning notes\n"
    "From the Current Velm Mining Review\n"
    "Excerpts From The Interview With Mr. Tom Berg - Founder, Chair and Chief Executive of"
    " Kessel Metals\n\n"
    "VMR: The Northport pit opens next spring. Why do you think its costs will stay low when"
    " the others in the valley have not?\n\n"
    "TB: The ore sits close to the surface and the harbour is twenty minutes away by road, so"
    " we move less rock and pay less for trucks.\n"
)


def _speakers(tmp_path: Path, raw: str) -> tuple[str | None, list[tuple[str | None, float]]]:
    path = tmp_path / "page.txt"
    path.write_text(raw, encoding="utf-8")
    article = claimtrack.load_article(path)
    quotes = claimtrack.extract_quotations(article)
    return article.title, [(q.speaker_full, q.confidence) for q in quotes]


def test_an_interviews_excerpts_line_under_a_masthead_is_the_whole_title(
    tmp_path: Path,
) -> None:
    title, speakers = _speakers(tmp_path, _TRADE_PAGE)
    assert title == (
        "Excerpts From The Interview With Mr. Tom Berg - Founder, Chair and Chief Executive of"
        " Kessel Metals"
    )
    assert [name for name, _ in speakers] == ["Velm Mining Review", "Tom Berg"]


def test_an_askers_initials_spell_the_paper_named_only_above_the_body(tmp_path: Path) -> None:
    raw = (
        "Velm Mining Review\n"
        "Copper | Zinc | Gold | Morning notes\n"
        "Tom Berg on the zinc price and the new pit at Northport\n\n"
        "VMR: The Northport pit opens next spring. Why do you think its costs will stay low"
        " when the others in the valley have not?\n\n"
        "TB: The ore sits close to the surface and the harbour is twenty minutes away by road,"
        " so we move less rock and pay less for trucks.\n"
    )
    title, speakers = _speakers(tmp_path, raw)
    assert title == "Tom Berg on the zinc price and the new pit at Northport"
    assert speakers[0] == ("Velm Mining Review", 0.75)  # a guess: below 0.8
    assert speakers[1][0] == "Tom Berg"  # a guest's initials stay the guest


_HEADLINE = "Harbour board approves the new ferry timetable for the winter months"
_NEWS = (
    "The Velm Harbour Board approved the winter ferry timetable on Monday, adding two late"
    " sailings to Northport.\n"
    '"We listened to the crews," said Ada Lund, the board\'s chair.\n'
)


def test_an_interviews_line_under_a_sentence_case_headline_leaves_the_headline() -> None:
    result = clean(f"{_HEADLINE}\nQ&A: Ada Lund on the late sailings\n\n{_NEWS}")
    assert result.title == _HEADLINE


def test_a_section_label_over_a_headline_leaves_the_headline_the_title() -> None:
    assert clean(f"Q&A\n{_HEADLINE}\n\n{_NEWS}").title == _HEADLINE
