"""A quoted sentence whose cue the rules cannot read is still speech, of nobody named.

News quotes whole sentences, and the shape alone says they were spoken: a capitalised quote of
five words or more (four opening a sentence) that ends in a sentence's punctuation inside its
marks ("“We will not leave.”"), or that hands over to a cue with a comma ("« On a commencé
avec sept présents », relève-t-il", "“…”, assinalou o mesmo responsável"), whatever the verb,
in any language.
Titles, slogans and terms are short, in Title Case, or end without punctuation, and headings
are never read (:func:`claimtrack.aids.marks.headline`). Such a quote is kept without a
speaker, below 0.5: the words are verifiable, the speaker is for the analyst to read.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.governed import title_case
from claimtrack.aids.unmarked import Found
from claimtrack.text.sentences import Paragraph

__all__ = ["left_open", "uncued_sentence"]

_MIN_WORDS = 5
_OPENING_WORDS = 4  # opening a sentence: “The bridge will fall.”
_OPEN_WORDS = 8
_SENTENCE = re.compile(r"[.!?…] [^\W\d_]")
_ENDS = ".!?…"


def uncued_sentence(text: str, span: Span) -> Attribution | None:
    """An attribution to nobody for a quote that reads as a spoken sentence, else None."""
    quoted = text[span.start : span.end]
    first = quoted[:1]
    opens = _opens_sentence(text, span.open)
    if len(quoted.split()) < (_OPENING_WORDS if opens else _MIN_WORDS):
        return None
    # (a script without case, as Arabic, opens with any letter)
    if not first.isalpha() or first.islower():
        return None
    if title_case(quoted.split()):
        return None  # a name or a title: “International Court of Justice,”
    if span.close is None:
        # Left open: a quote the copy cuts off at the page's end, or one of two sentences and
        # more ("“Freezing rents costs the city nothing. It is a decision …").
        cut = not text[span.end :].strip() or _SENTENCE.search(quoted) is not None
        handed = cut and len(quoted.split()) >= _OPEN_WORDS
    else:  # '…,” grumped one' / '… », relève-t-il'
        handed = "," in text[span.end : span.close] or text[span.close + 1 : span.close + 2] == ","
    if quoted.rstrip()[-1:] in _ENDS or handed:
        return Attribution(None, None, None, 0.3, None, "none")
    return None


def _opens_sentence(text: str, at: int) -> bool:
    """The quote mark at ``at`` opens a sentence: only spaces stand between it and a stop, a
    line's start or the text's (read back from ``at``, never copying the text before it)."""
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n.!?…"


def left_open(text: str, para: Paragraph, turn: Found) -> Attribution | None:
    """The speaker of a labelled turn whose quote goes on into the next paragraph ("Ada Lund:
    “We are …" with no closing mark): the next paragraph, closing it, is theirs too."""
    start, end, att = turn
    if start <= para.start or text[start - 1] not in _DOUBLE or att.speaker is None:
        return None
    return None if any(m in text[start:end] for m in _DOUBLE) else att


_DOUBLE = '"“”„«»'
