"""Round 112: a government briefing's transcript headed by its headline and its cast line.

Forms:
- a briefing's headline over its cast line ("Presenter: Harbour Board Press Secretary Ada
  Lund") and its date: the headline is the page's title, the cast line is dropped, and the body
  starts at the first turn (before: the headline, which ends on a state's abbreviation,
  "…, Northport, Va.", was read as the body's first sentence, and the cast line was taken for
  the title); so too under a masthead of one line, which the headline outranks (before: the
  cast line was taken for the title);
- the cast line as a role and a name, a name and a role after a comma, or all in capitals
  ("HOST: ADA LUND"): who takes part, dropped (before: taken for the title, or kept in the body).

Guards: the presenter's turns under a label with a title and a surname ("MS. LUND: …"), the
full name given only by the headline, are all hers once the headline has left the body (the
label is read when the headline, not only the body, names the surname); a turn under a cast
word ("PRESENTER: Good evening, and welcome.") is no cast line; a standfirst in sentence case
over a cast line stays the body's lead, the cast line in the body; a lone label whose surname
neither the headline nor the lead gives stays unread.

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.reading.cleaning import clean

_HEADLINE = "Harbour Board News Briefing with Ada Lund from the Town Hall, Northport, Va."
_TURNS = (
    "MS. LUND: Good afternoon. Thank you all for coming today.",
    "Before your questions, a word on the ferry budget. The board wrote to the council on"
    " Monday to say that the money for the summer timetable is needed by the end of the month.",
    "If the council does not act soon, the north quay will close for the summer, and the crews"
    " will not be paid after the fifteenth of June.",
)


def _briefing(headline: str = _HEADLINE, presenter: str = "Ada Lund") -> str:
    return "\n".join(
        [
            "Harbour Board of Northport Harbour Board of Northport",
            "",
            "News Transcript",
            "",
            "Press Office Bookmark and Share",
            "",
            "",
            headline,
            "",
            f"Presenter: Harbour Board Press Secretary {presenter}",
            "May 06, 2008",
            *("            " + turn + " " for turn in _TURNS),
        ]
    )


def test_briefing_headline_over_its_cast_line_is_the_title() -> None:
    result = clean(_briefing())
    assert result.title == _HEADLINE
    assert result.text.startswith("MS. LUND: Good afternoon.")
    assert "Presenter:" not in result.text
    assert result.authors == ()
    assert str(result.published) == "2008-05-06"


def test_presenter_named_only_by_the_headline_speaks_every_turn() -> None:
    result = clean(_briefing())
    article = ct.Article(id="briefing", text=result.text, title=result.title)
    found = ct.extract_quotations(article)
    assert len(found) == 3
    assert all(q.speaker_full == "Ada Lund" for q in found)
    assert found[0].speaker_as_written == "MS. LUND"


def test_headline_over_its_cast_line_wins_over_the_masthead_above() -> None:
    head = ["Harbour Board of Northport", "", "News Transcript", "", "", _HEADLINE, ""]
    cast = ["Presenter: Harbour Board Press Secretary Ada Lund", "May 06, 2008"]
    page = "\n".join([*head, *cast, *_TURNS])
    result = clean(page)
    assert result.title == _HEADLINE
    assert result.text.startswith("MS. LUND: Good afternoon.")


@pytest.mark.parametrize(
    "cast",
    [
        "Presenter: Harbour Board Press Secretary Ada Lund",
        "Speaker: Ada Lund, Press Secretary of the Harbour Board",
        "HOST: ADA LUND",
    ],
)
def test_cast_line_names_who_takes_part(cast: str) -> None:
    text = _briefing().replace("Presenter: Harbour Board Press Secretary Ada Lund", cast)
    result = clean(text)
    assert result.title == _HEADLINE
    assert cast not in result.text


@pytest.mark.parametrize(
    "turn", ["PRESENTER: Good evening, and welcome.", "Host: Ada Lund said the ferry was late."]
)
def test_turn_under_a_cast_word_is_no_cast_line(turn: str) -> None:
    text = _briefing().replace("Presenter: Harbour Board Press Secretary Ada Lund", turn)
    assert turn in clean(text).text


def test_standfirst_in_sentence_case_over_a_cast_line_stays_the_lead() -> None:
    lead = "Northport's harbour master, Ada Lund, faces a busy summer at the Town Hall, Va."
    cast = "Presenter: Tom Berg"
    text = "\n".join(["Harbour Board Briefing", "", lead, "", cast, "", *_TURNS])
    result = clean(text)
    assert result.text.startswith(lead)
    assert cast in result.text


def test_lone_label_whose_surname_nobody_gives_stays_unread() -> None:
    headline = "Harbour Board News Briefing with Tom Berg from the Town Hall, Northport, Va."
    result = clean(_briefing(headline=headline, presenter="Tom Berg"))
    article = ct.Article(id="briefing", text=result.text, title=result.title)
    found = ct.extract_quotations(article)
    assert not any(q.speaker_full == "Ada Lund" for q in found)
    assert not any(q.speaker_as_written == "MS. LUND" for q in found)
