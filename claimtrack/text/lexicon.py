"""Text-level word lists: stopwords, negators and number words (English news).

The lists favour words that are rarely ambiguous in news on politics and security. Statement
comparison's own vocabulary (antonyms, count units) is in :mod:`claimtrack.aids.lexicon`.
"""

from __future__ import annotations

import re

__all__ = [
    "COMPANY_ABBREVIATIONS",
    "NEGATORS",
    "NEGATOR_PHRASES",
    "NUMBER_WORDS",
    "STOPWORDS",
    "TITLE_ABBREVIATIONS",
    "wordset",
]


def wordset(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a frozenset (for word lists)."""
    return frozenset(text.split())


# Titles abbreviated before a name, whose full stop ends no sentence ("Hon. Ada Lund", "1st
# Asst. Chief Ada Lund", "Brig. Jon Ek"); the reading layer and the speaker rules share them.
TITLE_ABBREVIATIONS = wordset(
    """
    mr mrs ms dr prof hon barr gen sen rep gov st jr sr capt lt col sgt adm maj rev rt pres
    atty supt insp brig cpl engr amb asst cmdr mhe dkt det const cllr ald coun
    """
)

# A company's or a body's abbreviated word, whose full stop ends no sentence ("Acme Inc. said").
COMPANY_ABBREVIATIONS = wordset("inc ltd corp co plc llc bros assn dept univ govt")

# Words that carry no topic. Negators are deliberately absent: they matter for parity.
STOPWORDS = wordset(
    """
        a about above after again all almost also although am an and any are as at be because
        been before being between both but by can could did do does doing down during each even
        ever few for from further had has have having he her here hers him his how however i if in
        into is it its itself just least let like made make many may me might more most much must
        my of off on once only or other our ours out over own per perhaps quite rather really same
        she should since so some such than that the their theirs them then there these they this
        those through thus to too under until up upon us very via was we were what when where
        whether which while who whom whose why will with within would yet you your one two three
        four five six seven eight nine ten said says say according mr ms done little despite now
        already still often
        """
)

# Single-word negators (after lowercasing and folding apostrophes). "fail" is not one: "failed
# to" is a phrase below, while "failure" is an antonym of "success". "without" is left out: it
# rarely negates the predicate ("without making much sacrifice").
NEGATORS = wordset(
    "not no never none nothing nobody neither nor cannot can't n't hardly barely scarcely"
)

# Negating phrases, matched on lowercased text with straight apostrophes. "done little to" is how
# news says "did not" about deeds ("has done little to strengthen the CSTO").
NEGATOR_PHRASES = (
    re.compile(r"\bfail(?:s|ed|ing)? to\b"),
    re.compile(r"\b(?:done|did|does|do|achieved|achieves) little\b"),
    re.compile(r"\bfew reasons? to\b"),
    re.compile(r"\bno longer\b"),
    re.compile(r"\brefrain(?:s|ed)? from\b"),
)

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "dozen": 12,
}
