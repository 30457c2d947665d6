"""Counts in words: ``1 contradiction``, ``2 contradictions``, ``1 piece of evidence``.

The one plural rule every message uses (the CLI, errors, warnings), so nothing prints
"1 contradictions" or falls back to "contradiction(s)".
"""

from __future__ import annotations

__all__ = ["plural", "verb"]


def plural(n: int, one: str, many: str | None = None) -> str:
    """``n`` with its noun agreeing: ``plural(2, "piece of evidence", "pieces of evidence")``.

    ``many`` defaults to ``one + "s"``; give it for irregular nouns.
    """
    return f"{n:,} {one if n == 1 else (many if many is not None else one + 's')}"


def verb(n: int, one: str, many: str) -> str:
    """The verb form agreeing with ``n``: ``verb(1, "was", "were")`` → ``"was"``."""
    return one if n == 1 else many
