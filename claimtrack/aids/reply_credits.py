"""Words credited by a noun for them: "Ada Lund’s verdict was simple: “…”" before a quote, and
"“…,” came the reply from Ada Lund" or "“…” was Lund’s answer" after it.

The noun names the words (reply, response, verdict) and its owner, written with a possessive or
with "from"/"of", spoke them. A day or a bare title owns no words ("Monday’s statement", "The
President’s message"): no one is named there.
"""

from __future__ import annotations

from claimtrack.aids.forward_phrases import np_forward
from claimtrack.aids.found import REPLY, Attribution
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speakers import STOP_WORDS, base_word, is_breaker
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token

__all__ = ["owner_speaks", "reply_after"]

_LINKS = wordset("came comes was is")
"""The verbs that put the noun after the quote: "“…,” came the reply", "“…” was the answer"."""

_REPLY_NOUNS = wordset(
    "reply response answer retort riposte rejoinder verdict message warning comment reaction"
    " statement assessment explanation promise plea"
)
"""Nouns for the words themselves, which credit them to their owner after the quote."""

_OWNER_PRONOUNS = wordset("his her")
"""Possessives that own words at a clause's opening: the person the pronoun stands for."""


def owner_speaks(
    reader: ArticleReader, para: Paragraph, toks: list[Token], k: int
) -> Attribution | None:
    """ "Lund’s statement", "Ada Lund’s blunt verdict": the capitalised owner right before the
    noun of words at ``toks[k]`` (a word describing them between) speaks. A clause opening on
    "His" or "Her" ("Her upbeat assessment is: “…”") names the person the pronoun stands for."""
    j = k - 1
    describing = toks[j].text.isalpha() and toks[j].text.islower()
    if j >= 1 and describing and toks[j].lower not in _OWNER_PRONOUNS:
        j -= 1  # ("upbeat", "blunt": the words described, not their owner)
    owner = toks[j]
    if j == 0 and owner.lower in _OWNER_PRONOUNS:
        found = resolve_np(reader, para, [owner], owner.start)
        cue = reader.text[owner.start : toks[k].end]
        return Attribution.of(found, cue, 0.85) if found and found.how == "pronoun" else None
    if not _possessive(owner):
        return None
    if is_breaker(owner.text) or base_word(owner.text).lower() in STOP_WORDS:
        return None  # "Monday’s statement", "The President’s message": no one named
    base = owner.text[:-2]
    full = reader.names.full_name(base) or base
    how = "surname" if full != base else "named"
    return Attribution(base, full, reader.text[owner.start : toks[k].end], 0.75, owner.text, how)


def reply_after(
    reader: ArticleReader, para: Paragraph, toks: list[Token], i: int
) -> Attribution | None:
    """ "“…,” came the reply from Ada Lund", "“…” was the response of the ministry", "“…,” was
    Lund’s answer": ``toks[i]``, the first word after the quote, links it to a noun for words
    and their owner."""
    n = len(toks)
    if toks[i].lower not in _LINKS or i + 2 >= n:
        return None
    j = i + 1
    if toks[j].lower == "the" and toks[j + 1].lower in _REPLY_NOUNS:
        k = j + 1
        cue = reader.text[toks[i].start : toks[k].end]
        if k + 2 >= n or toks[k + 1].lower not in ("from", "of"):
            # "“…,” came the reply." or "came the reply to Ada Lund": speech, its speaker
            # unnamed here (and never the one replied to).
            return Attribution(None, None, cue, 0.4, how=REPLY)
        np = np_forward(reader.text, toks, k + 2)
        found = resolve_np(reader, para, np, np[0].start) if np else None
        cue = reader.text[toks[i].start : toks[k + 1].end]
        return None if found is None else Attribution.of(found, cue, 0.9)
    if toks[j + 1].lower in _REPLY_NOUNS:
        return owner_speaks(reader, para, toks, j + 1)  # "“…” was Lund’s answer"
    # "… was Ada Lund’s statement", "… is Velm Bank’s assessment": a name of two or three words
    while j + 1 < min(n - 1, i + 4) and toks[j].is_capitalised and not _possessive(toks[j]):
        j += 1
    if j == i + 1 or not _possessive(toks[j]) or toks[j + 1].lower not in _REPLY_NOUNS:
        return None
    owner = toks[j]
    np = [*toks[i + 1 : j], Token(owner.text[:-2], owner.start, owner.end - 2)]
    found = resolve_np(reader, para, np, np[0].start)
    cue = reader.text[np[0].start : toks[j + 1].end]
    return None if found is None else Attribution.of(found, cue)


def _possessive(tok: Token) -> bool:
    """ "Lund’s", "Velm Bank's" (its last word): a capitalised owner's possessive."""
    return tok.text[:1].isupper() and tok.text.endswith(("’s", "'s"))
