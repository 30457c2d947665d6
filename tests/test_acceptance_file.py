"""Every fact of the hand-read acceptance file holds, read from the file itself.

``tests/data/acceptance_seeds.json`` is a byte-for-byte copy of ``../shared/acceptance/seeds.json``
(the facts read off the seeds by hand), kept in the repository so a clean clone tests it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimtrack as ct

ROOT = Path(__file__).resolve().parent.parent
FACTS = json.loads((ROOT / "tests" / "data" / "acceptance_seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus() -> ct.Corpus:
    return ct.load_corpus(ROOT / "seeds")


@pytest.mark.parametrize("article_id", sorted(FACTS["articles"]))
def test_article_facts(corpus: ct.Corpus, article_id: str) -> None:
    expected = FACTS["articles"][article_id]
    article = corpus[article_id]
    assert article.title == expected["title"]
    assert list(article.authors) == expected["authors"]
    published = None if article.published is None else str(article.published)
    assert published == expected["published"]
    assert article.text.startswith(expected["body_first"])
    assert article.text.rstrip().endswith(expected["body_last"])
    for junk in expected["boilerplate"]:
        assert junk not in article.text, junk


@pytest.mark.parametrize("fact", FACTS["quotations"], ids=lambda f: f["speaker"])
def test_quotation_found_with_its_speaker(corpus: ct.Corpus, fact: dict) -> None:
    found = ct.extract_quotations(corpus[fact["article"]])
    matching = [q for q in found if fact["text"] in q.text or q.text in fact["text"]]
    assert matching, f"no quotation overlapping {fact['text'][:50]!r}"
    speakers = {(q.speaker_full or "") + " " + (q.speaker or "") for q in matching}
    assert any(fact["speaker"] in s for s in speakers), speakers


@pytest.mark.parametrize("claim", FACTS["claims"], ids=lambda c: c["id"])
def test_claim_evidence_is_verified(corpus: ct.Corpus, claim: dict) -> None:
    book = ct.Casebook(corpus)
    book.add_claim(claim["statement"], id=claim["id"], claimant=claim["claimant"])
    for item in claim["evidence"]:
        evidence = book.add_evidence(
            claim["id"], article=item["article"], quote=item["quote"], stance=item["stance"]
        )
        assert evidence.quote == item["quote"]
        text = corpus[item["article"]].text
        assert text[evidence.start : evidence.end] == item["quote"]
    book.validate()
    # contested = supported and refuted from different articles (no speakers given here)
    articles = {item["article"] for item in claim["evidence"]}
    assert book.is_contested(claim["id"]) is (len(articles) > 1)
    assert {e.stance.value for e in book.evidence_for(claim["id"])} == {"supports", "refutes"}


def test_typed_quotes(corpus: ct.Corpus) -> None:
    for fact in FACTS["typed_quotes"]:
        text = corpus[fact["article"]].text
        if "expect" in fact:
            selector = ct.locate_quote(text, fact["typed"], article_id=fact["article"])
            assert selector.exact == fact["expect"]
            assert text[selector.start : selector.end] == fact["expect"]
        else:
            with pytest.raises(ct.errors.QuoteNotFound) as caught:
                ct.locate_quote(text, fact["typed"], article_id=fact["article"])
            assert fact["article"] in str(caught.value)
