"""Statement comparison's vocabulary: the antonym lexicon and the nouns that count things.

Nothing here is clever on purpose: the detector only *proposes* candidates for an analyst, so the
lists favour words that are rarely ambiguous in news on politics and security. Every entry is
matched on :func:`claimtrack.text.tokens.stem` forms, so "strengthened", "strengthening" and
"strengthen" are one word.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from claimtrack.text.tokens import stem

__all__ = ["ANTONYMS", "COUNT_UNITS", "AntonymPair"]

# Nouns that count the same thing: "six nations", "seven CSTO members", "nine countries".
_UNIT_GROUPS = {
    "member": "member membership nation country state participant signatory",
    "troop": "troop soldier serviceman personnel",
    "percent": "percent per-cent %",
    "year": "year",
}

COUNT_UNITS = {stem(word): unit for unit, words in _UNIT_GROUPS.items() for word in words.split()}
"""Stem of a counted noun → the unit it counts in ("nations" and "members" count members)."""


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
