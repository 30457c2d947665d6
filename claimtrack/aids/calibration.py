"""Confidence that means something: the chance a found quotation has the right speaker.

The cue rules give a raw score (a name right at the quote scores higher than a pronoun resolved
three sentences back). That score is capped by how the speaker was resolved and whether the
article gives a full name (first and last: "Trump" alone is often not the name a reader would
write), then scaled by the kind of quotation. The caps were fitted on labelled real news: only
full names written at the quote and interview labels reach 0.8. On the studied articles nearly
every quotation at 0.8 or more had the right words and speaker; on held-out articles fewer did
(docs/quotations.md, "Reliability", gives the measured shares): confidence orders quotations
for checking, it does not replace checking.
"""

from __future__ import annotations

from claimtrack.text.first_names import is_given_name

__all__ = [
    "CAPS",
    "KIND_FACTORS",
    "SHORT_NAME_CAP",
    "SHORT_QUOTE_CAP",
    "SHORT_QUOTE_WORDS",
    "UNLISTED_NAME_CAP",
    "calibrated",
]

CAPS = {
    "named": 0.95,
    "surname": 0.95,
    "interview-label": 0.9,
    "pronoun": 0.75,
    "interviewee": 0.6,
    "continuation": 0.75,
    "actor": 0.75,
    "description": 0.7,
    "role": 0.6,
    "organisation": 0.6,
    "none": 0.5,
    "unresolved": 0.3,
}
"""Highest confidence for each way of resolving the speaker (a full name, first and last)."""

SHORT_NAME_CAP = 0.4
"""Highest confidence when the speaker is one word ("Trump", "Ole") the article never expands."""

UNLISTED_NAME_CAP = 0.75
"""Highest confidence for a name read at the cue whose first name no dictionary lists ("Human
Rights", "Saskatoon Hilltops", "Local Democracy" were read so, and some people's names): on
the studied batches 60 of 70 such quotations at 0.8 or more were right, against 395 of 404
with a listed first name."""

SHORT_QUOTE_CAP = 0.75
SHORT_QUOTE_WORDS = 3
"""A quotation in marks of at most ``SHORT_QUOTE_WORDS`` words stays below the top band (not an
interview's turn: "Yes, I do." after a label is speech): a fragment in marks is often a scare
quote or a term. On the studied batches 7 of 10 such quotations at 0.8 or more were right,
against 454 of 466 longer ones."""

KIND_FACTORS = {"quote": 1.0, "continued": 0.95, "unclosed": 0.75, "block": 0.8, "interview": 1.0}
"""Scaling for each kind of quotation (an unclosed quote may run too far)."""

_NAMES = frozenset(
    ("named", "surname", "interview-label", "pronoun", "continuation", "actor", "interviewee")
)


def calibrated(
    how: str, kind: str, raw: float, speaker: str | None = None, *, words: int = 0
) -> float:
    """The confidence of a quotation of ``words`` words (0: not counted) whose speaker
    (``speaker``) was resolved ``how``."""
    cap = CAPS.get(how, 0.5)
    if kind == "quote" and 0 < words <= SHORT_QUOTE_WORDS:
        cap = min(cap, SHORT_QUOTE_CAP)
    if how in _NAMES and (speaker is None or " " not in speaker.strip()):
        cap = min(cap, SHORT_NAME_CAP)
    elif how in ("named", "surname") and not _first_name_listed(speaker or ""):
        cap = min(cap, UNLISTED_NAME_CAP)
    value = min(raw, cap) * KIND_FACTORS.get(kind, 1.0)
    return round(max(0.01, min(value, 1.0)), 2)


def _first_name_listed(name: str) -> bool:
    """A word before the last of ``name`` is a first name the dictionary lists."""
    words = [w.strip(".,") for w in name.split() if w[:1].isupper()]
    return any(is_given_name(w) for w in words[:-1])
