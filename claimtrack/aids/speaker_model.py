"""A learned second opinion on each quotation's speaker.

The cue rules name a speaker from the words at the quote. Where there are none (a follow-on
paragraph, an answer in an interview written as prose, a quote the rules could not attribute)
or they misread them, a reader still knows who is speaking: the person named just before, who
spoke the last quote, whom the article is about. This model ranks the candidates of
:mod:`~claimtrack.aids.speaker_candidates` by those signs. It is a logistic regression fitted by
``benchmarks/train_speaker_model.py`` on labelled articles kept outside the repository, with
the rules as they stood before each article was studied; only the weights ship
(``data/speaker_model.json``: hashed feature keys and numbers).

The rules keep the last word unless the model is sure (:func:`overrule`): another candidate
replaces theirs only past ``SPEAKER_CUTOFF`` and by ``SPEAKER_MARGIN``. A speaker the model
chose says so (``resolution="model"``) and its confidence is the model's probability, capped at
``MODEL_CAP``: below the band where a speaker is taken on trust.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import evolve

from claimtrack.aids.body_names import is_body_name
from claimtrack.aids.issuers import ISSUING_VERBS
from claimtrack.aids.multi_paragraph import NAMING_CUES
from claimtrack.aids.speaker_candidates import Candidate, People, candidates
from claimtrack.reading.hashed_weights import shipped_weights

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader
    from claimtrack.aids.quotation import Quotation

__all__ = [
    "MODEL_CAP",
    "SPEAKER_CUTOFF",
    "SPEAKER_MARGIN",
    "candidate_lists",
    "open_to_doubt",
    "overrule",
    "second_opinion",
]

# Chosen with the weights by the training script's cross-validation (docs/quotations.md).
SPEAKER_CUTOFF = 0.6
SPEAKER_MARGIN = 0.3
MODEL_CAP = 0.75
"""A speaker the model chose is never in the top band: the rules' full names at the cue are."""


def overrule(
    scores: Sequence[float],
    *,
    cutoff: float = SPEAKER_CUTOFF,
    margin: float = SPEAKER_MARGIN,
) -> int:
    """Which candidate (index into ``scores``; 0 is the rules' choice) speaks the quotation.

    The rules' choice stays unless the model prefers another past ``cutoff`` by ``margin``.
    """
    best = max(range(len(scores)), key=scores.__getitem__)
    if best and scores[best] > cutoff and scores[best] - scores[0] > margin:
        return best
    return 0


# The model second-guesses only speakers the rules took from context, not from words at the
# quote: a quote with no cue at all (the rules name nobody), a speaker continued from before,
# and a name at a cue that the article never shows as a person's. Otherwise the rules keep
# their speaker, and their refusals too ("Reporters were told", "said Berg's rival": a cue,
# and nobody), which a guess would undo.


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")


def _the_name(text: str, name: str, seen: dict[str, bool]) -> bool:
    """The text writes the one-word name after "the" ("the Kremlin"); each name looked up once
    (``seen``), so a text of many quotes is scanned once per name, not once per quote."""
    if name not in seen:
        seen[name] = bool(name) and re.search(rf"\b[Tt]he {re.escape(name)}\b", text) is not None
    return seen[name]


def open_to_doubt(q: Quotation, reader: ArticleReader, seen: dict[str, bool] | None = None) -> bool:
    """True when the model may replace the rules' speaker of ``q``."""
    if q.resolution == "continuation":
        # Carried on from before, unless the rules found who issued the document quoted ("The
        # Harbour Authority issued a statement … “…,” the statement read").
        return (q.cue or "").lower() not in ISSUING_VERBS
    if q.resolution in ("named", "surname"):
        # A name at the cue the article never shows as a person's: a place, a word
        # capitalised to open a sentence ("Midlands said", "Downed lines …"). An acronym
        # ("NATO said") is a body's name, never such a word.
        name = q.speaker_full or q.speaker or ""
        body = " " not in name and _the_name(reader.text, name, {} if seen is None else seen)
        if _ACRONYM.fullmatch(name) or body or is_body_name(name):
            return False  # "NATO said", "the Kremlin said", "the Bank of England said": a body
        return not reader.names.is_person(name)
    return q.resolution == "none" and q.cue is None


def _named_inside(quote: str, full: str | None) -> bool:
    """The quote names the candidate ("… we will not vote for Lund"): whom it speaks of, not
    who speaks it; a guess never takes them (the rules, reading a cue, still may)."""
    surname = (full or "").rsplit(" ", 1)[-1]
    return len(surname) > 1 and re.search(rf"\b{re.escape(surname)}\b", quote) is not None


def candidate_lists(
    reader: ArticleReader, found: Sequence[Quotation], only: Sequence[bool] | None = None
) -> list[list[Candidate]]:
    """Each quotation's candidates, the rules' choice (or nobody) first; with ``only``, none
    for the quotations it marks False. ``reader`` must have the article's quoted spans marked:
    a name inside quotes is nobody's mention."""
    starts = [p.start for p in reader.paragraphs]
    paragraphs = [max(0, bisect_right(starts, q.start) - 1) for q in found]
    wanted = list(only) if only is not None else [True] * len(found)
    people = People(reader, near=set(paragraphs))  # as in training, whatever ``only`` says
    out = []
    previous: Quotation | None = None
    for q, paragraph, w in zip(found, paragraphs, wanted, strict=True):
        out.append(candidates(people, q, paragraph, previous) if w else [])
        previous = q  # the rules' previous speaker, as in training
    return out


def second_opinion(reader: ArticleReader, found: Sequence[Quotation]) -> tuple[Quotation, ...]:
    """``found`` with the speakers the model is sure the rules got wrong replaced."""
    seen: dict[str, bool] = {}
    doubted = [open_to_doubt(q, reader, seen) for q in found]
    doubted = _named_at_the_open(found, _named_at_the_close(found, doubted))
    if not any(doubted):
        return tuple(found)  # nothing the model may change: the people need not be listed
    model = shipped_weights("claimtrack.aids", "data/speaker_model.json")
    out: list[Quotation] = []
    for n, (q, ranked) in enumerate(
        zip(found, candidate_lists(reader, found, doubted), strict=True)
    ):
        goes_on = n > 0 and _goes_on(q, found[n - 1])
        if goes_on and doubted[n - 1] and out[-1] is found[n - 1]:
            # The paragraphs of one quote have one speaker: the model kept the rules' speaker
            # for the paragraph before, so it stands here too.
            out.append(q)
            continue
        if goes_on and out[-1].resolution == "model":
            # ... or the one the model gave its first paragraph.
            out.append(
                evolve(
                    q,
                    speaker=out[-1].speaker,
                    speaker_full=out[-1].speaker_full,
                    resolution="model",
                    confidence=out[-1].confidence,
                )
            )
            continue
        scores = [
            0.0 if n and _named_inside(q.text, c.full) else model.probability(c.features)
            for n, c in enumerate(ranked)
        ]
        chosen = overrule(scores) if ranked else 0
        if not chosen:
            out.append(q)
            continue
        candidate, p = ranked[chosen], scores[chosen]
        out.append(
            evolve(
                q,
                speaker=candidate.as_written,
                speaker_full=candidate.full,
                speaker_as_written=None,
                resolution="model",
                confidence=round(min(p, MODEL_CAP), 2),
            )
        )
    return tuple(out)


def _named_at_the_close(found: Sequence[Quotation], doubted: list[bool]) -> list[bool]:
    """``doubted``, but for the opening paragraphs of a quote whose closing paragraph's cue
    names its speaker (“… | “…,” Ada Lund said.): the words at the quote say who spoke them."""
    out = list(doubted)
    for k, closing in enumerate(found):
        if closing.kind != "continued" or closing.resolution not in NAMING_CUES:
            continue
        j = k - 1
        while j >= 0 and found[j].resolution == "continuation":
            if found[j].speaker_full != closing.speaker_full:
                break
            out[j] = False
            if found[j].kind != "continued":
                break  # the paragraph that opened the quote
            j -= 1
    return out


def _named_at_the_open(found: Sequence[Quotation], doubted: list[bool]) -> list[bool]:
    """``doubted``, but for the later paragraphs of a quote whose opening paragraph's cue
    names its speaker, sure of it (“A council spokesman said: “… | “…”"): one quote, one
    speaker, whoever else the article quotes more. A one-word name the article never writes
    in full is no such name: the rules doubt it themselves ("Highlanders coach …, said:")."""
    out = list(doubted)
    opener: int | None = None
    for k, q in enumerate(found):
        if q.kind != "continued":
            named = q.kind == "unclosed" and q.resolution in NAMING_CUES and not out[k]
            named = named and " " in (q.speaker_full or "")
            opener = k if named else None
        elif opener is not None and q.resolution == "continuation":
            out[k] = out[k] and q.speaker_full != found[opener].speaker_full
    return out


def _goes_on(q: Quotation, before: Quotation) -> bool:
    """``q`` carries on the quote ``before`` left open, with the speaker the rules gave it."""
    return (
        q.kind == "continued"
        and q.resolution == "continuation"
        and (q.speaker_full or q.speaker) == (before.speaker_full or before.speaker)
    )
