"""Round 111: a transcript site's clips, each a quotation under its speaker's name.

Forms:
- the site prints each clip as the speaker's name on a line of its own, the sentiment it scored
  the clip with ("Leans Positive"), the clip's times ("00:00:26-00:00:27 (1 sec)") and the
  words in quotation marks with the clip's number after them ("“Thank you.” 2"): the sentiment
  and the times are dropped (before: kept in the body, and run into the words of short clips;
  the first clip's sentiment was read as the page's author), and every clip is read as its
  speaker's turn, short ones too (before: short clips were no speech, and the others took the
  sentiment above them, "Leans Positive", as their speaker);
- the first clip's name, above the body: the body starts there, so the first clip is its
  speaker's too (before: the name was dropped as a header);
- the copy cut off inside its last clip: that clip is its speaker's too.

Guards: "Unknown" or "Neutral" on a line not over a clip's times stays (a list's answer);
clip times inside a sentence stay; names alone on their lines over paragraphs that are not
all quotations, with nobody asking, are no labels (a listing of people and what each does).

Every text here is invented.
"""

from __future__ import annotations

import claimtrack as ct
from claimtrack.reading.cleaning import clean

_CLIPS = (
    ("Ada Lund", "Leans Positive", "00:00:00-00:00:09 (9 sec)", "Good morning. We have a guest."),
    ("Tom Berg", "Very Positive", "00:00:09-00:00:10 (1 sec)", "Thank you."),
    ("Ada Lund", "Unknown", "00:00:10-00:00:11 (1 sec)", "Fellow sailors."),
    ("Tom Berg", "Slightly Negative", "00:00:11-00:00:12 (1 sec)", "Yes. Yes."),
    ("Ada Lund", "Leans Negative", "00:00:12-00:00:13 (1 sec)", "Quite so."),
    (
        "Tom Berg",
        "Neutral",
        "00:00:13-00:00:30 (17 sec)",
        "The new berths open in May, and the ferry will then call at the north quay twice a day"
        " all through the summer.",
    ),
)
_TITLE = "Briefing: Ada Lund Holds a Harbour Briefing - May 5, 2024"


def _page(clips: tuple[tuple[str, str, str, str], ...] = _CLIPS, cut: str = "") -> str:
    body = "".join(
        f"{name}\n\n{tag}\n{times}\n“{words}” {n}\n\n"
        for n, (name, tag, times, words) in enumerate(clips, 1)
    )
    return f"{_TITLE}\n\nSpeakers\n\n{body}{cut}"


def test_a_clips_sentiment_and_times_are_dropped() -> None:
    cleaned = clean(_page())
    assert cleaned.authors == ()  # (before: the first clip's "Leans Positive" was its author)
    text = cleaned.text
    for _, tag, times, words in _CLIPS[1:]:
        assert tag not in text
        assert times not in text
        assert f"“{words}”" in text
    assert "\n\n“Thank you.” 2\n\n" in text  # (a paragraph of its own, not run into the tag)


def test_every_clip_is_its_speakers_turn() -> None:
    found = ct.extract_quotations(ct.Article(id="a", text=clean(_page()).text))
    turns = [(q.text, q.speaker_full) for q in found if q.speaker_full is not None]
    assert turns == [(words, name) for name, _, _, words in _CLIPS]
    assert all(q.resolution == "interview-label" for q in found if q.speaker_full is not None)


def test_a_clip_cut_off_at_the_copys_end_is_its_speakers_too() -> None:
    cut = (
        "Ada Lund\n\nVery Positive\n00:00:30-00:00:41 (11 sec)\n"
        "“And that is the news we have been waiting for at the harbour, so thank you for coming"
        " here to tell us about the ferry and the"
    )
    found = ct.extract_quotations(ct.Article(id="a", text=clean(_page(cut=cut)).text))
    last = found[-1]
    assert last.text.startswith("And that is the news")
    assert last.speaker_full == "Ada Lund"


def test_a_sentiment_word_not_over_a_clips_times_stays() -> None:
    raw = (
        "Harbour Fire Report\n\n"
        "The fire at the north quay was put out on Monday, the harbour board said.\n\n"
        "Cause of the fire:\n"
        "Unknown\n\n"
        "The panel's view of the new quay:\n"
        "Neutral\n\n"
        "The quay reopens on Friday, the board said in its report on the fire.\n"
    )
    text = clean(raw).text
    assert "Cause of the fire: Unknown" in text
    assert "new quay: Neutral" in text


def test_clip_times_inside_a_sentence_stay() -> None:
    raw = (
        "Harbour Hearing Recorded\n\n"
        "The board said the recording from 00:00:10-00:00:50 (40 sec) holds the vote.\n\n"
        "The board said it would publish the whole recording on its website next week.\n"
    )
    assert "00:00:10-00:00:50 (40 sec) holds the vote" in clean(raw).text


def test_names_over_prose_that_is_not_all_quoted_are_no_labels() -> None:
    people = (
        ("Ada Lund", "“Runs the harbour board.”"),
        ("Tom Berg", "Keeps the ferry timetable and the port's accounts."),
        ("Ada Lund", "“Chairs the board's meetings.”"),
        ("Tom Berg", "“Answers for the ferry.”"),
    )
    text = "Who Does What at the Harbour\n\n" + "".join(f"{n}\n\n{w}\n\n" for n, w in people)
    found = ct.extract_quotations(ct.Article(id="a", text=text))
    assert all(q.resolution != "interview-label" for q in found)
