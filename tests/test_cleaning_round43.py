"""Round 43: cleaning met on the fresh batch (tune42).

A briefing copied from a PDF is one hard-wrapped block whose paragraphs end short of the
printed width, with subheadings in capitals between them; a page whose furniture stands above
the headline ("You are the owner of this page.", "A1 A1") still has that headline as its title;
a credit line whose last word the story writes in lower case ("Harbour Police") is no author.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.reading.assembly import split_paragraphs
from claimtrack.reading.cleaning import clean
from claimtrack.reading.lines import Line
from tests.harbour_cases import PDF_BRIEFING


def _split(lines: list[str]) -> list[list[str]]:
    """The paragraphs :func:`split_paragraphs` makes of one block of kept lines."""
    made = [Line(0, len(t), t) for t in lines]
    return [[lines[i] for i in p] for p in split_paragraphs(made, [list(range(len(lines)))])]


def test_a_pdf_copys_paragraphs_end_where_a_line_stops_short_of_the_width() -> None:
    paragraphs = clean(PDF_BRIEFING).text.split("\n\n")
    assert [p.split()[:2] for p in paragraphs] == [
        ["(GOVT.", "PRESS"],
        ["Just", "briefly,"],
        ["The", "first"],
        ["This", "is"],
        ["MINISTRY", "OF"],
        ["We", "were"],
    ]


_QUOTED = [
    "The captain said his team did not bat to their potential in the first match at Galle and",
    'said: "We were 80-100 runs short in the first innings, sadly.',
    "The opportunity was there, but we could not apply ourselves, that was very bad,",
    'and disappointing," said Lund after the match in Galle on a hot Sunday morning.',
]


def test_a_wrapped_quotation_is_not_cut_where_a_sentence_ends_inside_it() -> None:
    assert _split(_QUOTED) == [_QUOTED]
    # the same lines with the quotation closed: the short line ends its paragraph
    closed = [_QUOTED[0], _QUOTED[1].replace(': "We', ": We"), *_QUOTED[2:]]
    assert _split(closed) == [closed[:2], closed[2:]]


def test_an_email_wrapped_at_72_columns_keeps_its_paragraph_whole() -> None:
    lines = [
        "The harbour board met on Monday to discuss the new quay. It voted to go",
        "ahead. The cost is put at four million. Work starts in the spring, and",
        "the first ships are due to berth there in the autumn of next year. So",
        "the board says.",
    ]
    assert _split(lines) == [lines]


_WORDS = st.sampled_from(
    ["Ships.", "The quay is new.", "MORE NEWS", "and it", "Work", '"We', 'go."']
)


@given(st.lists(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=12))
def test_split_paragraphs_keeps_every_line_once_in_order(lines: list[str]) -> None:
    split = _split(lines)
    assert [line for paragraph in split for line in paragraph] == lines
    assert all(split)


def test_furniture_above_the_headline_leaves_the_headline_as_title() -> None:
    raw = (
        "You are the owner of this page.\nA1 A1\nHarbour Supreme Court rejects Ada Lund appeal\n\n"
        "NORTHPORT — The Harbour Supreme Court has rejected convicted murderer Ada Lund’s appeal"
        " of her sentence.\n\nLund, 43, was sentenced in November 2017. She pleaded guilty.\n"
    )
    result = clean(raw)
    assert result.title == "Harbour Supreme Court rejects Ada Lund appeal"
    assert result.text.startswith("NORTHPORT — The Harbour Supreme Court")


def test_a_subheading_below_the_first_paragraph_is_no_title() -> None:
    raw = (
        "You are the owner of this page.\nA1 A1\n"
        "NORTHPORT — The Harbour Supreme Court has rejected Ada Lund’s appeal of her sentence.\n\n"
        "Why the court ruled\n\nLund, 43, was sentenced in November 2017. She pleaded guilty.\n"
    )
    assert clean(raw).title is None


_CREDITED = """Dozens arrested in Harbour police operation

19 March 2019, 09:59 | Updated: 19 March 2019, 10:00

{credit}

Fifty five people were arrested during a 'week of action' by the police against violent \
offenders.

Officers targeted people they thought had weapons, using stop and search powers.
"""


def test_a_phrase_whose_last_word_the_story_writes_in_lower_case_is_no_author() -> None:
    assert clean(_CREDITED.format(credit="Harbour Police")).authors == ()


def test_a_name_with_a_first_name_is_an_author_whatever_the_story_writes() -> None:
    # "Baker" is also a word of the story ("the baker"), but "Ada" is a first name
    text = _CREDITED.format(credit="Ada Baker").replace("Officers", "The baker and officers")
    assert clean(text).authors == ("Ada Baker",)
