"""Property tests: what the casebook file reads (dates, grades, vocabularies, texts, keys)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.casefile import values
from claimtrack.casefile.document import read_casefile_records
from claimtrack.casefile.problems import Problems
from claimtrack.casefile.spec import SECTIONS
from claimtrack.model import (
    Confidence,
    Credibility,
    Likelihood,
    PartialDate,
    Reliability,
    Stance,
)


def _partial_dates() -> st.SearchStrategy[PartialDate]:
    days = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))
    return st.one_of(
        days.map(lambda d: PartialDate.day(d.year, d.month, d.day)),
        days.map(lambda d: PartialDate.month(d.year, d.month)),
        days.map(lambda d: PartialDate.year(d.year)),
        st.tuples(days, days).map(lambda p: PartialDate.range(min(p), max(p))),
    )


def _read(tmp_path: Path, yaml: str) -> tuple[object, Problems]:
    path = tmp_path / "case.yaml"
    path.write_text(yaml, encoding="utf-8")
    problems = Problems(str(path))
    return read_casefile_records(path, problems), problems


def _said_on(tmp_path: Path, scalar: str) -> tuple[object, Problems]:
    yaml = (
        "articles: [{path: a.txt}]\nevidence:\n"
        f"  - {{claim: c, article: a, quote: q, stance: neutral, said_on: {scalar}}}\n"
    )
    record, problems = _read(tmp_path, yaml)
    evidence = record.children["evidence"][0]  # type: ignore[attr-defined]
    return evidence.get("said_on"), problems


@settings(max_examples=60, deadline=None)
@given(date=_partial_dates(), quoted=st.booleans())
def test_every_date_form_reads_back_plain_or_quoted(
    tmp_path_factory: pytest.TempPathFactory, date: PartialDate, quoted: bool
) -> None:
    tmp_path = tmp_path_factory.mktemp("dates")
    scalar = f'"{date}"' if quoted else str(date)  # unquoted, YAML gives a number or a date
    read, problems = _said_on(tmp_path, scalar)
    assert not len(problems)
    assert read == date


@given(st.text(max_size=30))
def test_a_date_reader_never_crashes(text: str) -> None:
    try:
        read = values.date(text)
    except ValueError as exc:
        assert "YYYY" in str(exc)
    else:
        assert read is not None and str(read) == text.strip()


@given(st.one_of(st.floats(allow_nan=False), st.booleans(), st.integers()))
def test_numbers_that_are_not_years_are_refused_as_dates(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        assert values.date(value) == PartialDate.year(value)  # type: ignore[arg-type]
        return
    with pytest.raises(ValueError, match="YYYY"):
        values.date(value)


@given(st.integers(-5, 12), st.booleans())
def test_credibility_is_one_to_six_as_number_or_text(grade: int, as_text: bool) -> None:
    given_value: object = str(grade) if as_text else grade
    if 1 <= grade <= 6:
        assert values.credibility(given_value) is Credibility(grade)
    else:
        with pytest.raises(ValueError, match="1 \\(confirmed\\) to 6"):
            values.credibility(given_value)


@given(st.sampled_from("ABCDEFabcdef"), st.sampled_from(["", " "]))
def test_reliability_letters_in_any_case(letter: str, pad: str) -> None:
    assert values.reliability(pad + letter + pad) is Reliability(letter.upper())


@given(st.text(max_size=12))
def test_a_bad_grade_or_term_is_a_value_error_naming_the_allowed_ones(text: str) -> None:
    for reader, cls in (
        (values.reliability, Reliability),
        (values.likelihood, Likelihood),
        (values.confidence, Confidence),
        (values.stance, Stance),
    ):
        try:
            read = reader(text)
        except ValueError as exc:
            assert str(next(iter(cls)).value) in str(exc)  # the allowed terms are listed
        else:
            assert isinstance(read, cls)


@given(
    st.sampled_from([*Likelihood, *Confidence, *Stance]),
    st.sampled_from([str.upper, str.title, lambda s: s.replace(" ", "_")]),
)
def test_vocabulary_terms_as_analysts_type_them(term: object, spelling: object) -> None:
    typed = spelling(term.value)  # type: ignore[attr-defined,operator]
    reader = {Likelihood: values.likelihood, Confidence: values.confidence, Stance: values.stance}
    assert reader[type(term)](typed) is term  # type: ignore[index]


_TEXTS = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"), max_size=40
).filter(lambda s: not s.startswith(values.PLACEHOLDER) and not s.endswith("\n"))


@settings(max_examples=80, deadline=None)
@given(text=_TEXTS)
def test_any_text_written_as_a_quoted_scalar_reads_back(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    tmp_path = tmp_path_factory.mktemp("texts")
    # JSON strings are YAML double-quoted scalars: what a script would write (with characters
    # outside the BMP escaped as surrogate pairs, or not).
    # Written unescaped, C1 controls and DEL are not allowed in YAML and NEL, LS and PS are line
    # breaks (folded in a quoted scalar): only a script escaping them gets them through.
    raw_ok = not any("\x7f" <= ch <= "\x9f" or ch in "\u2028\u2029" for ch in text)
    for ascii_only in (True, False) if raw_ok else (True,):
        scalar = json.dumps(text, ensure_ascii=ascii_only)
        record, problems = _read(tmp_path, f"title: {scalar}\narticles: [{{path: a.txt}}]\n")
        assert not len(problems), [str(p) for p in problems]
        assert record.get("title") == text  # type: ignore[attr-defined]


# Keys YAML reads as text (null, true and false are not).
_KEYS = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).filter(
    lambda k: k not in ("null", "true", "false")
)


@settings(max_examples=60, deadline=None)
@given(section=st.sampled_from(["article", "claim", "evidence"]), key=_KEYS)
def test_an_unknown_key_is_reported_at_its_line_and_column(
    tmp_path_factory: pytest.TempPathFactory, section: str, key: str
) -> None:
    tmp_path = tmp_path_factory.mktemp("keys")
    top = {"article": "articles", "claim": "claims", "evidence": "evidence"}[section]
    required = [k for k, f in SECTIONS[section].items() if f.required]
    lines = [f"    {k}: x" for k in required]
    lines.insert(1 if len(lines) > 1 else len(lines), f"    {key}: 1")
    lines[0] = "  - " + lines[0].lstrip()
    head = "articles:\n  - path: a.txt\n" if top != "articles" else ""
    _, problems = _read(tmp_path, head + f"{top}:\n" + "\n".join(lines) + "\n")
    line = head.count("\n") + 2 + (1 if len(required) > 1 else len(required))
    messages = [(p.line, p.column, p.message) for p in problems]
    if key in SECTIONS[section]:
        assert all("unknown key" not in m for _, _, m in messages)
    else:
        assert (line, 5, f"unknown key {key!r} in {section} entries") in messages


# ---------------------------------------------------------------- any document at all

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["supports", "B", "likely", "high", "a.txt", "a", "c", "", "x-y", "*.txt"]),
    st.text(max_size=8),
)


def _entry(section: str) -> st.SearchStrategy[dict[str, object]]:
    keys = [*SECTIONS[section], "qoute", "x-mine"]
    values = st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3))
    return st.dictionaries(st.sampled_from(keys), values, max_size=6)


_DOCUMENTS = st.fixed_dictionaries(
    {"articles": st.just([{"path": "a.txt"}])},
    optional={
        name: st.one_of(_SCALARS, st.lists(_entry(section), max_size=3))
        for name, section in (
            ("sources", "source"),
            ("actors", "actor"),
            ("claims", "claim"),
            ("evidence", "evidence"),
            ("contradictions", "contradiction"),
            ("reviews", "review"),
        )
    }
    | {"title": _SCALARS, "detect": _SCALARS, "casefile": _SCALARS},
)


@settings(max_examples=60, deadline=None)
@given(document=_DOCUMENTS)
def test_any_document_builds_or_lists_its_problems_never_crashes(
    tmp_path_factory: pytest.TempPathFactory, document: dict[str, object]
) -> None:
    from ruamel.yaml import YAML

    from claimtrack.casefile import load_casefile
    from claimtrack.errors import CasefileError

    tmp_path = tmp_path_factory.mktemp("any")
    (tmp_path / "a.txt").write_text("A title\n\nA supports B. C refutes A.\n", encoding="utf-8")
    path = tmp_path / "case.yaml"
    with path.open("w", encoding="utf-8") as stream:
        YAML(typ="safe", pure=True).dump(document, stream)
    try:
        book = load_casefile(path)
    except CasefileError as exc:
        assert exc.problems and all(p.line >= 0 for p in exc.details)
        assert all(str(p).startswith(str(path)) for p in exc.details)
    else:
        assert book.problems() == []
