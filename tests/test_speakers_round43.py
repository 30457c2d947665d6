"""Round 43: speakers met on the fresh batch (tune42).

Anonymous people introduced with a determiner at a sentence's start ("Another frustrated
patient", "Some patients") are nobody named, like "a resident"; a briefing copied from a PDF
keeps its paragraphs apart, so the page reads as the speaker's transcript; a cover that says
"the transcript of the announcement by the Prime Minister" gives the name it writes after that
title, not the title.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.aids.misspelt_names import full_surnames, respelt
from claimtrack.reading.cleaning import clean
from tests.harbour_cases import PDF_BRIEFING

_WARD = """Ward runs out of beds

The city hospital is short of beds, a visit showed.

Some patients who spoke on condition of anonymity were unhappy.

“I have been sleeping on the floor for three days and I am not well.

“My bags and my food are on the floor next to me.”

Another frustrated patient also said, “I was sent home the same night.”

Acting superintendent Ada Lund said, “There is no shortage of beds.”
"""


def test_people_introduced_with_a_determiner_are_nobody_named() -> None:
    found = ct.extract_quotations(_WARD)
    assert [q.speaker_full for q in found] == [None, None, None, "Ada Lund"]
    # the words at the cue stay as written
    assert found[2].speaker_as_written == "Another frustrated patient"


@pytest.mark.parametrize("body", ["the Harbour Union", "The Harbour Board"])
def test_a_body_at_a_sentences_start_keeps_its_name(body: str) -> None:
    text = f"""Union rejects offer

The port's workers met on Monday.

{body} said, "The offer is not good enough."
"""
    found = ct.extract_quotations(text)
    assert found and found[0].speaker_full is not None


def test_a_briefing_copied_from_a_pdf_is_the_speakers_transcript() -> None:
    article = clean(PDF_BRIEFING).to_article("briefing", PDF_BRIEFING)
    found = ct.extract_quotations(article)
    assert [q.text.split()[:3] for q in found] == [
        ["Just", "briefly,", "it"],
        ["The", "first", "week"],
        ["This", "is", "our"],
        ["We", "were", "discussing"],
    ]
    assert {q.speaker_full for q in found} == {"Ada Lund"}


def test_a_title_alone_is_no_speakers_name() -> None:
    # the cover writes no name after the title: nobody is named, the page is not read as speech
    text = PDF_BRIEFING.replace("Prime Minister Ada Lund announces", "The Government announces")
    found = ct.extract_quotations(clean(text).to_article("briefing", text))
    assert all(q.speaker_full != "Prime Minister" for q in found)


_QA = """Q&A with: Interim HBU President Ada Lund

Currently interim president of the University of Northland, J. Ada Lund's careers have \
included posts at the Harbour Board and the Ministry of Northland. Lund's ties with the \
university are long.

Q. You've had many jobs. How does this one rank?

A. Oh, very challenging and right up at the top.

Q. Is it a mixed blessing to be here on an interim basis?

A. Well, yes and no. It has come at a good stage of my life.
"""


def test_a_q_and_a_rubric_with_a_colon_names_its_guest_past_her_titles() -> None:
    found = ct.extract_quotations(_QA)
    answers = [q for q in found if q.speaker_as_written == "A"]
    # the rubric's guest, grown to the full name the lead writes (not "University of Northland")
    assert [q.speaker_full for q in answers] == ["J. Ada Lund", "J. Ada Lund"]


_HONOURED = """"Ports come first for Northland" - Minister Ada Lund

Tom Weller, correspondent for The Harbour Society, engages Hon Ada Lund State Minister for \
Ports and Shipping.

Tom Weller (TW): Northland had 800,000 visitors last year. What are your plans?

Hon Minister (HM): Shipping is one of the most important sectors of Northland. We have put it \
first in our policy.
"""


def test_an_honorific_before_a_role_label_does_not_hide_who_holds_the_role() -> None:
    found = ct.extract_quotations(_HONOURED)
    assert [(q.speaker_as_written, q.speaker_full) for q in found] == [
        ("Tom Weller", "Tom Weller"),
        ("Hon Minister", "Ada Lund"),
    ]


def test_a_titled_first_name_grows_to_the_name_the_article_writes_after_the_title() -> None:
    text = """Drought hits the north

This is per the minister of religious affairs Sheikh Omar Abdi Warsame, who spoke in the capital.

"We urge national efforts to help the families," said Sheikh Omar.
"""
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == "Omar Abdi Warsame"


def test_a_given_name_the_article_also_writes_as_a_surname_stays_as_written() -> None:
    # "Grant" is a first name after "Minister", and a surname after "Ulysses": two people
    text = """Statue unveiled

Minister Grant Shapps opened the square. A statue of Ulysses Grant stands in it.

"It is a fine day," said President Grant.
"""
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full != "Grant Shapps"


def test_a_surname_written_without_its_o_is_the_person_named_with_it() -> None:
    text = """Panel hears appeal

According to Terrence O’Sullivan, counsel for the society, the panel erred.

“They were remarks, not facts,” Sullivan told the panel.
"""
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == "Terrence O’Sullivan"
    assert found.confidence < 0.8  # a guess from spelling, below the sure bin


def test_respelt_takes_back_a_lost_o_only_when_one_surname_fits() -> None:
    one = full_surnames("Terrence O’Sullivan spoke.")
    assert respelt("Sullivan", one, "Sullivan told us.") == "O’Sullivan"
    # a second surname one letter away: no one person, no guess
    two = full_surnames("Terrence O’Sullivan spoke. Tom Sullivans left.")
    assert respelt("Sullivan", two, "Sullivan told us.") is None
    # written so three times: the article's own spelling
    assert respelt("Sullivan", one, "Sullivan. Sullivan. Sullivan.") is None


def test_a_place_and_role_after_the_verb_is_the_person_named_with_them_later() -> None:
    text = """Patient suspected of virus

“We suspect that the patient is infected”, says Northland health minister.

The channel quoted Northland Health Minister Ada Lund as saying that symptoms were confirmed.
"""
    (found,) = ct.extract_quotations(text)
    assert (found.speaker_as_written, found.speaker_full) == (
        "Northland health minister",
        "Ada Lund",
    )
    assert found.resolution == "role"


def test_a_role_nobody_is_named_with_stays_a_description_not_a_place() -> None:
    text = """Patient suspected of virus

“We suspect that the patient is infected”, says Northland health minister.
"""
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full != "Northland"
    assert found.speaker_as_written == "Northland health minister"


@pytest.mark.parametrize(
    "lead",
    [
        "An hour after the polls closed in the Harbour constituency, Ada Lund walked up to the "
        "podium and said,",
        "Ada Lund walked up to the podium in the Harbour Hall and said,",
    ],
)
def test_a_verb_after_and_shares_the_subject_its_clause_opens_with(lead: str) -> None:
    (found,) = ct.extract_quotations(f'Lund wins\n\n{lead} "I think we are ready to call it."\n')
    assert found.speaker_full == "Ada Lund"


def test_unnamed_clears_indefinite_people_but_keeps_a_definite_role_carried_by_a_pronoun() -> None:
    text = """Coach fined

A young coach lost his temper on Sunday. The coach kicked a bottle into the stands.

The coach's outburst cost him a fine, but he apologised. "I let the players down," he said.

Two parents were waiting outside. "It was a shame to see," they said.
"""
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["the coach", None]


def test_a_numbered_seat_is_part_of_the_title_before_the_name() -> None:
    text = """Commission wants change

“The board needs to be tougher on the state,” said District 3 Commissioner Ada Lund, who was \
the voting delegate.

“We have waited too long for this,” District 2 Commissioner Tom Weller said.
"""
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["Ada Lund", "Tom Weller"]


_OUTLET_ASKS = """Be patient, the dawn is near

Ada Lund was given a new post as CEO of the power company. In this exclusive interview with \
NBR’s Tom R. Weller, she talked about the company. Excerpts:

NBR: Could you tell us a little about yourself?

Lund: I earned my degree in civil engineering and have worked for the water authority since.
"""


def test_an_outlets_initials_label_the_reporter_the_lead_names_as_theirs() -> None:
    found = ct.extract_quotations(_OUTLET_ASKS)
    assert [(q.speaker_as_written, q.speaker_full) for q in found] == [
        ("NBR", "Tom R. Weller"),
        ("Lund", "Ada Lund"),
    ]


def test_initials_with_two_reporters_of_the_outlet_name_no_reporter() -> None:
    text = _OUTLET_ASKS.replace("Excerpts:", "NBR’s Sam Orley took the photos. Excerpts:")
    asked = ct.extract_quotations(text)[0]
    assert asked.speaker_full not in ("Tom R. Weller", "Sam Orley")


def test_a_bodys_name_after_a_persons_name_is_no_part_of_it() -> None:
    text = """Farmers welcome relief

President of FarmCo Tom Weller FarmCo expressed gratitude for the decision.

Mr Weller said, "It is a pivotal moment for us all."

"FarmCo has now put a person in the office to help," he said.
"""
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["Tom Weller", "Tom Weller"]


def test_a_surname_the_article_never_writes_after_of_still_grows() -> None:
    text = """Premier meets the press

Prime Minister Fiame Naomi Mataafa spoke on Tuesday.

"We will act," Fiame said.
"""
    (found,) = ct.extract_quotations(text)
    assert found.speaker_full == "Fiame Naomi Mataafa"


def test_a_clause_opening_with_a_place_gives_no_coordinated_subject() -> None:
    text = 'Lund wins\n\nIn Northport Ada Lund met the voters and said, "We are ready."\n'
    (found,) = ct.extract_quotations(text)
    assert "Northport" not in (found.speaker_full or "")
