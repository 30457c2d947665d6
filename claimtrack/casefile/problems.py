"""Problems found in a casebook file, each with its place (file:line:column) and what to do.

The reader never stops at the first problem: every stage adds to one :class:`Problems` list,
and :meth:`Problems.raise_if_any` raises a single
:class:`~claimtrack.errors.CasefileError` listing them all, in file order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from attrs import field, frozen

from claimtrack.errors import CasefileError

__all__ = ["Place", "Problem", "Problems"]


@frozen(order=True)
class Place:
    """A 1-based line and column in the file (0, 0: the file as a whole)."""

    line: int = 0
    column: int = 0


def _lines(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen
class Problem:
    """One problem: where (``file:line:column`` and a path such as ``evidence[3].quote``), what
    is wrong (``message``, with ``detail`` lines such as the closest passage), and what to do."""

    file: str
    place: Place
    where: str
    message: str
    hint: str = ""
    detail: tuple[str, ...] = field(default=(), converter=_lines)

    @property
    def line(self) -> int:
        """1-based line of the problem (0 when it concerns the whole file)."""
        return self.place.line

    @property
    def column(self) -> int:
        """1-based column of the problem (0 when it concerns the whole file)."""
        return self.place.column

    def __str__(self) -> str:
        at = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        lines = [f"{at}: {self.where}: {self.message}" if self.where else f"{at}: {self.message}"]
        lines.extend(f"    {d}" for d in self.detail)
        if self.hint:
            lines.append(f"    -> {self.hint}")
        return "\n".join(lines)


class Problems:
    """The problems found so far in one file (a collector, private to one read)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._found: list[Problem] = []

    def add(
        self,
        place: Place,
        where: str,
        message: str,
        hint: str = "",
        detail: Iterable[str] = (),
    ) -> None:
        """Record a problem at ``place``."""
        self._found.append(Problem(self.file, place, where, message, hint, detail))

    def __len__(self) -> int:
        return len(self._found)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._found)

    def raise_if_any(self) -> None:
        """Raise one CasefileError with every problem, in the order they stand in the file."""
        if not self._found:
            return
        ordered = sorted(self._found, key=lambda p: p.place)
        raise CasefileError(self.file, [str(p) for p in ordered], details=ordered)
