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
)
from claimtrack.model.selectors import (
    Interpolation,
    TextQuoteSelector,
    article_checksum,
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
    "Interpolation",
    "Likelihood",
    "PartialDate",
    "Reliability",
    "Role",
    "Source",
    "Stance",
    "TextQuoteSelector",
    "article_checksum",
    "sha256",
]
