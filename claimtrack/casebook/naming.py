"""Ids in a casebook: slugs made from text, the id rule, fresh ids, and "does not exist" errors."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from difflib import get_close_matches
from typing import Any

from claimtrack.errors import CasebookError

__all__ = ["IdMaker", "check_new_id", "check_slug", "listing", "lookup", "slugify"]

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")


def slugify(text: str, max_length: int = 48) -> str:
    """A lowercase ASCII slug of ``text``: ``"Minsk wants…"`` → ``"minsk-wants"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "item"


def listing(ids: list[str], limit: int = 8) -> str:
    """``'a', 'b' and 3 more``: ids named in an error message, not all of a huge list."""
    shown = ", ".join(repr(i) for i in ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def check_slug(kind: str, id: object) -> None:
    """Refuse an id that is not a slug (letters, digits, ``._:-``; starting with a letter/digit)."""
    if id is not None and (not isinstance(id, str) or not _SLUG.match(id)):
        raise CasebookError(
            f"{kind} id {id!r} is not a valid id; use letters, digits, '.', '_', ':' or '-' "
            f"and start with a letter or digit"
        )


def check_new_id(kind: str, id: str, pool: Mapping[str, Any]) -> None:
    """Refuse an id already in ``pool``."""
    if id in pool:
        raise CasebookError(f"{kind} id {id!r} is already used; choose another id")


def lookup(kind: str, id: object, pool: Mapping[str, Any]) -> Any:
    """``pool[id]``, or a CasebookError suggesting the closest ids."""
    try:
        return pool[id]  # type: ignore[index]
    except (KeyError, TypeError):
        pass
    close = get_close_matches(str(id), [str(k) for k in pool], n=3) if pool else []
    if close:
        hint = f"did you mean {' or '.join(repr(c) for c in close)}?"
    elif pool:
        hint = f"known: {listing(list(pool))}"
    else:
        hint = f"this casebook has no {kind} yet; add it first"
    raise CasebookError(f"{kind} {id!r} does not exist; {hint}")


class IdMaker:
    """Fresh ids such as ``claim-e2``, in O(1) each: it remembers the last number per stem."""

    def __init__(self) -> None:
        self._next: dict[str, int] = {}

    def unique(self, base: str, pool: Mapping[str, Any]) -> str:
        """``base`` if unused in ``pool``, else ``base`` with the next free number."""
        if base not in pool:
            return base
        stem = re.sub(r"\d+$", "", base) if base[-1:].isdigit() else base + "-"
        n = max(2, self._next.get(stem, 2))
        while f"{stem}{n}" in pool:
            n += 1
        self._next[stem] = n + 1
        return f"{stem}{n}"
