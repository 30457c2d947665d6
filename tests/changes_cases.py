"""Two versions of one casebook, a week apart (a helper module, not a test file).

:func:`next_week` takes the seed test book (:func:`docx_cases.seed_book`) and makes the changes an
analyst makes in a week: a quote added, one removed, one re-graded and re-attributed, a claim's
likelihood and confidence moved, one candidate contradiction dismissed, another confirmed.
"""

from __future__ import annotations

from docx_cases import NEVER_MATTERED, seed_articles

from claimtrack import Casebook

ADDED_QUOTE = "Belarus should be perceived as one whole with Russia."


def next_week(book: Casebook) -> Casebook:
    """``book`` (changed in place and returned) as it stands a week later."""
    ids = {k: a.id for k, a in seed_articles().items()}
    book.remove_evidence("works-e2")
    book.remove_contradiction("x-stronger-e1-stronger-e2")
    book.remove_evidence("stronger-e2")
    book.add_evidence(
        "stronger", article=ids["000"], quote=NEVER_MATTERED, stance="refutes", credibility=2,
        speaker="Alexander Lukashenka", id="stronger-e2",
    )  # fmt: skip
    book.add_evidence(
        "works", article=ids["000"], quote=ADDED_QUOTE, stance="neutral", id="works-e3"
    )
    book.assess("stronger", likelihood="very likely", confidence="high")
    book.review_contradiction("x-stronger-works", status="dismissed")
    return book
