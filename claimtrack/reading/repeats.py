"""Lines about other things than the article: copies of its own lines, other stories' lists.

A teaser or pull copy printed before the article's own line (or a summary running several of
its paragraphs together on one line), and a sidebar's list of other headlines. Every check is
linear: a dictionary of the lines, a bounded look-up by a line's first twenty characters, one
pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.line_rules import ELLIPSIS_END, is_sentence_like, line_key, words
from claimtrack.reading.lines import Line
from claimtrack.reading.notices import is_related_link, is_sidebar
from claimtrack.reading.sidebars import is_read_also

__all__ = [
    "glued_to_caption",
    "not_glued_twice",
    "pulled_lines",
    "repeated_lines",
    "restates",
    "sidebar_lines",
    "teaser_lines",
    "teases_body",
]


def not_glued_twice(lines: Sequence[Line], indices: list[int]) -> list[int]:
    """``indices`` without the lines printed twice in a row, no blank between, when others are
    left: a picture's alt text and its caption ("Pupils on their way home" twice); a headline
    printed again stands apart from its copy (a byline or a blank between)."""
    given = set(indices)
    twice = {
        i
        for i in indices
        for j in (i - 1, i + 1)
        if j in given and line_key(lines[i].text) == line_key(lines[j].text)
    }
    return [i for i in indices if i not in twice] if len(indices) > len(twice) else indices


def repeated_lines(lines: Sequence[Line], kept: list[int]) -> list[int]:
    """Lines (of four words or more) that come again later: the later one is the article's.
    A transcript's label with the time of the turn ("Mr Speaker 10:22 a.m.") comes again at
    each of the speaker's turns: it is no copy."""
    counted = [i for i in kept if len(words(lines[i].text)) >= 4]
    counted = [i for i in counted if not _TIMED_LABEL.fullmatch(lines[i].text)]
    last = {lines[i].text: i for i in counted}
    return [i for i in counted if last[lines[i].text] != i]


_TIMED_LABEL = re.compile(
    r"[A-ZÀ-Þ][\w.’'-]*(?: [A-ZÀ-Þ][\w.’'-]*){0,5},?"  # a name or a role
    r"\s+\(?\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?\)?"  # and the time: "10:22 a.m."
)


def teaser_lines(lines: Sequence[Line], kept: list[int]) -> list[int]:
    """Lines ``Stem...`` (or ``Stem…``) where a later line starts with the stem."""
    by_prefix: dict[str, list[int]] = {}
    for i in kept:
        by_prefix.setdefault(lines[i].text[:20], []).append(i)
    found: list[int] = []
    for i in kept:
        text = lines[i].text
        m = ELLIPSIS_END.search(text)
        if not m:
            continue
        stem = text[: m.start()].rstrip()
        if len(stem) < 20:
            continue
        # Bounded look-up keeps this linear even on pathological input.
        for j in by_prefix.get(stem[:20], ())[:50]:
            if j > i and len(lines[j].text) > len(stem) and lines[j].text.startswith(stem):
                found.append(i)
                break
        else:
            if _runs_on(lines, i, stem):
                found.append(i)
    return found + _run_together(lines, kept, by_prefix)


_JOINED_MIN = 40  # characters of a later paragraph a summary must open with
_NEXT_CHARS = 30


def _run_together(
    lines: Sequence[Line], kept: list[int], by_prefix: dict[str, list[int]]
) -> list[int]:
    """Lines that are the body's later paragraphs run together on one line: a summary printed
    above the story (``“I am pleased. “In terms of …`` over ``“I am pleased.`` / ``“In terms of
    …``). The line opens with a later paragraph whole and goes on with the next one's start."""
    after = {i: kept[n + 1] for n, i in enumerate(kept[:-1])}
    found: list[int] = []
    for i in kept:
        text = lines[i].text
        for j in by_prefix.get(text[:20], ())[:50]:
            para = lines[j].text
            if j <= i or j not in after or not _JOINED_MIN <= len(para) < len(text):
                continue
            rest = text[len(para) :].lstrip()
            nxt = lines[after[j]].text[:_NEXT_CHARS]
            if text.startswith(para) and rest and rest.startswith(nxt[: len(rest)]):
                found.append(i)
                break
    return found


_RUN_LINES = 6  # the most lines a teaser runs over


def _runs_on(lines: Sequence[Line], i: int, stem: str) -> bool:
    """The lines after ``i``, joined, start with ``stem``: a summary cut from the lines below.

    ``Sunday 3 March Q+A interviews – … The full video …`` over ``Sunday 3 March`` /
    ``Q+A interviews – …`` / ``The full video …``: the page's teaser for its own text.
    """
    target = " ".join(stem.split())
    joined = ""
    taken = 0
    for j in range(i + 1, len(lines)):
        if not lines[j].text:
            continue
        joined = f"{joined} {' '.join(lines[j].text.split())}".strip()
        taken += 1
        if len(joined) >= len(target) or taken >= _RUN_LINES or not target.startswith(joined):
            break
    return taken > 1 and len(joined) > len(target) and joined.startswith(target)


_MARKS = str.maketrans({c: '"' for c in "“”„«»"} | {c: "'" for c in "‘’‚"})


def _plain(text: str) -> str:
    """Whitespace collapsed and quotation marks made straight (pages mix the two kinds)."""
    return " ".join(text.translate(_MARKS).split())


_PULL_MIN = 60  # a pull quote is a whole sentence, not a phrase


def pulled_lines(lines: Sequence[Line], kept: list[int]) -> list[int]:
    """The first kept line when a later, longer line holds it word for word (a pull quote or
    summary printed above the article, which repeats it in its own paragraph)."""
    if len(kept) < 2:
        return []
    first = _plain(lines[kept[0]].text)
    if len(first) < _PULL_MIN:
        return []
    for j in kept[1:]:
        text = lines[j].text
        if len(text) > len(first) and first in _plain(text):
            return [kept[0]]
    return []


_LIST_MARKS = "-–•·*»"
_HEADLINE_WORDS = 20  # an item of a list of stories longer than this is a paragraph


def sidebar_lines(lines: Sequence[Line], idx: list[int], dropped: set[int]) -> list[int]:
    """The headlines under a sidebar heading (``Top Stories``), up to the next line of prose;
    and the items of a list opened by a labelled link (``- Related: …`` / ``- Other story``).

    Not an end marker: a page saved as text may print a sidebar in the middle of the article,
    whose body goes on after the list. ``dropped`` lines are passed over.
    """
    found: list[int] = []
    in_sidebar = False
    bullet = ""  # a labelled link's list mark ("-Complete Coverage: …"): the links under it
    for i in idx:
        text = lines[i].text
        if is_sidebar(text) or is_read_also(text):
            in_sidebar = True
        elif i in dropped:
            if text[:1] in _LIST_MARKS and is_related_link(text):
                bullet = text[:1]
            continue
        elif (in_sidebar or (bullet and text.startswith(bullet))) and (
            not is_sentence_like(text) or _listed_headline(text, bullet)
        ):
            found.append(i)
            if in_sidebar and not bullet and text[:1] in _LIST_MARKS:
                bullet = text[:1]  # the box lists its stories with this mark
        else:
            in_sidebar, bullet = False, ""
    return found


def _listed_headline(text: str, bullet: str) -> bool:
    """An item of the box's list, though it reads as a sentence ("- Yet more red tape! Spain
    issues …"): the mark the list's first item had, and a headline's length."""
    return bool(bullet) and text.startswith(bullet) and len(text.split()) <= _HEADLINE_WORDS


_WORD = re.compile(r"[^\W_]+")


def restates(paragraph: str, summary: str, share: float = 0.85) -> bool:
    """Nearly every word of ``summary`` (``share`` of them) occurs in ``paragraph``."""
    wanted = [w.casefold() for w in _WORD.findall(summary)]
    if not wanted:
        return False
    have = {w.casefold() for w in _WORD.findall(paragraph)}
    return sum(1 for w in wanted if w in have) >= share * len(wanted)


def teases_body(text: str, starts: dict[str, list[str]]) -> bool:
    """``text`` is the stem of a later paragraph (``starts``: the body's paragraphs by their
    first 20 characters), cut with or without an ellipsis: a teaser, or a caption repeating the
    lead; not the headline run into a caption (:func:`glued_to_caption`)."""
    stem = text.rstrip(".…").rstrip()
    # (a headline printed again as the first line with a full stop is no teaser)
    ends = ".!?…" if stem == text else ""
    return len(stem) >= 20 and any(
        len(s.rstrip(ends)) > len(stem) and s.startswith(stem) and not glued_to_caption(text, s)
        for s in starts.get(stem[:20], ())
    )


def glued_to_caption(headline: str, line: str) -> bool:
    """``line`` is ``headline`` run into a picture's caption with no stop between ("Court rules
    the minister can stay Thai Prime Minister Ada Lund speaks to reporters …"): the headline's
    last word in lower case, then a capitalised word opening another sentence. A teaser cut
    from the lead goes on in lower case ("The board voted to" / "… close the pool")."""
    rest = line[len(headline) :]
    last = headline.split()[-1:]
    return (
        line.startswith(headline)
        and len(words(headline)) >= 4
        and rest[:1] == " "
        and rest[1:2].isupper()
        and bool(last)
        and last[0][:1].islower()
    )
