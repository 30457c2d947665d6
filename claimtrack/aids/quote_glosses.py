"""A gloss set between a quote and its cue: "“… an OIM,” a monitor long promised but never
set up, Councillor Ada Lund said." The words after the close explain the quote's last words;
the cue that names the speaker follows the gloss's closing comma."""

from __future__ import annotations

from claimtrack.text.tokens import Token

__all__ = ["past_gloss"]

_GLOSS_OPENERS = frozenset(("a", "an"))
_GLOSS_TOKENS = 24  # a gloss is a phrase, never a paragraph's worth of words
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they"))


def past_gloss(toks: list[Token], i: int) -> int | None:
    """Where the words after a gloss opening at ``toks[i]`` start, when ``toks[i]`` opens an
    indefinite noun phrase that a comma closes before a new subject (a capital or a pronoun);
    None when no such gloss is there."""
    if i >= len(toks) or toks[i].lower not in _GLOSS_OPENERS:
        return None
    for k in range(i + 2, min(len(toks) - 1, i + _GLOSS_TOKENS)):
        tok = toks[k]
        if tok.text == ",":
            after = toks[k + 1]
            return k + 1 if after.is_capitalised or after.lower in _SUBJECT_PRONOUNS else None
        if not tok.is_word and tok.text not in ("-", "(", ")", "’", "'"):
            return None  # a sentence's end, a quote, a dash: no gloss closes here
    return None
