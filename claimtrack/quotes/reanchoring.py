"""Re-anchoring a stored quote segment in an article's changed text: never a guess.

The segment stays put when its text and whole context are still there; else it moves to the one
place with its exact text and its whole stored prefix and suffix; else to the one place with its
exact text and one whole side of its context (text inserted or changed right beside the quote on
the other side). Anything else, including a copy of the same words in another sentence, leaves
it orphaned (``None``): the caller keeps the evidence and marks it so.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.model import TextQuoteSelector
from claimtrack.quotes.spans import find_all, selector_at

__all__ = ["reanchor", "reanchor_segments"]


def _side_fits(text: str, start: int, end: int, prefix: str, suffix: str) -> bool:
    """Whether the whole stored prefix, or the whole stored suffix, is still around the span.

    An empty stored side fits only at the text's edge it was at.
    """
    before = text.endswith(prefix, 0, start) and (bool(prefix) or start == 0)
    after = text.startswith(suffix, end) and (bool(suffix) or end == len(text))
    return before or after


def reanchor(
    selector: TextQuoteSelector, new_text: str, *, article_id: str = "<text>"
) -> TextQuoteSelector | None:
    """Anchor ``selector`` in ``new_text`` (an article's changed text), or None when orphaned.

    See the module docstring. ``article_id`` is accepted for symmetry with
    :func:`~claimtrack.quotes.anchoring.locate_quote`: an orphan is a result, not an error.
    """
    del article_id
    exact, prefix, suffix = selector.exact, selector.prefix, selector.suffix
    start, end = selector.start, selector.end
    if (
        new_text[start:end] == exact
        and new_text.endswith(prefix, 0, start)
        and new_text.startswith(suffix, end)
    ):
        return selector_at(new_text, start, end)
    whole = find_all(new_text, prefix + exact + suffix)
    if len(whole) == 1:
        s = whole[0] + len(prefix)
        return selector_at(new_text, s, s + len(exact))
    if whole:
        return None
    fitting = [
        s
        for s in find_all(new_text, exact)
        if _side_fits(new_text, s, s + len(exact), prefix, suffix)
    ]
    if len(fitting) == 1:
        return selector_at(new_text, fitting[0], fitting[0] + len(exact))
    return None


def reanchor_segments(
    segments: Sequence[TextQuoteSelector], new_text: str
) -> tuple[TextQuoteSelector, ...] | None:
    """Every segment of one quote re-anchored in ``new_text``, or None when any is orphaned.

    The segments must keep their order and the same distances between them (the elided text
    between them unchanged in length), so an elided quote is never pieced together from
    places that are not one passage any more.
    """
    moved = []
    for segment in segments:
        found = reanchor(segment, new_text)
        if found is None:
            return None
        moved.append(found)
    offset = moved[0].start - segments[0].start
    if any(new.start - old.start != offset for new, old in zip(moved, segments, strict=True)):
        return None
    return tuple(moved)
