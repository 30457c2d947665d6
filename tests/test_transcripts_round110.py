"""Round 110: a machine transcript's numbered voices ("Speaker 1 (00:00):", "Speaker 2:").

Forms:
- "Speaker 2 (00:08): …" turns: each voice's turns are read, as written "Speaker 2", and the
  voice the other brings on ("With us now is the harbour minister, Ada Lund") is that guest, a
  guess below 0.8; the host's turns name nobody (before: no turn read at all);
- "My guest is …", "I'm joined by …", and a surname that speech-to-text set in lower case
  ("Ada lund the minister"): the same guest (before: none read);
- the page as a speech-to-text service prints it: each label on a line of its own over short
  lines of the turn, a disclaimer over it and the time alone on a line mid-turn ("(01:20):"):
  the disclaimer and the time are dropped, every label opens its own paragraph (before: the
  first label was dropped as a header, the others run into the turn above), and the turn
  broken by the time goes on in the same voice (before: the rest was nobody's).

Guards: three voices, or two voices and nobody brought on, or a body brought on ("With us
now is Velm Harbour Board"): no voice is named; a numbered voice is a label only with its
number ("SPEAKER: Order." in a parliament's record is the Speaker's); a paragraph ending on a
word goes on only into one that opens in lower case.

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct
from claimtrack.reading.cleaning import clean

_TURNS = (
    "Speaker 2 (00:08): We have not followed that story closely. It is a matter for the board.\n\n"
    "Speaker 1 (00:22): So do you go down to the docks yourself? Or is that for others?\n\n"
    "Speaker 2 (00:30): Well, my deputy does most of that work, is the honest answer.\n\n"
    "Speaker 1 (00:45): Is that a surprise to you?\n\n"
    "Speaker 2 (00:56): Not at all.\n"
)


def _turns(opening: str, turns: str = _TURNS) -> list[tuple[str, str | None, str | None]]:
    found = ct.extract_quotations(ct.Article(id="a", text=opening + turns))
    assert all(q.kind == "interview" for q in found)
    return [(q.text[:12], q.speaker_full, q.speaker_as_written) for q in found]


def test_numbered_voices_are_read_and_the_one_brought_on_is_the_guest() -> None:
    opening = "Speaker 1 (00:00): With us now is the harbour minister, Ada Lund. Evening.\n\n"
    assert _turns(opening) == [
        ("With us now ", None, "Speaker 1"),
        ("We have not ", "Ada Lund", "Speaker 2"),
        ("So do you go", None, "Speaker 1"),
        ("Well, my dep", "Ada Lund", "Speaker 2"),
        ("Is that a su", None, "Speaker 1"),
        ("Not at all.", "Ada Lund", "Speaker 2"),
    ]
    found = ct.extract_quotations(ct.Article(id="a", text=opening + _TURNS))
    assert {q.confidence for q in found if q.speaker is not None} == {0.6}


def test_a_guest_brought_on_in_other_words_or_in_lower_case() -> None:
    for intro, guest in (
        ("My guest this week is Ada Lund, who runs the port.", "Ada Lund"),
        ("I'm joined now by Minister Ada Lund.", "Ada Lund"),
        ("Joining us now as Ada lund the harbour minister. Evening.", "Ada lund"),
    ):
        turns = _turns(f"Speaker 1: Good evening. {intro}\n\n")
        assert {speaker for _, speaker, written in turns if written == "Speaker 2"} == {guest}
        assert {speaker for _, speaker, written in turns if written == "Speaker 1"} == {None}


def test_nobody_is_named_with_three_voices_no_guest_brought_on_or_a_body() -> None:
    for opening in (
        "Speaker 1: With us now is Ada Lund. Evening.\n\nSpeaker 3: And me.\n\n",
        "Speaker 1: Good evening, and welcome to the harbour hour.\n\n",
        "Speaker 1: With us now is Velm Harbour Board. Evening.\n\n",
    ):
        turns = _turns(opening)
        assert len(turns) >= 6
        assert {speaker for _, speaker, _ in turns} == {None}


def test_the_speaker_of_a_parliament_is_no_numbered_voice() -> None:
    found = ct.extract_quotations(
        ct.Article(
            id="a",
            text="The house met at ten.\n\nSPEAKER: Order. The member will resume his seat.\n\n"
            "TOM BERG: I will not, Speaker.\n\nSPEAKER: Order!\n",
        )
    )
    assert [q.speaker_as_written for q in found] == ["SPEAKER", "TOM BERG", "SPEAKER"]
    assert found[0].speaker is not None


_PRINTED = (
    "Episode Transcript\n"
    "Available transcripts are automatically generated. Complete accuracy is not guaranteed.\n"
    "Speaker 1 (00:00):\n"
    "With us now is the harbour minister, Ada Lund. Evening, minister.\n"
    "Speaker 2 (00:08):\n"
    "We have not followed that story closely. It is a matter for the port\n"
    "board and as long as they are open with the public it is their own business\n"
    "and nobody else's, which is how it should be in a town like ours.\n"
    "Speaker 1 (00:22):\n"
    "So do you go down to the docks yourself? Or is that left to others now?\n"
    "Speaker 2 (00:30):\n"
    "Well, my deputy does most of that work, is the honest answer, and I\n"
    "(01:20):\n"
    "trust her with it completely because she knows every crane by its name.\n"
    "Speaker 1 (00:45):\n"
    "Is that a surprise to you?\n"
)


def test_a_transcript_as_a_speech_to_text_service_prints_it() -> None:
    cleaned = clean(_PRINTED)
    assert cleaned.text.split("\n\n")[0].startswith("Speaker 1 (00:00): With us now")
    assert "Available transcripts" not in cleaned.text
    assert "(01:20)" not in cleaned.text
    labels = [p.split(":", 1)[0] for p in cleaned.text.split("\n\n") if p.startswith("Speaker")]
    assert labels == [
        "Speaker 1 (00",
        "Speaker 2 (00",
        "Speaker 1 (00",
        "Speaker 2 (00",
        "Speaker 1 (00",
    ]
    found = ct.extract_quotations(ct.Article(id="a", text=cleaned.text))
    assert [(q.text[:12], q.speaker_full) for q in found] == [
        ("With us now ", None),
        ("We have not ", "Ada Lund"),
        ("So do you go", None),
        ("Well, my dep", "Ada Lund"),
        ("trust her wi", "Ada Lund"),
        ("Is that a su", None),
    ]


def test_a_turn_ending_on_a_word_goes_on_only_into_lower_case() -> None:
    text = (
        "Speaker 1: With us now is Ada Lund. So tell us about the docks?\n\n"
        "Speaker 2: Well, the docks are busy and I\n\n"
        "Thank you all for listening to the harbour hour tonight.\n\n"
        "Speaker 1: Is that a surprise to you?\n\n"
        "Speaker 2: Not at all.\n"
    )
    found = ct.extract_quotations(ct.Article(id="a", text=text))
    assert "Thank you all" not in [q.text[:13] for q in found]
