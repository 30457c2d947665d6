"""Round 36: a typewriter's double mark, two straight single marks ("he said ''I am happy.''",
as Indian wire copy prints it), a paragraph whose opening mark was lost before a comma and a
speech tag ("This is the result of the plan”, Lund said"), and a sentence in straight single
marks closed before the comma and its tag ("'Lamentamos el error', dijo Berg")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimtrack


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_full) for q in claimtrack.extract_quotations(text)]


def test_two_straight_single_marks_quote_as_a_double_mark() -> None:
    text = (
        "About the mission, agency chairman Ada Lund said ''I am extremely happy to declare "
        "that our launcher worked.''\n\n"
        "''This clearly showed that the launcher completed its flight stage'', she added.\n"
    )
    assert _quotes(text) == [
        ("I am extremely happy to declare that our launcher worked.", "Ada Lund"),
        ("This clearly showed that the launcher completed its flight stage", "Ada Lund"),
    ]


def test_a_word_in_typewriter_marks_is_no_speech_and_an_apostrophe_inside_is_kept() -> None:
    text = (
        "The crew's ''new'' fuel worked well on Monday.\n\n"
        "''Lund's team won the contract,'' said Tom Berg.\n"
    )
    assert _quotes(text) == [("Lund's team won the contract", "Tom Berg")]


@given(st.text(alphabet="' ab\n,.A", max_size=300))
def test_typewriter_marks_never_break_extraction(text: str) -> None:
    for q in claimtrack.extract_quotations(text):
        assert q.text and q.text in text


def test_a_paragraph_whose_opening_mark_was_lost_before_a_comma_and_a_tag() -> None:
    text = (
        "Mayor Ada Lund of Northport spoke on Monday about the harbour works.\n\n"
        "This is the result of years of careful planning”, Lund said and praised the crews.\n\n"
        "We will open the quay in May”, said Lund.\n"
    )
    assert _quotes(text) == [
        ("This is the result of years of careful planning", "Ada Lund"),
        ("We will open the quay in May", "Ada Lund"),
    ]


def test_a_closing_mark_after_a_word_without_a_tag_quotes_nothing_from_the_start() -> None:
    text = (
        "Mayor Ada Lund of Northport spoke on Monday.\n\n"
        "the so-called reform”, critics said.\n\n"
        "The plan is a “reform”, in name only.\n"
    )
    assert all(not t.startswith(("the so-called", "The plan")) for t, _ in _quotes(text))


def test_a_single_quoted_sentence_closed_before_the_comma_and_its_tag() -> None:
    text = (
        "El alcalde de Northport, Tom Berg, habló este lunes sobre el puerto.\n\n"
        "'Lamentamos el retraso en las obras. Vamos a terminar el muelle en mayo', dijo "
        "Berg ante los medios.\n\n"
        "'Es mejor revisar cada contrato con calma que correr', manifestó Berg.\n"
    )
    assert _quotes(text) == [
        (
            "Lamentamos el retraso en las obras. Vamos a terminar el muelle en mayo",
            "Tom Berg",
        ),
        ("Es mejor revisar cada contrato con calma que correr", "Tom Berg"),
    ]


def test_apostrophes_before_a_comma_open_no_single_quote() -> None:
    text = (
        "The Joneses' house, the old one by the quay, was sold on Monday.\n\n"
        "'Tom Berg's boat', the one with the red sail, was sold too, the agent said.\n"
    )
    assert [t for t, _ in _quotes(text)] == []
