"""The casebook file (YAML): what it builds, and every problem reported at once with its place."""

from __future__ import annotations

import textwrap
import warnings
from pathlib import Path

import pytest

from claimtrack.casefile import load_casefile
from claimtrack.casefile.problems import Problem
from claimtrack.errors import CasefileError, QuoteDifferenceWarning
from claimtrack.model import (
    Confidence,
    ContradictionStatus,
    Credibility,
    Evidence,
    Likelihood,
    PartialDate,
    Reliability,
    Stance,
)

# Articles written for these tests (no real article text is committed).
HARBOUR = """Harbour deal signed

The council approved the harbour expansion on Monday. "We will build the new pier by 2027,"
the mayor said. Critics said the pier would never be finished.

The budget is 40 million euros.
"""
RIVER = """River report

The river authority said the water level fell. The council did not comment.
The mayor said the harbour plan was on time. Its budget is now 55 million euros.
"""


def _write(tmp_path: Path, yaml: str, name: str = "case.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(yaml).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "river.txt").write_text(RIVER, encoding="utf-8")
    return folder


PIER = """\
articles:
  - path: articles/harbour.txt
claims:
  - id: pier
    statement: The pier will be built
"""


def _pier_case(tmp_path: Path, rest: str) -> Path:
    """A case about one claim, ``pier``, quoting harbour.txt; ``rest`` follows (evidence…)."""
    return _write(tmp_path, PIER + textwrap.dedent(rest).lstrip("\n"))


def _start(evidence: Evidence) -> int:
    """Where a quote starts in its article (the one place these tests read a selector)."""
    return int(evidence.start)


def _problems(path: Path) -> list[Problem]:
    with pytest.raises(CasefileError) as info:
        load_casefile(path)
    assert len(info.value.problems) == len(info.value.details)
    return list(info.value.details)


def _at(problems: list[Problem]) -> list[tuple[int, int]]:
    return [(p.line, p.column) for p in problems]


GOOD = """
casefile: 1
title: The harbour
author: An analyst
bottom_line: The pier is likely late.
articles:
  - path: articles/*.txt
    publisher: Town Courier
    reliability: B
sources:
  - name: Town Courier
    reliability: B
    notes: local paper
actors:
  - name: Anna Mayor
    aliases: [the mayor]
    roles:
      - title: mayor
        start: 2020
        end: 2024-05
      - councillor
claims:
  - id: pier-on-time
    statement: The new pier will be built by 2027
    claimant: Anna Mayor
    tags: [harbour]
    likelihood: unlikely
    confidence: low
evidence:
  - claim: pier-on-time
    id: mayor-pier
    article: harbour
    quote: We will build the new pier by 2027,
    stance: supports
    speaker: Anna Mayor
    said_on: 2023-03-06
    credibility: 3
    notes: a promise
  - claim: pier-on-time
    id: critics
    article: harbour
    quote: Critics said the pier would never be finished.
    stance: refutes
    credibility: 4
  - claim: pier-on-time
    article: river
    quote: "the mayor said the harbour plan was on time"
    stance: supports
contradictions:
  - id: promise-vs-critics
    left: mayor-pier
    right: critics
    kind: contrary
    status: explained
    rationale: the mayor and the critics disagree
    resolution: different horizons
"""


def test_a_whole_case_builds(tmp_path: Path, articles: Path) -> None:
    book = load_casefile(_write(tmp_path, GOOD))
    assert book.title == "The harbour" and book.author == "An analyst"
    assert book.bottom_line == "The pier is likely late."
    assert list(book.articles) == ["harbour", "river"]  # a glob, in name order
    assert {a.publisher for a in book.articles.values()} == {"Town Courier"}
    assert book.sources["Town Courier"].reliability is Reliability.B
    assert book.sources["Town Courier"].notes == "local paper"
    mayor = book.actors["Anna Mayor"]
    assert mayor.aliases == ("the mayor",)
    assert mayor.roles[0].title == "mayor"
    assert mayor.roles[0].start == PartialDate.year(2020)
    assert mayor.roles[0].end == PartialDate.month(2024, 5)
    assert mayor.roles[1].title == "councillor" and mayor.roles[1].start is None
    claim = book.claims["pier-on-time"]
    assert claim.likelihood is Likelihood.UNLIKELY and claim.confidence is Confidence.LOW
    assert claim.tags == ("harbour",) and claim.claimant == "Anna Mayor"
    ev = book.evidence["mayor-pier"]
    assert ev.stance is Stance.SUPPORTS and ev.credibility is Credibility.POSSIBLY_TRUE
    assert ev.said_on == PartialDate.day(2023, 3, 6) and ev.notes == "a promise"
    assert book.problems() == []  # the casebook's own check of every quote against its text
    # Evidence without an id gets the casebook's own.
    auto = [e for e in book.evidence.values() if e.article == "river"]
    assert auto[0].id == "pier-on-time-e1" and auto[0].credibility is Credibility.CANNOT_BE_JUDGED
    (x,) = book.contradictions.values()
    assert (x.id, x.left, x.right, x.status) == (
        "promise-vs-critics", "mayor-pier", "critics", ContradictionStatus.EXPLAINED,
    )  # fmt: skip
    assert x.resolution == "different horizons"


def test_several_problems_at_once_each_with_line_and_column(tmp_path: Path, articles: Path) -> None:
    path = _write(
        tmp_path,
        """
        title: The harbour
        athor: me
        articles:
          - path: articles/harbour.txt
            published: 2016-13
        claims:
          - id: pier
            statement: The pier will be built
            likelihood: probable
        evidence:
          - claim: pire
            article: harbour
            quote: anything at all
            stance: supports
          - claim: pier
            article: harbour
            quote: The council approved the harbour expansion
            stance: sopports
            credibility: 7
        """,
    )
    found = _problems(path)
    assert _at(found) == [(2, 1), (5, 16), (9, 17), (11, 12), (18, 13), (19, 18)]
    unknown, date, likelihood, claim, stance, credibility = found
    assert "unknown key 'athor'" in unknown.message and unknown.hint == "did you mean 'author'?"
    assert "2016-13" in date.message and "YYYY-MM-DD" in date.message
    assert "'probable' is not a valid likelihood" in likelihood.message
    assert claim.where == "evidence #1, claim" and "did you mean 'pier'?" in claim.hint
    assert "sopports" in stance.message and "'supports'" in stance.message
    assert "credibility" in credibility.message
    with pytest.raises(CasefileError) as info:
        load_casefile(path)
    text = str(info.value)
    assert f"{path}:9:17: claim #1, likelihood:" in text
    assert text.startswith(f"{path}: 6 problems found")


def test_a_quote_that_does_not_anchor_shows_the_closest_passage(
    tmp_path: Path, articles: Path
) -> None:
    path = _pier_case(
        tmp_path,
        """
        evidence:
          - claim: pier
            article: harbour
            stance: refutes
            quote: Critics said the pier would always be finished.
        """,
    )
    (problem,) = _problems(path)
    assert (problem.line, problem.column) == (10, 12)
    assert problem.where == "evidence #1, quote"
    assert "quote not found in article 'harbour'" in problem.message
    assert any("'always'" in d and "'never'" in d for d in problem.detail)
    assert any(
        "closest passage" in d and "Critics said the pier would never be finished." in d
        for d in problem.detail
    )
    assert "copy the closest passage" in problem.hint


def test_an_ambiguous_quote_asks_for_context_and_occurrence_picks_one(
    tmp_path: Path, articles: Path
) -> None:
    yaml = textwrap.dedent(
        """
        articles:
          - path: articles/river.txt
        claims:
          - statement: The council said nothing
        evidence:
          - claim: the-council-said-nothing
            article: river
            stance: supports
            quote: The
        """
    )
    (problem,) = _problems(_write(tmp_path, yaml))
    assert "occurs 3 times" in problem.message and "occurrence: N" in problem.hint
    book = load_casefile(_write(tmp_path, yaml + "    occurrence: 1\n", "second.yaml"))
    (ev,) = book.evidence.values()
    assert _start(ev) == book.articles["river"].text.index("The council")
    book = load_casefile(_write(tmp_path, yaml + '    suffix: " mayor"\n', "third.yaml"))
    (ev,) = book.evidence.values()
    assert _start(ev) == book.articles["river"].text.index("The mayor")


def test_paths_are_relative_to_the_file_not_the_working_directory(
    tmp_path: Path, articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = tmp_path / "cases" / "2024"
    cases.mkdir(parents=True)
    path = _write(cases, "articles:\n  - path: ../../articles/river.txt\n")
    monkeypatch.chdir(articles)  # somewhere else entirely
    assert list(load_casefile(path).articles) == ["river"]
    assert list(load_casefile(Path("..") / "cases" / "2024" / "case.yaml").articles) == ["river"]


def test_overrides_and_an_id_for_one_file(tmp_path: Path, articles: Path) -> None:
    path = _write(
        tmp_path,
        """
        articles:
          - path: articles/harbour.txt
            id: pier-story
            title: The pier story
            publisher: Harbour Post
            url: https://example.org/pier
            published: 2023-03-06/2023-03-12
            reliability: d
        """,
    )
    book = load_casefile(path)
    article = book.articles["pier-story"]
    assert article.title == "The pier story" and article.publisher == "Harbour Post"
    assert article.url == "https://example.org/pier"
    assert str(article.published) == "2023-03-06/2023-03-12"
    assert book.sources["Harbour Post"].reliability is Reliability.D


def test_glob_problems(tmp_path: Path, articles: Path) -> None:
    (articles / "notes.json").write_text("{}", encoding="utf-8")  # not an article: left out
    (articles / ".hidden.txt").write_text("Hidden text here.", encoding="utf-8")
    path = _write(
        tmp_path,
        """
        articles:
          - path: articles/*
          - path: articles/h*.txt
          - path: articles/*.txt
            id: both
          - path: nowhere/*.txt
          - path: articles/missing.txt
          - path: articles
        """,
    )
    found = _problems(path)
    assert _at(found) == [(3, 11), (5, 9), (6, 11), (7, 11), (8, 11)]
    twice, id_for_glob, no_match, missing, folder = found
    assert "already listed (line 2)" in twice.message
    assert "matches 2 files" in id_for_glob.message
    assert "no article file matches 'nowhere/*.txt'" in no_match.message
    assert "does not exist" in missing.message
    assert "is a directory" in folder.message and "articles/*.txt" in folder.hint


def test_references_need_ids_written_in_the_file(tmp_path: Path, articles: Path) -> None:
    path = _pier_case(
        tmp_path,
        """
        evidence:
          - claim: pier
            article: harbour
            stance: supports
            quote: We will build the new pier by 2027
          - claim: pier
            id: critics
            article: harbour
            stance: refutes
            quote: the pier would never be finished
        contradictions:
          - left: pier-e1
            right: critics
          - left: critcs
            right: pier
        """,
    )
    made, misspelt = _problems(path)
    assert (made.line, made.column) == (17, 11)
    assert "has no `id:`" in made.message and "write `id: pier-e1`" in made.hint
    assert "(line 7)" in made.message
    assert (misspelt.line, misspelt.column) == (19, 11) and "'critics'" in misspelt.hint


def test_a_failed_record_is_not_reported_again_by_what_refers_to_it(
    tmp_path: Path, articles: Path
) -> None:
    path = _write(
        tmp_path,
        """
        articles:
          - path: articles/gone.txt
        claims:
          - id: pier
            statement: The pier will be built
        evidence:
          - claim: pier
            id: first
            article: gone
            stance: supports
            quote: We will build the new pier by 2027
        contradictions:
          - left: first
            right: pier
        """,
    )
    (only,) = _problems(path)
    assert (only.line, only.column) == (2, 11) and "does not exist" in only.message


def test_anchors_merge_and_own_keys_are_ignored(tmp_path: Path, articles: Path) -> None:
    path = _pier_case(
        tmp_path,
        """
        x-quote-defaults: &harbour
          claim: pier
          article: harbour
        evidence:
          - <<: *harbour
            stance: supports
            quote: We will build the new pier by 2027
          - <<: *harbour
            x-checked-by: Ann
            stance: refutes
            quote: the pier would never be finished
            credibility: nine
        """,
    )
    (problem,) = _problems(path)
    assert (problem.line, problem.column) == (17, 18) and "'nine'" in problem.message
    book = load_casefile(_write(tmp_path, path.read_text().replace("nine", "4"), "fixed.yaml"))
    assert [e.article for e in book.evidence.values()] == ["harbour", "harbour"]


def test_yaml_syntax_and_duplicate_keys_are_placed(tmp_path: Path) -> None:
    (bad,) = _problems(_write(tmp_path, "articles:\n  - path: [a\ntitle: x\n"))
    assert bad.line >= 2 and "not valid YAML" in bad.message
    (dup,) = _problems(_write(tmp_path, "title: a\ntitle: b\narticles: []\n", "dup.yaml"))
    assert dup.line == 2 and "duplicate key" in dup.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"title: caf\xe9\n", "not UTF-8"),
        (b"- a\n- b\n", "expected a mapping"),
        (b"title: x\n", "'articles' is missing"),
        (b"articles: seeds\n", "expected a list"),
        (b"articles:\n  - seeds/x.txt\n", "expected a mapping"),
        (b"casefile: 2\narticles: []\n", "casefile version 1"),
        (b"articles: []\n", "no article is listed"),
        (b"articles: [{path: a.txt}]\nactors: [{name: A, roles: ['']}]\n", "non-empty"),
        (b"articles: [{path: a.txt}]\nactors: [{name: A, roles: [{end: 2020}]}]\n", "'title'"),
        (b"title: a\x7fb\narticles: []\n", "U+007F is not allowed"),
        (b'title: "\\ud800"\narticles: []\n', "half of a surrogate pair"),
    ],
)
def test_bad_files_say_what_to_do(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "case.yaml"
    path.write_bytes(content)
    found = _problems(path)
    assert any(expected in p.message for p in found), [str(p) for p in found]


def test_a_missing_file_is_one_problem(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path / "nope.yaml")
    assert "cannot read the file" in problem.message


def test_detect_and_reviews(tmp_path: Path, articles: Path) -> None:
    base = textwrap.dedent(
        """
        articles:
          - path: articles/*.txt
        claims:
          - id: pier
            statement: The pier will be built
        evidence:
          - claim: pier
            id: promise
            article: harbour
            stance: supports
            quote: The budget is 40 million euros.
          - claim: pier
            id: later
            article: river
            stance: supports
            quote: Its budget is now 55 million euros.
        detect: true
        """
    )
    plain = load_casefile(_write(tmp_path, base, "plain.yaml"))
    candidates = [x for x in plain.contradictions.values() if x.detected_by != "analyst"]
    assert candidates and all(x.status is ContradictionStatus.CANDIDATE for x in candidates)
    target = candidates[0]
    reviewed = base + (
        f"reviews:\n  - between: [{target.right}, {target.left}]\n"
        f"    status: dismissed\n    resolution: not the same pier\n"
    )
    book = load_casefile(_write(tmp_path, reviewed, "reviewed.yaml"))
    assert book.contradictions[target.id].status is ContradictionStatus.DISMISSED
    assert book.contradictions[target.id].resolution == "not the same pier"
    wrong = base + "reviews:\n  - between: [promise, nothing]\n    status: confirmed\n"
    (problem,) = _problems(_write(tmp_path, wrong, "wrong.yaml"))
    assert (problem.line, problem.column) == (19, 14)
    assert "no contradiction between 'promise' and 'nothing'" in problem.message


def test_a_quote_accepted_with_punctuation_differences_warns_with_its_place(
    tmp_path: Path, articles: Path
) -> None:
    path = _write(
        tmp_path,
        """
        articles:
          - path: articles/harbour.txt
        claims:
          - statement: The budget is known
        evidence:
          - claim: the-budget-is-known
            article: harbour
            stance: neutral
            quote: The budget is 40 million euros!
        """,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        book = load_casefile(path)
    (ev,) = book.evidence.values()
    assert "40 million euros" in ev.quote and ev.accepted and ev.typed  # the difference recorded
    messages = [str(w.message) for w in caught if issubclass(w.category, QuoteDifferenceWarning)]
    assert len(messages) == 1 and messages[0].startswith(f"{path}:9:12: ")


def test_the_starter_placeholder_is_refused(tmp_path: Path, articles: Path) -> None:
    path = _write(tmp_path, "title: FILL IN the title\narticles:\n  - path: articles/river.txt\n")
    (problem,) = _problems(path)
    assert (problem.line, problem.column) == (1, 8) and "placeholder" in problem.message


def test_a_missing_id_is_one_problem_naming_every_line(tmp_path: Path, articles: Path) -> None:
    path = _write(
        tmp_path,
        """
        articles:
          - path: archive/*.txt
          - path: articles/harbour.txt
        claims:
          - id: pier
            statement: The pier will be built
        evidence:
          - {claim: pier, article: old-story, stance: supports, quote: one}
          - {claim: pier, article: harbour, stance: supports, quote: Critics said}
          - {claim: pier, article: old-story, stance: refutes, quote: two}
          - {claim: pier, article: old-story, stance: neutral, quote: three}
        """,
    )
    glob_problem, missing = _problems(path)
    assert glob_problem.line == 2 and "no article file matches 'archive/*.txt'" in (
        glob_problem.message
    )
    assert (missing.line, missing.where) == (8, "evidence #1, article")
    assert missing.detail == ("also named on lines 10, 11",)


def test_reliability_on_articles_rates_their_publisher_once(tmp_path: Path, articles: Path) -> None:
    path = _write(
        tmp_path,
        """
        articles:
          - path: articles/harbour.txt
            publisher: Courier
            reliability: B
          - path: articles/river.txt
            publisher: Courier
            reliability: C
        sources:
          - name: Courier
            reliability: A
        """,
    )
    found = _problems(path)
    assert _at(found) == [(7, 18), (10, 18)]
    assert "'Courier' is rated B at line 4 and C here" in found[0].message
    assert "'Courier' is rated A here and B on an article entry" in found[1].message
    lone = _write(
        tmp_path, "articles:\n  - path: articles/river.txt\n    reliability: E\n", "x.yaml"
    )
    (problem,) = _problems(lone)
    assert (problem.line, problem.column) == (3, 18) and "no publisher to rate" in problem.message
