"""The data model: vocabularies, validation, PartialDate and Article offsets."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrack import (
    Actor,
    Article,
    Claim,
    Confidence,
    Contradiction,
    Credibility,
    Evidence,
    Likelihood,
    PartialDate,
    Reliability,
    Role,
    Stance,
)
from claimtrack.model import (
    DatePrecision,
    Interpolation,
    Source,
    TextQuoteSelector,
    article_checksum,
    sha256,
)

SEL = TextQuoteSelector(exact="one whole", start=4, end=13)


# ----------------------------------------------------------------------------------- vocabularies


def test_unknown_stance_names_the_value_and_the_choices() -> None:
    with pytest.raises(ValueError, match=r"'agrees' is not a valid stance; use one of 'supports'"):
        Stance("agrees")


@pytest.mark.parametrize("typed", ["supports", "SUPPORTS", " Supports ", "support"])
def test_stance_spellings(typed: str) -> None:
    assert Stance(typed) is Stance.SUPPORTS


def test_refute_verb_form() -> None:
    assert Stance("refute") is Stance.REFUTES


@pytest.mark.parametrize("bad", [7, 0, -1, "7", "x"])
def test_credibility_outside_1_to_6(bad: object) -> None:
    with pytest.raises(ValueError, match=r"use 1 \(confirmed\) to 6 \(cannot be judged\)"):
        Credibility(bad)


def test_credibility_from_text_and_labels() -> None:
    assert Credibility("2") is Credibility.PROBABLY_TRUE
    assert Credibility(6).label == "cannot be judged"


def test_reliability_case_and_labels() -> None:
    assert Reliability("b") is Reliability.B
    assert Reliability.F.label == "reliability cannot be judged"
    with pytest.raises(ValueError, match="not a valid reliability"):
        Reliability("G")


def test_likelihood_terms_and_ranges() -> None:
    assert Likelihood("Roughly even chance") is Likelihood.ROUGHLY_EVEN_CHANCE
    assert Likelihood("very_likely") is Likelihood.VERY_LIKELY
    bands = [t.percent_range for t in Likelihood]
    assert bands[0] == (1, 5) and bands[-1] == (95, 99)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bands))


def test_confidence_is_separate_from_likelihood() -> None:
    claim = Claim("c", "A statement.", likelihood="likely", confidence="low")
    assert claim.likelihood is Likelihood.LIKELY and claim.confidence is Confidence.LOW
    with pytest.raises(ValueError, match="not a valid confidence"):
        Claim("c", "A statement.", confidence="likely")


# ------------------------------------------------------------------------------------ validation


@pytest.mark.parametrize("statement", ["", "   ", "\n"])
def test_empty_statement_is_named(statement: str) -> None:
    with pytest.raises(ValueError, match=r"Claim\.statement must be a non-empty string"):
        Claim("c", statement)


def test_empty_ids_are_named() -> None:
    with pytest.raises(ValueError, match=r"Claim\.id"):
        Claim("", "A statement.")
    with pytest.raises(ValueError, match=r"Article\.id"):
        Article(id=" ", text="x")
    with pytest.raises(ValueError, match=r"Evidence\.article"):
        Evidence("e", "c", "", SEL, "supports")


def test_evidence_converts_and_checks_its_vocabularies() -> None:
    ev = Evidence("e", "c", "a", SEL, "refutes", credibility="3", said_on="2017-06")
    assert ev.stance is Stance.REFUTES and ev.credibility is Credibility.POSSIBLY_TRUE
    assert ev.said_on == PartialDate.month(2017, 6) and ev.quote == "one whole"
    with pytest.raises(ValueError, match="stance"):
        Evidence("e", "c", "a", SEL, "maybe")
    with pytest.raises(ValueError, match="credibility"):
        Evidence("e", "c", "a", SEL, "supports", credibility=7)


def test_evidence_segments_are_ordered_and_the_rendering_defaults_to_them() -> None:
    later = TextQuoteSelector(exact="said", start=20, end=24)
    ev = Evidence("e", "c", "a", (SEL, later), "supports")
    assert ev.segments == (SEL, later) and (ev.start, ev.end) == (4, 24)
    assert ev.rendering == ev.quote == ev.source_text == "one whole … said"
    assert not ev.orphaned and ev.typed is None and ev.interpolations == ()
    with pytest.raises(ValueError, match="text order and never overlap"):
        Evidence("e", "c", "a", (later, SEL), "supports")
    with pytest.raises(ValueError, match="at least one source segment"):
        Evidence("e", "c", "a", (), "supports")
    with pytest.raises(TypeError, match="True or False"):
        Evidence("e", "c", "a", SEL, "supports", orphaned=1)
    with pytest.raises(ValueError, match="must not be empty"):
        Evidence("e", "c", "a", SEL, "supports", rendering="")
    x = Interpolation("Lukashenko", "He", 0, 2)
    assert Evidence("e", "c", "a", SEL, "supports", interpolations=[x]).interpolations == (x,)
    with pytest.raises(ValueError, match="do not fit"):
        Interpolation("Lukashenko", "He", 0, 5)
    with pytest.raises(TypeError, match="Interpolation"):
        Evidence("e", "c", "a", SEL, "supports", interpolations=["He"])


def test_selector_offsets_must_fit_the_quote() -> None:
    with pytest.raises(ValueError, match="do not fit a quote of 9 characters"):
        TextQuoteSelector(exact="one whole", start=4, end=12)
    with pytest.raises(ValueError, match="non-empty exact"):
        TextQuoteSelector(exact="", start=0, end=0)
    with pytest.raises(ValueError):
        TextQuoteSelector(exact="x", start=-1, end=0)


def test_contradiction_against_itself() -> None:
    with pytest.raises(ValueError, match="sets 'c1' against itself"):
        Contradiction("x", "claims", "c1", "c1")


def test_values_are_frozen() -> None:
    claim = Claim("c", "A statement.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        claim.statement = "Other"  # type: ignore[misc]


def test_source_default_reliability_is_cannot_be_judged() -> None:
    assert Source("Belarus Digest").reliability is Reliability.F


def test_actor_roles_over_time() -> None:
    actor = Actor(
        "Linas Linkevičius",
        aliases="Linkevičius",
        roles=[Role("foreign minister", start="2012-12", end="2020-12")],
    )
    assert actor.names() == ("Linas Linkevičius", "Linkevičius")
    assert actor.role_on(PartialDate.day(2016, 7, 8)) == "foreign minister"
    assert actor.role_on(PartialDate.year(2022)) is None
    assert actor.role_on(None) == "foreign minister"


# ----------------------------------------------------------------------------------- PartialDate


def test_partial_date_forms() -> None:
    assert str(PartialDate.day(2017, 6, 19)) == "2017-06-19"
    assert str(PartialDate.month(2017, 2)) == "2017-02"
    assert PartialDate.month(2016, 2).end == dt.date(2016, 2, 29)
    assert PartialDate.month(2017, 12).end == dt.date(2017, 12, 31)
    assert str(PartialDate.year(2017)) == "2017"
    week = PartialDate.range(dt.date(2017, 11, 27), dt.date(2017, 12, 3))
    assert str(week) == "2017-11-27/2017-12-03" and week.precision is DatePrecision.RANGE


def test_partial_dates_sort_across_precisions() -> None:
    dates = [PartialDate.year(2017), PartialDate.day(2016, 12, 31), PartialDate.month(2017, 1)]
    assert sorted(dates)[0] == PartialDate.day(2016, 12, 31)


@pytest.mark.parametrize("text", ["2017-13", "2017-02-30", "17", "June 2017", "", "2017/"])
def test_partial_date_parse_errors_show_the_forms(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        PartialDate.parse(text)


def test_partial_date_precision_must_match_the_span() -> None:
    with pytest.raises(ValueError, match="a day date must span"):
        PartialDate(dt.date(2017, 1, 1), dt.date(2017, 1, 5), "day")
    with pytest.raises(ValueError, match="a month date must span"):
        PartialDate(dt.date(2017, 1, 2), dt.date(2017, 1, 31), "month")
    with pytest.raises(ValueError, match=r"ends .* before it starts"):
        PartialDate.range(dt.date(2017, 1, 5), dt.date(2017, 1, 1))


def test_partial_date_coerce() -> None:
    assert PartialDate.coerce(dt.date(2017, 6, 19)) == PartialDate.day(2017, 6, 19)
    assert PartialDate.coerce(dt.datetime(2017, 6, 19, 12, 17)) == PartialDate.day(2017, 6, 19)
    assert PartialDate.coerce(2017) == PartialDate.year(2017)
    assert PartialDate.coerce(None) is None
    with pytest.raises(TypeError):
        PartialDate.coerce(True)


DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
PARTIAL_DATES = st.one_of(
    DAYS.map(lambda d: PartialDate.day(d.year, d.month, d.day)),
    DAYS.map(lambda d: PartialDate.month(d.year, d.month)),
    DAYS.map(lambda d: PartialDate.year(d.year)),
    st.tuples(DAYS, DAYS).map(lambda p: PartialDate.range(min(p), max(p))),
)


@given(PARTIAL_DATES)
def test_partial_date_str_parse_round_trip(date: PartialDate) -> None:
    assert PartialDate.parse(str(date)) == date
    assert PartialDate.coerce(str(date)) == date


# -------------------------------------------------------------------------------------- Article


def test_article_defaults() -> None:
    art = Article(id="a", text="Body text.")
    assert art.raw == "Body text." and art.checksum == article_checksum("Body text.", "Body text.")
    # The checksum covers raw and text, with the split between them unambiguous.
    assert art.checksum == sha256("10:Body text.Body text.")
    assert article_checksum("ab", "c") != article_checksum("a", "bc")
    assert art.offset_map == ((0, 0, 10),)
    assert art.raw_offset(4) == 4 and art.raw_span(0, 4) == (0, 4)


def test_article_raw_offset_through_segments() -> None:
    raw = "555 reads\nTitle\n\nHello there.\nImage: x\nGeneral Kenobi.\n"
    text = "Hello there.\n\nGeneral Kenobi."
    offset_map = ((0, raw.index("Hello"), 12), (14, raw.index("General"), 15))
    art = Article(id="a", text=text, raw=raw, offset_map=offset_map)
    for i, ch in enumerate(text):
        if ch != "\n":
            assert raw[art.raw_offset(i)] == ch
    # The joint between paragraphs maps to the end of the segment before it.
    assert art.raw_offset(12) == raw.index("Hello") + 12
    start, end = art.raw_span(text.index("General"), len(text))
    assert raw[start:end] == "General Kenobi."
    assert art.raw_offset(len(text)) == raw.index("Kenobi.") + len("Kenobi.")
    with pytest.raises(IndexError, match="outside article 'a'"):
        art.raw_offset(len(text) + 1)


@given(
    raw=st.text(min_size=1, max_size=200),
    cuts=st.lists(st.integers(0, 200), min_size=2, max_size=12),
)
def test_raw_offset_maps_every_kept_character_back(raw: str, cuts: list[int]) -> None:
    # Keep every other slice between sorted cut points, joined by "\n\n", as a cleaner would.
    points = sorted({min(c, len(raw)) for c in cuts} | {0, len(raw)})
    pieces = [(a, b) for n, (a, b) in enumerate(itertools.pairwise(points)) if n % 2 == 0]
    text, offset_map = "", []
    for a, b in pieces:
        if a == b:
            continue
        if text:
            text += "\n\n"
        offset_map.append((len(text), a, b - a))
        text += raw[a:b]
    art = Article(id="a", text=text, raw=raw, offset_map=offset_map)
    for text_start, _, length in offset_map:
        for k in range(length):
            assert raw[art.raw_offset(text_start + k)] == text[text_start + k]
    for i in range(len(text) + 1):
        assert 0 <= art.raw_offset(i) <= len(raw)


# ------------------------------------------------------------- field types at construction


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda: Claim("c", "A statement.", notes=None), TypeError,
         "Claim.notes must be a string, not None"),
        (lambda: Evidence("e", "c", "a", SEL, "supports", speaker=42), TypeError,
         "Evidence.speaker must be a string, not int 42"),
        (lambda: Claim("c", "A statement.", tags=[1]), TypeError, "item [0] must be a string"),
        (lambda: Claim("c", "A statement.", tags=5), TypeError, "expected strings"),
        (lambda: Evidence("e", "c", "a", SEL, 1), ValueError, "not a valid stance"),
        (lambda: Evidence("e", "c", "a", SEL, None), TypeError, "expected a stance, not None"),
        (lambda: Evidence("e", "c", "a", SEL, "supports", credibility=True), TypeError,
         "expected a credibility"),
        (lambda: Evidence("e", "c", "a", "one whole", "supports"), TypeError, "segments"),
        (lambda: TextQuoteSelector(exact="ab", start="0", end=2), TypeError,
         "TextQuoteSelector.start must be an integer"),
        (lambda: Article(id="a", text=None), TypeError, "Article.text must be a string"),
        (lambda: Article(id="a", text="x", offset_map=[(0, 0, "1")]), TypeError,
         "offset map segment"),
        (lambda: Role("minister", start=True), TypeError, "cannot read a date"),
        (lambda: Source("Outlet", reliability=None), TypeError, "expected a reliability, not None"),
    ],
)  # fmt: skip
def test_fields_refuse_what_json_could_not_carry(make, error: type, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error, match=words.replace("[", r"\[").replace("]", r"\]")):
        make()


def test_fields_convert_what_they_can_and_keep_optional_none() -> None:
    claim = Claim("c", "A statement.", tags=["war", "csto"], likelihood="very_likely")
    assert claim.tags == ("war", "csto") and claim.likelihood is Likelihood.VERY_LIKELY
    evidence = Evidence("e", "c", "a", SEL, "support", said_on=dt.datetime(2017, 6, 19, 12))
    assert evidence.stance is Stance.SUPPORTS and str(evidence.said_on) == "2017-06-19"
    article = Article(id="a", text="x", title=None, path=Path("seeds") / "x.txt")
    assert article.title is None and article.path == str(Path("seeds") / "x.txt")
    assert Actor("Ann", roles=["minister"]).roles == (Role("minister"),)


@pytest.mark.parametrize("typed", ["¹", "²", "1²"])
def test_a_superscript_digit_is_no_credibility_grade(typed: str) -> None:
    # str.isdigit() is true for superscripts, which int() refuses: the message must be ours.
    with pytest.raises(ValueError, match="not a valid credibility"):
        Credibility(typed)
