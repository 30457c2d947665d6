"""The vocabularies of the model: stance, Admiralty grades, ICD 203 terms, contradiction kinds.

Each is a string (or, for credibility, integer) enum whose bad values raise a ValueError that lists
the allowed ones, so a typo in a script says what to type instead.
"""

from __future__ import annotations

import enum

__all__ = [
    "Confidence",
    "ContradictionKind",
    "ContradictionLevel",
    "ContradictionStatus",
    "Credibility",
    "Likelihood",
    "Reliability",
    "Stance",
]


class _Vocabulary(enum.StrEnum):
    """A string enum whose bad values raise a ValueError listing the allowed ones."""

    @classmethod
    def _missing_(cls, value: object) -> _Vocabulary:
        if isinstance(value, str):
            wanted = value.strip().lower().replace("_", " ")
            for member in cls:
                if member.value == wanted or member.name.lower() == value.strip().lower():
                    return member
        allowed = ", ".join(repr(m.value) for m in cls)
        raise ValueError(f"{value!r} is not a valid {cls.__name__.lower()}; use one of {allowed}")


class Stance(_Vocabulary):
    """What a piece of evidence does to its claim."""

    SUPPORTS = "supports"
    REFUTES = "refutes"
    NEUTRAL = "neutral"

    @classmethod
    def _missing_(cls, value: object) -> Stance:
        # The verb forms analysts type without thinking ("support", "refute").
        if isinstance(value, str) and value.strip().lower() in ("support", "refute"):
            return cls(value.strip().lower() + "s")
        return super()._missing_(value)  # type: ignore[return-value]


class Reliability(_Vocabulary):
    """Admiralty (NATO AJP-2.1) source reliability, A–F. F means *cannot be judged*, not *worst*."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"

    @property
    def label(self) -> str:
        """The standard wording, e.g. ``"usually reliable"`` for B."""
        return _RELIABILITY_LABELS[self]

    @classmethod
    def _missing_(cls, value: object) -> Reliability:
        if isinstance(value, str) and value.strip().upper() in cls.__members__:
            return cls[value.strip().upper()]
        return super()._missing_(value)  # type: ignore[return-value]


_RELIABILITY_LABELS = {
    Reliability.A: "completely reliable",
    Reliability.B: "usually reliable",
    Reliability.C: "fairly reliable",
    Reliability.D: "not usually reliable",
    Reliability.E: "unreliable",
    Reliability.F: "reliability cannot be judged",
}


class Credibility(enum.IntEnum):
    """Admiralty information credibility, 1–6. 6 means *cannot be judged*, not *worst*."""

    CONFIRMED = 1
    PROBABLY_TRUE = 2
    POSSIBLY_TRUE = 3
    DOUBTFUL = 4
    IMPROBABLE = 5
    CANNOT_BE_JUDGED = 6

    @property
    def label(self) -> str:
        """The standard wording, e.g. ``"probably true"`` for 2."""
        return self.name.lower().replace("_", " ")

    @classmethod
    def _missing_(cls, value: object) -> Credibility:
        if isinstance(value, str) and value.strip().isdecimal():
            return cls(int(value.strip()))
        raise ValueError(
            f"{value!r} is not a valid credibility; use 1 (confirmed) to 6 (cannot be judged)"
        )


class Likelihood(_Vocabulary):
    """ICD 203 estimative terms, from least to most likely."""

    ALMOST_NO_CHANCE = "almost no chance"
    VERY_UNLIKELY = "very unlikely"
    UNLIKELY = "unlikely"
    ROUGHLY_EVEN_CHANCE = "roughly even chance"
    LIKELY = "likely"
    VERY_LIKELY = "very likely"
    ALMOST_CERTAIN = "almost certain"

    @property
    def percent_range(self) -> tuple[int, int]:
        """The probability band ICD 203 gives the term, in percent."""
        return _LIKELIHOOD_RANGES[self]


_LIKELIHOOD_RANGES = {
    Likelihood.ALMOST_NO_CHANCE: (1, 5),
    Likelihood.VERY_UNLIKELY: (5, 20),
    Likelihood.UNLIKELY: (20, 45),
    Likelihood.ROUGHLY_EVEN_CHANCE: (45, 55),
    Likelihood.LIKELY: (55, 80),
    Likelihood.VERY_LIKELY: (80, 95),
    Likelihood.ALMOST_CERTAIN: (95, 99),
}


class Confidence(_Vocabulary):
    """Analytic confidence, kept apart from likelihood as ICD 203 asks."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class ContradictionKind(_Vocabulary):
    """How two statements disagree."""

    CONTRADICTORY = "contradictory"
    CONTRARY = "contrary"
    TEMPORAL_CHANGE = "temporal change"
    NUMERIC = "numeric"
    OTHER = "other"


class ContradictionStatus(_Vocabulary):
    """Where an analyst stands on a contradiction. Detectors only ever propose candidates."""

    CANDIDATE = "candidate"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"
    EXPLAINED = "explained"


class ContradictionLevel(_Vocabulary):
    """Whether a contradiction is between two claims or two pieces of evidence."""

    CLAIMS = "claims"
    EVIDENCE = "evidence"
