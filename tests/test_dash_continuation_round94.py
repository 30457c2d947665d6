"""Round 94: a quote set off by a dash after the cue's comma, and given names that disagree.

Forms:
- "“We lost”, – said Tom Berg after the match, – “We failed today …”": a dash after the comma
  sets the second quote off as the comma alone does, so Berg goes on speaking (before: no
  speaker).
- "Governor … Maha Ram Tesku said …. “…,” he said": the two given names are each given to
  one gender, but not the same one, so they tell nothing and "he" is Tesku (before: "he" was
  refused, "Maha" being a woman's name).

Guards:
- a dash with no comma or stop before it is not a sentence's break: a banner's words after
  "and the banner –" are nobody's;
- given names that agree still rule the other pronoun out ("Maria Eva Tesku … he said");
- a two-word name's last word is the surname, whatever it means as a given name ("Maha Ram …
  he said": still refused);
- the pronoun of the first name's gender still goes to the name ("Maha Ram Tesku … she said").

Every text here is invented.
"""

from __future__ import annotations

import pytest

from claimtrack import extract_quotations
from claimtrack.model import Article


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = Article(id="a", title="Velm report", text=text)
    return [(q.text, q.speaker_full) for q in extract_quotations(article)]


_SECOND = "We failed today and it proves that we are not good enough"


@pytest.mark.parametrize(
    "text",
    [
        f"“We lost”, – said Tom Berg after the match, – “{_SECOND}”.",
        f"“We lost”, — said Tom Berg after the match, — “{_SECOND}”.",
        f"“We lost,” said Tom Berg when he walked to the press zone, – “{_SECOND}.”",
    ],
)
def test_a_dash_after_the_cues_comma_carries_the_speaker_on(text: str) -> None:
    found = _speakers(text)
    assert [s for _, s in found] == ["Tom Berg", "Tom Berg"]
    assert found[1][0].rstrip(".") == _SECOND


def test_a_dash_mid_sentence_does_not_carry_the_speaker_on() -> None:
    text = (
        "“We lost,” said Tom Berg, and the banner – “Velm will rise again and again” – stayed "
        "up all night."
    )
    found = dict(_speakers(text))
    assert found["We lost"] == "Tom Berg"
    assert found["Velm will rise again and again"] is None


_GOVERNOR = (
    "Governor of the Velm Bank {name} said the policy will change.\n\n"
    "“However, the bank has its limits and cannot help every time,” {pronoun} said."
)
_LIMITS = "However, the bank has its limits and cannot help every time"


def test_given_names_that_disagree_do_not_rule_a_pronoun_out() -> None:
    text = _GOVERNOR.format(name="Maha Ram Tesku", pronoun="he")
    assert dict(_speakers(text))[_LIMITS] == "Maha Ram Tesku"


@pytest.mark.parametrize(
    ("name", "pronoun"), [("Maria Eva Tesku", "he"), ("Maha Ram", "he")], ids=["agree", "two"]
)
def test_a_first_name_of_the_other_gender_still_refuses_the_pronoun(
    name: str, pronoun: str
) -> None:
    text = _GOVERNOR.format(name=name, pronoun=pronoun)
    assert dict(_speakers(text))[_LIMITS] is None


def test_the_first_names_own_pronoun_still_goes_to_the_name() -> None:
    text = _GOVERNOR.format(name="Maha Ram Tesku", pronoun="she")
    assert dict(_speakers(text))[_LIMITS] == "Maha Ram Tesku"
