"""How the casebook shows and takes data.

Read-only views of its record dicts (``types.MappingProxyType``: changed only through methods),
text fields that take strings only, and the model's TypeError/ValueError turned into a
:class:`~claimtrack.errors.CasebookError` that names the record and the field.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import attrs

from claimtrack.errors import CasebookError
from claimtrack.model.fields import check_text

__all__ = ["Text", "View", "build", "evolve"]


class View:
    """A read-only public view (``types.MappingProxyType``) of one private record dict."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name
        self.__doc__ = f"The casebook's {name} by id (read-only; change them through methods)."

    def __get__(self, book: object, owner: type | None = None) -> Any:
        if book is None:
            return self
        return MappingProxyType(getattr(book._records, self.name))  # type: ignore[attr-defined]

    def __set__(self, book: object, value: object) -> None:
        raise AttributeError(
            f"the casebook's {self.name} are read-only; change them through its methods "
            f"(add_*, remove_*, replace_article, assess, review_contradiction)"
        )


class Text:
    """A casebook text field (title, bottom line, author): settable, but only to a string."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.private = name, "_" + name

    def __get__(self, book: object, owner: type | None = None) -> Any:
        return self if book is None else getattr(book, self.private)

    def __set__(self, book: object, value: object) -> None:
        try:
            check_text(f"casebook {self.name}", value)
        except (TypeError, ValueError) as exc:
            raise CasebookError(str(exc)) from None
        with book._lock:  # type: ignore[attr-defined]  # one step for threads sharing the book
            setattr(book, self.private, value)


def build(kind: str, label: object, cls: type[Any], /, *args: Any, **kwargs: Any) -> Any:
    """``cls(...)``, with a model TypeError/ValueError turned into a CasebookError naming it."""
    try:
        return cls(*args, **kwargs)
    except (TypeError, ValueError) as exc:
        raise CasebookError(f"{kind} {label!r}: {exc}") from None


def evolve(kind: str, label: object, obj: Any, /, **changes: Any) -> Any:
    """``attrs.evolve(obj, ...)``, with model errors turned into a CasebookError naming it."""
    try:
        return attrs.evolve(obj, **changes)
    except (TypeError, ValueError) as exc:
        raise CasebookError(f"{kind} {label!r}: {exc}") from None
