"""STAND-IN for the article-reader contract (the READ helper writes the real module).

Only the names the host needs: :class:`Reader`, :func:`reader_problem` and ``BUILTIN_READERS``.
"""

from __future__ import annotations

import abc
import re
from typing import Any, ClassVar

__all__ = ["BUILTIN_READERS", "Reader", "reader_problem"]


class Reader(abc.ABC):
    """Turns the bytes of one article file into text and metadata."""

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]] = ()
    description: ClassVar[str] = ""

    @abc.abstractmethod
    def read(self, data: bytes, name: str) -> Any:  # the real module returns a ReadResult
        """Read ``data`` (the file's bytes; ``name`` is for messages)."""


def reader_problem(obj: object) -> str | None:
    """Why ``obj`` is not a usable reader, or None."""
    if isinstance(obj, type):
        return f"returned the class {obj.__name__}; return an instance: {obj.__name__}()"
    if not isinstance(obj, Reader):
        return f"returned {obj!r}, which is not a claimtrack reader"
    suffixes = getattr(obj, "suffixes", None)
    if not isinstance(suffixes, tuple) or not suffixes:
        return f"reader {obj.name!r}: suffixes must be a tuple like ('.txt',), got {suffixes!r}"
    for suffix in suffixes:
        if not isinstance(suffix, str) or not re.fullmatch(r"\.[a-z0-9][a-z0-9.]*", suffix):
            return f"reader {obj.name!r}: suffix {suffix!r} must be lower case and start with a dot"
    return None


BUILTIN_READERS: tuple[Reader, ...] = ()
