"""A learned second opinion on the title: which header line is the headline, if any.

The header rules (:mod:`~claimtrack.reading.header`) pick a headline from what they know of
pages; on an outlet nobody studied they pick a section label, a teaser or a caption about one
time in four, and a headline where the copy has none. This model ranks the header's lines by
their shape and words (:func:`~claimtrack.reading.line_features.line_features`), their place (how
far from the top and from the first paragraph, blank lines around them), what stands next to
them (a byline, a date), whether they are repeated, how many of their words the lead repeats
and whether the rules chose them. It is a logistic regression fitted by
``benchmarks/train_title_model.py`` on labelled pages kept outside the repository; only the
weights ship (``title_model.json``: hashed feature keys and numbers).

The rules keep the last word unless the model is sure (:func:`overrule`): it replaces their
line only with one it believes in by a wide margin, and drops their title only when it all but
rules the line out; where the rules found no headline, it adds none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.reading.hashed_weights import shipped_weights
from claimtrack.reading.line_features import bucket, line_features, word_lists

if TYPE_CHECKING:
    from claimtrack.reading.lines import Line

__all__ = ["TITLE_CUTOFF", "overrule", "title_candidates", "title_line", "title_scores"]

# How the model overrules the header rules (:func:`overrule`), chosen by the training script's
# cross-validation with the weights: a line it prefers past TITLE_CUTOFF, by TITLE_MARGIN over
# the rules' line, replaces it; a rules' line below TITLE_FLOOR is no headline.
TITLE_CUTOFF = 0.6
TITLE_MARGIN = 0.5
TITLE_FLOOR = 0.03
_MAX_LINES = 25  # a headline stands near the body: the header's last 25 lines at most
_BODY_LINES = 40  # the body's lines read with the header (its prose, its words)
_BYLINE = re.compile(r"(?i)(?:by|por|par|von|di|door)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def title_candidates(
    lines: Sequence[Line], body_start: int, rules_line: int | None
) -> list[tuple[int, list[str]]]:
    """The header's lines (index into ``lines``) with their features.

    The header is what stands above ``body_start`` (the cleaner's first line of the body);
    ``rules_line`` is the line the rules chose, if any.
    """
    index = [i for i, line in enumerate(lines) if line.text]
    first = sum(1 for i in index if i < body_start)  # the body's first line, among the non-blank
    # The header and the body's first lines are the page the features read: a title is judged
    # by its neighbourhood, and the cost stays the same however long the article runs.
    texts = [lines[i].text for i in index[: first + _BODY_LINES]]
    lead = {w.lower() for ws in word_lists(texts[first : first + 2]) for w in ws}
    window = [k for k in range(max(0, first - _MAX_LINES), first) if _has_letters(texts[k])]
    counts = Counter(texts)
    out = []
    for k, base in zip(window, line_features(texts, window), strict=True):
        i = index[k]
        feats = [f for f in base if not f.startswith(("prev:", "next:"))]
        feats += _header_place(lines, i, k, first)
        if counts[texts[k]] > 1:
            feats.append("t:repeated")
        content = [w.lower() for w in word_lists([texts[k]])[0] if len(w) >= 4]
        if content:
            share = sum(w in lead for w in content) / len(content)
            feats.append(f"t:overlap{bucket(share, (0, 0.2, 0.5))}")
        feats.append(
            "t:rules"
            if i == rules_line
            else "t:rules-none"
            if rules_line is None
            else "t:not-rules"
        )
        feats += _neighbours(texts, k, first)
        out.append((i, feats))
    return out


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _neighbours(texts: Sequence[str], k: int, first: int) -> list[str]:
    """What stands above and below header line ``k``: its length, a byline, a year, the body."""
    feats = []
    for side, m in (("p", k - 1), ("n", k + 1)):
        if 0 <= m < len(texts):
            words = word_lists([texts[m]])[0]
            feats.append(f"t:{side}len{bucket(len(words), (1, 3, 6, 14))}")
            if _BYLINE.match(texts[m]):
                feats.append(f"t:{side}by")
            if _YEAR.search(texts[m]):
                feats.append(f"t:{side}year")
            if m == first:
                feats.append(f"t:{side}body")
    return feats


def _header_place(lines: Sequence[Line], i: int, k: int, first: int) -> list[str]:
    """Where header line ``i`` (the ``k``-th non-blank) stands: from the top, from the body,
    and whether blank lines set it apart."""
    return [
        f"t:idx{bucket(k, (0, 1, 2, 3, 5, 8))}",
        f"t:toend{bucket(first - k, (1, 2, 3, 5, 8))}",
        f"t:blankbefore{i == 0 or not lines[i - 1].text}",
        f"t:blankafter{i + 1 >= len(lines) or not lines[i + 1].text}",
    ]


def title_scores(
    lines: Sequence[Line], body_start: int, rules_line: int | None
) -> list[tuple[int, float]]:
    """Each header line (index into ``lines``) with the model's probability that it is the title."""
    model = shipped_weights(__package__, "title_model.json")
    return [(i, model.probability(f)) for i, f in title_candidates(lines, body_start, rules_line)]


def overrule(
    scores: Sequence[float],
    rules: int | None,
    *,
    cutoff: float = TITLE_CUTOFF,
    margin: float = TITLE_MARGIN,
    floor: float = TITLE_FLOOR,
) -> int | None:
    """Which line (index into ``scores``) is the title, given the rules' choice ``rules``.

    The rules' line stays unless the model prefers another by ``margin`` (and believes in it
    past ``cutoff``), or gives it less than ``floor``: then the page has no headline. Where the
    rules found none, none it is: they refuse names, captions and labels on purpose, and
    cross-validation found the model's additions right only as often as wrong.
    """
    if rules is None:
        return None
    best = max(range(len(scores)), key=scores.__getitem__)
    if scores[best] > cutoff and scores[best] - scores[rules] > margin:
        return best
    return None if scores[rules] < floor else rules


def title_line(
    lines: Sequence[Line],
    body_start: int,
    rules_line: int | None,
    allowed: Sequence[int] | None = None,
) -> int | None:
    """The header line (index into ``lines``) the title is, the model having looked, or None.

    ``allowed`` limits the choice (the cleaner passes the lines no rule called a byline, a
    date or a control); the ranking still sees every header line.
    """
    scored = [
        (i, p)
        for i, p in title_scores(lines, body_start, rules_line)
        if allowed is None or i in allowed
    ]
    index = [i for i, _ in scored]
    rules = index.index(rules_line) if rules_line in index else None
    chosen = overrule([p for _, p in scored], rules)
    return None if chosen is None else index[chosen]
