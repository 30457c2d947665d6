"""Round 21: contact lines, transcript credits and labelled addresses are no headline, and the
title model chooses only among the lines the header rules let be one (invented pages)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.cleaning import clean
from claimtrack.reading.headline_shapes import shaped_as_no_headline
from claimtrack.reading.lines import split_lines
from claimtrack.reading.not_headlines import may_head

LEAD = (
    "The harbour board on Tuesday approved a plan to widen the northern ferry channel, "
    "ending two years of talks with the operators."
)


@pytest.mark.parametrize(
    "line",
    [
        "CONTACT: Ada Lund, ada.lund@harbour.example",
        "Contact: Ada Lund",
        "Tel.: 555 0100",
        "Phone: (555) 010-2000",
        "E-mail: desk@harbour.example",
        "Kontakt: Redaktion Hafenblatt",
        "Courriel : redaction@port.example",
        "연락처: 02-555-0100",
        "RING: 05555 E-POST: 05555@harbour.example",
        "desk [at] harbour.example",
        "Write to the desk at desk@harbour.example",
        "Transcript by Ada Lund",
        "Transkript von Hafenradio",
        "Transcribed by the Harbour Desk",
        "Image source (Header): harbour.example",
        "Quelle: https://harbour.example/story/12",
    ],
)
def test_a_contact_line_a_transcript_credit_or_a_labelled_address_is_no_headline(
    line: str,
) -> None:
    assert shaped_as_no_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Transcript: the mayor's interview with Harbour Radio",  # a headline's form
        "Transcripción de la entrevista con el alcalde",  # "of the interview": a headline
        "Contact sports banned in harbour schools",  # "contact" without its colon
        "Ring road plan approved after two years of talks",
        "Email scam hits harbour businesses",
        "Harbour board approves ferry plan",
        "Harbour.example sold to rival for $2m in surprise deal",  # an address in a sentence
    ],
)
def test_a_headline_with_these_words_stays_one(line: str) -> None:
    assert not shaped_as_no_headline(line)


def test_a_contact_line_over_the_body_is_not_the_title() -> None:
    page = f"Date: March 3, 2021\nCONTACT: Ada Lund, ada.lund@harbour.example\n\n{LEAD}\n"
    result = clean(page)
    assert result.title is None
    assert LEAD in result.text
    assert "ada.lund" not in result.text


def test_a_numbered_subheading_is_not_the_title_the_model_would_choose() -> None:
    # The page's headline is repeated at the end (so the header rules call it a teaser), and a
    # numbered subheading stands over the first paragraph: neither rule path makes "1. Minister's
    # Schedule" the title.
    page = (
        "Harbour Institute for Ferry Studies\n\nsearch(new window)\n\nPress Briefings\n\n"
        "Weekly Press Talk by Spokeswoman Ada Lund\n\n\n\nDate: Monday, March 6, 2023\n"
        "Time: 10:30-10:32 A.M.\n\n\n1. Minister's Schedule\n\n"
        "On March 9 at 10 A.M., the Ferry Ministry will mark its founding day at the "
        "harbour hall and Minister Tom Reed will give a short speech.\n\n"
        'Weekly Press Talk by Spokeswoman Ada Lund 저작물은 "공공누리" 제4유형 조건에 따라 '
        "이용할 수 있습니다.\n"
    )
    assert clean(page).title != "1. Minister's Schedule"


def test_may_head_keeps_a_headline_and_leaves_out_a_numbered_item() -> None:
    lines = split_lines("1. Minister's Schedule\nHarbour board approves ferry plan\n")
    indices = [i for i, line in enumerate(lines) if line.text]
    kept = may_head(lines, indices)
    assert [lines[i].text for i in kept] == ["Harbour board approves ferry plan"]


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)


@given(
    st.lists(_WORD, min_size=0, max_size=8),
    st.lists(_WORD, min_size=0, max_size=8),
    _WORD,
    _WORD,
    st.sampled_from(["@", " [at] ", " (at) "]),
)
def test_any_short_line_holding_an_address_is_no_headline(
    before: list[str], after: list[str], local: str, domain: str, at: str
) -> None:
    line = " ".join([*before, f"{local}{at}{domain}.example", *after]).capitalize()
    assert shaped_as_no_headline(line)


def test_a_labelled_question_under_the_byline_is_the_body_not_a_standfirst() -> None:
    page = (
        "Q&A with Harbour Coach Kim Dalevik\n\n"
        "With the sailing season a week away, Coach Kim Dalevik looks ahead to the regattas\n\n"
        "Ola Wren, Writer\n\n"
        "Q: What are your goals for the coming season?\n\n"
        "A: We want to sail better every week and reach the island final in August.\n\n"
        "Q: How does this crew compare to last year's?\n\n"
        "A: It is younger, and it learns fast.\n"
    )
    result = clean(page)
    assert result.title == "Q&A with Harbour Coach Kim Dalevik"
    assert "Q: What are your goals for the coming season?" in result.text
