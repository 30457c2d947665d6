"""A statement the page prints twice is one quotation (a teaser above the story, a copy cut
short at the page's end)."""

from __future__ import annotations

from typing import Protocol, TypeVar

__all__ = ["once"]


class _Quoted(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def confidence(self) -> float: ...


Q = TypeVar("Q", bound=_Quoted)


def once(found: list[Q]) -> tuple[Q, ...]:
    """Each quotation of six words or more once: a page that prints a statement twice (a
    teaser above the story, a copy cut short at the page's end) does not make it two
    quotations. The copy kept is the longer one, else the one attributed with more confidence
    (the first on a tie)."""
    kept: dict[str, int] = {}  # the first six words → index in ``out``
    out: list[Q | None] = []
    for q in found:
        words = q.text.lower().strip(" .,;:!?…").split()
        key = " ".join(words[:6])
        earlier = out[kept[key]] if len(words) >= 6 and key in kept else None
        if earlier is None or not _same_words(earlier.text, q.text):
            if len(words) >= 6:
                kept[key] = len(out)
            out.append(q)
            continue
        longer = len(q.text) > len(earlier.text) + 2
        if longer or (len(q.text) >= len(earlier.text) - 2 and q.confidence > earlier.confidence):
            out[kept[key]] = None
            kept[key] = len(out)
            out.append(q)
    return tuple(q for q in out if q is not None)


def _same_words(a: str, b: str) -> bool:
    """One text is the other, or the other cut short."""
    x, y = (" ".join(t.lower().strip(" .,;:!?…").split()) for t in (a, b))
    return x.startswith(y) or y.startswith(x)
