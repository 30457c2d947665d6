"""Frozen attrs value objects and vocabularies: the bottom layer, importing no other claimtrack."""

from claimtrack.model.dates import DatePrecision, PartialDate
from claimtrack.model.records import (
    Actor,
    Article,
    Claim,
    Contradiction,
    Evidence,
    Role,
    Source,
    TextQuoteSelector,
    sha256,
)
from claimtrack.model.vocabulary import (
    Confidence,
    ContradictionKind,
    ContradictionLevel,
    ContradictionStatus,
    Credibility,
    Likelihood,
    Reliability,
    Stance,
)

__all__ = [
    "Actor",
    "Article",
    "Claim",
    "Confidence",
    "Contradiction",
    "ContradictionKind",
    "ContradictionLevel",
    "ContradictionStatus",
    "Credibility",
    "DatePrecision",
    "Evidence",
    "Likelihood",
    "PartialDate",
    "Reliability",
    "Role",
    "Source",
    "Stance",
    "TextQuoteSelector",
    "sha256",
]
