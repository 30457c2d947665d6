"""Counts in words agree with their nouns, in the CLI, the errors and the memo."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import claimtrack
from claimtrack import Casebook
from claimtrack.cli.main import build_cli
from claimtrack.errors import CasebookError, ValidationError
from claimtrack.host import PluginHost
from claimtrack.text.counts import plural, verb


def test_plural_and_verb() -> None:
    assert plural(1, "contradiction") == "1 contradiction"
    assert plural(0, "contradiction") == "0 contradictions"
    assert plural(1, "piece of evidence", "pieces of evidence") == "1 piece of evidence"
    assert plural(2, "piece of evidence", "pieces of evidence") == "2 pieces of evidence"
    assert plural(12_000, "quote") == "12,000 quotes"
    assert (verb(1, "was", "were"), verb(3, "was", "were")) == ("was", "were")


@given(st.integers(0, 10**6))
def test_plural_is_singular_exactly_for_one(n: int) -> None:
    text = plural(n, "claim")
    assert text.endswith("claims") is (n != 1)
    assert text.replace(",", "").startswith(str(n))


def one_of_each(tmp_path: Path) -> Path:
    book = Casebook([claimtrack.Article(id="a", text="Alpha beta. Gamma delta.")])
    book.add_claim("Something holds.", id="c")
    book.add_claim("Something else holds.", id="d")
    book.add_evidence("c", article="a", quote="Alpha beta.", stance="supports")
    book.add_contradiction("c", "d", kind="contrary")
    path = tmp_path / "case.json"
    claimtrack.export(book, path)
    return path


def test_check_counts_in_words(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        build_cli(PluginHost(entry_points=[])), ["check", str(one_of_each(tmp_path))]
    )
    assert result.exit_code == 0, result.output
    assert "1 article, 2 claims, 1 piece of evidence, 1 contradiction;" in result.output


def test_one_problem_and_one_user_in_words() -> None:
    assert str(ValidationError(["only this"])).startswith("1 problem found:")
    book = Casebook([claimtrack.Article(id="a", text="Alpha beta.")])
    book.add_claim("Something holds.", id="c")
    book.add_claim("Something else holds.", id="d")
    book.add_contradiction("c", "d", id="x")
    try:
        book.remove_claim("c")
    except CasebookError as exc:
        assert "used by contradiction 'x'" in str(exc) and "remove_contradiction() it" in str(exc)
    else:
        raise AssertionError("removing a claim a contradiction uses must be refused")
