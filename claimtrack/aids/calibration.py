"""Confidence that means something: the chance a found quotation has the right speaker.

The cue rules give a raw score (a name right at the quote scores higher than a pronoun resolved
three sentences back). That score is capped by how the speaker was resolved and scaled by the
kind of quotation, with caps measured on labelled news (docs/quotations.md, "Reliability"):
at 0.8 or more, at least 95% of quotations had the right words and the right speaker.
"""

from __future__ import annotations

__all__ = ["CAPS", "KIND_FACTORS", "calibrated"]

CAPS = {
    "named": 0.95,
    "surname": 0.95,
    "role": 0.9,
    "organisation": 0.85,
    "pronoun": 0.85,
    "actor": 0.85,
    "continuation": 0.85,
    "interview-label": 0.9,
    "description": 0.7,
    "unresolved": 0.5,
    "none": 0.3,
}
"""Highest confidence for each way of resolving the speaker."""

KIND_FACTORS = {"quote": 1.0, "continued": 1.0, "unclosed": 0.8, "block": 1.0, "interview": 1.0}
"""Scaling for each kind of quotation (an unclosed quote may run too far)."""


def calibrated(how: str, kind: str, raw: float) -> float:
    """The confidence of a quotation whose speaker was resolved ``how``, rounded to 0.01."""
    value = min(raw, CAPS.get(how, 0.5)) * KIND_FACTORS.get(kind, 1.0)
    return round(max(0.01, min(value, 1.0)), 2)
