"""Evidence suggestions: the corpus sentences that best match a claim, ranked by BM25 (bm25s).

An aid, never a decision: the analyst reads each suggestion and accepts it as evidence with one
call (:meth:`Suggestion.accept`), which anchors the sentence like any typed quote.

The index holds every non-heading sentence of every article. It is built once per *corpus
state* (article ids, checksums and texts) and cached, so repeated queries on an unchanged
casebook cost only the query. bm25s and numpy are imported here, inside functions, so that
``import claimtrack`` stays light; bm25s's numpy backend needs no scipy and downloads nothing.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, Protocol

from attrs import frozen

from claimtrack.model import Article, Claim, Credibility, Evidence, PartialDate, Stance
from claimtrack.text.sentences import iter_sentences
from claimtrack.text.tokens import tokenize


class EvidenceBook(Protocol):
    """What suggestions need of a casebook (aids sit below the casebook, so no import of it)."""

    @property
    def articles(self) -> Mapping[str, Article]:
        """The book's articles by id."""
        ...

    def evidence_for(self, claim: str) -> Iterable[Evidence]:
        """The evidence already recorded for a claim id."""
        ...

    @property
    def claims(self) -> Mapping[str, Claim]:
        """The book's claims by id."""
        ...

    def add_evidence(self, claim: str, **fields: Any) -> Evidence:
        """Anchor a quote and record it as evidence for ``claim`` (``Casebook.add_evidence``)."""
        ...


__all__ = [
    "EvidenceBook",
    "SentenceIndex",
    "Suggestion",
    "index_for",
    "suggest",
]

#: Sentences with fewer words than this are not worth suggesting ("Nothing came of it.").
MIN_WORDS = 4
#: How many corpus states keep a built index in memory.
CACHE_SIZE = 4

_CONTEXT = 32  # prefix/suffix length given to the anchoring, as TextQuoteSelector keeps


@frozen
class Suggestion:
    """A sentence that may bear on a claim: ``article``'s text at ``[start:end]`` and its score.

    ``speaker`` is set when the sentence lies in a direct quotation the extractor attributed.
    """

    article: str
    start: int
    end: int
    sentence: str
    score: float
    speaker: str | None = None

    def accept(
        self,
        book: EvidenceBook,
        claim: str,
        stance: Stance | str,
        *,
        quote: str | None = None,
        speaker: str | None = None,
        said_on: PartialDate | str | None = None,
        credibility: Credibility | int | str = Credibility.CANNOT_BE_JUDGED,
        notes: str = "",
        id: str | None = None,
    ) -> Evidence:
        """Add this sentence (or ``quote``, a part of it) to ``book`` as evidence for ``claim``.

        The quote is anchored with the text around the sentence as prefix and suffix, so a
        sentence that occurs twice in the article still lands on the suggested place.
        """
        text = book.articles[self.article].text if self.article in book.articles else None
        prefix = suffix = ""
        if text is not None and text[self.start : self.end] == self.sentence:
            exact = quote if quote is not None else self.sentence
            offset = self.sentence.find(exact) if quote is not None else 0
            if offset >= 0:
                start = self.start + offset
                end = start + len(exact)
                prefix = text[max(0, start - _CONTEXT) : start]
                suffix = text[end : end + _CONTEXT]
        return book.add_evidence(
            claim,
            article=self.article,
            quote=quote if quote is not None else self.sentence,
            stance=stance,
            speaker=speaker if speaker is not None else self.speaker,
            said_on=said_on,
            credibility=credibility,
            notes=notes,
            prefix=prefix,
            suffix=suffix,
            id=id,
        )


def _terms(text: str, stopwords: frozenset[str]) -> list[str]:
    """What BM25 ranks on: the one tokenizer's words and numbers, less stopwords and single
    characters, stemmed by the one stemmer."""
    return [
        t.stem
        for t in tokenize(text, punctuation=False)
        if len(t.text) > 1 and t.lower not in stopwords
    ]


@cache
def _stopwords() -> frozenset[str]:
    # bm25s's English list (Lucene's 33 words): retrieval keeps "one", "said" and numbers,
    # which the topic stopwords of statement comparison drop.
    from bm25s.stopwords import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


def _articles_of(source: Any) -> list[Article]:
    if isinstance(source, Article):
        return [source]
    books_articles = getattr(source, "articles", None)
    if isinstance(books_articles, Mapping) and hasattr(source, "evidence_for"):
        return list(books_articles.values())  # a casebook
    if isinstance(source, Mapping):
        return list(source.values())
    if isinstance(source, Iterable) and not isinstance(source, str | bytes):
        items = list(source)
        if all(isinstance(a, Article) for a in items):
            return items
    raise TypeError(
        f"suggest() needs a Casebook, a Corpus (or mapping of articles) or articles, "
        f"got {type(source).__name__}"
    )


def _attributed(article: Article) -> list[tuple[int, int, str]]:
    from claimtrack.aids.quotations import extract_quotations

    return [
        (q.start, q.end, q.speaker_full or q.speaker)
        for q in extract_quotations(article)
        if q.speaker
    ]


class SentenceIndex:
    """A BM25 index over the sentences of some articles (built by :func:`index_for`)."""

    def __init__(self, articles: Iterable[Article], headings: Mapping[str, Any] | None = None):
        import bm25s  # heavy (numpy); only here

        self.articles: dict[str, Article] = {a.id: a for a in articles}
        self.rows: list[tuple[str, int, int]] = []
        texts: list[str] = []
        headings = headings or {}
        # Quotations are found once, at build time, so a query costs only the ranking; right
        # after the article's sentences, so the paragraphs syntok split are reused.
        self._speakers: dict[str, list[tuple[int, int, str]]] = {}
        for article in self.articles.values():
            for s in iter_sentences(article, headings.get(article.id)):
                if s.heading or len(tokenize(s.text, punctuation=False)) < MIN_WORDS:
                    continue
                self.rows.append((article.id, s.start, s.end))
                texts.append(s.text)
            self._speakers[article.id] = _attributed(article)
        self._retriever = None
        if texts:
            stopwords = _stopwords()
            tokens = [_terms(text, stopwords) for text in texts]
            retriever = bm25s.BM25()
            retriever.index(tokens, show_progress=False)
            self._retriever = retriever

    def __len__(self) -> int:
        return len(self.rows)

    def query(self, text: str, k: int = 10) -> tuple[Suggestion, ...]:
        """The ``k`` best sentences for ``text`` (fewer when fewer share a word with it)."""

        if self._retriever is None or k <= 0 or not text.strip():
            return ()
        words = _terms(text, _stopwords())
        vocab = self._retriever.vocab_dict
        words = [w for w in words if w in vocab]
        if not words:
            return ()
        k = min(k, len(self.rows))
        docs, scores = self._retriever.retrieve([words], k=k, show_progress=False, n_threads=1)
        ranked = [
            (float(score), int(doc))
            for doc, score in zip(docs[0], scores[0], strict=True)
            if score > 0
        ]
        # Stable, deterministic order: score, then article and position.
        ranked.sort(key=lambda item: (-item[0], self.rows[item[1]]))
        out = []
        for score, doc in ranked:
            article_id, start, end = self.rows[doc]
            text_ = self.articles[article_id].text
            out.append(
                Suggestion(
                    article_id,
                    start,
                    end,
                    text_[start:end],
                    round(score, 4),
                    self._speaker_at(article_id, start, end),
                )
            )
        return tuple(out)

    def _speaker_at(self, article_id: str, start: int, end: int) -> str | None:
        """Speaker of the attributed quotation the sentence lies in, if any."""
        for q_start, q_end, speaker in self._speakers.get(article_id, ()):
            if q_start < end and start < q_end:
                return speaker
        return None


_CACHE: OrderedDict[tuple[Any, ...], SentenceIndex] = OrderedDict()


def index_for(source: Any) -> SentenceIndex:
    """The sentence index for a casebook, corpus or articles, cached per corpus state.

    The state is the set of article objects; adding, removing or replacing an article gives a
    new state and a fresh index.
    """
    articles = _articles_of(source)
    # Article objects are immutable and the cached index keeps them alive, so their identities
    # name the corpus state exactly (a replaced article is a new object) and cost next to
    # nothing to compare, unlike hashing every text on each query.
    key = tuple(sorted(map(id, articles)))
    cached = _CACHE.get(key)
    if cached is not None:
        _CACHE.move_to_end(key)
        return cached
    headings = None
    cleaning = getattr(source, "cleaning", None)
    if callable(cleaning):  # a Corpus knows the subheadings its cleaner found
        headings = {}
        for a in articles:
            report = cleaning(a.id)
            if report is not None:
                headings[a.id] = report.headings
    index = SentenceIndex(articles, headings)
    _CACHE[key] = index
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return index


def suggest(source: Any, claim: str | Claim, k: int = 10) -> tuple[Suggestion, ...]:
    """Rank the sentences of ``source`` (Casebook, Corpus, articles) for a claim, best first.

    ``claim`` is the claim's wording, or a :class:`~claimtrack.Claim`. When ``source`` is a
    casebook and ``claim`` one of its claims, sentences already quoted as that claim's evidence
    are left out. Returns up to ``k`` :class:`Suggestion` objects; an empty tuple when no
    sentence shares a word with the claim.
    """
    if isinstance(claim, Claim):
        statement = claim.statement
    elif isinstance(claim, str):
        statement = claim
    else:
        raise TypeError(f"claim must be a str or a Claim, got {type(claim).__name__}")
    index = index_for(source)
    taken = _evidence_spans(source, claim)
    if not taken:
        return index.query(statement, k)
    wanted = k + sum(len(v) for v in taken.values())
    fresh = [
        s
        for s in index.query(statement, wanted)
        if not any(a < s.end and s.start < b for a, b in taken.get(s.article, ()))
    ]
    return tuple(fresh[:k])


def _evidence_spans(source: Any, claim: str | Claim) -> dict[str, list[tuple[int, int]]]:
    """Spans already quoted as ``claim``'s evidence, by article (none for claim text)."""
    if not isinstance(claim, Claim) or not hasattr(source, "evidence_for"):
        return {}
    taken: dict[str, list[tuple[int, int]]] = {}
    for evidence in source.evidence_for(claim.id):
        taken.setdefault(evidence.article, []).append((evidence.start, evidence.end))
    return taken
