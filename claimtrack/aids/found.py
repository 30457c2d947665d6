"""What the cue rules find: a quoted span, and who said it (an attribution).

Kept apart from the rules (:mod:`claimtrack.aids.attribution`, :mod:`claimtrack.aids.cue_after`)
so each rule module can build them without importing the others.
"""

from __future__ import annotations

import re

from attrs import frozen

from claimtrack.aids.mentions import Resolved

__all__ = ["REPLY", "Attribution", "Span", "dropped", "quote_end", "speaker_goes_on"]


@frozen
class Span:
    """A quoted span of one paragraph: where its marks are and the quoted text inside them."""

    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None when unclosed
    start: int  # quoted text (trimmed)
    end: int


REPLY = "reply"
"""``how`` of speech its cue gives as an answer, naming no one ("“…,” came the reply"): never
the one who asked, so no earlier speaker goes on into it."""


@frozen
class Attribution:
    """Who said a quote (as the article names them and in full), the cue, and how sure (0–1).

    ``as_written`` is the words at the cue ("she", "the head of state"); ``how`` says how they
    were resolved (see :class:`~claimtrack.aids.mentions.Resolved`; ``none`` without a speaker).
    """

    speaker: str | None
    speaker_full: str | None
    cue: str | None
    confidence: float
    as_written: str | None = None
    how: str = "none"

    @classmethod
    def of(cls, found: Resolved, cue: str | None, factor: float = 1.0) -> Attribution:
        """The attribution to a resolved speaker at ``cue``, its confidence scaled by ``factor``."""
        return cls(
            found.speaker,
            found.full,
            cue,
            found.confidence * factor,
            found.as_written,
            found.how,
        )

    @property
    def needs_issuer(self) -> bool:
        """Words whose speaker is someone else: a document's ("“…,” the statement read"; "it"
        no body stands for, "“…,” it read") or a cue's left-out subject ("“…”, expresó.")."""
        unknown_it = self.how == "unresolved" and (self.as_written or "").lower() == "it"
        return self.how in ("document", "dropped") or unknown_it

    @property
    def refused(self) -> bool:
        """ "“…,” said Berg’s rival": the cue names someone new the rules will not name, and
        the words are theirs, never the speaker's before ("the museum said" may be that one)."""
        written = (self.as_written or "").lower()
        return self.how == "none" and bool(written) and not written.startswith("the ")

    def scaled(self, factor: float) -> Attribution:
        """This attribution with its confidence scaled by ``factor``."""
        return Attribution(
            self.speaker,
            self.speaker_full,
            self.cue,
            self.confidence * factor,
            self.as_written,
            self.how,
        )


def dropped(cue: str) -> Attribution:
    """A cue whose subject the language left out ("“…”, expresó."): the current speaker's."""
    return Attribution(None, None, cue, 0.7, None, "dropped")


def quote_end(quoted: str) -> str:
    """The last character of a quote's words; a quote that closes one it holds ("… told me,
    ‘We will win.’” said Lund") ends as a comma would: a cue may follow it."""
    words = quoted.rstrip()
    if words[-1:] not in "’'" or words.rstrip("’'")[-1:] not in ".,?!":
        return words[-1:]
    return words.rstrip("’'")[-1:].replace(".", ",")


# French narrative infinitives: "Et d'ajouter : «…»", "Et de conclure :", "Avant de préciser :".
_GOES_ON = re.compile(r"(?i)(?:et|puis|avant)\s+(?:de\s+|d['’])?\w+(?:er|ir|re)\s*:")


def speaker_goes_on(cue: str) -> bool:
    """The words before a quote's colon say its speaker goes on, naming nobody."""
    return _GOES_ON.fullmatch(cue) is not None
