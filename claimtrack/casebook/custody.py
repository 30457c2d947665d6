"""Chain of custody: an article's ``text`` must be derivable from its ``raw`` (DESIGN.md §3).

The offset map says ``text[a:a+n] == raw[b:b+n]`` for each ``(a, b, n)`` segment. The cleaner
copies every kept line verbatim and adds only **joints** between them: the characters of ``text``
outside every segment may only be whitespace (the ``"\\n\\n"`` between paragraphs, the space
where a hard-wrapped line was joined), or, in an HTML article, what a character reference such
as ``&amp;`` between the two segments spells. So an edited letter, digit or mark anywhere in
``text`` is found: inside a segment it differs from ``raw``; outside one it is not a joint.

An article whose ``raw`` is its ``text`` (made in code) is its own custody. An article with a
``raw`` of its own and no offset map (made in code; a reader always returns a map) is checked by
cleaning its ``raw`` again with the plain-text cleaner (:func:`claimtrack.reading.cleaning.clean`):
its ``text`` must be what that gives. The stored checksum covers both ``raw`` and ``text``
(:func:`claimtrack.model.article_checksum`), so neither changes without the other noticing.
"""

from __future__ import annotations

from claimtrack.model import Article
from claimtrack.reading.cleaning import clean
from claimtrack.text.markup import markup_spells

__all__ = ["custody_problem"]


def _first_difference(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def custody_problem(article: Article) -> str | None:
    """Why ``article.text`` is not its ``raw`` through the offset map (None when it is)."""
    text, raw = article.text, article.raw
    if text == raw:
        return None
    where = f"article {article.id!r}"
    if not article.offset_map:
        cleaned = clean(raw).text
        if cleaned == text:
            return None
        return (
            f"{where}: its text differs from its raw copy cleaned again at text offset "
            f"{_first_difference(text, cleaned)}, and it has no offset map to tie it to its raw "
            f"copy (the text was edited, or the article was made from other text); restore the "
            f"text or read the article again"
        )
    pos = raw_pos = 0
    for text_start, raw_start, length in sorted(article.offset_map):
        if text_start < pos:
            return f"{where}: offset map segments overlap at text offset {text_start}"
        joint = _not_a_joint(text, pos, text_start)
        if joint is not None and not _spelled_by_markup(
            text[pos:text_start], raw[raw_pos:raw_start]
        ):
            return _edited(where, joint)
        piece, source = text[text_start : text_start + length], raw[raw_start : raw_start + length]
        if piece != source:
            return _edited(where, text_start + _first_difference(piece, source))
        pos, raw_pos = text_start + length, raw_start + length
    joint = _not_a_joint(text, pos, len(text))
    if joint is None or _spelled_by_markup(text[pos:], raw[raw_pos:]):
        return None
    return _edited(where, joint)


def _spelled_by_markup(joint: str, between: str) -> bool:
    """Whether the joint's characters are character references of the raw HTML around it.

    ``&amp;`` in an HTML article's raw is ``&`` in its text, which no segment can copy; it
    must be what the raw between the two segments spells (tags left out), at its start or
    end: the text after the previous segment, the text before the next one.
    """
    wanted = "".join(joint.split())
    if not wanted or "&" not in between:
        return False
    spelled = "".join(markup_spells(between).split())
    return any(
        spelled.startswith(wanted[:k]) and spelled[k:].endswith(wanted[k:])
        for k in range(len(wanted) + 1)
    )


def _not_a_joint(text: str, start: int, end: int) -> int | None:
    """The first offset in ``text[start:end]`` that is not joint whitespace, else None."""
    for i in range(start, min(end, len(text))):
        if not text[i].isspace():
            return i
    return None


def _edited(where: str, offset: int) -> str:
    return (
        f"{where}: its text differs from its raw copy at text offset {offset} (the text was "
        f"edited after the article was read); restore the text or read the article again"
    )
