"""Round 97: a style of address with a rank word ("His Royal Highness said", "Her Imperial
Majesty told …").

Forms:
- "The King's son, Prince Ivo, …" / "His Royal Highness told the crowd: “…”": the prince
  named before (before: "His" was read as a first name and "Royal" as the surname, so the
  speaker was "Royal", then the model's "Royal Highness").
- "His Royal Highness told the crowd: “…”" with nobody named before, and again later
  (“…,” His Royal Highness said.): the style as written, a description, both times (before:
  "Royal Highness" was a person's name, so the second quote was given to it).
- "Her Imperial Majesty said …“…”" with nobody to stand for: the style as written (so it
  was before; kept).

Guards:
- "His Own Grace" is no style: one rank word at most, and only "Royal", "Imperial" or
  "Serene";
- "Royal Kessel said …“…”" is a person whose first name is "Royal": without "His" or "Her"
  before it the rank word may name;
- "His Royal Highness" is no style when written in small letters after the first word
  ("His royal highness"): the same rule as for "his honour".

Every text here is invented.
"""

from __future__ import annotations

from claimtrack import extract_quotations
from claimtrack.aids.honorifics import honorific_pronoun
from claimtrack.model import Article
from claimtrack.text.tokens import tokenize


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    article = Article(id="a", title="Bridge opened", text=text)
    return [(q.text, q.speaker_full, q.resolution) for q in extract_quotations(article)]


_BRIDGE = "This bridge joins two halves of one town."


def test_his_royal_highness_is_the_prince_named_before() -> None:
    text = (
        "The King's son, Prince Ivo, opened the new bridge in Northport on Monday.\n\n"
        f"His Royal Highness told the crowd: “{_BRIDGE}”\n\n“It was worth every coin,” he added."
    )
    assert _quotes(text) == [
        (_BRIDGE, "Ivo", "pronoun"),
        ("It was worth every coin", "Ivo", "pronoun"),
    ]


def test_a_ranked_style_with_nobody_named_stays_as_written() -> None:
    text = (
        f"His Royal Highness told the crowd in Northport: “{_BRIDGE}”\n\n"
        "The bridge cost more than planned. “It was worth every coin,” His Royal Highness said."
    )
    styled = ("His Royal Highness", "description")
    assert [(speaker, how) for _, speaker, how in _quotes(text)] == [styled, styled]


def test_her_imperial_majesty_alone_is_a_description() -> None:
    text = "Her Imperial Majesty said the visit was “a sign of a long friendship”."
    assert _quotes(text) == [("a sign of a long friendship", "Her Imperial Majesty", "description")]


def _style(words: str) -> bool:
    return honorific_pronoun(list(tokenize(words))) is not None


def test_only_one_known_rank_word_makes_a_style() -> None:
    assert _style("His Royal Highness") and _style("Her Serene Highness")
    assert not _style("His Own Grace")
    assert not _style("His Royal Imperial Highness")


def test_a_rank_word_as_a_first_name_still_names() -> None:
    text = "Royal Kessel said the bridge was “built to last a hundred years”."
    assert _quotes(text) == [("built to last a hundred years", "Royal Kessel", "named")]


def test_a_style_in_small_letters_is_no_style() -> None:
    assert not _style("His royal highness")
    assert _style("Her Imperial Majesty")
