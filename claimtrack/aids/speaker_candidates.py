"""Who else could have said it: the people an article names, as candidates for each quotation.

The cue rules (:mod:`claimtrack.aids.attribution`) name one speaker per quotation, or none. On an
outlet nobody studied they are wrong about one time in three, mostly where the quote has no cue
of its own: a follow-on paragraph, an interview written as prose, a quote whose cue the rules
misread ("Wrth", a place, a title left on the name). This module lists, for each quotation, the
people who could be its speaker and describes each by what any article shows: how far back the
person was last named, whether a speech verb stands at that mention, how often and how early the
article names them, whether the title does, whether they spoke the quote before, and what the
rules chose and how. :mod:`claimtrack.aids.speaker_model` weighs these descriptions.

Everything is linear in the article: one pass over its paragraphs' name chunks, then a bounded
window of paragraphs per quotation.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Collection
from typing import TYPE_CHECKING

from attrs import frozen

from claimtrack.aids.given_names import without_glued_head
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.reading.line_features import bucket

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader
    from claimtrack.aids.quotation import Quotation
    from claimtrack.aids.speakers import NameChunk

__all__ = ["Candidate", "Mention", "People", "candidates", "name_key", "same_person"]

_BACK = 3  # paragraphs before a quotation whose people are candidates
_TOP = 2  # the article's most named people are always candidates
_MAX_CANDIDATES = 12
_MAX_PARAGRAPH = 20_000  # characters: longer "paragraphs" (a page with no line breaks) name nobody


@frozen
class Mention:
    """A person named outside quote marks: where, their fullest name, whether a cue is at it."""

    start: int
    end: int
    paragraph: int
    name: str  # as written, titles stripped
    full: str
    cued: bool  # a speech verb right before or after the name ("said Ruiz", "Ruiz said")
    titled: bool  # a title or role right before it ("Coach Ruiz", "minister Ruiz")


@frozen
class Candidate:
    """A possible speaker of one quotation, and the features the model weighs."""

    full: str | None  # None: nobody (the rules' "no speaker")
    as_written: str | None
    features: tuple[str, ...]


_APOSTROPHES = str.maketrans(dict.fromkeys("’‘`´", "'"))
_DASHES = re.compile("[‐‑‒–—―]")
_SPACE = re.compile(r"\s+")


def name_key(name: str) -> str:
    """A name as the model compares names: NFC, case folded, apostrophes, dashes and spacing
    unified, a full stop at the end dropped ("O’Neill" and "O'Neill", "Ruiz Jr." and "Ruiz
    Jr" are one person)."""
    name = unicodedata.normalize("NFC", name).translate(_APOSTROPHES)
    return _SPACE.sub(" ", _DASHES.sub("-", name)).strip(" .,").casefold()


def same_person(a: str | None, b: str | None) -> bool:
    """True when ``a`` and ``b`` are one name (:func:`name_key`); never for a missing name."""
    return bool(a and b) and name_key(a or "") == name_key(b or "")


class People:
    """Every person an article names outside quotes, in text order, with counts per person."""

    def __init__(self, reader: ArticleReader, near: Collection[int] = ()) -> None:
        """``near``: the paragraphs that hold quotations. Names around them are looked up in
        full (:meth:`NameIndex.full_name` scans the text per name); a name elsewhere, which
        only counts, takes the full name looked up that ends with it, if exactly one does."""
        found: list[tuple[NameChunk, int, bool]] = []
        for para in reader.paragraphs:
            if para.end - para.start > _MAX_PARAGRAPH:
                continue  # no news paragraph runs so long: its tokens would cost memory
            toks, chunks = reader.chunks(para.start, para.end)
            starts = [t.start for t in toks]
            for chunk in reader.unquoted(chunks):
                if chunk.kind != "person" or not chunk.name.strip():
                    continue
                k = bisect_right(starts, chunk.start) - 1
                after = bisect_left(starts, chunk.end)
                words = [t.lower for t in toks[max(0, k - 2) : max(0, k)]]
                words += [t.lower for t in toks[after : after + 3]]
                found.append((chunk, para.index, any(w in SPEECH_VERBS for w in words)))
        window = {i + d for i in near for d in range(-_BACK, 2)}
        fullest: dict[str, str] = {}
        for chunk, paragraph, _ in found:
            if paragraph in window and chunk.name not in fullest:
                full = reader.names.full_name(chunk.name) or chunk.name
                fullest[chunk.name] = without_glued_head(full, reader.text)  # as the rules
        ends = defaultdict(set)  # a full name's last word → the full names looked up
        for full in fullest.values():
            ends[full.split()[-1]].add(full)
        self.mentions: list[Mention] = []
        for chunk, paragraph, cued in found:
            full = fullest.get(chunk.name) or _ending_with(chunk.name, ends)
            self.mentions.append(
                Mention(chunk.start, chunk.end, paragraph, chunk.name, full, cued, chunk.titled)
            )
        self._starts = [m.start for m in self.mentions]
        self.of: dict[str, list[Mention]] = defaultdict(list)  # a person's mentions, in order
        for m in self.mentions:
            self.of[name_key(m.full)].append(m)
        self._of_starts = {key: [m.start for m in ms] for key, ms in self.of.items()}
        self.count = Counter({key: len(ms) for key, ms in self.of.items()})
        self.rank = {key: n for n, (key, _) in enumerate(self.count.most_common())}
        self.cued = {key: sum(m.cued for m in ms) for key, ms in self.of.items()}
        self.titled = {key for key, ms in self.of.items() if any(m.titled for m in ms)}
        # What the article shows of each name: a first name or a title somewhere (a person,
        # not a place), or a word it also writes in lower case ("Downed", "Against").
        names = {key: ms[0].full for key, ms in self.of.items()}
        self.person = {key for key, full in names.items() if reader.names.is_person(full)}
        self.common = {
            key for key, full in names.items() if any(map(reader.common_word, full.split()))
        }
        title = name_key(reader.title or "").split()
        self.in_title = {key for key in self.of if key.split()[-1] in title}

    def before(self, pos: int) -> int:
        """How many mentions start before ``pos``."""
        return bisect_left(self._starts, pos)

    def last_before(self, key: str, pos: int) -> Mention | None:
        """The person's last mention before ``pos``."""
        k = bisect_left(self._of_starts.get(key, []), pos)
        return self.of[key][k - 1] if k > 0 else None

    def first_after(self, key: str, pos: int) -> Mention | None:
        """The person's first mention at or after ``pos``."""
        starts = self._of_starts.get(key, [])
        k = bisect_left(starts, pos)
        return self.of[key][k] if k < len(starts) else None


def _ending_with(name: str, ends: dict[str, set[str]]) -> str:
    """The one full name looked up that ends with ``name``'s words, else ``name``."""
    grown = [f for f in ends.get(name.split()[-1], ()) if f == name or f.endswith(" " + name)]
    return grown[0] if len(grown) == 1 else name


def candidates(
    people: People,
    q: Quotation,
    paragraph: int,
    previous: Quotation | None,
) -> list[Candidate]:
    """The possible speakers of ``q`` (in paragraph ``paragraph``): nobody, when the rules
    found nobody; the rules' choice; people named in the paragraphs around it; the previous
    quote's speaker; and the article's most named people. Each with its features."""
    rules_full = q.speaker_full or q.speaker
    quote_feats = _quote_features(q, paragraph, previous)
    cut = people.before(q.start)
    keys: dict[str, None] = {}
    if rules_full:
        keys[name_key(rules_full)] = None
    for m in reversed(people.mentions[max(0, cut - 60) : cut]):  # nearest first, bounded
        if m.paragraph < paragraph - _BACK:
            break
        keys.setdefault(name_key(m.full), None)
    for m in people.mentions[cut : cut + 20]:
        if m.paragraph > paragraph + 1:
            break
        if m.start >= q.end:
            keys.setdefault(name_key(m.full), None)
    if previous is not None and (prev := previous.speaker_full or previous.speaker):
        keys.setdefault(name_key(prev), None)
    for key, _ in people.count.most_common(_TOP):
        keys.setdefault(key, None)
    latest = people.mentions[cut - 1] if cut else None
    latest_cued = next(
        (m for m in reversed(people.mentions[max(0, cut - 20) : cut]) if m.cued), None
    )
    out = []
    if not rules_full:
        out.append(Candidate(None, None, (*_role_features("none", q, quote_feats), "c:none")))
    for key in list(keys)[:_MAX_CANDIDATES]:
        is_rules = rules_full is not None and key == name_key(rules_full)
        near = people.last_before(key, q.start) or people.first_after(key, q.end)
        if is_rules:
            full, written = rules_full, q.speaker
        elif near is not None:
            full, written = near.full, near.name
        else:
            full = written = (previous.speaker_full or previous.speaker) if previous else key
        feats = _role_features("rules" if is_rules else "other", q, quote_feats)
        feats += _person_features(people, key, q, paragraph)
        if latest is not None and name_key(latest.full) == key:
            feats.append("c:latest")
        if latest_cued is not None and name_key(latest_cued.full) == key:
            feats.append("c:latest-cued")
        if previous is not None and same_person(previous.speaker_full or previous.speaker, full):
            feats.append(f"c:prev-{'near' if quote_feats[0] == 'q:prevnear' else 'far'}")
        out.append(Candidate(full, written, tuple(feats)))
    return out


def _quote_features(q: Quotation, paragraph: int, previous: Quotation | None) -> list[str]:
    near = previous is not None and previous.end >= q.start - 1500
    return [
        "q:prevnear" if near else "q:prevfar",
        f"q:kind={q.kind}",
        f"q:cue={q.cue is not None}",
        f"q:len{bucket(len(q.text.split()), (3, 8, 20, 40))}",
        f"q:para{bucket(paragraph, (0, 2, 5, 10))}",
    ]


def _role_features(role: str, q: Quotation, quote_feats: list[str]) -> list[str]:
    """What is known of the quote and of the rules' choice, crossed with the candidate's role
    (``rules``: the rules' choice, ``other``: another person, ``none``: nobody)."""
    confidence = bucket(q.confidence, (0.3, 0.5, 0.7, 0.85))
    feats = [role, f"{role}:how={q.resolution}", f"{role}:conf{confidence}"]
    feats += [f"{role}:{f}" for f in quote_feats]
    feats.append(f"{role}:how={q.resolution}:kind={q.kind}")
    return feats


def _person_features(people: People, key: str, q: Quotation, paragraph: int) -> list[str]:
    count = people.count.get(key, 0)
    if not count:
        return ["c:unnamed"]  # no person the article names: a body, a role, a description
    first = people.of[key][0].paragraph
    feats = [
        f"c:count{bucket(count, (1, 2, 4, 8))}",
        f"c:rank{bucket(people.rank[key], (0, 1, 2))}",
        f"c:cued{bucket(people.cued[key], (0, 1, 3))}",
        f"c:words{bucket(len(key.split()), (1, 2))}",
        f"c:first{bucket(first, (0, 1, 3))}",
    ]
    if key in people.titled:
        feats.append("c:titled")
    if key in people.in_title:
        feats.append("c:intitle")
    feats.append(f"c:person={key in people.person}")
    if key in people.common:
        feats.append("c:commonword")
    last = people.last_before(key, q.start)
    if last is None:
        feats.append("c:notbefore")
    else:
        feats.append(f"c:back{bucket(paragraph - last.paragraph, (0, 1, 2, 4))}")
        if last.paragraph == paragraph:
            feats.append(f"c:chars{bucket(q.start - last.end, (30, 100, 300))}")
        if last.cued:
            feats.append(f"c:backcued{bucket(paragraph - last.paragraph, (0, 1, 3))}")
    after = people.first_after(key, q.end)
    if after is not None and after.paragraph == paragraph:
        feats.append(f"c:after{bucket(after.start - q.end, (30, 100))}")
        if after.cued:
            feats.append("c:aftercued")
    elif after is not None and after.paragraph == paragraph + 1:
        feats.append("c:nextpara")
    return feats
