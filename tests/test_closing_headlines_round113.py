"""Round 113: a police release that prints its headline last, over its date line and a tag.

Forms:
- the body first, then the headline in sentence case, its date line ("- 16 May 2026"), a lone
  dash and the section's tag ("Northport City"): the headline is the title, the tag is
  dropped (before: no title, and the headline and the tag were kept as the body's last
  paragraphs);
- the same without the tag: the headline over its date line is the title (before: no title,
  the headline kept as the body's last paragraph, read as a paragraph the copy cut off).

Guards: a last line in sentence case over a date line that shares fewer than two words of
content with the lead stays the body's; one with no date line under it stays the body's (a
paragraph the copy's end cut off); a closing line that is no tag ("Updates to follow") stays
the body's.

Every text here is invented.
"""

from __future__ import annotations

from claimtrack.reading.cleaning import clean

_HEADLINE = "Detectives open murder inquiry after death of man, aged in his 50s, in north Velm"
_BODY = (
    "Detectives from the Northport Police Major Inquiry Team have opened a murder inquiry"
    " after the death of a man aged in his 50s in Velm.",
    "Detective Inspector Ada Lund said: “Police were called to a house in the Quay Street area"
    " of north Velm shortly after 9pm on Monday.",
    "“Two men have been arrested and remain in custody at this time.”",
    "Information can also be given to the harbour helpline on 0800 000 000.",
)


def _release(last: str = _HEADLINE, *, dated: bool = True, tag: str = "Northport City") -> str:
    closing = ["- 16 May 2026", "-"] if dated else []
    return "\n".join([*_BODY, last, *closing, *([tag] if tag else [])]) + "\n"


def test_headline_over_date_and_tag_is_the_title() -> None:
    result = clean(_release())
    assert result.title == _HEADLINE
    assert "Northport City" not in result.text
    assert result.text.rstrip().endswith("on 0800 000 000.")
    assert str(result.published) == "2026-05-16"


def test_headline_over_its_date_is_the_title() -> None:
    result = clean(_release(tag=""))
    assert result.title == _HEADLINE
    assert _HEADLINE not in result.text


def test_line_sharing_nothing_with_the_lead_stays_the_body() -> None:
    other = "Harbour open day tickets go on sale at the town hall from Friday morning"
    result = clean(_release(other, tag=""))
    assert result.title != other
    assert other in result.text


def test_undated_sentence_case_last_line_stays_the_body() -> None:
    result = clean(_release(dated=False, tag=""))
    assert result.title != _HEADLINE
    assert _HEADLINE in result.text


def test_closing_line_that_is_no_tag_stays() -> None:
    result = clean(_release(tag="Updates to follow"))
    assert "Updates to follow" in result.text
