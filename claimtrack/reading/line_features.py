"""What a learned model sees of a page's line: its shape, its place, its neighbours, a few words.

A page's lines are described by names (``len3``, ``end:.``, ``zone:head``, ``first:share``) that
a logistic regression weighs: the title model (:mod:`~claimtrack.reading.title_model`) ranks the
header's lines with them. The features say what any outlet's page shows, never one outlet's
markup: length, ending, capitals, digits and marks; before the first paragraph of prose, after
the last, in a run of short lines; the lines around it; how many of its words the prose uses;
and the first, last and (in short lines) every word, which the training script keeps only when
they occur on several pages, and hashes (:func:`feature_key`): the shipped weights hold no text.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Sequence

__all__ = ["bucket", "feature_key", "line_features", "prose_lines", "word_lists"]

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_QUOTE_MARKS = "\"“”«»„‘’'"
_CLOSERS = "\"”’'»)]"
# A photo's credit closing a caption: "… at the harbour. Jane Roe", "… on May 1. [AGENCY]",
# "… in the square. /Press Office", "(ab/CD)".
_CREDIT_END = re.compile(
    r"(?:[.)] (?:[A-Z][\w.-]*)(?: [A-Z][\w.-]*){0,2}"
    r"|\[[^\]]{2,30}\]|/ ?\w[^/]{0,40}|\(\w{1,5}/\w{1,5}\))$"
)
_LONG = 15  # words: a paragraph of prose, not a line of page furniture


def bucket(value: float, edges: Sequence[float]) -> int:
    """How many of the ascending ``edges`` ``value`` exceeds: a number's coarse class."""
    return next((n for n, edge in enumerate(edges) if value <= edge), len(edges))


def _end_class(text: str) -> str:
    stripped = text.rstrip(_CLOSERS)
    last = stripped[-1:] or "-"
    if text.endswith(("…", "...")):
        return "ellipsis"
    if last in ".!?:;,":
        return last
    if last.isdigit():
        return "digit"
    if last.isalpha():
        return "letter"
    return "mark"


def _start_class(text: str) -> str:
    first = text[:1]
    if first.isupper():
        return "upper"
    if first.islower():
        return "lower"
    if first.isdigit():
        return "digit"
    return "quote" if first in _QUOTE_MARKS else "mark"


def _shape(text: str, words: list[str]) -> list[str]:
    n = len(words)
    letters = [c for c in text if c.isalpha()]
    capitals = sum(1 for w in words if w[:1].isupper()) / n if n else 0.0
    digits = sum(c.isdigit() for c in text) / max(1, len(text))
    feats = [
        f"len{bucket(n, (0, 1, 2, 3, 4, 6, 9, 14, 24))}",
        f"end:{_end_class(text)}",
        f"start:{_start_class(text)}",
        f"caps{bucket(capitals, (0, 0.3, 0.6, 0.99))}",
        f"digits{bucket(digits, (0, 0.1, 0.3))}",
        f"sentences{min(3, len(re.findall(r'[.!?] +[A-Z]', text)))}",
    ]
    if letters and text.upper() == text:
        feats.append("allcaps")
    if any(c in _QUOTE_MARKS for c in text):
        feats.append("quoted")
    if _YEAR.search(text):
        feats.append("year")
    if _TIME.search(text):
        feats.append("time")
    feats += [
        f"has:{m}"
        for m in ("|", "•", "©", "@", "#", "/", "»", ">", "+", "{", "[", "(")
        if m in text
    ]
    if _CREDIT_END.search(text):
        feats.append("credit-end")
    if re.search(r"[:|] ?[\"“‘'«]", text):
        feats.append("headline-quote")
    if "http" in text or "www." in text:
        feats.append("has:web")
    return feats


def _words_of(text: str, words: list[str]) -> list[str]:
    """The words that name furniture ("share", "photo", "subscribe"), hashed by the caller."""
    lower = [w.lower() for w in words]
    feats = []
    if lower:
        feats += [f"first:{lower[0]}", f"last:{lower[-1]}"]
    if len(lower) <= 6:
        feats += [f"word:{w}" for w in lower]
    if 0 < len(lower) <= 4:
        feats.append("line:" + " ".join(lower))
    return feats


def word_lists(texts: Sequence[str]) -> list[list[str]]:
    """The words (letters only) of each line."""
    return [_WORD.findall(t) for t in texts]


def prose_lines(texts: Sequence[str], words: Sequence[list[str]]) -> list[bool]:
    """Whether each line reads as a paragraph of prose: long, and ending as a sentence ends."""
    return [_is_prose(t, w) for t, w in zip(texts, words, strict=True)]


def _is_prose(text: str, words: list[str]) -> bool:
    return len(words) >= _LONG and _end_class(text) in (".", "!", "?")


def line_features(texts: Sequence[str], only: Sequence[int] | None = None) -> list[list[str]]:
    """The features of each line of a page (``texts``: its non-blank lines, in order), or of the
    lines numbered in ``only`` (the page is still read whole, once: linear in its length)."""
    words = word_lists(texts)
    count = len(texts)
    long = prose_lines(texts, words)
    first_long = next((n for n, yes in enumerate(long) if yes), count)
    last_long = max((n for n, yes in enumerate(long) if yes), default=-1)
    short = [len(w) < 6 for w in words]
    runs = _run_lengths(short)
    seen = Counter(texts)
    in_prose: Counter[str] = Counter()  # in how many prose lines each word stands
    for n in (n for n, yes in enumerate(long) if yes):
        in_prose.update(_content(words[n]))
    out = []
    for n in range(count) if only is None else only:
        text = texts[n]
        zone = "head" if n < first_long else "tail" if n > last_long else "body"
        feats = [
            "bias",
            f"zone:{zone}",
            f"pos{bucket(n / max(1, count - 1), (0.1, 0.3, 0.7, 0.9))}",
        ]
        shape = _shape(text, words[n])
        feats += shape
        feats += [f"{zone}&{shape[0]}", f"{zone}&{shape[1]}"]
        feats.append(f"run{bucket(runs[n], (0, 1, 2, 4, 9))}")
        if seen[text] > 1:
            feats.append("repeated")
        for side, m in (("prev", n - 1), ("next", n + 1)):
            if 0 <= m < count:
                feats += [
                    f"{side}:len{bucket(len(words[m]), (1, 3, 6, 14))}",
                    f"{side}:long{long[m]}",
                ]
                feats.append(
                    f"{side}:{'start' if side == 'next' else 'end'}:"
                    + (_start_class(texts[m]) if side == "next" else _end_class(texts[m]))
                )
            else:
                feats.append(f"{side}:none")
        feats += _words_of(text, words[n])
        # A subheading or a caption speaks of what the story does; a promo, of something else.
        if content := _content(words[n]):
            own = 1 if long[n] else 0
            share = sum(in_prose[w] > own for w in content) / len(content)
            feats.append(f"{zone}&overlap{bucket(share, (0, 0.25, 0.5, 0.75))}")
        else:
            feats.append("overlap:none")
        out.append(feats)
    return out


def _content(words: list[str]) -> set[str]:
    """A line's words of four letters or more, in lower case: what it is about."""
    return {w.lower() for w in words if len(w) >= 4}


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each line, the length of the run of ``True`` it stands in (0 when it is ``False``)."""
    out = [0] * len(flags)
    n = 0
    while n < len(flags):
        if not flags[n]:
            n += 1
            continue
        end = n
        while end < len(flags) and flags[end]:
            end += 1
        out[n:end] = [end - n] * (end - n)
        n = end
    return out


def feature_key(name: str, size: int) -> int:
    """A feature's slot in the weight table: a stable hash (not Python's salted ``hash``)."""
    return zlib.crc32(name.encode("utf-8")) % size
