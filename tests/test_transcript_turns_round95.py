"""Round 95: a speaker's question to the labelled asker, a third speaker's label after plain
turns, and "he uttered".

Forms:
- "MS. LUND: …" / "Does that answer it, Tom?" / "QUESTION: I think so.": the
  question right above a labelled question is the speaker's own turn, put to the asker
  (before: no speaker, the short line read as a subheading that ended the turn).
- "QUESTION: …" / "MR. BERG: …" / "Is that all …?" / "MS. LUND: Yes, …": Ms. Lund's label ends
  the plain turns read after the last label (before: her line, label and all, was given to
  Mr. Berg).
- "“…,” he uttered": "utter" reports speech right after a quote (before: no cue; the quote
  was read as going on from the "said" before it, and in a real copy it had no speaker).

Guards:
- an unlabelled question right above an answer's label stays the interviewer's, not the
  answer before it ("LUND: …" / "Why did the union not stop it?" / "LUND: …");
- a question above a speaker's label (not the asker's) still ends the turn;
- a label in capitals on the first plain turn read is the asker's, not a third speaker's
  ("ADA LUND: - Why …?": tests/test_interviews_round27.py guards it);
- "utter" before a quote is no cue ("Tom Berg uttered “a word of thanks” …": no quote of his).

Every text here is invented.
"""

from __future__ import annotations

from claimtrack import extract_quotations
from claimtrack.model import Article


def _speakers(text: str) -> dict[str, str | None]:
    article = Article(id="a", title="Daily press briefing", text=text)
    return {q.text: q.speaker_full for q in extract_quotations(article)}


_BRIEFING = """MS. LUND: Good afternoon. I have two things at the top.

QUESTION: Can you say more about the embassy closures in Velm and what the timeline is?

MS. LUND: Sure. Well, let me start with the first. There are no changes since this morning, \
and you all saw the note we put out.

We will keep the posts closed until the review ends.

Does that answer it, Tom?

QUESTION: I think so.

MS. LUND: Good."""


def test_a_question_to_the_labelled_asker_is_the_speakers_turn() -> None:
    found = _speakers(_BRIEFING)
    assert found["We will keep the posts closed until the review ends."] == "Lund"
    assert found["Does that answer it, Tom?"] == "Lund"
    assert found["I think so."] is None


def test_a_question_right_after_an_answer_label_stays_the_interviewers() -> None:
    text = """LUND: We did not plan the strike. It came from the floor.

Why did the union not stop it then?

LUND: Because the members voted for it.

And what happens now?

LUND: We wait for the ministry to answer us."""
    found = _speakers(text)
    assert found["Because the members voted for it."] == "Lund"
    assert found["Why did the union not stop it then?"] is None
    assert found["And what happens now?"] is None


def test_a_question_above_a_speakers_label_ends_the_turn() -> None:
    text = _BRIEFING.replace("QUESTION: I think so.", "MR. BERG: I think so.")
    found = _speakers(text)
    assert found.get("Does that answer it, Tom?") != "Lund"


_THIRD = """QUESTION: Can you say more about the embassy closures in Velm and what the timeline is?

MR. BERG: The posts stay closed. There are no changes since this morning, and you saw the note.

Is that all we know about the posts in Velm?

MS. LUND: Yes, that is all for now."""


def test_a_third_speakers_label_ends_the_plain_turns() -> None:
    found = _speakers(_THIRD)
    assert found[next(t for t in found if t.startswith("The posts stay closed"))] == "Berg"
    wrong = [t for t, s in found.items() if "that is all for now" in t and s == "Berg"]
    assert wrong == []
    assert not any(t.startswith("MS. LUND") for t in found)


def test_he_uttered_after_a_quote_is_a_cue() -> None:
    text = (
        "Tom Berg said crews had been alerted on Friday. “In an emergency, call the harbour "
        "office at once,” he uttered."
    )
    (quote,) = extract_quotations(Article(id="a", title="Velm floods", text=text))
    assert (quote.speaker_full, quote.cue) == ("Tom Berg", "uttered")


def test_uttered_before_a_quote_is_no_cue() -> None:
    text = "Tom Berg uttered “a word of thanks” to the crowd before he left the hall on Monday."
    found = _speakers(text)
    assert "Tom Berg" not in found.values()
