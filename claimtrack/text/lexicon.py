"""Small word lists and a light tokenizer for the built-in contradiction detector.

Nothing here is clever on purpose: the detector only *proposes* candidates for an analyst, so the
lists favour words that are rarely ambiguous in news on politics and security. Every entry is
matched on :func:`stem` forms, so "strengthened", "strengthening" and "strengthen" are one word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

__all__ = [
    "ANTONYMS",
    "COUNT_UNITS",
    "NEGATORS",
    "NEGATOR_PHRASES",
    "NUMBER_WORDS",
    "STOPWORDS",
    "AntonymPair",
    "Token",
    "stem",
    "tokenize",
]


def _words(text: str) -> list[str]:
    return text.split()


# Words that carry no topic. Negators are deliberately absent: they matter for parity.
STOPWORDS = frozenset(
    _words(
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
)

# Single-word negators (after lowercasing and folding apostrophes). "fail" is not one: "failed
# to" is a phrase below, while "failure" is an antonym of "success". "without" is left out: it
# rarely negates the predicate ("without making much sacrifice").
NEGATORS = frozenset(
    _words("not no never none nothing nobody neither nor cannot can't n't hardly barely scarcely")
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

# Nouns that count the same thing: "six nations", "seven CSTO members", "nine countries".
_UNIT_GROUPS = {
    "member": "member membership nation country state participant signatory",
    "troop": "troop soldier serviceman personnel",
    "percent": "percent per-cent %",
    "year": "year",
}

_SUFFIXES = ("ing", "ed")


def stem(word: str) -> str:
    """A light stem: lowercase, British spelling, plural/-ed/-ing and a final -e removed.

    Meant for matching the lexicon, not for linguistics: "strengthened" → "strengthen",
    "countries" → "country", "increased"/"increase" → "increas".
    """
    w = word.lower().replace("’", "'").strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    w = re.sub(r"iz(e|ed|es|ing|ation|ations)$", r"is\1", w)
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("sses"):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in _SUFFIXES:
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            # "stopped" -> "stopp" -> "stop"; keep ll/ss ("called", "assessed").
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


COUNT_UNITS = {stem(word): unit for unit, words in _UNIT_GROUPS.items() for word in words.split()}


@frozen
class Token:
    """One word of a text: its surface form, stem, and offsets into the text."""

    text: str
    stem: str
    start: int
    end: int

    @property
    def is_name(self) -> bool:
        """Capitalised or an acronym: a name, not a common word ("CSTO", "Minsk")."""
        return self.text[:1].isupper()


_WORD = re.compile(r"\$?\d+(?:,\d{3})*(?:\.\d+)?%?|[^\W\d_](?:[\w'’-]*\w)?", re.UNICODE)


def tokenize(text: str) -> list[Token]:
    """Words and numbers of ``text`` with offsets; "n't" is split off as its own token."""
    tokens: list[Token] = []
    for m in _WORD.finditer(text):
        word = m.group()
        folded = word.lower().replace("’", "'")
        if folded.endswith("n't") and len(folded) > 3:
            head = word[:-3]
            tokens.append(Token(head, stem(head), m.start(), m.end() - 3))
            tokens.append(Token(word[-3:], "n't", m.end() - 3, m.end()))
            continue
        tokens.append(Token(word, stem(word), m.start(), m.end()))
    return tokens


@frozen
class AntonymPair:
    """Two opposite sides of one idea; each term is a word or a phrase, matched on stems."""

    name: str
    positive: tuple[tuple[str, ...], ...]
    negative: tuple[tuple[str, ...], ...]

    @classmethod
    def of(cls, name: str, positive: Sequence[str], negative: Sequence[str]) -> AntonymPair:
        """Build a pair from plain words or phrases ("one whole")."""

        def terms(words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
            return tuple(tuple(stem(w) for w in term.split()) for term in words)

        return cls(name, terms(positive), terms(negative))


ANTONYMS: tuple[AntonymPair, ...] = (
    AntonymPair.of(
        "strengthen/weaken",
        ["strengthen", "enhance", "increase", "expand", "boost", "reinforce", "bolster", "grow"],
        ["weaken", "decrease", "diminish", "reduce", "shrink", "dwindle", "erode", "undermine"],
    ),
    AntonymPair.of(
        "strong/weak",
        ["strong", "serious", "robust", "effective", "efficient", "working mechanism"],
        ["weak", "ineffective", "useless", "moribund", "phantom", "passive", "fragmented"],
    ),
    AntonymPair.of(
        "independent/one whole",
        [
            "independent",
            "independence",
            "autonomy",
            "autonomous",
            "sovereign",
            "sovereignty",
            "neutrality",
            "neutral",
            "own decisions",
            "counterbalance",
            "counterweight",
        ],
        [
            "one whole",
            "dependent",
            "dependence",
            "puppet",
            "marionette",
            "satellite",
            "vassal",
            "proxy",
        ],
    ),
    AntonymPair.of(
        "host/refuse",
        ["host", "accept", "allow", "agree", "attend", "welcome"],
        ["refuse", "reject", "boycott", "deny"],
    ),
    AntonymPair.of(
        "support/oppose",
        ["support", "endorse", "favour", "favor", "praise", "approve"],
        ["oppose", "criticise", "criticize", "condemn", "disapprove", "against"],
    ),
    AntonymPair.of(
        "increase/decrease",
        ["rise", "grow", "growth", "gain"],
        ["fall", "decline", "drop", "loss"],
    ),
    AntonymPair.of(
        "ally/enemy",
        ["ally", "alliance", "partner", "friend"],
        ["enemy", "adversary", "foe", "monster", "threat"],
    ),
    AntonymPair.of(
        "join/leave", ["join", "enter", "accede"], ["leave", "withdraw", "exit", "quit"]
    ),
    AntonymPair.of(
        "success/failure", ["success", "successful", "succeed"], ["failure", "unsuccessful"]
    ),
)
