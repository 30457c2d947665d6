"""Round 61: a reply credited after the quote, a verb set off by commas before a partial
quote, a statement by two, a body's initials spelled out, and the holders of a role at two
places.

- "“…,” came the reply from Ada Lund", "“…” was the response from the Velm Ministry of
  Transport", "“…,” was Lund’s answer": the noun for the words credits their owner (before:
  no quotation, or no one).
- "The plan, said Ada Lund, “will work …”": the verb and its subject set off by commas right
  before the quote credit it (before: no one).
- "A statement by Ada Lund and Piet Arvo read: “…”": the two issued it (before: the second
  alone, at 0.95).
- "The United Nations (UN) … “…,” a UN spokesman said": the name the initials stand for, as
  for any body written with them (before: "UN").
- "said the foreign ministers of Velm and Tarvo", "said the leaders of Velmcorp and Arvo
  Bank": people who hold a role at those places speak, not the second place (before:
  "Tarvo", "Arvo Bank").

Every text is invented.
"""

from __future__ import annotations

from functools import partial

import pytest

import claimtrack as ct
from tests.speech_cases import only_quotation, speaker_of

_LEAD = "The talks ended on Monday.\n\n"


_quote = partial(only_quotation, lead=_LEAD)
_speaker = partial(speaker_of, lead=_LEAD)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Of course it is,” came the reply from Ada Lund.", "Ada Lund"),
        ("“Of course it is safe,” came the response from Ada Lund on Friday.", "Ada Lund"),
        (
            "“Of course it is safe,” was the response from the Velm Ministry of Transport.",
            "Velm Ministry of Transport",
        ),
        ("Ada Lund was asked. “Of course it is safe,” was Lund’s reply.", "Ada Lund"),
        ("“It is safe for every driver,” was the answer of Piet Arvo.", "Piet Arvo"),
    ],
)
def test_a_reply_after_the_quote_names_its_owner(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“It is safe for every driver,” came the reply.",
        "“It is safe for every driver,” came the reply to Ada Lund.",
    ],
)
def test_a_reply_from_no_one_named_is_speech_credited_to_no_one(text: str) -> None:
    """ "came the reply" with no owner is speech, given to no one (never to the one replied
    to: before, the speaker model guessed Ada Lund)."""
    quote = _quote(text)
    assert (quote.speaker_full, quote.text) == (None, "It is safe for every driver")


def test_a_days_reply_names_no_one() -> None:
    found = ct.extract_quotations(_LEAD + "“It is safe for every driver,” was Monday’s answer.")
    assert all(q.speaker_full is None for q in found)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The plan, said Ada Lund, “will work if everyone plays a part”.", "Ada Lund"),
        ("The new bridge, insisted Piet Arvo, “is safe for every single driver”.", "Piet Arvo"),
        ("The plan, Ada Lund said, “will work if everyone plays a part”.", "Ada Lund"),
    ],
)
def test_a_verb_set_off_by_commas_credits_the_partial_quote(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The plan, Piet Arvo told Ada Lund, “will work if everyone plays a part”.",
        "The plan Piet Arvo said Ada Lund, “will work if everyone plays a part”.",
    ],
)
def test_an_aside_needs_its_commas(text: str) -> None:
    """The commas must hold the verb and its subject only: "told Ada Lund" names a listener,
    and a verb with no comma before it is no aside."""
    assert _speaker(text) != "Ada Lund"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A statement by Ada Lund and Piet Arvo read: “We will continue the work together.”",
            "Ada Lund and Piet Arvo",
        ),
        (
            "A letter from Velmcorp and Arvo Bank said: “We will continue the work together.”",
            "Velmcorp and Arvo Bank",
        ),
    ],
)
def test_a_document_by_two_is_theirs_together(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "After meeting Ada Lund and Piet Arvo said: “We will continue the work together.”",
        "Lund was greeted by Tom Berg and Piet Arvo said: “We will continue the work together.”",
    ],
)
def test_two_named_after_no_document_are_not_a_pair(text: str) -> None:
    """Only a document's noun before "by" or "from" makes the two its issuers."""
    assert _speaker(text) == "Piet Arvo"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The United Nations (UN) sent a team. “We are deeply worried,” a UN spokesman said.",
            "United Nations",
        ),
        (
            "The Northern Commission for Ports and Fisheries (NCPF) met. "
            "“We are deeply worried,” an NCPF spokeswoman said.",
            "Northern Commission for Ports and Fisheries",
        ),
        ("“We are deeply worried,” a UN spokesman said.", "UN"),
    ],
)
def test_a_bodys_initials_are_spelled_out_where_the_article_does(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“The border must stay open,” said the foreign ministers of Velm and Tarvo.",
        "“The border must stay open,” the foreign ministers of Velm and Tarvo said.",
        "“The border must stay open,” said the leaders of Velmcorp and Arvo Bank.",
        "“The border must stay open,” said the foreign ministers of Velm.",
    ],
)
def test_the_holders_of_a_role_at_two_places_are_not_the_second_place(text: str) -> None:
    assert _speaker(text) not in ("Tarvo", "Velm", "Arvo Bank")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The border must stay open,” said the President of Velm Ada Lund.", "Ada Lund"),
        ("“The border must stay open,” said Ada Lund and Piet Arvo.", "Ada Lund and Piet Arvo"),
    ],
)
def test_names_after_a_role_or_joined_still_speak(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are ready,” Lund posted on X. Ada Lund leads the Velm party.", "Ada Lund"),
        (
            "Ada Lund leads the Velm party. “We are ready,” Lund wrote on X. Piet Arvo agreed. "
            "“So are we,” Arvo said.",
            "Piet Arvo",
        ),
    ],
)
def test_the_platform_x_ending_a_sentence_is_no_initial(text: str, speaker: str) -> None:
    assert ct.extract_quotations(_LEAD + text)[-1].speaker_full == speaker


def test_an_initial_after_to_still_opens_a_name() -> None:
    text = "The prize went to J. Ada Lund. “We are ready,” Lund said."
    assert _speaker(text) == "J. Ada Lund"


@pytest.mark.parametrize(
    "text",
    [
        "“She will not resign,” said a spokeswoman for Velm prime minister Ada Lund.",
        "“She will not resign,” a spokesman for Ada Lund said.",
    ],
)
def test_a_persons_spokesperson_is_not_that_person(text: str) -> None:
    assert _speaker(text) != "Ada Lund"


def test_a_spokesperson_named_after_a_comma_speaks() -> None:
    text = "“She will not resign,” said a spokeswoman for the ministry, Piet Arvo."
    assert _speaker(text) == "Piet Arvo"
