"""Derived and detected contradictions on hand-made texts (the seeds are in test_example.py)."""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack import Article, Casebook, PartialDate
from claimtrack.aids.statements import analyse, compare_statements
from claimtrack.casebook.contradictions import (
    BUILTIN_DETECTOR,
    builtin_candidates,
    position_changes,
)
from claimtrack.model import ContradictionKind, ContradictionStatus


def kinds(left: str, right: str) -> set[str]:
    return {s.kind for s in compare_statements(left, right)}


# ------------------------------------------------------------------ negation parity


def test_negation_in_the_same_clause_as_the_shared_predicate_is_flagged() -> None:
    signals = compare_statements(
        "Lukashenka did not attend the summit in Minsk.", "Lukashenka attended the summit in Minsk."
    )
    assert [s.kind for s in signals] == ["negation"]
    assert "“not”" in signals[0].reason and "left" in signals[0].reason


@pytest.mark.parametrize(
    "left",
    [
        "Lukashenka attended the summit in Minsk, but he did not sign the declaration.",
        "Lukashenka attended the summit in Minsk although he never signed the declaration.",
        "Lukashenka attended the summit in Minsk; the declaration was not signed.",
        "Although nobody signed the declaration, Lukashenka attended the summit in Minsk.",
    ],
)
def test_no_false_alarm_on_an_unrelated_negation_in_another_clause(left: str) -> None:
    assert kinds(left, "Lukashenka attended the summit in Minsk.") == set()


def test_words_versus_deeds_negation_done_little() -> None:
    signals = compare_statements(
        "And although Lukashenka speaks of strengthening the CSTO, Minsk now has few reasons "
        "to really want this.",
        "Despite this criticism, the Belarusian government has done little to strengthen the CSTO.",
    )
    assert [s.kind for s in signals] == ["negation"]
    assert "done little" in signals[0].reason


def test_both_negated_agree() -> None:
    assert kinds("Minsk did not attend the summit.", "Minsk never attended the summit.") == set()


def test_a_single_shared_name_is_not_a_topic() -> None:
    # Only "CSTO" is shared: a negation elsewhere is not about the same predicate.
    assert kinds("The CSTO never mattered to Minsk.", "Armenia hosted the CSTO drills.") == set()


# ----------------------------------------------------------------------- antonyms


@pytest.mark.parametrize(
    ("left", "right", "pair"),
    [
        ("Minsk weakened the CSTO.", "Minsk strengthened the CSTO.", "strengthen/weaken"),
        (
            "Minsk pursues an independent foreign policy.",
            "Minsk's foreign policy is one whole with Moscow's.",
            "independent/one whole",
        ),
        (
            "Belarus refused to host the Russian air base.",
            "Belarus agreed to host a Russian air base.",
            "host/refuse",
        ),
        (
            "Armenia supports the treaty reform.",
            "Armenia opposes the treaty reform.",
            "support/oppose",
        ),
        (
            "Arms exports increased this year.",
            "Arms exports decreased this year.",
            "strengthen/weaken",
        ),
    ],
)
def test_antonyms_are_flagged_with_the_pair_named(left: str, right: str, pair: str) -> None:
    signals = compare_statements(left, right)
    assert [s.kind for s in signals] == ["antonym"]
    assert pair in signals[0].reason


def test_negated_antonym_agrees() -> None:
    assert kinds("Minsk did not weaken the CSTO.", "Minsk strengthened the CSTO.") == set()


def test_antonyms_need_a_shared_subject() -> None:
    assert kinds("Tajikistan weakened its border guard.", "Minsk strengthened the CSTO.") == set()


# ------------------------------------------------------------------ numbers, years


def test_counts_of_the_same_unit_differ() -> None:
    signals = compare_statements(
        "The CSTO has remained a loose association as its membership dwindled to six nations.",
        "The seven CSTO members have remained frozen in time.",
    )
    assert [s.kind for s in signals] == ["number"]
    assert "six nations" in signals[0].reason and "seven CSTO members" in signals[0].reason


def test_counts_of_different_units_or_equal_counts_are_quiet() -> None:
    assert kinds("The CSTO has six members.", "The CSTO held six summits.") == set()
    assert kinds("The CSTO has six member states.", "The CSTO counts six nations.") == set()


def test_digits_percentages_and_money() -> None:
    assert kinds("Defence funding rose 3.3% this year.", "Defence funding rose 4% this year.") == {
        "number"
    }
    assert kinds("Defence funding reached $550mln.", "Defence funding reached $600mln.") == {
        "number"
    }
    assert kinds("Defence funding reached $550mln.", "Defence funding reached $550mln.") == set()


def test_years_differ_for_the_same_event() -> None:
    signals = compare_statements(
        "The CSTO was founded by nine post-Soviet countries in 1992.",
        "Just like in 2002, when the CSTO was founded, Russia is ruled by Putin.",
    )
    assert [s.kind for s in signals] == ["year"]
    assert "1992 vs 2002" in signals[0].reason


def test_years_of_unrelated_events_are_quiet() -> None:
    assert (
        kinds("In 2013 Lukashenka skipped a summit in Bishkek.", "The CSTO was founded in 2002.")
        == set()
    )
    assert kinds("The CSTO was founded in 2002.", "The CSTO was founded in 2002.") == set()


# ----------------------------------------------------------- casebook detection


def _book() -> Casebook:
    book = Casebook(
        [
            Article(
                id="a2012",
                text="The seven CSTO members have remained frozen in time. Minsk strengthened "
                "the CSTO.",
                publisher="Digest",
                authors=("Author A",),
                published=PartialDate.year(2012),
            ),
            Article(
                id="a2022",
                text="The CSTO has remained a loose association as its membership dwindled to six "
                "nations. Minsk weakened the CSTO.",
                publisher="Digest",
                authors=("Author A",),
                published=PartialDate.year(2022),
            ),
            Article(id="undated", text="Minsk did not strengthen the CSTO.", publisher="Other"),
        ]
    )
    book.add_claim("The CSTO is an effective alliance", id="effective")
    book.add_claim("Minsk wants to strengthen the CSTO", id="strengthen")
    book.add_evidence(
        "effective",
        article="a2022",
        id="six",
        stance="refutes",
        speaker="Author A",
        quote=(
            "The CSTO has remained a loose association as its membership dwindled to six nations."
        ),
    )
    book.add_evidence(
        "effective",
        article="a2012",
        id="seven",
        stance="refutes",
        speaker="Author A",
        quote="The seven CSTO members have remained frozen in time.",
    )
    book.add_evidence(
        "strengthen",
        article="a2012",
        id="strong",
        stance="supports",
        speaker="Author A",
        quote="Minsk strengthened the CSTO.",
    )
    book.add_evidence(
        "strengthen",
        article="a2022",
        id="weak",
        stance="refutes",
        speaker="Author A",
        quote="Minsk weakened the CSTO.",
    )
    return book


def test_builtin_detector_proposes_candidates_with_both_dates() -> None:
    book = _book()
    found = {frozenset((x.left, x.right)): x for x in builtin_candidates(book)}
    members = found[frozenset(("six", "seven"))]
    assert members.status is ContradictionStatus.CANDIDATE
    assert members.detected_by == BUILTIN_DETECTOR
    assert members.kind is ContradictionKind.TEMPORAL_CHANGE
    assert (members.left, members.right) == ("seven", "six")  # earlier first
    assert "2012" in members.rationale and "2022" in members.rationale
    assert members.rationale.index("2012") < members.rationale.index("2022")
    assert any("likely a change over time" in r for r in members.reasons)
    assert any("six nations" in r for r in members.reasons)
    antonym = found[frozenset(("strong", "weak"))]
    assert antonym.kind is ContradictionKind.CONTRARY
    assert book.contradictions == {}  # the detector never modifies the casebook


def test_undated_numbers_are_numeric_not_temporal() -> None:
    book = Casebook(
        [Article(id="x", text="Six nations remain in the CSTO. Seven nations remain in the CSTO.")]
    )
    book.add_claim("c", id="c")
    book.add_evidence("c", article="x", id="e1", stance="neutral", quote="Six nations remain")
    book.add_evidence("c", article="x", id="e2", stance="neutral", quote="Seven nations remain")
    (x,) = builtin_candidates(book)
    assert x.kind is ContradictionKind.NUMERIC
    assert any("undated" in r for r in x.reasons)


def test_detect_contradictions_adds_candidates_and_skips_declared_pairs() -> None:
    book = _book()
    book.add_contradiction("weak", "strong", kind="contrary", rationale="declared by hand")
    proposed = claimtrack.detect_contradictions(book)
    pairs = {frozenset((x.left, x.right)) for x in proposed}
    assert frozenset(("six", "seven")) in pairs
    assert frozenset(("strong", "weak")) not in pairs  # already declared, in the other order
    assert len(book.contradictions) == 1
    added = claimtrack.detect_contradictions(book, add=True)
    assert {x.id for x in added} <= set(book.contradictions)
    assert all(x.status is ContradictionStatus.CANDIDATE for x in added)
    assert claimtrack.detect_contradictions(book) == []  # a second run proposes nothing new
    book.validate()


# --------------------------------------------------------------- position changes


def test_position_change_of_speaker_and_outlet_with_both_dates() -> None:
    book = _book()
    changes = position_changes(book, "strengthen")
    holders = {(c.holder_kind, c.holder) for c in changes}
    assert holders == {("speaker", "Author A"), ("outlet", "Digest")}
    change = changes[0]
    assert (change.before.id, change.after.id) == ("strong", "weak")
    assert (str(change.before_date), str(change.after_date)) == ("2012", "2022")
    assert "supports in 2012" in change.describe() and "refutes in 2022" in change.describe()
    assert position_changes(book, "effective") == ()  # same stance throughout


def test_no_position_change_without_dates_or_within_one_date() -> None:
    book = Casebook(
        [
            Article(id="a", text="Minsk strengthened the CSTO.", publisher="P"),
            Article(id="b", text="Minsk weakened the CSTO.", publisher="P"),
            Article(
                id="c",
                text="Minsk weakened the CSTO again.",
                publisher="P",
                published=PartialDate.year(2016),
            ),
            Article(
                id="d",
                text="Minsk strengthened the CSTO again.",
                publisher="P",
                published=PartialDate.day(2016, 5, 1),
            ),
        ]
    )
    book.add_claim("Minsk wants to strengthen the CSTO", id="s")
    book.add_evidence("s", article="a", quote="Minsk strengthened", stance="supports", speaker="X")
    book.add_evidence("s", article="b", quote="Minsk weakened", stance="refutes", speaker="X")
    book.add_evidence("s", article="c", quote="Minsk weakened", stance="refutes", speaker="X")
    book.add_evidence("s", article="d", quote="Minsk strengthened", stance="supports", speaker="X")
    # a/b are undated; c (2016) and d (1 May 2016) overlap, so neither is "before" the other.
    assert position_changes(book) == ()


def test_speaker_aliases_are_one_holder() -> None:
    book = _book()
    book.add_actor("Author A", aliases=["A. Author"])
    book.add_evidence(
        "strengthen",
        article="a2022",
        id="weak2",
        stance="refutes",
        speaker="A. Author",
        quote="weakened the CSTO",
    )
    speakers = [c for c in book.position_changes("strengthen") if c.holder_kind == "speaker"]
    assert [(c.holder, c.before.id, c.after.id) for c in speakers] == [
        ("Author A", "strong", "weak")
    ]


def test_outlet_position_counts_only_its_own_voice() -> None:
    book = _book()
    # A politician quoted by the outlet in 2022 supporting the claim is not the outlet's stance.
    book.add_evidence(
        "strengthen",
        article="a2022",
        id="quoted",
        stance="supports",
        speaker="A Politician",
        quote="Minsk weakened",
    )
    outlet = [c for c in position_changes(book, "strengthen") if c.holder_kind == "outlet"]
    assert [(c.before.id, c.after.id) for c in outlet] == [("strong", "weak")]
    speakers = {c.holder for c in position_changes(book) if c.holder_kind == "speaker"}
    assert speakers == {"Author A"}


def test_statements_are_split_by_the_one_sentence_path() -> None:
    # syntok knows "Mr." ends no sentence, so "Makei" is a name inside the first sentence.
    analysis = analyse("Mr. Makei met Lavrov in Moscow. Nothing came of it.")
    assert [c.text for c in analysis.clauses] == [
        "Mr. Makei met Lavrov in Moscow.",
        "Nothing came of it.",
    ]
    assert {"makei", "lavrov", "moscow"} <= analysis.names
