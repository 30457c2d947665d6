"""The body "it" or "they" at a speech cue is: "Police said … they said", "The Harbour
Authority said … it added". The organisation that is the subject just before, in the pronoun's
sentence or the one before it, or further back along a chain of the same pronoun ("The Met
Office warns … Flooding is possible, it says … It says: “…”").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimtrack.aids.name_words import ORG_NOUNS
from claimtrack.aids.speech_cues import PREPOSITIONS
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["body_before"]


def body_before(reader: ArticleReader, para: Paragraph, pronoun: Token) -> str | None:
    """ "they" after "Police said …", "it" after "The Harbour Authority said …": the organisation
    that is the subject just before."""
    s_start, _ = reader.sentence_at(para.index, pronoun.start)
    earlier = reader.previous_sentences(para.index, s_start, _CHAINED_SENTENCES)
    windows = [(s_start, pronoun.start), *earlier]
    for n, (start, end) in enumerate(windows):
        toks, chunks = reader.chunks(start, end)
        for chunk in reader.unquoted(chunks):
            k = next((i for i, t in enumerate(toks) if t.start >= chunk.start), 0)
            if chunk.kind == "org" and not (k > 0 and toks[k - 1].lower in PREPOSITIONS):
                return reader.org_name(chunk.name)
        if (described := _described_body(reader, toks)) is not None:
            return described  # "The ministry also reported …": the ministry the text names
        # Past the sentence before, only along a chain of the same pronoun ("The Met Office
        # warns … Flooding is possible, it says … It says: “…”").
        if n >= 1 and not any(t.lower == pronoun.lower for t in toks):
            break
    return None


_CHAINED_SENTENCES = 3


def _described_body(reader: ArticleReader, toks: list[Token]) -> str | None:
    """The body a sentence opened by "The ministry …" stands for: the fullest name the
    article writes with that word ("Ministry of Health"), none when it writes none."""
    if len(toks) < 3 or toks[0].lower != "the" or toks[1].lower not in ORG_NOUNS:
        return None
    word = toks[1].text.capitalize()
    full = reader.org_name(word)
    return full if full != word else None
