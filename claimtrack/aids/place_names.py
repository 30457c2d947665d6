"""Names no "he" or "she" stands for: a place's, a body's, a line in capitals.

Split out of :mod:`claimtrack.aids.pronouns`, which asks these of every name it weighs as a
pronoun's antecedent.
"""

from __future__ import annotations

from claimtrack.aids.body_names import is_body_head
from claimtrack.aids.countries import is_country_or_region
from claimtrack.aids.name_words import ORG_WORDS
from claimtrack.text.lexicon import wordset

__all__ = ["body_or_place", "no_one"]

# The last word of a place's name: "the West Pelagic Sea", "Rift Valley", "Kuril Islands".
_GEOGRAPHIC = wordset(
    "sea ocean bay gulf strait coast river lake valley mountains island islands peninsula"
    " creek reservoir canyon falls beach street road avenue drive boulevard highway county"
    " township village range ridge desert harbour harbor port airport station"
)


def no_one(name: str) -> bool:
    """A name the article never shows as a person's that no "he" or "she" stands for: a
    place's or a body's ("the West Pelagic Sea", "the Cargo Division", "Harbour Bank"), or a
    line in capitals (a dateline, "NORTHPORT")."""
    words = name.lower().split()
    return (
        body_or_place(name)
        or any(w in ORG_WORDS for w in words)
        or (name.isupper() and len(name) > 3)
    )


def body_or_place(name: str) -> bool:
    """The name ends in a word for a place or a part of an administration ("the Ferry
    Terminal", "the Cargo Division"), which no surname is ("Court", "Post" and "House" are);
    or a body's name of several words ("Northport International School", "Supreme Court"),
    or a line in capitals ("KOTA BHARU": a dateline), or a country or a region ("Morocco").
    No "he" or "she" stands for these."""
    words = name.split()
    last = words[-1].lower()
    if last in _GEOGRAPHIC or last in _PLACE_NOUNS or is_country_or_region(name):
        return True
    return (len(words) > 1 and is_body_head(last)) or (name.isupper() and len(name) > 3)


_PLACE_NOUNS = wordset(
    "division terminal management square airport station district region province "
    "presidency ministry department directorate sabha assembly plan strategy framework "
    "programme program policy scheme project agreement accord charter convention"
)  # (and a document's or a scheme's name: "the 2007 Northport Structure Plan")
