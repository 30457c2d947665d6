"""Look-up indexes derived from the casebook's dictionaries, rebuilt only when those change.

A query such as "the evidence for claim X" over 100k evidence must not scan everything on each
call, yet the casebook's dictionaries are public and may be filled directly (the JSON loader does).
:class:`CountingDict` counts every change; :class:`DerivedIndexes` rebuilds an index only when the
count moved since it was built.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

__all__ = ["CountingDict", "DerivedIndexes"]

T = TypeVar("T")


class CountingDict(dict):  # type: ignore[type-arg]
    """A plain dict that counts its changes, so indexes derived from it know when to rebuild.

    The casebook's dicts are of this type. Callers (the JSON loader, scripts) may fill them
    directly; every way of changing a dict goes through the overridden methods below.
    """

    __slots__ = ("changes",)

    def __init__(self) -> None:
        super().__init__()
        self.changes = 0

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self.changes += 1

    def __delitem__(self, key: Any) -> None:
        super().__delitem__(key)
        self.changes += 1

    def pop(self, *args: Any) -> Any:
        self.changes += 1
        return super().pop(*args)

    def popitem(self) -> Any:
        self.changes += 1
        return super().popitem()

    def clear(self) -> None:
        self.changes += 1
        super().clear()

    def setdefault(self, key: Any, default: Any = None) -> Any:
        self.changes += 1
        return super().setdefault(key, default)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, value in dict(*args, **kwargs).items():
            self[key] = value

    def __ior__(self, other: Any) -> CountingDict:  # type: ignore[override,misc]
        self.update(other)
        return self


class DerivedIndexes:
    """Named indexes over counting dicts, each cached with the change count it was built at."""

    def __init__(self) -> None:
        self._built: dict[str, tuple[int, int, Any]] = {}

    def get(self, name: str, pool: Mapping[str, Any], build: Callable[[], T]) -> T:
        """The index ``name`` of ``pool``: cached, or built by ``build()`` if ``pool`` changed.

        A plain dict (one a caller put in place of a counting dict) has no change count, so its
        index is rebuilt on every call: slower, never stale.
        """
        changes = getattr(pool, "changes", None)
        if changes is None:
            return build()
        cached = self._built.get(name)
        if cached is not None and cached[0] == id(pool) and cached[1] == changes:
            return cached[2]  # type: ignore[no-any-return]
        value = build()
        self._built[name] = (id(pool), changes, value)
        return value
