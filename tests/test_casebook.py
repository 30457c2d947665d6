"""The casebook: adding (whole or not at all), removing, re-anchoring, queries and validate()."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack as ct
from claimtrack import Article, Casebook, PartialDate, Stance
from claimtrack.errors import AmbiguousQuote, CasebookError, QuoteNotFound, ValidationError
from claimtrack.model import article_checksum

ROOT = Path(__file__).resolve().parent.parent
POOLS = ("articles", "actors", "sources", "claims", "evidence", "contradictions")

MINSK = Article(
    id="minsk",
    text=(
        "Lukashenka said the CSTO should strengthen its status. Minsk renewed its prohibition "
        "on deployment of Belarusian troops abroad. Lukashenka said the CSTO should strengthen "
        "its status, again."
    ),
    publisher="Belarus Digest",
    published=PartialDate.day(2017, 6, 19),
)
VILNIUS = Article(
    id="vilnius",
    text="Linkevičius insisted that “Belarus should be perceived as one whole with Russia.”",
    publisher="Delfi",
    published=PartialDate.month(2016, 7),
)


def make_book() -> Casebook:
    book = Casebook([MINSK, VILNIUS], title="CSTO")
    book.add_actor("Linas Linkevičius", aliases=["Linkevičius"], reliability="B")
    book.rate_source("Belarus Digest", "C")
    book.add_claim("Belarus functions as one whole with Russia", id="one-whole")
    book.add_claim("Minsk wants to strengthen the CSTO", id="strengthen")
    book.add_evidence(
        "one-whole",
        article="vilnius",
        quote="Belarus should be perceived as one whole with Russia.",
        stance="supports",
        speaker="Linkevičius",
        said_on="2016-07-08",
        credibility=2,
    )
    book.add_evidence(
        "one-whole",
        article="minsk",
        quote="Minsk renewed its prohibition on deployment of Belarusian troops abroad",
        stance="refutes",
    )
    return book


def snapshot(book: Casebook) -> Any:
    return copy.deepcopy(book._state())


# --------------------------------------------------------------------------- the issue's script


def test_issue_script_on_the_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    corpus = ct.load_corpus("seeds")
    art = corpus["000_d0c8f9d331184de7"]
    book = ct.Casebook(corpus)
    one_whole = book.add_claim(
        "Belarus functions as one whole with Russia", id="one-whole", claimant="Linas Linkevičius"
    )
    book.add_evidence(
        "one-whole",
        article=art.id,
        stance="supports",
        speaker="Linas Linkevičius",
        quote="Belarus should be perceived as one whole with Russia.",
    )
    book.add_evidence(
        "one-whole",
        article=art.id,
        stance="refutes",
        quote="Minsk renewed its prohibition on deployment of Belarusian troops abroad",
    )
    book.validate()
    assert one_whole.id == "one-whole" and len(book.articles) == 5
    for ev in book.evidence_for("one-whole"):
        assert art.text[ev.start : ev.end] == ev.quote
        raw_start, raw_end = art.raw_span(ev.start, ev.end)
        assert art.raw[raw_start:raw_end] == ev.quote
    assert book.is_contested("one-whole")


# ------------------------------------------------------------------- adding: whole or not at all

FAILING_ADDS: dict[str, tuple[Callable[[Casebook], Any], type[Exception], str]] = {
    "duplicate claim id": (
        lambda b: b.add_claim("Another statement", id="one-whole"),
        CasebookError,
        "claim id 'one-whole' is already used",
    ),
    "empty statement": (
        lambda b: b.add_claim("  ", id="empty"),
        CasebookError,
        "claim 'empty': the statement is empty",
    ),
    "empty statement, no id": (
        lambda b: b.add_claim(""),
        CasebookError,
        "the statement is empty",
    ),
    "bad claim id": (
        lambda b: b.add_claim("A statement", id="has spaces"),
        CasebookError,
        "claim id 'has spaces' is not a valid id",
    ),
    "bad likelihood": (
        lambda b: b.add_claim("A statement", id="new", likelihood="probable"),
        CasebookError,
        "claim 'new': 'probable' is not a valid likelihood",
    ),
    "evidence for a missing claim": (
        lambda b: b.add_evidence("no-such", article="minsk", quote="Minsk", stance="supports"),
        CasebookError,
        "claim 'no-such' does not exist",
    ),
    "evidence for a missing article": (
        lambda b: b.add_evidence("one-whole", article="nope", quote="Minsk", stance="supports"),
        CasebookError,
        "article 'nope' does not exist",
    ),
    "unknown stance": (
        lambda b: b.add_evidence(
            "strengthen", article="minsk", quote="Minsk renewed", stance="agrees", id="ev-x"
        ),
        CasebookError,
        "evidence 'ev-x': 'agrees' is not a valid stance",
    ),
    "credibility 7": (
        lambda b: b.add_evidence(
            "strengthen", article="minsk", quote="Minsk renewed", stance="supports", credibility=7
        ),
        CasebookError,
        "credibility; use 1 (confirmed) to 6",
    ),
    "bad said_on": (
        lambda b: b.add_evidence(
            "strengthen", article="minsk", quote="Minsk renewed", stance="supports", said_on="June"
        ),
        CasebookError,
        "'June' is not a date",
    ),
    "quote not there": (
        lambda b: b.add_evidence(
            "strengthen", article="minsk", quote="Minsk left the CSTO", stance="supports"
        ),
        QuoteNotFound,
        "quote not found in article 'minsk'",
    ),
    "ambiguous quote": (
        lambda b: b.add_evidence(
            "strengthen",
            article="minsk",
            quote="the CSTO should strengthen its status",
            stance="supports",
        ),
        AmbiguousQuote,
        "occurs 2 times in article 'minsk'",
    ),
    "same quote twice for a claim": (
        lambda b: b.add_evidence(
            "one-whole",
            article="minsk",
            quote="Minsk renewed its prohibition on deployment of Belarusian troops abroad",
            stance="supports",
        ),
        CasebookError,
        "already evidence 'one-whole-e2'",
    ),
    "duplicate evidence id": (
        lambda b: b.add_evidence(
            "strengthen",
            article="minsk",
            quote="Minsk renewed",
            stance="supports",
            id="one-whole-e1",
        ),
        CasebookError,
        "evidence id 'one-whole-e1' is already used",
    ),
    "duplicate article id": (
        lambda b: b.add_article(Article(id="minsk", text="Other text.")),
        CasebookError,
        "article id 'minsk' is already used",
    ),
    "not an article": (
        lambda b: b.add_article("minsk.txt"),
        CasebookError,
        "expected an Article",
    ),
    "duplicate actor": (
        lambda b: b.add_actor("linkevičius"),
        CasebookError,
        "already belongs to actor 'Linas Linkevičius'",
    ),
    "bad reliability": (
        lambda b: b.rate_source("Delfi", "G"),
        CasebookError,
        "source 'Delfi': 'G' is not a valid reliability",
    ),
    "contradiction with a missing side": (
        lambda b: b.add_contradiction("one-whole", "nothing"),
        CasebookError,
        "'nothing' is neither a claim nor an evidence id",
    ),
    "contradiction claim vs evidence": (
        lambda b: b.add_contradiction("one-whole", "one-whole-e1"),
        CasebookError,
        "one is a claim and the other a piece of evidence",
    ),
    "contradiction against itself": (
        lambda b: b.add_contradiction("one-whole", "one-whole"),
        CasebookError,
        "against itself",
    ),
    "bad contradiction kind": (
        lambda b: b.add_contradiction("one-whole", "strengthen", kind="opposite"),
        CasebookError,
        "'opposite' is not a valid contradictionkind",
    ),
    "assess a missing claim": (
        lambda b: b.assess("one-hole", likelihood="likely"),
        CasebookError,
        "did you mean 'one-whole'",
    ),
    "assess with a bad term": (
        lambda b: b.assess("one-whole", likelihood="likely", confidence="certain"),
        CasebookError,
        "'certain' is not a valid confidence",
    ),
    "review a missing contradiction": (
        lambda b: b.review_contradiction("x-1", status="dismissed"),
        CasebookError,
        "this casebook has no contradiction yet",
    ),
}


@pytest.mark.parametrize("case", list(FAILING_ADDS))
def test_a_failed_change_names_the_thing_and_changes_nothing(case: str) -> None:
    action, error, message = FAILING_ADDS[case]
    book = make_book()
    before = snapshot(book)
    with pytest.raises(error) as info:
        action(book)
    assert message in str(info.value)
    assert snapshot(book) == before
    book.validate()


def test_errors_are_claimtrack_errors() -> None:
    for error in (CasebookError, QuoteNotFound, AmbiguousQuote, ValidationError):
        assert issubclass(error, ct.ClaimtrackError)


def test_ids_are_made_when_not_given() -> None:
    book = make_book()
    claim = book.add_claim("Minsk wants to strengthen the CSTO!")
    assert claim.id == "minsk-wants-to-strengthen-the-csto"
    again = book.add_claim("Minsk wants to strengthen the CSTO?")
    assert again.id == "minsk-wants-to-strengthen-the-csto-2"
    assert [e.id for e in book.evidence_for("one-whole")] == ["one-whole-e1", "one-whole-e2"]


def test_ambiguous_quote_added_with_occurrence_or_suffix() -> None:
    book = make_book()
    quote = "the CSTO should strengthen its status"
    first = book.add_evidence(
        "strengthen", article="minsk", quote=quote, stance="supports", occurrence=0
    )
    second = book.add_evidence(
        "strengthen", article="minsk", quote=quote, stance="supports", suffix=", again"
    )
    assert first.start < second.start


def test_normalised_quote_is_stored_as_the_article_text() -> None:
    book = make_book()
    ev = book.add_evidence(
        "one-whole", article="vilnius", quote='"Belarus should be perceived', stance="neutral"
    )
    assert ev.quote == "“Belarus should be perceived"


def test_scare_quotes_are_not_added() -> None:
    book = make_book()
    before = snapshot(book)
    with pytest.raises(QuoteNotFound, match="quote marks"):
        book.add_evidence(
            "one-whole",
            article="vilnius",
            quote='Belarus should be perceived as "one whole" with Russia',
            stance="supports",
        )
    assert snapshot(book) == before


def test_assess_keeps_what_is_not_given() -> None:
    book = make_book()
    book.assess("one-whole", likelihood="unlikely", confidence="moderate")
    claim = book.assess("one-whole", confidence="high")
    assert claim.likelihood is ct.Likelihood.UNLIKELY and claim.confidence is ct.Confidence.HIGH
    cleared = book.assess("one-whole", likelihood=None)
    assert cleared.likelihood is None and cleared.confidence is ct.Confidence.HIGH


def test_rating_a_source_again_replaces_the_grade() -> None:
    book = make_book()
    book.rate_source("Belarus Digest", "A")
    assert book.sources["Belarus Digest"].reliability is ct.Reliability.A


# ------------------------------------------------------------------------------------- removing


def test_remove_claim_refuses_while_evidence_refers_to_it() -> None:
    book = make_book()
    before = snapshot(book)
    with pytest.raises(CasebookError, match=r"claim 'one-whole' still has evidence 'one-whole-e1'"):
        book.remove_claim("one-whole")
    assert snapshot(book) == before
    for ev in book.evidence_for("one-whole"):
        book.remove_evidence(ev.id)
    book.remove_claim("one-whole")
    assert "one-whole" not in book.claims
    book.validate()


def test_removals_refuse_while_contradictions_refer() -> None:
    book = make_book()
    book.add_contradiction("one-whole-e1", "one-whole-e2", kind="contradictory", id="x-ev")
    book.add_contradiction("one-whole", "strengthen", id="x-claims")
    with pytest.raises(CasebookError, match=r"used by contradiction.*'x-ev'"):
        book.remove_evidence("one-whole-e1")
    with pytest.raises(CasebookError, match=r"used by contradiction.*'x-claims'"):
        book.remove_claim("strengthen")
    book.remove_contradiction("x-ev")
    book.remove_contradiction("x-claims")
    book.remove_evidence("one-whole-e1")
    book.remove_claim("strengthen")
    book.validate()


def test_remove_article_refuses_while_quoted() -> None:
    book = make_book()
    with pytest.raises(CasebookError, match="article 'minsk' is quoted by evidence 'one-whole-e2'"):
        book.remove_article("minsk")
    book.remove_evidence("one-whole-e2")
    assert book.remove_article("minsk") is MINSK


# ------------------------------------------------------------------------------- re-anchoring


def retyped(article: Article, text: str) -> Article:
    """A new version of an article made in code: its raw is its new text."""
    return attrs.evolve(
        article,
        text=text,
        raw=text,
        checksum=article_checksum(text, text),
        offset_map=((0, 0, len(text)),),
    )


def test_replace_article_reanchors_its_evidence() -> None:
    book = make_book()
    new = retyped(MINSK, "Correction: a date was fixed. " + MINSK.text)
    moved = book.replace_article(new)
    assert [e.id for e in moved] == ["one-whole-e2"]
    ev = book.evidence["one-whole-e2"]
    assert ev.start == MINSK.text.index("Minsk renewed") + len("Correction: a date was fixed. ")
    assert book.articles["minsk"] is new
    book.validate()


def test_replace_article_with_the_quote_gone_orphans_it() -> None:
    book = make_book()
    old = book.evidence["one-whole-e2"]
    new = retyped(MINSK, MINSK.text.replace("renewed", "lifted"))
    (orphan,) = book.replace_article(new)
    # Kept as it was (segments, rendering, speaker), marked orphaned, and reported.
    assert orphan == attrs.evolve(old, orphaned=True) == book.evidence["one-whole-e2"]
    assert book.articles["minsk"] is new
    problems = book.problems()
    assert len(problems) == 1 and "'one-whole-e2' is orphaned" in problems[0]
    with pytest.raises(ValidationError, match="orphaned"):
        book.validate()
    # The article put back: the quote is verified again.
    (back,) = book.replace_article(MINSK)
    assert back == old and not book.problems()


# ----------------------------------------------------------------------------------- validation


def test_whole_book_rules_report_every_problem_at_once() -> None:
    book = make_book()
    book.add_contradiction("one-whole", "strengthen", id="x-claims")
    records: dict[str, list[Any]] = {name: list(getattr(book, name).values()) for name in POOLS}
    # Records edited behind the casebook's back (e.g. a hand-edited file), built in bulk.
    ev = book.evidence["one-whole-e1"]
    records["evidence"][0] = attrs.evolve(ev, claim="gone")
    records["evidence"].append(attrs.evolve(book.evidence["one-whole-e2"], id="moved-2"))
    records["articles"][1] = attrs.evolve(VILNIUS, text="The text changed completely.")
    records["claims"] = [c for c in records["claims"] if c.id != "strengthen"]
    with pytest.raises(ValidationError) as info:
        Casebook.from_records(title=book.title, **records)
    problems = info.value.problems
    text = "\n".join(problems)
    assert "evidence 'one-whole-e1': no claim 'gone' in the casebook" in text
    assert "is not at [" in text and "'vilnius'" in text
    assert "article 'vilnius': offset map segment 0 reaches outside" in text
    assert "contradiction 'x-claims': no claim 'strengthen' in the casebook" in text
    assert "evidence 'moved-2' quotes the same passage as 'one-whole-e2'" in text
    assert "article 'vilnius': its text differs from its raw copy at text offset 0" in text
    assert "article 'vilnius': the checksum does not match the article's raw copy and text" in text
    assert len(problems) == 7
    assert str(len(problems)) in str(info.value)
    where = [(d.section, d.ident, d.field) for d in info.value.details]
    assert ("evidence", "one-whole-e1", "claim") in where
    assert ("contradictions", "x-claims", "right") in where
    # The same rules, run by validate(), find nothing in a casebook built through its methods.
    book.validate()


def test_records_filed_twice_under_one_id_are_refused() -> None:
    book = make_book()
    claim = book.claims["one-whole"]
    with pytest.raises(CasebookError, match="claims id 'one-whole' is already used"):
        Casebook.from_records(claims=[claim, claim])
    with pytest.raises(CasebookError, match="expected Claim records, got str"):
        Casebook.from_records(claims=["one-whole"])
    with pytest.raises(CasebookError, match="unknown record kind"):
        Casebook.from_records(claimz=[claim])


def test_record_views_are_read_only() -> None:
    book = make_book()
    first = book.evidence["one-whole-e1"]
    for name in POOLS:
        view = getattr(book, name)
        with pytest.raises(TypeError):
            view["x"] = first
        with pytest.raises((TypeError, AttributeError)):
            view.clear()  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        book.evidence = {}  # type: ignore[misc]
    with pytest.raises(CasebookError, match="casebook title must be a string, not None"):
        book.title = None  # type: ignore[assignment]
    with pytest.raises(CasebookError, match="casebook author holds a UTF-16 surrogate pair"):
        book.author = "x\ud800\udc00"
    assert book.evidence["one-whole-e1"] is first and book.title == "CSTO"


def test_problems_empty_for_a_good_book() -> None:
    book = make_book()
    assert book.problems() == []
    book.validate()


# -------------------------------------------------------------------------------------- queries


def test_evidence_for_by_stance() -> None:
    book = make_book()
    assert [e.id for e in book.evidence_for("one-whole", "supports")] == ["one-whole-e1"]
    assert [e.id for e in book.evidence_for("one-whole", Stance.REFUTES)] == ["one-whole-e2"]
    assert book.evidence_for("strengthen") == ()
    with pytest.raises(CasebookError, match="does not exist"):
        book.evidence_for("nothing")


def test_contested_needs_both_sides_from_different_articles_or_speakers() -> None:
    book = make_book()
    assert book.is_contested("one-whole")
    assert [c.id for c in book.contested_claims()] == ["one-whole"]
    book.add_evidence(
        "strengthen", article="minsk", quote="Minsk renewed", stance="supports", speaker="X"
    )
    book.add_evidence(
        "strengthen",
        article="minsk",
        quote="deployment of Belarusian",
        stance="refutes",
        speaker="X",
    )
    assert not book.is_contested("strengthen")  # one speaker in one article: not contested


def test_timeline_orders_by_said_date_then_publication_then_undated() -> None:
    book = make_book()
    book.add_article(Article(id="undated", text="Minsk hosts the CSTO summit."))
    book.add_evidence("one-whole", article="undated", quote="Minsk hosts", stance="neutral")
    timeline = book.timeline("one-whole")
    assert [(str(t.date), t.date_source) for t in timeline] == [
        ("2016-07-08", "said"),
        ("2017-06-19", "published"),
        ("None", "unknown"),
    ]


def test_evidence_by_speaker_follows_aliases() -> None:
    book = make_book()
    assert [e.id for e in book.evidence_by_speaker("Linas Linkevičius")] == ["one-whole-e1"]
    assert [e.id for e in book.evidence_by_speaker("LINKEVIČIUS")] == ["one-whole-e1"]
    assert book.evidence_by_speaker("Nobody") == ()


def test_grade_uses_speaker_then_outlet_then_f() -> None:
    book = make_book()
    assert book.grade(book.evidence["one-whole-e1"]) == "B2"  # speaker rated B
    assert book.grade(book.evidence["one-whole-e2"]) == "C6"  # outlet rated C
    book.remove_evidence("one-whole-e1")
    ev = book.add_evidence(
        "one-whole",
        article="vilnius",
        quote="Linkevičius insisted",
        stance="neutral",
        credibility=3,
    )
    assert book.grade(ev) == "F3"  # Delfi was never rated


def test_casebook_equality_and_repr() -> None:
    assert make_book() == make_book()
    other = make_book()
    other.assess("one-whole", likelihood="likely")
    assert other != make_book()
    assert "2 articles, 2 claims, 2 evidence" in repr(make_book())


def test_many_quotes_on_one_article_normalise_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,000 evidence items on one long article: its normal form is kept for the casebook's life.
    import claimtrack.quotes.forms as forms

    folded: list[int] = []
    real = forms.normalize_typography
    monkeypatch.setattr(forms, "normalize_typography", lambda t: folded.append(len(t)) or real(t))
    text = " ".join(f"Sentence {i} says “quote {i}” plainly." for i in range(2000))
    book = Casebook([Article(id="long", text=text)])
    book.add_claim("Many quotes", id="many")
    for i in range(0, 2000, 1):
        book.add_evidence(
            "many", article="long", quote=f'says "quote {i}" plainly', stance="neutral", id=f"q{i}"
        )
    assert len(book.evidence) == 2000
    assert folded.count(len(text)) == 1


# ------------------------------------------------------------- cached look-ups


def _pairwise_contested(book: Casebook, claim: str) -> bool:
    """The definition, spelt out: some supporting and some refuting item differ in article or
    speaker."""
    sup = book.evidence_for(claim, "supports")
    ref = book.evidence_for(claim, "refutes")
    key = lambda e: (e.article, e.speaker or "")  # noqa: E731
    return any(key(s) != key(r) for s in sup for r in ref)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["supports", "refutes", "neutral"]),
            st.sampled_from(["a1", "a2"]),
            st.sampled_from([None, "Ann", "Bob"]),
        ),
        max_size=8,
    )
)
def test_is_contested_matches_its_pairwise_definition(items: list) -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(10))
    book = Casebook([Article(id="a1", text=text), Article(id="a2", text=text)])
    book.add_claim("A claim under test", id="c")
    for i, (stance, article, speaker) in enumerate(items):
        book.add_evidence(
            "c", article=article, stance=stance, speaker=speaker,
            quote=f"Sentence number {i} is here.",
        )  # fmt: skip
    assert book.is_contested("c") is _pairwise_contested(book, "c")


def test_lookups_follow_every_change_made_through_methods() -> None:
    text = "One thing was said. Another thing was said."
    book = Casebook([Article(id="a", text=text)])
    book.add_claim("A claim under test", id="c")
    first = book.add_evidence("c", article="a", stance="supports", quote="One thing was said.")
    assert book.evidence_for("c") == (first,)
    book.remove_evidence(first.id)
    assert book.evidence_for("c") == ()
    again = book.add_evidence("c", article="a", stance="refutes", quote="One thing was said.")
    assert book.evidence_for("c", "refutes") == (again,)
    moved = book.replace_article(Article(id="a", text="Preamble. " + text))
    assert book.evidence_for("c") == moved and moved[0].start == len("Preamble. ")
    with pytest.raises(CasebookError, match="already evidence"):
        book.add_evidence("c", article="a", stance="supports", quote="One thing was said.")
    book.add_actor("Ann Example", aliases=("Ann",))
    assert book.actor("ann").name == "Ann Example"
    with pytest.raises(CasebookError, match="quoted by evidence"):
        book.remove_article("a")
    book.remove_evidence(again.id)
    book.remove_article("a")
    assert book.articles == {} and book.evidence_for("c") == ()
