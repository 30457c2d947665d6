"""Round 109: forms found reading the studied batch ``tune43``.

Forms:
- “I'm very happy with Tom Berg, he has been a steady hand,” he said — after a paragraph on
  the premier who spoke to "finance minister Tom Berg": the man the quote names in full is
  the one spoken of, so "he" goes on to the premier (before: Tom Berg);
- the same with "The mayor said he had thanked harbour master Tom Berg" and “Nobody has done
  more for this port than Tom Berg,” he said (before: Tom Berg).

Guards: a man named in full before the quote, outside it, still speaks it; a cue whose
pronoun is in its own sentence keeps the names of that sentence.

Every text here is invented.
"""

from __future__ import annotations

from speech_cases import only_quotation, speaker_of

_LEAD = "Velm news\n\n"


def test_the_man_a_quote_names_in_full_is_not_the_he_who_says_it() -> None:
    text = (
        "Ivo Lund shrugged off the criticism on Friday.\n\n"
        "The premier also confirmed that he had spoken to finance minister Tom Berg about his"
        " recent surgery.\n\n"
        "“I'm very happy with Tom Berg, he has been a steady hand in this cabinet,” he said."
    )
    assert speaker_of(text, _LEAD) == "Ivo Lund"


def test_a_role_who_thanked_the_man_the_quote_praises_is_he() -> None:
    text = (
        "Ivo Lund, the mayor, faced questions on Friday.\n\n"
        "The mayor said he had thanked harbour master Tom Berg in person.\n\n"
        "“Nobody has done more for this port than Tom Berg,” he said."
    )
    assert speaker_of(text, _LEAD) == "Ivo Lund"


def test_a_man_named_before_the_quote_outside_it_still_speaks_it() -> None:
    text = (
        "Ivo Lund met harbour master Tom Berg at the quay on Friday.\n\n"
        "Tom Berg thanked the crews. “They kept the port open all winter,” he said."
    )
    assert speaker_of(text, _LEAD) == "Tom Berg"


def test_a_pronoun_inside_its_own_sentence_keeps_that_sentences_names() -> None:
    found = only_quotation(
        "Tom Berg, the harbour master, said he had seen nothing like it. Asked about Tom Berg's"
        " crews, he said: “They kept the port open all winter.”",
        _LEAD,
    )
    assert found.speaker_full == "Tom Berg"
