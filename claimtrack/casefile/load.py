"""``load_casefile``: a casebook file (YAML) read, every quote verified, into a Casebook.

The steps, each adding to one list of problems so a run reports them all: the YAML and its keys
(:mod:`~claimtrack.casefile.document`), the article files (:mod:`~claimtrack.casefile.articles`),
the records through the casebook's methods (:mod:`~claimtrack.casefile.assemble`), then, when the
file says ``detect: true`` and nothing failed so far, the contradiction detectors (built-in and
plugins, as ``claimtrack.detect_contradictions(book, add=True)``) and the analyst's ``reviews:``
of their candidates, and last the casebook's whole-book checks.
"""

from __future__ import annotations

import os
from contextlib import nullcontext
from pathlib import Path

from claimtrack.casebook import Casebook
from claimtrack.casefile.articles import load_articles
from claimtrack.casefile.assemble import assemble, file_level
from claimtrack.casefile.document import Record, read_casefile_records
from claimtrack.casefile.problems import Problems
from claimtrack.casefile.references import Refs
from claimtrack.errors import CasebookError
from claimtrack.host.default import get_host, use_host
from claimtrack.host.detection import detect_contradictions
from claimtrack.host.registry import PluginHost

__all__ = ["load_casefile"]


def load_casefile(path: str | os.PathLike[str], *, host: PluginHost | None = None) -> Casebook:
    """Read the casebook file at ``path`` (YAML, see docs/casefile.md) into a verified Casebook.

    Article paths and globs are relative to the file's folder and read with ``host``'s readers
    (default: the process-wide host's, plugins included); detection (``detect: true``) runs that
    host's detectors. Raises :class:`~claimtrack.errors.CasefileError` listing every problem
    found, each with ``file:line:column``, what is wrong and what to do.
    """
    problems = Problems(os.fspath(path))
    top = read_casefile_records(Path(path), problems)
    if top is None:
        problems.raise_if_any()
        raise AssertionError("unreachable: an unread file always has a problem")
    chosen = host if host is not None else get_host()
    entries = top.children.get("articles", ())
    if "articles" in top.places and not entries:
        problems.add(top.at("articles"), "articles", "no article is listed", "add `- path: …`")
    base = Path(path).resolve().parent
    loaded, failed = load_articles(entries, base, chosen.readers(), problems)
    book, refs = assemble(top, loaded, failed, problems)
    if top.get("detect") and not len(problems):
        with use_host(chosen) if host is not None else nullcontext():
            detect_contradictions(book, add=True)
    if not len(problems):
        _apply_reviews(book, top, refs, problems)
    file_level(problems, book.problems())
    problems.raise_if_any()
    return book


def _apply_reviews(book: Casebook, top: Record, refs: Refs, problems: Problems) -> None:
    """The analyst's verdicts on contradictions found by pair (detector candidates above all)."""
    by_pair = {frozenset((x.left, x.right)): x for x in book.contradictions.values()}
    for rec in top.children.get("reviews", ()):
        if not rec.usable:
            continue
        left, right = rec.get("between")
        found = by_pair.get(frozenset((left, right)))
        if found is None:
            near = [
                f"{x.left} / {x.right}"
                for x in book.contradictions.values()
                if {left, right} & {x.left, x.right}
            ]
            hint = (
                f"contradictions involving them: {'; '.join(near[:6])}"
                if near
                else "set `detect: true` to run the detectors, or declare it under contradictions"
            )
            problems.add(
                rec.at("between"), rec.name("between"),
                f"no contradiction between {left!r} and {right!r}", hint,
            )  # fmt: skip
            continue
        try:
            book.review_contradiction(
                found.id, status=rec.get("status"), resolution=rec.get("resolution"),
                rationale=rec.get("rationale"),
            )  # fmt: skip
        except CasebookError as exc:
            problems.add(rec.place, rec.where, str(exc))
