"""Quoted words of a question put to someone: "When asked about “the new tax”, she said …".

The words quoted inside a clause opened by "When asked" (in any of a few languages) are the
question's, put by someone the article usually does not name, never the answer of the person
asked: such a quote is reported without a speaker.
"""

from __future__ import annotations

from claimtrack.aids.found import Span
from claimtrack.aids.mentions import ArticleReader
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["asked_in"]

_ASKED = wordset(
    "asked preguntado preguntada preguntados consultado consultada interrogé interrogée "
    "interrogés interpellato interpellata gefragt"
)
_OPENERS = wordset("when if once after cuando si al quand lorsque quando als wenn")


def asked_in(reader: ArticleReader, para: Paragraph, span: Span) -> bool:
    """The quote stands in a clause that opens its sentence with "(When) asked …" and no
    comma has closed that clause before the quote."""
    start, _ = reader.sentence_at(para.index, span.open)
    if span.open - start > 300:
        return False
    toks = [t for t in tokenize(reader.text[start : span.open], start) if t.text not in "“”\"'‘’«»"]
    first = 1 if toks and toks[0].lower in _OPENERS else 0
    if len(toks) <= first or toks[first].lower not in _ASKED:
        return False
    return not any(t.text in ",;:" for t in toks[first + 1 :])
