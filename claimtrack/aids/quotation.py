"""A direct quotation found in an article: the value the quotation aids return."""

from __future__ import annotations

from attrs import frozen

__all__ = ["Quotation"]


@frozen
class Quotation:
    """A direct quotation found in an article, with who said it and how sure the rules are.

    ``text`` is ``article.text[start:end]``: the words inside the marks (a trailing comma that
    belongs to the attribution is left out). ``speaker`` is the name as the article writes it at
    the cue, or at the antecedent when the cue says "he" or "according to him"; ``speaker_full``
    is the fullest form the article gives ("Linas Linkevičius"); ``cue`` is the attribution as
    written ("insisted that", "according to him", "commented,"). ``kind`` is ``quote``,
    ``unclosed`` (no closing mark: runs to the end of the paragraph), ``continued`` (a quote
    carried over into the next paragraph) or ``block`` (a paragraph quoted without marks).
    ``speaker_as_written`` is the words at the cue that name the speaker ("she", "the head of
    state", "Kowalczyk"; None for a continuation, which has no cue of its own);
    ``resolution`` says how they lead to ``speaker_full``: ``named``, ``surname``, ``role``,
    ``organisation``, ``pronoun``, ``actor``, ``continuation``,
    ``interview-label``, ``interviewee`` (the answerer of an interview written as prose),
    ``description`` (a role nobody named: "the Armenian prime minister"; in lower case, with
    no ``speaker`` or ``speaker_full``: the text never says who),
    ``model`` (the speaker model's choice where the rules read no name: below 0.8, no
    ``speaker_as_written``), ``unresolved`` (a pronoun with no antecedent) or ``none``.
    ``confidence`` is 0–1, fitted on labelled news: higher means the words and the speaker are
    more often right (docs/quotations.md, "Reliability", gives the share right per band on
    articles the rules were never tuned on).
    ``kind`` may also be ``interview`` (an answer after a "NAME:" label).
    """

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_full: str | None
    cue: str | None
    confidence: float
    kind: str = "quote"
    speaker_as_written: str | None = None
    resolution: str = "none"
