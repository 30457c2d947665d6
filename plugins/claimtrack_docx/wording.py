"""The memo's words: safe text, shortened quotes, attributions, judgments and the bottom line.

Pure functions over the casebook (no python-docx), so the phrasing is easy to test and reuse.
ICD 203 rules applied here: the likelihood term carries its probability band, and confidence is
stated in a sentence of its own, never mixed into the likelihood sentence.
"""

from __future__ import annotations

import itertools
import re
import urllib.parse
from collections.abc import Callable, Iterable, Sequence

from attrs import frozen

from claimtrack.casebook.book import Casebook
from claimtrack.model import Actor, Claim, Evidence, Likelihood, PartialDate, Stance

__all__ = [
    "ClaimEvidence",
    "StanceCount",
    "attribution",
    "bottom_line",
    "confidence_sentence",
    "count_sentence",
    "count_stance",
    "date_text",
    "index_claims",
    "likelihood_sentence",
    "link_target",
    "pick_quotes",
    "plural",
    "quoted",
    "safe",
    "sentence",
    "shorten",
]

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
# python-docx raises on the rest; untrusted article text may carry them (form feeds, NULs).
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def safe(text: object) -> str:
    """``text`` as a string Word can hold: characters XML forbids become U+FFFD."""
    if text is None:
        return ""
    return _XML_FORBIDDEN.sub(REPLACEMENT, str(text))


_LINK_SCHEMES = {"http", "https", "ftp", "mailto"}


def link_target(url: str | None) -> str | None:
    """The URL to make clickable, or None when it should stay plain text.

    Only web and mail links are clickable: a ``javascript:`` or ``file:`` URL from an untrusted
    article is printed, never linked. Spaces and other characters a URI cannot hold are
    percent-encoded in the link target (the printed text stays as the source gave it).
    """
    if not url:
        return None
    url = safe(url).strip()
    scheme = urllib.parse.urlsplit(url).scheme.lower() if ":" in url else ""
    if scheme not in _LINK_SCHEMES:
        return None
    return urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def shorten(text: str, limit: int) -> tuple[str, bool]:
    """Cut ``text`` to about ``limit`` characters at a word boundary and add an ellipsis.

    Returns ``(text, was_shortened)``. The cut keeps whole words where it can, so a quote is
    never ended mid-word unless a single "word" is longer than the limit.
    """
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = cut.rfind(" ")
    if space >= limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…", True


_INNER_QUOTES = str.maketrans({"“": "‘", "”": "’", "«": "‘", "»": "’"})


def quoted(text: str) -> str:
    """``text`` in curly double quotes, its own double quotes turned single (nesting rule).

    Straight double quotes inside become single too: ``a "b" c`` → ``“a ‘b’ c”``. Only the
    marks change; the words are the source's own.
    """
    inner = text.translate(_INNER_QUOTES)
    if '"' in inner:
        inner = re.sub(r'"(?=\w)', "‘", inner).replace('"', "’")
    return f"“{inner}”"


_CLOSERS = "\"'”’»)]"


def sentence(text: str) -> str:
    """``text`` stripped, with a full stop added when it ends without ``.``, ``?``, ``!`` or ``…``.

    Closing quotes and brackets do not end a sentence by themselves: ``the “union state”``
    becomes ``the “union state”.`` while ``he said “no.”`` stays as it is.
    """
    text = text.strip()
    if text and text.rstrip(_CLOSERS)[-1:] not in (".", "?", "!", "…"):
        text += "."
    return text


def plural(n: int, word: str, many: str | None = None) -> str:
    """``"1 quote"``, ``"3 quotes"``."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def date_text(date: PartialDate | None) -> str:
    """A date as printed in the memo (ISO-style, keeping its precision), or ``"undated"``."""
    return str(date) if date is not None else "undated"


def attribution(
    book: Casebook,
    evidence: Evidence,
    find_actor: Callable[[str | None], Actor | None] | None = None,
) -> str:
    """Who said it, in what role, when, where, and its grade: the line under a quote.

    ``"Alexander Lukashenka, President of Belarus, 2017-10-14; Belarus Digest; grade B2"``.
    ``find_actor`` replaces ``book.actor`` (e.g. a cached version of it).
    """
    date, _ = book.date_of(evidence)
    bits = []
    speaker = evidence.speaker or "Unattributed"
    actor = (find_actor or book.actor)(evidence.speaker)
    role = actor.role_on(date) if actor is not None else None
    bits.append(f"{speaker}, {role}" if role else speaker)
    bits.append(date_text(date))
    article = book.articles.get(evidence.article)
    outlet = (article.publisher if article else None) or (article.title if article else None)
    if outlet:
        bits.append(outlet)
    head = ", ".join(bits[:2])
    rest = "; ".join([*bits[2:], f"grade {book.grade(evidence)}"])
    return safe(f"{head}; {rest}")


@frozen
class StanceCount:
    """How much evidence of one stance a claim has: quotes, distinct articles, named speakers."""

    quotes: int
    articles: int
    speakers: int
    unattributed: int


def count_stance(evidence: Iterable[Evidence]) -> StanceCount:
    """Count quotes, distinct articles and distinct named speakers (case-insensitive)."""
    items = list(evidence)
    speakers = {e.speaker.casefold() for e in items if e.speaker}
    return StanceCount(
        quotes=len(items),
        articles=len({e.article for e in items}),
        speakers=len(speakers),
        unattributed=sum(1 for e in items if not e.speaker),
    )


def _stance_phrase(verb: str, count: StanceCount) -> str:
    if count.quotes == 0:
        return f"nothing {verb}s it"
    who_bits = [plural(count.speakers, "speaker")] if count.speakers else []
    if count.unattributed:
        who_bits.append(f"{count.unattributed} unattributed")
    who = " and ".join(who_bits)
    return (
        f"{plural(count.quotes, 'quote')} from {plural(count.articles, 'article')} ({who}) "
        f"{verb + 's' if count.quotes == 1 else verb} it"
    )


def count_sentence(supporting: StanceCount, refuting: StanceCount) -> str:
    """``"3 quotes from 2 articles (2 speakers) support it; 1 quote … refutes it."``."""
    first = _stance_phrase("support", supporting)
    second = _stance_phrase("refute", refuting)
    return f"{first[0].upper()}{first[1:]}; {second}."


def likelihood_sentence(claim: Claim) -> str:
    """The ICD 203 estimate with its band, or a plain statement that none is made yet."""
    if claim.likelihood is None:
        return "No likelihood has been assessed yet."
    low, high = claim.likelihood.percent_range
    return f"We judge this {claim.likelihood.value} ({low}–{high}%)."


def confidence_sentence(claim: Claim) -> str:
    """Confidence in its own sentence (ICD 203: never in the likelihood sentence); '' if unset."""
    if claim.confidence is None:
        return ""
    return f"We have {claim.confidence.value} confidence in this judgment."


def _quoted_list(claims: Sequence[Claim], limit: int = 3) -> str:
    shown = [f"“{c.statement.rstrip('.')}”" for c in claims[:limit]]
    if len(claims) > limit:
        shown.append(f"{len(claims) - limit} more")
    if len(shown) == 1:
        return shown[0]
    return "; ".join(shown[:-1]) + "; and " + shown[-1]


@frozen
class ClaimEvidence:
    """One claim's evidence, indexed once: in timeline order, by stance, and whether contested."""

    claim: Claim
    timeline: tuple[Evidence, ...]
    supports: tuple[Evidence, ...]
    refutes: tuple[Evidence, ...]
    neutral: tuple[Evidence, ...]
    contested: bool


def index_claims(book: Casebook, claims: Iterable[Claim]) -> dict[str, ClaimEvidence]:
    """Index every claim's evidence in one pass over the casebook.

    Same results as ``book.timeline``/``evidence_for``/``is_contested``, but those scan all
    evidence per call; a memo over 1,000 claims and 10,000 quotes cannot afford that.
    """
    wanted = {c.id: c for c in claims}
    grouped: dict[str, list[Evidence]] = {cid: [] for cid in wanted}
    for ev in book.evidence.values():
        if ev.claim in grouped:
            grouped[ev.claim].append(ev)
    index = {}
    for cid, items in grouped.items():
        dated: list[tuple[PartialDate | None, Evidence]] = []
        undated: list[tuple[PartialDate | None, Evidence]] = []
        for ev in items:
            date, _ = book.date_of(ev)
            (dated if date is not None else undated).append((date, ev))
        dated.sort(key=lambda pair: (pair[0].start, pair[0].end))  # type: ignore[union-attr]
        timeline = tuple(ev for _, ev in dated) + tuple(ev for _, ev in undated)
        sup = tuple(e for e in items if e.stance is Stance.SUPPORTS)
        ref = tuple(e for e in items if e.stance is Stance.REFUTES)
        # Contested (as Casebook.is_contested): some supporting and some refuting quote differ
        # in article or speaker, i.e. both sides exist and not all share one (article, speaker).
        keys = {(e.article, e.speaker or "") for e in (*sup, *ref)}
        index[cid] = ClaimEvidence(
            claim=wanted[cid],
            timeline=timeline,
            supports=sup,
            refutes=ref,
            neutral=tuple(e for e in items if e.stance is Stance.NEUTRAL),
            contested=bool(sup and ref and len(keys) > 1),
        )
    return index


def bottom_line(book: Casebook, index: dict[str, ClaimEvidence]) -> list[str]:
    """The bottom line as sentences: the analyst's own if written, else composed from status.

    The composed version says how much was weighed, which judgments are firm (assessed likely or
    better), which claims are contested, and which rest on one side of the evidence only.
    """
    if book.bottom_line.strip():
        return [safe(book.bottom_line.strip())]
    if not index:
        return ["This casebook holds no claims yet, so there is no judgment to report."]
    claims = [view.claim for view in index.values()]
    evidence = [e for view in index.values() for e in view.timeline]
    sentences = [
        f"This memo weighs {plural(len(claims), 'claim')} against {plural(len(evidence), 'quote')} "
        f"from {plural(len({e.article for e in evidence}), 'article')}."
    ]
    firm = [
        c
        for c in claims
        if c.likelihood is not None
        and c.likelihood.percent_range[0] >= Likelihood.LIKELY.percent_range[0]
    ]
    doubtful = [
        c
        for c in claims
        if c.likelihood is not None
        and c.likelihood.percent_range[1] <= Likelihood.UNLIKELY.percent_range[1]
    ]
    if firm:
        sentences.append(f"We judge likely or better: {_quoted_list(firm)}.")
    if doubtful:
        sentences.append(f"We judge unlikely or worse: {_quoted_list(doubtful)}.")
    contested = [c for c in claims if index[c.id].contested]
    if contested:
        sentences.append(
            f"Sources disagree on {plural(len(contested), 'claim')}: {_quoted_list(contested)}."
        )
    one_sided = [
        c
        for c in claims
        if not index[c.id].contested and index[c.id].supports and not index[c.id].refutes
    ]
    if one_sided:
        sentences.append(
            f"Only supporting evidence was found for {_quoted_list(one_sided)}; "
            "absence of contrary reporting is not confirmation."
        )
    bare = [c for c in claims if not index[c.id].timeline]
    if bare:
        sentences.append(
            f"{plural(len(bare), 'claim')} still {'has' if len(bare) == 1 else 'have'}"
            " no quoted evidence."
        )
    return [safe(s) for s in sentences]


def _grade_key(book: Casebook, evidence: Evidence) -> tuple[str, int]:
    grade = book.grade(evidence)
    return grade[0], int(grade[1:])


def pick_quotes(
    book: Casebook, view: ClaimEvidence, limit: int | None
) -> tuple[dict[Stance, list[Evidence]], int]:
    """The quotes shown for ``claim``, by stance in date order, and how many were left out.

    With a ``limit``, supporting and refuting quotes take turns, best grade first, starting
    with the side that has more quotes (the weight of the evidence leads; supporting on a tie),
    so a claim with 20 supporting quotes still shows its refutations. Neutral context fills
    what is left once both sides are shown in full.
    """
    timeline = view.timeline
    by_stance: dict[Stance, list[Evidence]] = {s: [] for s in Stance}
    for ev in timeline:
        by_stance[ev.stance].append(ev)
    if limit is None or len(timeline) <= limit:
        return by_stance, 0
    ranked = {s: sorted(v, key=lambda e: _grade_key(book, e)) for s, v in by_stance.items()}
    sides = [Stance.SUPPORTS, Stance.REFUTES]
    if len(ranked[Stance.REFUTES]) > len(ranked[Stance.SUPPORTS]):
        sides.reverse()
    order: list[Evidence] = []
    for pair in itertools.zip_longest(*(ranked[s] for s in sides)):
        order.extend(ev for ev in pair if ev is not None)
    order.extend(ranked[Stance.NEUTRAL])
    chosen = {ev.id for ev in order[:limit]}
    shown = {s: [e for e in v if e.id in chosen] for s, v in by_stance.items()}
    return shown, len(timeline) - len(chosen)
