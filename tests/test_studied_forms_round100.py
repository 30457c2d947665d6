"""Round 100: four forms met on a studied batch fetched again.

Forms (each written anew here):

- a quote inside a quote in straight marks ('"A raid on the group "Four Kings" took place in
  May. …," said Tom Berg'): one quotation, inner marks kept, spoken by Tom Berg (before: no
  quotation at all), as round 99 read curly marks;
- "One parent said the change was down to Mr Berg's work. | He said: “…”": the unnamed
  parent who spoke just before, whom the text never names (before: "Tom Berg", named further
  back); also with the cue after the quote ("“…,” he said"; before: "Tom Berg");
- "“…,” Health officials said", where the story writes "health" in small letters too: a group
  the text never names, no speaker (before: "Health officials");
- "a summit in Velm, President Ada Lund was pleased … | “…,” the President said": Ada Lund,
  whose title it is (before: "Velm", as if the title were set off after the place's name);
- guards: a straight mark that only one closing mark follows opens a new quote; a mother is no
  "he" (the man named before speaks); "several parents said" is many, no one "he" goes on
  with; "Velm officials", a capital the text writes nowhere else, keeps its words; an
  apposition that is a role ("Ada Lund, the president,") still gives Ada Lund her role.

Every text here is invented.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from tests.speech_cases import only_quotation

_LEAD = "School news\n\nThe school in Northport was inspected in May.\n\n"


def test_a_quote_inside_a_straight_quote_with_the_same_marks_is_one_quotation() -> None:
    text = (
        '"A raid on the group "Four Kings" took place in May. No oil was found in two'
        ' years," said Tom Berg in his letter.'
    )
    found = only_quotation(text, _LEAD)
    assert found.text.startswith('A raid on the group "Four Kings" took place')
    assert found.text.endswith("in two years")
    assert found.speaker_full == "Tom Berg"


def test_a_straight_mark_with_one_closer_after_it_opens_a_new_quote() -> None:
    text = '"We won the cup, Lund said "and we are glad," she said.'
    (found,) = ct.extract_quotations(_LEAD + text)
    assert found.text == "and we are glad"


_PARENT = (
    "Tom Berg became head in January. He had led the school from 2004 to 2010. One parent"
    " said the change was down to Mr Berg’s work."
)


@pytest.mark.parametrize(
    "quote",
    [
        "\n\nHe said: “I’m pleased the school has improved since Mr Berg came back.”",
        " “I’m pleased the school has improved,” he said.",
    ],
)
def test_he_after_an_unnamed_parent_spoke_is_that_parent(quote: str) -> None:
    found = only_quotation(_PARENT + quote, _LEAD)
    assert found.speaker_full is None
    assert found.speaker is None


def test_a_mother_is_no_he() -> None:
    text = _PARENT.replace("One parent", "One mother") + " “I’m pleased,” he said."
    assert only_quotation(text, _LEAD).speaker_full == "Tom Berg"


def test_several_parents_are_no_he() -> None:
    text = _PARENT.replace("One parent", "Several parents") + " “I’m pleased,” he said."
    assert only_quotation(text, _LEAD).speaker_full == "Tom Berg"


_MEASLES = "Measles alert\n\nPublic health staff met on Monday.\n\n"


def test_a_group_whose_first_capital_only_opens_the_phrase_is_no_speaker() -> None:
    found = only_quotation('"The traveller was not from here," Health officials said.', _MEASLES)
    assert found.speaker_full is None
    assert found.speaker_as_written == "Health officials"


def test_a_capital_the_text_writes_nowhere_else_keeps_its_words() -> None:
    found = only_quotation('"The traveller was not from here," Velm officials said.', _MEASLES)
    assert found.speaker_full == "Velm officials"


_SUMMIT = "Aid talks\n\nFresh from a summit in Velm, President Ada Lund was pleased on Monday.\n\n"


def test_a_title_before_a_first_name_is_not_the_place_s_apposition() -> None:
    found = only_quotation("“Your plant is a sign of trust,” the President said.", _SUMMIT)
    assert found.speaker_full == "Ada Lund"


def test_a_role_set_off_after_a_name_is_still_hers() -> None:
    text = (
        "Aid talks\n\nTom Berg flew in on Monday. Tom Berg then spoke. Ada Lund, the president,"
        " met him.\n\n“It went well,” the president said."
    )
    assert only_quotation(text).speaker_full == "Ada Lund"
