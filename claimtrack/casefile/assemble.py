"""Records into a casebook, through the casebook's own public methods, every problem collected.

Sources, actors, claims, evidence and contradictions are added in file order with
``Casebook.rate_source``/``add_actor``/``add_claim``/``add_evidence``/``add_contradiction``, so the
casebook verifies each quote exactly as a script's call would. A record that fails is reported at
its line and the rest are still added, so one run lists every problem; a record that refers to one
that failed is not reported again.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from claimtrack.casebook import Casebook
from claimtrack.casefile.articles import LoadedEntry, publisher_grades
from claimtrack.casefile.document import Record
from claimtrack.casefile.problems import Place, Problems
from claimtrack.casefile.references import Refs, quote_problem
from claimtrack.errors import AmbiguousQuote, CasebookError, QuoteDifferenceWarning, QuoteNotFound
from claimtrack.model import Credibility, Role

__all__ = ["assemble", "file_level"]

T = TypeVar("T")


def _children(top: Record, key: str) -> Iterable[Record]:
    return (r for r in top.children.get(key, ()) if r.usable)


def assemble(
    top: Record, loaded: Iterable[LoadedEntry], failed: Iterable[str], problems: Problems
) -> tuple[Casebook, Refs]:
    """The casebook the records describe (without detection and reviews), and what each id
    refers to; ``failed``: ids of articles that could not be read; problems go to
    ``problems``."""
    book = Casebook(
        title=top.get("title", ""), author=top.get("author", ""),
        bottom_line=top.get("bottom_line", ""),
    )  # fmt: skip
    loaded = list(loaded)
    for item in loaded:
        _attempt(problems, item.entry, "path", book.add_article, item.article)
    _add_sources(book, top, loaded, problems)
    for rec in _children(top, "actors"):
        roles = _roles(rec, problems)
        _attempt(
            problems, rec, "name", book.add_actor, rec.get("name"), aliases=rec.get("aliases", ()),
            roles=roles, affiliation=rec.get("affiliation"), reliability=rec.get("reliability"),
        )  # fmt: skip
    refs = Refs(book, problems, failed)
    for rec in top.children.get("claims", ()):
        if not rec.usable:
            refs.claim(rec, rec.get("id"))
            continue
        claim = _attempt(
            problems, rec, "statement", book.add_claim, rec.get("statement"), id=rec.get("id"),
            claimant=rec.get("claimant"), tags=rec.get("tags", ()), notes=rec.get("notes", ""),
            likelihood=rec.get("likelihood"), confidence=rec.get("confidence"),
        )  # fmt: skip
        refs.claim(rec, claim.id if claim else rec.get("id"))
    for rec in top.children.get("evidence", ()):
        _add_evidence(book, rec, refs, problems)
    for rec in top.children.get("contradictions", ()):
        _add_contradiction(book, rec, refs, problems)
    refs.report_missing()
    return book, refs


def _roles(actor: Record, problems: Problems) -> list[Role]:
    roles = []
    for rec in actor.children.get("roles", ()):
        if not rec.usable:
            continue
        try:
            roles.append(Role(rec.get("title"), rec.get("start"), rec.get("end")))
        except (TypeError, ValueError) as exc:
            problems.add(rec.place, rec.where, str(exc))
    return roles


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value


def _attempt(
    problems: Problems, rec: Record, key: str, method: Callable[..., T], *args: Any, **kwargs: Any
) -> T | None:
    """Call a casebook method; a CasebookError becomes a problem at ``rec``'s ``key``."""
    try:
        return method(*args, **kwargs)
    except CasebookError as exc:
        problems.add(rec.at(key), rec.where, str(exc))
        return None


def _add_sources(
    book: Casebook, top: Record, loaded: list[LoadedEntry], problems: Problems
) -> None:
    """``sources:`` in order, then publishers rated only on their article entries."""
    rated: dict[str, Record] = {}
    for rec in _children(top, "sources"):
        if rec.get("name") in rated:
            problems.add(
                rec.at("name"), rec.name("name"),
                f"source {rec.get('name')!r} is already rated at line "
                f"{rated[rec.get('name')].place.line}", "rate each source once",
            )  # fmt: skip
            continue
        if _attempt(
            problems, rec, "name", book.rate_source, rec.get("name"), rec.get("reliability"),
            url=rec.get("url"), notes=rec.get("notes", ""),
        ):  # fmt: skip
            rated[rec.get("name")] = rec
    for publisher, grade in publisher_grades(loaded, problems).items():
        if publisher not in rated:
            book.rate_source(publisher, grade)
        elif book.sources[publisher].reliability is not grade:
            rec = rated[publisher]
            problems.add(
                rec.at("reliability"), rec.name("reliability"),
                f"{publisher!r} is rated {book.sources[publisher].reliability.value} here and "
                f"{grade.value} on an article entry", "give a publisher one reliability grade",
            )  # fmt: skip


def _add_evidence(book: Casebook, rec: Record, refs: Refs, problems: Problems) -> None:
    if not rec.usable:
        refs.failed_evidence(rec)
        return
    if not (refs.check_claim(rec, "claim") and refs.check_article(rec, "article")):
        refs.failed_evidence(rec)
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", QuoteDifferenceWarning)
        try:
            evidence = book.add_evidence(
                rec.get("claim"), article=rec.get("article"), quote=rec.get("quote"),
                stance=rec.get("stance"), speaker=rec.get("speaker"), said_on=rec.get("said_on"),
                credibility=_or(rec.get("credibility"), Credibility.CANNOT_BE_JUDGED),
                notes=rec.get("notes", ""),
                prefix=rec.get("prefix", ""), suffix=rec.get("suffix", ""),
                occurrence=rec.get("occurrence"), id=rec.get("id"),
                allow_typo=rec.get("allow_typo", False),
            )  # fmt: skip
        except (QuoteNotFound, AmbiguousQuote) as exc:
            quote_problem(problems, rec, exc)
            refs.failed_evidence(rec)
            return
        except CasebookError as exc:
            problems.add(rec.place, rec.where, str(exc))
            refs.failed_evidence(rec)
            return
    for warning in caught:
        # Re-issued with the file's place: the analyst edits the file, not a call.
        at = rec.at("quote")
        warnings.warn(
            QuoteDifferenceWarning(f"{problems.file}:{at.line}:{at.column}: {warning.message}"),
            stacklevel=2,
        )
    refs.evidence(rec, evidence.id)


def _add_contradiction(book: Casebook, rec: Record, refs: Refs, problems: Problems) -> None:
    if not rec.usable:
        return
    left, right = refs.resolve(rec, "left"), refs.resolve(rec, "right")
    if left is None or right is None:
        return
    _attempt(
        problems, rec, "left", book.add_contradiction, left, right, id=rec.get("id"),
        kind=rec.get("kind") or "other", status=rec.get("status") or "confirmed",
        rationale=rec.get("rationale", ""), resolution=rec.get("resolution", ""),
    )  # fmt: skip


def file_level(problems: Problems, messages: Iterable[str]) -> None:
    """Whole-book problems (the casebook's own checks) at the file as a whole."""
    for message in messages:
        problems.add(Place(), "casebook", message)
