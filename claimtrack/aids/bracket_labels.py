"""A name with a bracket before the colon that opens a quote: "Tom Barry (lost 3-0 at home):
“…”", "LUND (NORTHPORT): “…”".

Press conferences' round-ups and match reports name each speaker so, the bracket holding a team,
a party or a result. The words before the bracket name the speaker; the bracket is no part of
the cue (:func:`without_parenthesis`), and a single word there, in capitals or not, is the
speaker's name as a label gives it (:func:`bracket_label`), not a verb left without its subject
("Siguió: “…”").
"""

from __future__ import annotations

from claimtrack.aids.found import Attribution
from claimtrack.aids.label_words import label_name
from claimtrack.aids.mentions import ArticleReader
from claimtrack.text.tokens import Token

__all__ = ["BRACKET_LABEL_CONFIDENCE", "bracket_label", "without_parenthesis"]

BRACKET_LABEL_CONFIDENCE = 0.75
"""Sure of the name, as a label is; not that every word of the quote is theirs."""


def without_parenthesis(toks: list[Token]) -> list[Token]:
    """ "Tom Barry (lost 3-0 at home): “…”": the colon follows the name."""
    n = len(toks)
    if n >= 3 and toks[-1].text == ":" and toks[-2].text == ")":
        opening = next((k for k in range(n - 3, -1, -1) if toks[k].text == "("), None)
        if opening is not None and opening > 0:
            return [*toks[:opening], toks[-1]]
    return toks


def bracket_label(reader: ArticleReader, word: str) -> Attribution:
    """The speaker a one-word name before a bracket names ("LUND" → "Lund", or the full name
    the article gives: "Ada Lund")."""
    name = label_name(word, reader.text)
    full = reader.names.full_name(name) or name
    return Attribution(name, full, ":", BRACKET_LABEL_CONFIDENCE, word, "interview-label")
