"""First names, from a dictionary: gender-guesser's list of about 40,000 first names in some
50 countries (loaded once, on first use: about a quarter of a second). The speaker rules
(:mod:`claimtrack.aids.given_names`) and the caption rules of the cleaner
(:mod:`claimtrack.reading.caption_forms`) look names up here.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["given_name_gender", "is_given_name", "strict_given_name_gender"]


@cache
def _detector() -> Any:
    import gender_guesser.detector as detector  # (imported on first use: startup stays fast)

    return detector.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """``word`` is a first name the dictionary lists (any gender, any country)."""
    return bool(word) and _detector().get_gender(word) != "unknown"


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" when the dictionary gives ``word`` as a man's or a woman's first name (or
    mostly one), else None."""
    found = _detector().get_gender(word) if word else "unknown"
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(found)


def strict_given_name_gender(word: str) -> str | None:
    """ "m" or "f" only when the dictionary gives ``word`` to one gender alone."""
    found = _detector().get_gender(word) if word else "unknown"
    return {"male": "m", "female": "f"}.get(found)
