"""Exceptions raised by claimtrack.

Every error says which thing is wrong (file, claim, quote, field path) and what to do about it.
All derive from :class:`ClaimtrackError` so a script can catch them in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "AmbiguousQuote",
    "ArticleLimitError",
    "ArticleLoadError",
    "CasebookError",
    "CasebookLimitError",
    "CasefileError",
    "ClaimtrackError",
    "ExportError",
    "ExportTargetError",
    "FormatError",
    "LimitExceeded",
    "MissingDependencyError",
    "PluginError",
    "PluginWarning",
    "QuoteDifferenceWarning",
    "QuoteNotFound",
    "ReviewError",
    "SchemaError",
    "ValidationError",
    "WrongCasebookError",
]


class ClaimtrackError(Exception):
    """Base class of every error claimtrack raises on purpose."""


class ArticleLoadError(ClaimtrackError):
    """An article file could not be read or decoded (empty, binary, unknown encoding, missing)."""

    def __init__(self, path: str, problem: str, hint: str = "") -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        message = f"{path}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        # Picklable with its fields, so a worker process (load_corpus(workers=...)) can raise it.
        return (_rebuild, (type(self), (self.path, self.problem, self.hint), {}))


class LimitExceeded(ClaimtrackError):
    """An input broke one of the limits of :class:`claimtrack.reading.limits.Limits`.

    ``limit`` names the field (``"article_bytes"``, ``"json_depth"`` …); the message says how to
    raise it. Caught as the more specific :class:`ArticleLimitError` or
    :class:`CasebookLimitError`, or as this class for any limit.
    """

    limit: str


class ArticleLimitError(ArticleLoadError, LimitExceeded):
    """An article file is larger (on disk, or once unzipped) than the limits allow."""

    def __init__(self, path: str, problem: str, hint: str = "", *, limit: str) -> None:
        super().__init__(path, problem, hint)
        self.limit = limit

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (self.path, self.problem, self.hint), {"limit": self.limit}))


class CasebookError(ClaimtrackError):
    """A single thing added to a casebook is invalid (unknown id, duplicate id, bad value)."""


class ValidationError(CasebookError):
    """Several problems found at once; ``problems`` lists each as one readable line."""

    def __init__(self, problems: Sequence[str], *, details: Sequence[Any] = ()) -> None:
        self.problems = tuple(problems)
        #: Where each problem is, when known: :class:`claimtrack.casebook.checks.Problem` objects.
        self.details = tuple(details)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        n = len(self.problems)
        super().__init__(f"{n} problem{'' if n == 1 else 's'} found:\n{lines}")


class QuoteNotFound(CasebookError):
    """A quote is not in its article's text; ``candidates`` holds the closest passages.

    ``candidates`` is a tuple of ``(score, start, end, passage)`` with score 0–100, best first.
    ``differences`` says, one line each, how the typed quote differs from the closest passage
    ("you typed 'relevant', the source says 'irrelevant'"). ``suggestion`` is that passage as the
    source has it: pass it back as the quote to take the source's own text (empty when there is
    no close passage).
    """

    def __init__(
        self,
        article_id: str,
        quote: str,
        candidates: Sequence[tuple[float, int, int, str]] = (),
        reason: str = "",
        *,
        differences: Sequence[str] = (),
        suggestion: str = "",
    ) -> None:
        self.article_id = article_id
        self.quote = quote
        self.candidates = tuple(candidates)
        self.reason = reason
        self.differences = tuple(differences)
        self.suggestion = suggestion
        shown = quote if len(quote) <= 120 else quote[:117] + "..."
        message = f"quote not found in article {article_id!r}: {shown!r}"
        if reason:
            message += f" ({reason})"
        for line in self.differences[1:10] if len(self.differences) > 1 else ():
            message += f"\n  - {line}"
        if len(self.differences) > 10:
            message += f"\n  - … and {len(self.differences) - 10} more differences"
        if self.candidates:
            message += "\n  closest passages:"
            for score, start, end, passage in self.candidates:
                message += f"\n    {score:5.1f}  [{start}:{end}]  {passage!r}"
        if suggestion:
            said = suggestion if len(suggestion) <= 120 else suggestion[:117] + "..."
            message += (
                f"\n  To quote the source as it stands, pass the closest passage as the quote "
                f"(this error's .suggestion): {said!r}"
            )
        else:
            message += "\n  Copy the quote exactly from the article text, or fix the article id."
        super().__init__(message)


class QuoteDifferenceWarning(UserWarning):
    """A quote was accepted with differences from its source (punctuation, an opted-in typo).

    The source's own text is stored; what was typed and what differed are recorded in the
    evidence's notes.
    """


class AmbiguousQuote(CasebookError):
    """A quote occurs at several places; give a prefix/suffix or an occurrence number."""

    def __init__(self, article_id: str, quote: str, positions: Sequence[tuple[int, int]]) -> None:
        self.article_id = article_id
        self.quote = quote
        self.positions = tuple(positions)
        shown = quote if len(quote) <= 120 else quote[:117] + "..."
        where = ", ".join(f"[{s}:{e}]" for s, e in self.positions[:10])
        super().__init__(
            f"quote {shown!r} occurs {len(self.positions)} times in article {article_id!r} "
            f"(at {where}); pass prefix=/suffix= (text just before/after it) "
            f"or occurrence=N (0-based) to say which one"
        )


class SchemaError(ClaimtrackError):
    """A casebook document does not match the schema; ``path`` is the JSON path of the bad field."""

    def __init__(
        self, path: str, problem: str, source: str = "", *, problems: Sequence[str] = ()
    ) -> None:
        self.path = path
        self.problem = problem
        self.source = source
        #: Every problem the casebook's rules found, ``"<JSON path>: <message>"`` each (the
        #: first is this error's own); empty for a problem found before the rules ran.
        self.problems = tuple(problems)
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{path}: {problem}")


class CasebookLimitError(SchemaError, LimitExceeded):
    """A casebook JSON file is larger, deeper or has longer numbers than the limits allow."""

    def __init__(self, path: str, problem: str, source: str = "", *, limit: str) -> None:
        super().__init__(path, problem, source)
        self.limit = limit

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild,
            (type(self), (self.path, self.problem, self.source), {"limit": self.limit}),
        )


def _rebuild(cls: type[Exception], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exception:
    """Unpickle an error whose constructor takes keyword arguments."""
    return cls(*args, **kwargs)


class CasefileError(ClaimtrackError):
    """A casebook file (YAML) has problems; ``problems`` lists every one found, not just the first.

    Each problem reads ``file:line:column: where: what is wrong`` followed by what to do (for a
    quote: the differing words and the closest passage). ``details`` holds the
    :class:`claimtrack.casefile.problems.Problem` objects (``line``, ``column``, ``where``,
    ``message``, ``hint``) for programs.
    """

    def __init__(self, path: str, problems: Sequence[str], *, details: Sequence[Any] = ()) -> None:
        self.path = path
        self.problems = tuple(problems)
        self.details = tuple(details)
        count = len(self.problems)
        body = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{path}: {count} problem{'' if count == 1 else 's'} found:\n{body}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), (self.path, self.problems), {"details": self.details}))


class MissingDependencyError(ClaimtrackError, ImportError):
    """An optional library a feature needs is not installed; the message says what to install."""


class PluginError(ClaimtrackError):
    """A plugin failed to load, raised in a hook, or conflicts with another plugin."""


class PluginWarning(UserWarning):
    """A plugin problem that did not stop claimtrack (the plugin, or part of it, is skipped).

    Also :class:`claimtrack.host.PluginWarning`; defined here so the command-line tool can show
    these warnings without importing the plugin host.
    """


class FormatError(ClaimtrackError):
    """An export format or exporter option is unknown or invalid."""


class ExportError(ClaimtrackError):
    """Writing an export failed; the target file is left untouched."""


class ExportTargetError(ExportError):
    """The export target is not a file claimtrack may replace: a device, a FIFO, a socket, a
    directory, or one of the casebook's inputs. Nothing was written."""


class ReviewError(ClaimtrackError):
    """A reviewed workbook cannot be merged as it is: it has no review data, a cell cannot be
    read (an unknown stance, a formula), or it was written from another casebook. The message
    names the file, and for cells the sheet, row and column, and says what to do."""


class WrongCasebookError(ReviewError):
    """The reviewed workbook was written from another casebook; nothing was merged."""
