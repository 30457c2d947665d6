"""Evidence suggestions: BM25 over sentences, the casebook method, one-call acceptance."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack as ct
from claimtrack import suggest
from claimtrack.aids.suggest import Suggestion, index_for
from claimtrack.text.tokens import stem

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ONE_WHOLE = "Belarus functions as one whole with Russia"


@pytest.fixture(scope="module")
def corpus() -> ct.Corpus:
    return ct.load_corpus(SEEDS)


@pytest.fixture
def book(corpus: ct.Corpus) -> ct.Casebook:
    book = ct.Casebook(corpus)
    book.add_claim(ONE_WHOLE, id="one-whole", claimant="Linas Linkevičius")
    return book


def test_linkevicius_quote_in_top_three(corpus: ct.Corpus) -> None:
    top = suggest(corpus, ONE_WHOLE, k=3)
    assert len(top) == 3
    hits = [s for s in top if "Belarus should be perceived as one whole with Russia." in s.sentence]
    assert hits, [s.sentence for s in top]
    assert hits[0].article == "000_d0c8f9d331184de7"
    assert hits[0].speaker == "Linas Linkevičius"


def test_suggestions_point_into_articles_and_are_ranked(corpus: ct.Corpus) -> None:
    found = suggest(corpus, "Minsk wants to strengthen the CSTO", k=10)
    assert len(found) == 10
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True) and scores[-1] > 0
    for s in found:
        assert corpus[s.article].text[s.start : s.end] == s.sentence
    # "strengthening" meets "strengthen" through the stemmer.
    assert any("strengthening" in s.sentence for s in found)


def test_no_shared_word_gives_nothing(corpus: ct.Corpus) -> None:
    assert suggest(corpus, "zzzz qqqq", k=5) == ()
    assert suggest(corpus, "the of and", k=5) == ()
    assert suggest(corpus, "", k=5) == ()
    assert suggest(ct.Casebook(), ONE_WHOLE) == ()


def test_bad_source_and_claim_types() -> None:
    with pytest.raises(TypeError):
        suggest(42, ONE_WHOLE)
    with pytest.raises(TypeError):
        suggest(ct.Casebook(), None)  # type: ignore[arg-type]


def test_index_is_cached_per_corpus_state(corpus: ct.Corpus, book: ct.Casebook) -> None:
    first = index_for(book)
    assert index_for(book) is first
    assert index_for(corpus) is not None
    extra = ct.Article(id="zz-new", text="Belarus functions as one whole with Russia, he said.")
    book.add_article(extra)
    second = index_for(book)
    assert second is not first
    assert suggest(book, ONE_WHOLE, k=1)[0].article == "zz-new"


def test_casebook_suggest_and_accept_in_one_call(book: ct.Casebook) -> None:
    suggestions = suggest(book, book.claims["one-whole"], k=3)
    pick = next(s for s in suggestions if "perceived as one whole" in s.sentence)
    evidence = pick.accept(book, "one-whole", "supports")
    assert evidence.article == pick.article
    assert (evidence.start, evidence.end) == (pick.start, pick.end)
    assert evidence.speaker == "Linas Linkevičius"
    assert book.evidence_for("one-whole") == (evidence,)
    # Accepted sentences are not suggested again.
    again = suggest(book, book.claims["one-whole"], k=10)
    assert all((s.article, s.start) != (pick.article, pick.start) for s in again)


def test_accept_part_of_the_sentence(book: ct.Casebook) -> None:
    pick = next(
        s for s in suggest(book, book.claims["one-whole"]) if "perceived as one whole" in s.sentence
    )
    quote = "Belarus should be perceived as one whole with Russia."
    evidence = pick.accept(book, "one-whole", "supports", quote=quote, speaker="Linkevičius")
    assert evidence.quote == quote and evidence.speaker == "Linkevičius"


def test_a_claim_that_is_neither_text_nor_a_claim_is_a_clear_error(book: ct.Casebook) -> None:
    with pytest.raises(TypeError, match="claim"):
        suggest(book, 42)  # type: ignore[arg-type]


def test_suggestion_is_frozen() -> None:
    s = Suggestion("a", 0, 3, "abc", 1.0)
    with pytest.raises(AttributeError):
        s.score = 2.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("strengthening", "strengthen"),
        ("functions", "function"),
        ("policies", "policy"),
        ("is", "is"),
        ("russia", "russia"),
        ("criticized", "criticise"),
        ("Moscow’s", "moscow"),
    ],
)
def test_inflected_forms_share_the_stem_of_their_base(word: str, base: str) -> None:
    # Suggestions and statement comparison use the one stemmer: forms of a word meet.
    assert stem(word) == stem(base)


def test_distinct_words_keep_distinct_stems() -> None:
    assert stem("strengthen") != stem("strong")
    assert stem("is") != stem("it")
    assert stem("n't") == "n't"


def test_suggest_with_a_claim_leaves_out_its_evidence(book: ct.Casebook) -> None:
    claim = book.claims["one-whole"]
    before = suggest(book, claim, k=5)
    # A Claim ranks exactly like its statement while it has no evidence.
    assert before == suggest(book, claim.statement, k=5)
    pick = next(s for s in before if "perceived as one whole" in s.sentence)
    pick.accept(book, "one-whole", "supports")
    after = suggest(book, book.claims["one-whole"], k=5)
    assert len(after) == 5
    assert all((s.article, s.start) != (pick.article, pick.start) for s in after)
    # Claim text is not a claim: nothing is left out.
    assert any((s.article, s.start) == (pick.article, pick.start) for s in suggest(book, ONE_WHOLE))


def test_suggest_module_does_not_import_the_casebook_layer() -> None:
    import ast
    import inspect

    import claimtrack.aids.suggest as module

    tree = ast.parse(inspect.getsource(module))
    imported = [
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    ] + [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    assert not [name for name in imported if name.startswith("claimtrack.casebook")]
