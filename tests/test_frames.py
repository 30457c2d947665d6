"""``claimtrack.frames(book)``: the casebook as pandas DataFrames with meaningful dtypes."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pandas as pd
import pytest
from docx_cases import seed_book
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack import Casebook, PartialDate
from claimtrack.dataframes import CasebookFrames
from claimtrack.errors import MissingDependencyError


@pytest.fixture(scope="module")
def tables() -> CasebookFrames:
    return claimtrack.frames(seed_book())


def test_four_tables_indexed_by_id(tables) -> None:  # type: ignore[no-untyped-def]
    book = seed_book()
    assert tables._fields == ("articles", "claims", "evidence", "contradictions")
    for name in tables._fields:
        frame = getattr(tables, name)
        assert frame.index.name == "id"
        assert list(frame.index) == list(getattr(book, name))


def test_vocabularies_are_categoricals_in_their_own_order(tables) -> None:  # type: ignore[no-untyped-def]
    claims, evidence = tables.claims, tables.evidence
    likelihood = claims["likelihood"].dtype
    assert isinstance(likelihood, pd.CategoricalDtype) and likelihood.ordered
    assert likelihood.categories[0] == "almost no chance"
    assert likelihood.categories[-1] == "almost certain"
    assert claims["confidence"].dtype.ordered
    assert list(claims["confidence"].dtype.categories) == ["low", "moderate", "high"]
    # Ordered: "likely or better" is a comparison.
    assert list(claims.index[claims["likelihood"] >= "likely"]) == ["stronger"]
    stance = evidence["stance"].dtype
    assert list(stance.categories) == ["supports", "refutes", "neutral"] and not stance.ordered
    # Admiralty F and 6 mean "cannot be judged", not "worst": no order is implied.
    assert not evidence["reliability"].dtype.ordered
    assert list(evidence["credibility"].dtype.categories) == [1, 2, 3, 4, 5, 6]
    for column in ("status", "kind", "level"):
        assert isinstance(tables.contradictions[column].dtype, pd.CategoricalDtype)
    assert set(tables.contradictions["status"]) == {"explained", "candidate", "dismissed"}


def test_values_match_the_casebook(tables) -> None:  # type: ignore[no-untyped-def]
    evidence = tables.evidence
    row = evidence.loc["one-whole-e1"]
    assert row["speaker"] == "Linas Linkevičius" and row["stance"] == "supports"
    assert row["grade"] == "B3" and row["credibility"] == 3 and row["reliability"] == "B"
    assert row["said_on"] == pd.Timestamp("2016-07-08") and row["said_on_precision"] == "day"
    assert row["date_source"] == "said"
    assert pd.isna(evidence.loc["works-e1", "speaker"])
    assert tables.claims.loc["stronger", "supports"] == 1
    assert tables.claims.loc["stronger", "refutes"] == 1
    assert bool(tables.claims.loc["stronger", "contested"])
    assert tables.articles["chars"].dtype == "int64"
    assert tables.articles.loc[seed_book().evidence["works-e1"].article, "publisher"] == (
        "Belarus Security Blog"
    )


def test_dates_keep_their_precision() -> None:
    book = Casebook([claimtrack.Article(id="a", text="One. Two. Three. Four.")])
    book.add_claim("Something.", id="c")
    dates = {
        "d": PartialDate.day(2017, 6, 19),
        "m": PartialDate.month(2017, 6),
        "y": PartialDate.year(2017),
        "r": PartialDate.range(dt.date(2017, 11, 27), dt.date(2017, 12, 3)),
    }
    for (key, date), quote in zip(dates.items(), ["One.", "Two.", "Three.", "Four."], strict=True):
        book.add_evidence("c", article="a", quote=quote, stance="neutral", said_on=date, id=key)
    evidence = claimtrack.frames(book).evidence
    assert str(evidence["said_on"].dtype).startswith("datetime64")
    assert list(evidence["said_on_precision"]) == ["day", "month", "year", "range"]
    assert evidence.loc["m", "said_on_end"] == pd.Timestamp("2017-06-30")
    assert evidence.loc["y", "said_on_end"] == pd.Timestamp("2017-12-31")
    assert evidence.loc["r", "said_on"] == pd.Timestamp("2017-11-27")
    assert evidence.loc["r", "date_source"] == "said"


def test_empty_casebook_gives_empty_typed_tables() -> None:
    tables = claimtrack.frames(Casebook())
    assert all(len(getattr(tables, name)) == 0 for name in tables._fields)
    assert isinstance(tables.evidence["stance"].dtype, pd.CategoricalDtype)


def test_groupby_keeps_every_stance(tables) -> None:  # type: ignore[no-untyped-def]
    counts = tables.evidence.groupby(["claim", "stance"], observed=False).size().unstack()
    assert list(counts.columns) == ["supports", "refutes", "neutral"]
    assert counts.loc["one-whole", "refutes"] == 0


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["supports", "refutes", "neutral"]),
            st.integers(1, 6),
            st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
        ),
        max_size=6,
    )
)
def test_every_evidence_row_round_trips(rows: list[tuple[str, int, dt.date | None]]) -> None:
    text = " ".join(f"Sentence {i}." for i in range(len(rows)))
    book = Casebook([claimtrack.Article(id="a", text=text or "x")])
    book.add_claim("Something.", id="c")
    for i, (stance, credibility, said_on) in enumerate(rows):
        book.add_evidence("c", article="a", quote=f"Sentence {i}.", stance=stance,
                          credibility=credibility, said_on=said_on, id=f"e{i}")  # fmt: skip
    evidence = claimtrack.frames(book).evidence
    assert list(evidence["stance"]) == [r[0] for r in rows]
    assert list(evidence["credibility"]) == [r[1] for r in rows]
    for i, (_, _, said_on) in enumerate(rows):
        got = evidence.loc[f"e{i}", "said_on"]
        assert pd.isna(got) if said_on is None else got.date() == said_on
    claims = claimtrack.frames(book).claims
    assert claims.loc["c", ["supports", "refutes", "neutral"]].sum() == len(rows)


def test_without_pandas_the_error_says_what_to_install() -> None:
    probe = (
        "import sys; sys.modules['pandas'] = None\n"
        "import claimtrack\n"
        "try:\n"
        "    claimtrack.frames(claimtrack.Casebook())\n"
        "except claimtrack.errors.MissingDependencyError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert "pip install 'claimtrack[pandas]'" in out
    assert issubclass(MissingDependencyError, ImportError)
