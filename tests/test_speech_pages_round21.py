"""Speech pages, round 21: the cover's line left at the top of the body, in Title Case.

A site that reposts a speech may keep its cover as the body's first paragraph: "Address To The
Nation By The Head Of State Of Northland, Ada Lundqvist, On …". That line names the speech and
its speaker (set off by commas, since Title Case capitalises the office too) and is no part of
the speech; the paragraphs after it, in the first person, are the speaker's. "Full text" in the
headline says the same as "speech". A name that is a speech's own ("State of the Harbour
Address") is never its speaker.
"""

from __future__ import annotations

from pathlib import Path

import claimtrack as ct

_SPEECH = (
    "Address To The Nation By The Head Of State Of Northland, Ada Lundqvist, On The Ferry "
    "Strike, On Sunday, 12th May, 2024.\n\n"
    "Fellow citizens, good evening. Tonight I want to tell you where the strike that has "
    "closed our ports for three weeks now stands.\n\n"
    "Last week I asked both sides to return to the table. I did so because our islands cannot "
    "wait any longer for food and medicine.\n\n"
    "We will open the harbour to relief ships from tomorrow, and we will pay for them."
)

_REPORT = (
    "Governor Tom Bergholm gave his State of the Harbour Address at the council hall "
    "today. Its text follows:\n\n"
    "Friends, neighbours, members of the council:\n\n"
    "Since my first day on the council I have asked one thing: what does the port owe the "
    "islands?\n\n"
    "We owe them a harbour that works, and we will build it together."
)


def test_the_cover_line_names_the_speaker_of_the_paragraphs_after_it() -> None:
    found = ct.extract_quotations(_SPEECH)
    assert [q.text[:20] for q in found] == [
        "Fellow citizens, goo",
        "Last week I asked bo",
        "We will open the har",
    ]
    assert {(q.kind, q.speaker_full) for q in found} == {("block", "Ada Lundqvist")}
    assert all(q.confidence < 0.8 for q in found)


def test_full_text_in_the_headline_marks_a_speech_page(tmp_path: Path) -> None:
    body = _SPEECH.split("\n\n", 1)[1]
    page = tmp_path / "address.txt"
    page.write_text(
        "Full Text: the address to the islands by President Ada Lundqvist\n\n" + body, "utf-8"
    )
    found = ct.extract_quotations(ct.load_article(page))
    assert len(found) == 3
    assert {(q.kind, q.speaker_full) for q in found} == {("block", "Ada Lundqvist")}


def test_a_speech_s_own_name_is_never_its_speaker() -> None:
    found = ct.extract_quotations(_REPORT)
    assert not any(q.speaker_full and "Address" in q.speaker_full for q in found)
