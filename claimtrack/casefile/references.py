"""What the ids in a casebook file refer to, and the problems of references and quotes.

A contradiction or review names claims by id, and evidence by the ``id:`` written on it in the
file. Evidence without an ``id:`` gets one from the casebook (``claim-e3``), but a reference to such
an id is refused: it would silently point at other evidence once a quote is added before it.
References to records that already failed are not reported twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from difflib import get_close_matches
from typing import Any

from claimtrack.casebook import Casebook
from claimtrack.casebook.book import slugify
from claimtrack.casefile.document import Record
from claimtrack.casefile.problems import Problems
from claimtrack.errors import AmbiguousQuote, QuoteNotFound

__all__ = ["Refs", "quote_problem"]


def _close(wanted: str, known: Iterable[str]) -> str:
    close = get_close_matches(wanted, list(known), n=3, cutoff=0.6)
    return f"did you mean {' or '.join(repr(c) for c in close)}?" if close else ""


class Refs:
    """The ids the file gave, the ids that failed, and the checks of every reference."""

    def __init__(self, book: Casebook, problems: Problems, failed_articles: Iterable[str] = ()):
        self.book, self.problems = book, problems
        self.failed: set[str] = set(failed_articles)  # ids whose record failed: stay silent
        self.declared: dict[str, Record] = {}  # evidence ids written in the file
        self.made: dict[str, Record] = {}  # evidence ids the casebook made
        self._missing: dict[tuple[str, str], list[tuple[Record, str]]] = {}

    def claim(self, rec: Record, id: str | None) -> None:
        """Note a claim record; a claim that failed is remembered by its id (or slug)."""
        if id is None or id not in self.book.claims:
            self.failed.add(id or slugify(str(rec.get("statement", ""))))

    def evidence(self, rec: Record, id: str) -> None:
        """Note evidence added under ``id``."""
        (self.declared if rec.get("id") else self.made)[id] = rec

    def failed_evidence(self, rec: Record) -> None:
        """Note evidence that was not added."""
        if rec.get("id"):
            self.failed.add(rec.get("id"))

    def _check(self, rec: Record, key: str, kind: str, pool: Mapping[str, Any]) -> bool:
        wanted = rec.get(key)
        if wanted in pool:
            return True
        if wanted not in self.failed:
            self._missing.setdefault((kind, wanted), []).append((rec, key))
        return False

    def report_missing(self) -> None:
        """One problem per missing id, at its first reference, listing the lines of the others
        (a glob that matched nothing must not bury the file under one line per quote)."""
        for (kind, wanted), places in self._missing.items():
            pool = self.book.claims if kind == "claim" else self.book.articles
            listed = ", ".join(list(pool)[:8])
            hint = f"known {kind} ids: {listed}" if listed else f"no {kind} was added; add it first"
            (rec, key), others = places[0], places[1:]
            lines = ", ".join(str(r.at(k).line) for r, k in others[:20])
            more = f" and {len(others) - 20} more" if len(others) > 20 else ""
            self.problems.add(
                rec.at(key), rec.name(key), f"there is no {kind} {wanted!r}",
                _close(wanted, pool) or hint,
                [f"also named on lines {lines}{more}"] if others else [],
            )  # fmt: skip
        self._missing.clear()

    def check_claim(self, rec: Record, key: str) -> bool:
        """True when ``rec[key]`` names a claim of the casebook, else a problem (or silence)."""
        return self._check(rec, key, "claim", self.book.claims)

    def check_article(self, rec: Record, key: str) -> bool:
        """True when ``rec[key]`` names an article of the casebook, else a problem (or silence)."""
        return self._check(rec, key, "article", self.book.articles)

    def resolve(self, rec: Record, key: str) -> str | None:
        """The claim or evidence id ``rec[key]`` names, or None after reporting why not."""
        wanted = rec.get(key)
        if wanted in self.book.claims or wanted in self.declared:
            return str(wanted)
        if wanted in self.failed:
            return None
        if wanted in self.made:
            made = self.made[wanted]
            self.problems.add(
                rec.at(key), rec.name(key),
                f"evidence {wanted!r} (line {made.place.line}) has no `id:` in the file",
                f"write `id: {wanted}` on that evidence: an id the casebook made would point at "
                f"other evidence once a quote is added before it",
            )  # fmt: skip
            return None
        known = [*self.book.claims, *self.declared]
        self.problems.add(
            rec.at(key), rec.name(key), f"there is no claim or evidence {wanted!r}",
            _close(wanted, known) or "name a claim id, or evidence by the `id:` written on it",
        )  # fmt: skip
        return None


def quote_problem(problems: Problems, rec: Record, exc: QuoteNotFound | AmbiguousQuote) -> None:
    """A quote that does not anchor: the differing words, the closest passage, what to do."""
    at, where = rec.at("quote"), rec.name("quote")
    if isinstance(exc, AmbiguousQuote):
        spots = ", ".join(f"[{s}:{e}]" for s, e in exc.positions[:10])
        problems.add(
            at, where,
            f"the quote occurs {len(exc.positions)} times in article {exc.article_id!r} "
            f"(at {spots})",
            "add `prefix:` or `suffix:` (the words just before or after it) or `occurrence: N` "
            "(0 is the first) to say which one",
        )  # fmt: skip
        return
    message = f"quote not found in article {exc.article_id!r}"
    detail = [f"- {d}" for d in exc.differences[:10]]
    if not exc.differences and exc.reason:
        message += f" ({exc.reason})"
    if exc.candidates:
        _, start, end, passage = exc.candidates[0]
        detail.append(f"closest passage [{start}:{end}]: {passage!r}")
    hint = (
        "to quote the source as it stands, copy the closest passage as the quote; "
        "otherwise fix the words that differ"
        if exc.suggestion
        else "copy the quote exactly from the article text, or check `article:`"
    )
    problems.add(at, where, message, hint, detail)
