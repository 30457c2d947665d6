"""Quoted words a sentence gives to someone other than its cue's speaker.

"Ada Lund rejected claims that the plan was “a waste of money”": the quoted words are the
claim's, not Lund's, who says the opposite. "Tom Berg described the plan as “a disaster”, Ada
Lund said": the words are Berg's, whose naming verb quotes them; Lund only reports them. Giving
either to the cue's speaker would make a verified quote say what its speaker denies, so the
words go to the claim's owner when the sentence names one ("Berg’s claims", "claims by the
board"), else to nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.reply_credits import owner_speaks
from claimtrack.aids.speech_cues import NAMING_VERBS
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token, tokenize

__all__ = ["disowned", "named_by_subject"]

# Nouns for words someone else put about, whose "that" clause a quote may stand in.
_CLAIMS = wordset(
    """
    claim claims allegation allegations accusation accusations suggestion suggestions
    report reports rumour rumours rumor rumors charge charges assertion assertions
    insinuation insinuations speculation
    """
)
# Words before such a noun that show the sentence's subject does not make the claim: it is
# rejected ("denied claims that"), reported on ("amid claims that"), or spoken of ("said
# the claims that … were false"); "repeated claims that" or "her claims that" stay hers.
_NOT_THEIRS = wordset(
    """
    reject rejects rejected rejecting deny denies denied denying dismiss dismisses dismissed
    dismissing refute refutes refuted refuting dispute disputes disputed disputing rebut
    rebuts rebutted rebutting rebuff rebuffs rebuffed rebuffing contest contests contested
    contesting debunk debunks debunked debunking
    amid amidst despite following after over against about to of on regarding concerning
    investigate investigates investigated investigating examine examined probe probed
    said says
    """
)
# Words between such a verb and the noun: "rejected the latest claims that".
_DETERMINERS = wordset("the these those such any all earlier latest new recent renewed fresh")
_OWNERS = wordset("his her their its")  # ("rejected her claims": not the subject's own)
_BY = wordset("by from")
_OWNER_REACH = 4  # words of a "by" owner: "claims by the Velm board that"
_CLAUSE_REACH = 20  # tokens of the that-clause before the quote
_REACH_CHARS = 400  # of the sentence before the quote: the claim and its clause
_CLAUSE_ENDS = frozenset(",;:()")


def disowned(reader: ArticleReader, para: Paragraph, span: Span, att: Attribution) -> Attribution:
    """``att``, unless the quote stands in the that-clause of a claim the sentence's subject
    does not make: then the claim's owner as written, else no one."""
    start, _ = reader.sentence_at(para.index, span.open)
    begin = max(start, span.open - _REACH_CHARS)  # (a sentence of many quotes stays linear)
    toks = tokenize(reader.text[begin : span.open], begin)
    that = _claim_that(reader, toks)
    if that is None:
        return att
    noun = that - 1
    while noun > 0 and that - noun <= _OWNER_REACH + 1 and toks[noun].lower not in _CLAIMS:
        noun -= 1
    by = [t for t in toks[noun + 1 : that] if t.is_word]
    if toks[noun].lower not in _CLAIMS or (by and by[0].lower not in _BY):
        return att
    owner = _owner(reader, para, toks, noun, by[1:], begin == start)
    if owner is not None:
        return owner
    if not _not_theirs(toks, noun, begin == start):
        return att
    cue = reader.text[toks[noun].start : toks[that].end]
    return Attribution(None, None, cue, 0.5)


def _claim_that(reader: ArticleReader, toks: list[Token]) -> int | None:
    """The "that" opening the clause the quote ends in, after a claim noun; else None (a
    quote after "as" is the judgment of a verb after the clause: "dismissed claims that … as
    “nonsense”")."""
    last = [t.lower for t in toks[-2:]]
    if last[-1:] == ["as"] or last in (["as", "a"], ["as", "an"]):
        return None
    for words, k in enumerate(range(len(toks) - 1, 0, -1)):
        tok = toks[k]
        if tok.text in _CLAUSE_ENDS or reader.is_quoted(tok.start):
            return None
        if tok.lower == "that":
            return k
        if words > _CLAUSE_REACH:
            return None
    return None


def _owner(
    reader: ArticleReader,
    para: Paragraph,
    toks: list[Token],
    noun: int,
    by: list[Token],
    opens: bool,
) -> Attribution | None:
    """Who makes the claim: "Berg’s claims", "the board’s claims", "claims by the board"."""
    if by:
        found = resolve_np(reader, para, by, by[0].start)
    elif noun == 1 and opens and toks[0].lower in _OWNERS:
        return owner_speaks(reader, para, toks, noun)  # "His claims that …"
    elif noun > 0 and toks[noun - 1].text.endswith(("’s", "'s")):
        owned = owner_speaks(reader, para, toks, noun)  # "Berg’s claims"
        if owned is not None:
            return owned
        base = toks[noun - 1]
        np = [t for t in toks[max(0, noun - 2) : noun - 1] if t.lower in _DETERMINERS]
        np.append(Token(base.text[:-2], base.start, base.end - 2))
        found = resolve_np(reader, para, np, np[0].start)
    else:
        return None
    if found is None or found.speaker is None:
        return None
    return Attribution.of(found, reader.text[toks[noun].start : toks[noun].end], 0.8)


def _not_theirs(toks: list[Token], noun: int, opens: bool) -> bool:
    """The claim noun opens the sentence (``opens``: ``toks`` start it) or follows a word of
    rejecting or reporting."""
    k = noun - 1
    while k >= 0 and (toks[k].lower in _DETERMINERS or _owner_word(toks[k])):
        k -= 1
    if k == noun - 1 and toks[k].lower == "to" and not toks[noun].lower.endswith("s"):
        return False  # "is due to report that …": a verb, the subject's words
    return (k < 0 and opens) or (k >= 0 and toks[k].lower in _NOT_THEIRS)


def _owner_word(tok: Token) -> bool:
    """ "her", "rivals’": an owner that is not the sentence's subject's own claim."""
    return tok.lower in _OWNERS or tok.text.endswith(("s’", "s'"))


_ARTICLES = wordset("a an the")


def named_by_subject(toks: Sequence[Token]) -> bool:
    """The words before a quote end in a naming verb with a subject of its own, then its
    object: "a roof the board called “…”", "Tom Berg described the plan as “…”", "walked out
    calling the plan “…”". Not a participle opening the sentence ("Calling the plan “…”, Lund
    said": its subject is the cue's), nor a quote right after an article but "as a" ("called
    the deal a “…”", "as the “…”"): a term. (A passive, "was called “…”", names no one: the
    cue rules then take the cue after the quote.)"""
    k = len(toks) - 1
    if k >= 0 and toks[k].lower in _ARTICLES:
        if k < 1 or toks[k - 1].lower != "as" or toks[k].lower == "the":
            return False  # "called the deal a “sweetheart arrangement”", "as the “…”": a term
        k -= 1  # "described the approval as an “important step”": how the subject judged it
    if k >= 0 and toks[k].lower == "as":
        k -= 1
    end = k
    while k >= 0 and end - k <= 6 and toks[k].is_word and toks[k].lower not in NAMING_VERBS:
        k -= 1
    if k < 1 or not toks[k].is_word or toks[k].lower not in NAMING_VERBS:
        return False
    return toks[k - 1].is_word  # (", called “…” by locals,": no subject of its own)
