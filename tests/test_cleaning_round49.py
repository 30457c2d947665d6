"""Round 49: a byline whose label and name stand on two lines ("By" / "Mara Quint").

Pages that set the byline's label and the name in two boxes come out of a copy as two lines:
"By" alone, then the name. The pair is one byline: both lines are dropped and the name signs
the story, as "By Mara Quint" on one line does. Every text here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.bylines import byline_label
from claimtrack.reading.cleaning import clean
from tests.harbour_cases import HEADLINE, LAST, LEAD, MORE


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["By", "by", "BY", "By:", "Written by"])
def test_a_label_over_a_name_signs_the_story(gap: str, label: str) -> None:
    article = clean(
        HEADLINE + "\n\n" + label + gap + "Mara Quint" + "\n\n" + "\n\n".join([LEAD, MORE])
    )
    assert article.authors == ("Mara Quint",)
    assert article.title == HEADLINE
    assert "Mara Quint" not in article.text and not article.text.startswith("By")
    assert article.text.startswith(LEAD[:40])


def test_two_lines_sign_as_one_line_does() -> None:
    two = clean("\n\n".join([HEADLINE, "By", "Mara Quint and Tom Reed", LEAD, MORE]))
    one = clean("\n\n".join([HEADLINE, "By Mara Quint and Tom Reed", LEAD, MORE]))
    assert two.authors == one.authors == ("Mara Quint", "Tom Reed")
    assert two.text == one.text


def test_by_over_a_sentence_is_no_byline() -> None:
    # The label reaches the next line only when that line is a byline's names.
    article = clean("\n\n".join([HEADLINE, "By", LEAD, MORE, LAST]))
    assert article.authors == ()
    assert LEAD[:40] in article.text


def test_an_authors_heading_still_needs_its_colon() -> None:
    assert byline_label("Authors:")
    assert not byline_label("Authors")  # a section's heading ("Authors" over a list)
    assert not byline_label("Bystander")


_NAME = st.sampled_from(["Mara Quint", "Tom Reed", "Ada Lund", "Kofi Mensah", "Ines Duarte"])


@given(_NAME, st.sampled_from(["By", "by", "By:", "Written by:", "BY"]))
def test_any_label_line_then_any_name_signs(name: str, label: str) -> None:
    article = clean("\n".join([HEADLINE, label, name, LEAD, MORE, LAST]))
    assert article.authors == (name,)
    assert name not in article.text
