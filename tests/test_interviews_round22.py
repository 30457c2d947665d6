"""Interviews, round 22: a run-in head in capitals over a long paragraph of news is no turn.

Newsletters and briefs open items with heads in capitals and a colon ("WE INTERRUPT THIS
PROGRAM: …", "DADDY DEAREST: …"). A question inside such an item ("So what aired instead?") does
not make it an interviewer's turn and the next item an answer: a question turn ends with its
question, or is short.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack as ct

_BRIEFS = (
    "Odd News of the Week\n\n"
    "WE INTERRUPT THIS PROGRAM: A Northport TV station refused to show the season opener for "
    'the local minor league team because the game fell on a holiday this year. "It is not the '
    "right day for us,\" explained Ada Lund, the station's manager. So what aired in its place? "
    "Reruns of a cooking show, the late news and a documentary about lighthouses. (Northport "
    "Ledger) ...Making the most sense of all.\n\n"
    "DADDY DEAREST: Tom Bergholm, 31, was charged after leaving his young son in a car in the "
    "rain for half an hour while he was inside a club. Why did the boy wait so long before "
    'walking in to look for his dad? Police say he told the boy "monsters would eat him." '
    "(Wire) ...Clearly a family of planners, and the charge reads oddly too.\n\n"
    "MORON OF THE WEEK #12: A 17-year-old in Northport set himself on fire while stealing "
    "fuel. To add irony to injury, the car belonged to a firefighter."
)


def test_run_in_heads_over_news_items_are_no_turns() -> None:
    found = ct.extract_quotations(_BRIEFS)
    assert all(q.kind != "interview" for q in found)
    assert [(q.speaker_full, q.text) for q in found] == [
        ("Ada Lund", "It is not the right day for us"),
        ("Tom Bergholm", "monsters would eat him."),
    ]


def test_a_question_turn_that_ends_with_its_question_is_still_answered() -> None:
    text = (
        "Harbour talks\n\n"
        "KIM DALEVIK: The port has waited ten years for new berths, the cranes are old, and "
        "traders say the delays cost them every week of the season. The council voted 7-2 on "
        "Monday after a long night of debate and two failed motions. Some members walked out "
        "before the vote. What do you say to the traders who have waited?\n\n"
        "ADA LUND: We heard them. The berths will be ready in spring.\n\n"
        "KIM DALEVIK: And the cost?\n\n"
        "ADA LUND: Within the budget the council set."
    )
    found = ct.extract_quotations(text)
    answers = [q for q in found if q.speaker_full == "Ada Lund"]
    assert [q.text for q in answers] == [
        "We heard them. The berths will be ready in spring.",
        "Within the budget the council set.",
    ]


_BROADCAST = (
    "Police Make Progress in Harbour Robbery\n"
    "There is an update to the robbery at the Northport harbour office last Friday. Police have "
    "made progress in the case. Reporter Tom Bergholm spoke to the commissioner.\n"
    "Ada Lund\n"
    "“We received some very good information yesterday and police are acting on it.”\n"
    "Tom Bergholm\n"
    "“Has a motive been established?”\n"
    "Ada Lund\n"
    "“We’re looking at it at this time because of the items stolen.”\n"
    "Tom Bergholm\n"
    "“Suspects? From the area?”\n"
    "Ada Lund\n"
    "“They are from Northport, the harbour district.”\n"
)


def test_a_broadcast_copy_quotes_each_turn_under_a_name_on_its_own_line() -> None:
    found = ct.extract_quotations(_BROADCAST)
    assert [(q.speaker_full, q.text) for q in found] == [
        (
            "Ada Lund",
            "We received some very good information yesterday and police are acting on it.",
        ),
        ("Tom Bergholm", "Has a motive been established?"),
        ("Ada Lund", "We’re looking at it at this time because of the items stolen."),
        ("Tom Bergholm", "Suspects? From the area?"),
        ("Ada Lund", "They are from Northport, the harbour district."),
    ]
    assert all(q.resolution == "interview-label" for q in found)


def test_the_first_label_with_its_role_is_a_label_not_a_byline(tmp_path: Path) -> None:
    text = _BROADCAST.replace(
        "Reporter Tom Bergholm spoke to the commissioner.\nAda Lund\n",
        ("Reporter Tom Bergholm spoke to the commissioner.\nAda Lund, Commissioner of Police\n"),
    )
    (tmp_path / "robbery.txt").write_text(text, "utf-8")
    article = ct.load_article(tmp_path / "robbery.txt")
    assert "Ada Lund, Commissioner of Police" in article.text and article.authors == ()
    found = ct.extract_quotations(article)
    assert [q.speaker_full for q in found] == ["Ada Lund", "Tom Bergholm"] * 2 + ["Ada Lund"]


def test_a_name_over_a_quote_with_its_own_cue_is_no_label() -> None:
    text = _BROADCAST.replace("“Has a motive been established?”", "“Has it?” he asked, “and why?”")
    found = ct.extract_quotations(text)
    assert "Has it?" not in [q.text for q in found if q.resolution == "interview-label"]


def test_a_listings_field_labels_are_no_speakers() -> None:
    item = (
        "Percentage of the Vote: {share} percent\n\n"
        "Closing Remarks: {name}, the {role}, spoke to supporters after the count and made "
        "some positive remarks about the campaign. “We ran a clean race,” {last} said.\n\n"
    )
    text = "How the Northport mayoral candidates took defeat\n\n" + "".join(
        item.format(share=s, name=n, role=r, last=n.split()[-1])
        for s, n, r in (
            ("6.7", "Ada Lund", "harbour master"),
            ("4.2", "Tom Bergholm", "former councillor"),
        )
    )
    found = ct.extract_quotations(text)
    assert all(q.kind != "interview" and q.speaker_full != "Closing Remarks" for q in found)
    assert [q.speaker_full for q in found] == ["Ada Lund", "Tom Bergholm"]


def test_a_name_label_whose_surname_is_also_a_word_still_speaks() -> None:
    text = (
        "Harbour talks\n\nKIM DALEVIK: Will the bush fires close the port road?\n\n"
        "Tom Bush: No. The road stays open, and the bush is far from it.\n\n"
        "KIM DALEVIK: And the ferries?\n\nTom Bush: They run on time.\n"
    )
    answers = [q.text for q in ct.extract_quotations(text) if q.speaker_full == "Tom Bush"]
    assert answers == ["No. The road stays open, and the bush is far from it.", "They run on time."]


def test_a_title_with_its_full_stop_in_a_transcripts_label_is_no_part_of_the_name() -> None:
    text = (
        "Harbour briefing transcript\n\n"
        "GOV. ADA LUND: Thank you all for coming. We will respond to the storm today.\n\n"
        "QUESTION: What will it cost?\n\n"
        "GOV. ADA LUND: I am not aware of any costs yet.\n"
    )
    found = ct.extract_quotations(text)
    assert [q.speaker_full for q in found] == ["Ada Lund", None, "Ada Lund"]


@pytest.mark.parametrize("dateline", ["NORTHPORT, NORTHLAND:", "ST GEORGE'S, NORTHLAND:"])
def test_a_dateline_of_place_and_country_is_no_speakers_label(dateline: str) -> None:
    text = (
        f"Islanders count the cost\n\n{dateline} Shocked by the storm, residents on Sunday sought "
        'food, water and candles. "We lost everything," said Ada Lund, a teacher.\n\n'
        "Aid ships were due on Monday."
    )
    found = ct.extract_quotations(text)
    assert [(q.kind, q.speaker_full, q.text) for q in found] == [
        ("quote", "Ada Lund", "We lost everything")
    ]
