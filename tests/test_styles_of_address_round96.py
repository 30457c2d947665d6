"""Round 96: a style of address for the person named before ("His Lordship said"), and a quote
closed with the mark that opened it ("“our last shelter“").

Forms:
- "The Chief Justice, Lord Velm, …" / "His Lordship has said … “…”": the judge named before
  (before: "Lordship" was read as a name and made the speaker).
- "The new envoy, Ada Lund, …" / "Her Excellency said …“…”": the envoy named before (before:
  the style itself, "Her Excellency", as a description).
- "His Excellency told reporters: “…”" with nobody to stand for: the style as written, a
  description, never a bare "Excellency" or "Lordship" read as a name.
- "The envoy Ada Lund arrived …" / "His Excellency told reporters: “…”": the style as written
  ("his" agrees with no one there; before: Ada Lund, the style read as the envoy's role).
- "“our last shelter“. He said “…”": an opening mark glued after a word and before a full stop
  closes the quote it opened (before: the quote ran on to the next mark, and ". He said" was
  read as a quotation).

Guards:
- "His Excellency" after a sentence whose only capitalised opener is a word ("Talks opened …")
  is not given to that word: an unsure reading of the style is refused, not guessed;
- "His Excellency Piet Arvo said" is Piet Arvo, not the man named before: a style with a name
  after it is a title, and the name is the speaker.

Every text here is invented.
"""

from __future__ import annotations

from claimtrack import extract_quotations
from claimtrack.model import Article


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(id="a", title="Court report", text=text)
    return [(q.text, q.speaker_full, q.resolution) for q in extract_quotations(article)]


_JUDGE = (
    "The Chief Justice, Lord Velm, has told judges in Northport to send more burglars to "
    "jail.\n\nHis Lordship has said that a break-in leaves a family without “our last "
    "shelter”. He said “What matters is that a break-in harms the people in the house, not "
    "only what they own.”"
)


def test_his_lordship_is_the_judge_named_before() -> None:
    quotes = _quotes(_JUDGE)
    assert quotes[0][:2] == ("our last shelter", "Velm")
    assert quotes[0][2] == "pronoun"
    assert all(speaker == "Velm" for _, speaker, _ in quotes)


def test_her_excellency_is_the_envoy_named_before() -> None:
    text = (
        "The new envoy, Ada Lund, presented her credentials in Northport on Monday.\n\n"
        "Her Excellency said the visit was “a sign of a long friendship”."
    )
    assert _quotes(text) == [("a sign of a long friendship", "Ada Lund", "pronoun")]


def test_a_style_with_nobody_to_stand_for_stays_as_written() -> None:
    text = "Talks went on.\n\nHis Lordship told the court: “The appeal fails.”"
    assert _quotes(text) == [("The appeal fails.", "His Lordship", "description")]


def test_a_quote_closed_with_its_opening_mark() -> None:
    quotes = _quotes(_JUDGE.replace("shelter”", "shelter“"))
    assert [q[0] for q in quotes] == [
        "our last shelter",
        "What matters is that a break-in harms the people in the house, not only what they own.",
    ]


def test_his_excellency_after_only_a_woman_is_not_her() -> None:
    text = (
        "The envoy Ada Lund arrived in Northport on Monday. "
        "His Excellency told reporters: “We are ready.”"
    )
    assert _quotes(text) == [("We are ready.", "His Excellency", "description")]


def test_an_unsure_reading_of_the_style_is_refused() -> None:
    text = "Talks opened in Velm on Monday. His Excellency told reporters: “We are ready.”"
    assert _quotes(text) == [("We are ready.", "His Excellency", "description")]


def test_a_style_before_a_name_is_a_title() -> None:
    text = (
        "The minister, Tom Berg, welcomed the delegation in Northport.\n\n"
        "His Excellency Piet Arvo said: “We are ready.”"
    )
    assert _quotes(text)[0][:2] == ("We are ready.", "Piet Arvo")
