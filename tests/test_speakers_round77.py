"""Round 77: the words a clause opens on, owned by "His" or "Her", are that person's.

Forms, each found on a real page and written anew here:

- "Her upbeat assessment of the plan is: “…”" after a paragraph about a councillor: the quote
  is hers (before: "plan" or a body named in the clause, taken as a description);
- "His verdict was simple: “…”": the man the pronoun stands for (before: no speaker);
- "Lund’s blunt verdict was: “…”": a word describing the words between owner and noun;
- guard: "Eva Berg disliked his message: “…”" stays hers (a possessive inside the clause).

Every text here is invented.
"""

from __future__ import annotations

from tests.speech_cases import only_quotation, speaker_of

_LEAD = "Harbour plan delayed\n\n"


def test_her_assessment_opening_the_clause_is_the_woman_named_before() -> None:
    text = (
        "Tom Berg met the mayor on Monday.\n\n"
        "Ada Lund, the council leader, spoke next.\n\n"
        "Her upbeat assessment of the Harbour Board plan is: “We can finish it by spring.”"
    )
    found = only_quotation(text, _LEAD)
    assert found.speaker_full == "Ada Lund"
    assert found.resolution == "pronoun"
    assert found.confidence < 0.8  # a pronoun's reading, not a name's


def test_his_verdict_is_the_man_not_the_nearer_woman() -> None:
    text = (
        "Tom Berg, the harbour master, spoke first.\n\n"
        "Ada Lund, the council leader, spoke next.\n\n"
        "His verdict was simple: “The money is not there.”"
    )
    assert speaker_of(text, _LEAD) == "Tom Berg"


def test_a_word_describing_the_words_stands_between_owner_and_noun() -> None:
    text = (
        "Tom Berg, the harbour master, spoke first.\n\n"
        "Ada Lund’s blunt verdict was: “The money is not there.”"
    )
    assert speaker_of(text, _LEAD) == "Ada Lund"


def test_a_pronoun_inside_the_clause_owns_nothing_the_verbs_subject_speaks() -> None:
    # Guard: only a clause opening on the possessive is owned by it; she dislikes his message.
    text = (
        "Tom Berg, the harbour master, spoke first.\n\n"
        "Eva Berg disliked his message: “The money is there.”"
    )
    found = only_quotation(text, _LEAD)
    assert (found.speaker_full, found.resolution) == ("Eva Berg", "named")  # not through "his"
