"""Round 57: names that run across "&" and "and" (firms, countries, pairs, portfolios).

- "Procter & Gamble said", "AT&T said": a firm's "&" ended the subject, so the quote went
  unattributed (or spoke as "Gamble"); the firm now speaks, as does "a Procter & Gamble
  spokeswoman". "Ada Lund & Tom Berg" stay two people.
- "“…,” Barking and Dagenham Council said": "Barking" read as the verb "barking" and the quote
  had no cue.
- "Bosnia and Herzegovina’s foreign ministry", "Trinidad and Tobago’s prime minister": a
  country's name the list of countries knows whole is one name (before, "Herzegovina’s …",
  "Bosnia"), and no "she" stands for it.
- "Marks and Spencer said", "Microsoft and Google said", "said Lund and Berg": two single names
  joined by "and" speak together, as written, below the sure bin (before, the last one alone).
- "said the Minister for Culture and Media": the title and its portfolio, not a person "Media".

Every text is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack.aids.joint import JOINT_CONFIDENCE
from claimtrack.aids.speakers import name_chunks
from claimtrack.text.tokens import tokenize

_QUOTE = "“The road will reopen on Monday.”"
_CUES = [
    "{b} said: {q}",
    "On Monday, {b} said in a statement: {q}",
    "“We are sorry,” {b} said.",
    "“We are sorry,” said {b}.",
    "“We are sorry,” {b} told reporters.",
]


def _quote(text: str) -> ct.Quotation:
    (found,) = ct.extract_quotations(text)
    return found


def _speaker(text: str) -> str | None:
    return _quote(text).speaker_full


@pytest.mark.parametrize(
    "firm",
    ["Procter & Gamble", "Johnson & Johnson", "Marks & Spencer", "Tiffany & Co", "AT&T", "M&S"],
)
@pytest.mark.parametrize("cue", _CUES)
def test_a_firms_ampersand_is_inside_its_name(firm: str, cue: str) -> None:
    assert _speaker(cue.format(b=firm, q=_QUOTE)) == firm


@pytest.mark.parametrize(
    "text",
    [
        "“We are sorry,” a Johnson & Johnson spokeswoman said.",
        "A Johnson & Johnson spokesman said: " + _QUOTE,
        "“We are sorry,” said a spokesperson for Johnson & Johnson.",
    ],
)
def test_a_firms_spokesperson_speaks_for_the_firm(text: str) -> None:
    found = _quote(text)
    assert (found.speaker_full, found.resolution) == ("Johnson & Johnson", "organisation")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are sorry,” said S&P Global.", "S&P Global"),  # (no body's initials before a name)
        ("“We are sorry,” Ada Lund & Tom Berg said.", "Ada Lund and Tom Berg"),  # two people
        ("“We are sorry,” said Ada Lund, chief executive of Procter & Gamble.", "Ada Lund"),
        ("Procter & Gamble chief executive Ada Lund said: " + _QUOTE, "Ada Lund"),
        (
            "“We are sorry,” the Department for Digital, Culture, Media & Sport said.",
            "Department for Digital, Culture, Media & Sport",  # a list's last "&"
        ),
    ],
)
def test_an_ampersand_joins_a_firm_and_nothing_else(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_an_ampersand_ending_a_line_joins_nothing() -> None:
    """A menu's "Arts &" over a story: the line's end ends the name."""
    text = "Arts &\nVelm Council said on Monday"
    assert [c.text for c in name_chunks(text, tokenize(text))] == ["Arts", "Velm Council"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("AT&T said", ["AT&T", "said"]),
        ("M&S’s chief", ["M&S’s", "chief"]),
        ("R & D", ["R", "&", "D"]),  # spaced: three tokens
        ("AT&Tx", ["AT", "&", "Tx"]),  # (no initials: a word runs on)
        ("rock&roll", ["rock", "&", "roll"]),
    ],
)
def test_a_firms_initials_around_an_ampersand_are_one_token(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == words


_INITIALS = st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ", min_size=1, max_size=3)


@given(_INITIALS, _INITIALS, st.sampled_from(["", " said", "’s chief", ", it said"]))
def test_any_initials_around_an_ampersand_are_one_token(a: str, b: str, after: str) -> None:
    text = f"On Monday {a}&{b}{after}"
    toks = tokenize(text)
    firm = next(t for t in toks if "&" in t.text)
    assert firm.text.removesuffix("’s") == f"{a}&{b}"
    assert all(text[t.start : t.end] == t.text for t in toks)


# Invented surnames no dictionary lists as first names.
_FIRM_WORDS = ["Hallgren", "Voskuil", "Bramwell", "Ostrander", "Quennell", "Tarrow", "Drummle"]


@given(st.sampled_from(_FIRM_WORDS), st.sampled_from(_FIRM_WORDS), st.sampled_from(_CUES))
def test_any_two_names_around_an_ampersand_speak_as_one_firm(a: str, b: str, cue: str) -> None:
    assert _speaker(cue.format(b=f"{a} & {b}", q=_QUOTE)) == f"{a} & {b}"


@pytest.mark.parametrize("cue", _CUES)
def test_a_capital_after_the_quote_opens_a_name_not_a_speech_verb(cue: str) -> None:
    """ "Barking" is also "barking", a speech verb's form; a capital before "and" names."""
    body = "Barking and Dagenham Council"
    assert _speaker(cue.format(b=body, q=_QUOTE)) == body


def test_a_speech_verb_after_the_quote_still_speaks() -> None:
    text = "“Get out of my house,” barked Ada Lund.\n\n“Go on, then,” Lund growled."
    assert [q.speaker_full for q in ct.extract_quotations(text)] == ["Ada Lund", "Ada Lund"]


@pytest.mark.parametrize(
    "country",
    ["Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda", "St Kitts and Nevis"],
)
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("{b} said: {q}", "{b}"),
        ("“We are sorry,” {b} said.", "{b}"),
        ("“We are sorry,” said {b}’s foreign ministry.", "{b}’s foreign ministry"),
        ("{b}’s foreign ministry said: {q}", "{b}’s foreign ministry"),
        ("“We are sorry,” {b}’s prime minister said.", "{b}’s prime minister"),
        ("“We are sorry,” said the foreign minister of {b}.", "minister of {b}"),
        ("“We are sorry,” the Prime Minister of {b} said.", "Minister of {b}"),
        ("“We are sorry,” said Ada Lund, the ambassador of {b}.", "Ada Lund"),
        ("“We are sorry,” said the President of {b}, Ada Lund.", "Ada Lund"),
    ],
)
def test_a_countrys_name_runs_across_and(country: str, cue: str, speaker: str) -> None:
    assert _speaker(cue.format(b=country, q=_QUOTE)) == speaker.format(b=country)


def test_no_she_stands_for_a_country_joined_by_and() -> None:
    text = (
        "Trinidad and Tobago has recorded 40 murders this year, but the commissioner said "
        "crime fell.\n\n“We are working hard on it,” she said."
    )
    assert _speaker(text) != "Trinidad and Tobago"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("“Sales fell,” Marks and Spencer said on Tuesday.", "Marks and Spencer"),
        ("Marks and Spencer said: " + _QUOTE, "Marks and Spencer"),
        (
            "“The deal is off,” Microsoft and Google said in a joint statement.",
            "Microsoft and Google",
        ),
        ("“It was a mistake,” said Lund and Berg in a joint statement.", "Lund and Berg"),
        ("“It was a mistake,” France and Germany said in a joint statement.", "France and Germany"),
    ],
)
def test_two_single_names_joined_by_and_speak_together_below_the_sure_bin(
    text: str, pair: str
) -> None:
    found = _quote(text)
    assert (found.speaker_full, found.confidence) == (pair, JOINT_CONFIDENCE)


@pytest.mark.parametrize(
    ("text", "not_pair"),
    [
        ("“It was a mistake,” the Lund and Berg families said.", "Lund and Berg"),  # the families
        ("“We are ready,” said Acme and Velm Energy.", "Acme and Velm Energy"),  # a firm's word
        ("Ada Lund and Velm Council said: " + _QUOTE, "Ada Lund and Velm Council"),
    ],
)
def test_a_pair_is_two_bare_names_and_nothing_more(text: str, not_pair: str) -> None:
    assert _speaker(text) != not_pair


@pytest.mark.parametrize(
    "cue",
    [
        "“The budget will rise,” said the Minister for Culture and Media.",
        "“The budget will rise,” the Minister for Culture and Media said.",
        "The Minister for Culture and Media said: “The budget will rise.”",
    ],
)
def test_a_titles_portfolio_joined_by_and_names_no_person(cue: str) -> None:
    found = _quote(cue)
    assert (found.speaker_full, found.resolution) == (
        "Minister for Culture and Media",
        "description",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are sorry,” said the Minister for Culture and Media, Ada Lund.", "Ada Lund"),
        ("Minister for Ports and Harbours Ivo Lind said: " + _QUOTE, "Ivo Lind"),
        ("Ada Lund, the Minister for Culture and Media, said: " + _QUOTE, "Ada Lund"),
        ("The Ministry of Defence and Velm Police said: " + _QUOTE, "Velm Police"),
        ("“We are sorry,” said the Minister for Culture and Media Ada Lund.", "Ada Lund"),
        ("“We are sorry,” the Minister for Culture and Media Ada Lund said.", "Ada Lund"),
        ("“We are sorry,” said the Minister of Health and Velm Police.", "Velm Police"),
    ],
)
def test_a_portfolio_gives_way_to_the_person_or_body_named(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
