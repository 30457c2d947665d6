"""The subject a relative clause names: ", who said" after a name is that name's words.

"… was raised by MP Ada Lund, who said", "through his lawyer, who claimed", "Ada Lund, who had
called the bridge “a disaster”". Split out of :mod:`claimtrack.aids.subjects`.
"""

from __future__ import annotations

from claimtrack.aids.forward_phrases import POSSESSIVE
from claimtrack.aids.name_words import SPEAKER_NOUNS
from claimtrack.aids.speakers import is_breaker
from claimtrack.aids.speech_cues import BETWEEN
from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["who_before"]

_OWNERS = wordset("the a an his her their its our my")


def who_before(toks: list[Token], i: int) -> list[Token] | None:
    """The name ", who" follows right before the verb ("Ada Lund, who said"), or past "had"
    and adverbs when it is a person's full name ("Ada Lund, who had called"; not "the Port of
    Eastwick, who have spoken", whose verb is the plural subject's)."""
    w = next((w for w in range(i - 1, max(-1, i - 4), -1) if toks[w].lower not in BETWEEN), -1)
    if w < 2 or toks[w].lower != "who" or toks[w - 1].text != ",":
        return None
    antecedent = _who_follows(toks, w - 2)
    named = antecedent and len(antecedent) >= 2 and is_given_name(antecedent[0].text)
    plural = any(t.lower in _PLURAL_VERBS for t in toks[w + 1 : i])  # (no one person's)
    return antecedent if w == i - 1 or (named and not plural) else None


# "… at the Port of Long Beach, who have spoken": a verb for many, whatever first name
# ("Long") the place before "who" opens with.
_PLURAL_VERBS = wordset("have are were")


def _who_follows(toks: list[Token], end: int) -> list[Token] | None:
    """The name or the speaker's noun ending at ``toks[end]`` that ", who" follows: "… was
    raised by MP Ada Lund, who said", "… through his lawyer, who claimed"."""
    k = end
    while k > 0 and end - k < 3 and toks[k].is_capitalised and toks[k - 1].is_capitalised:
        k -= 1
    if toks[k].is_capitalised:
        return _person_of(toks, k) or toks[k : end + 1]
    if toks[k].lower in SPEAKER_NOUNS:
        # "his lawyer", "Lund's spokesperson": the owner is part of who speaks
        owned = k > 0 and (toks[k - 1].lower in _OWNERS or POSSESSIVE.search(toks[k - 1].text))
        return toks[k - 1 if owned else k : end + 1]
    return None


def _person_of(toks: list[Token], k: int) -> list[Token] | None:
    """ "MP Ada Lund of Harbour First, who said": the person before "of" or "from", a first
    name the dictionary lists opening their name, not the body after it."""
    if k < 3 or toks[k - 1].lower not in ("of", "from") or is_given_name(toks[k].text):
        return None
    j = k - 2
    while j > 0 and k - 2 - j < 3 and toks[j - 1].is_capitalised:
        j -= 1
    name = [t for t in toks[j : k - 1] if not is_breaker(t.text)]
    return name if len(name) >= 2 and is_given_name(name[0].text) else None
