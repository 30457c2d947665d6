"""The words before a quote its cue is read from: the sentence up to the quote, without the
words of any quote inside it (quoted words are no cue).

A "sentence" of thousands of characters is no prose but a hostile run (a thousand quotes and
no full stop): each quote reads the last :data:`SENTENCE_REACH` characters before it, so that
the reading grows with the text, not with its square.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token, tokenize

if TYPE_CHECKING:
    from claimtrack.aids.found import Span
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["SENTENCE_REACH", "cue_sentence_start", "masked_tokens"]

SENTENCE_REACH = 2000
"""Characters before a quote read for its cue; prose sentences are shorter."""


def cue_sentence_start(reader: ArticleReader, para: Paragraph, span: Span) -> int:
    """Where the sentence before the quote opens, for its cue."""
    text = reader.text
    s_start, _ = reader.sentence_at(para.index, span.open)
    # ("… stressing that... “…”": an ellipsis after "that" leads on to the quote, ending nothing)
    if text[max(para.start, s_start - 12) : s_start].rstrip().endswith((" that...", " that…")):
        s_start, _ = reader.sentence_at(para.index, s_start - 1)
    if span.open - s_start > SENTENCE_REACH:  # (a hostile "sentence" of a thousand quotes:
        far = span.open - SENTENCE_REACH  # each reads its cue near it, not the whole run)
        s_start = max(far, text.find(" ", far, span.open) + 1)
    return s_start


def masked_tokens(
    text: str, start: int, end: int, spans: Sequence[Span], opens: Sequence[int]
) -> list[Token]:
    """Tokens of ``text[start:end]`` outside any quoted span (quoted words are not cues)."""
    toks = tokenize(text[start:end], start)
    # Only the spans that open before ``end`` and close after ``start`` matter (bisect).
    k = bisect_right(opens, end)
    quoted = []
    for i in range(k - 1, -1, -1):
        s = spans[i]
        close = (s.close if s.close is not None else s.end) + 1
        if close <= start:
            break
        quoted.append((s.open, close))
    if not quoted:
        return toks
    # One sweep over tokens and the merged quoted stretches (both in text order): a sentence of
    # five hundred short quotes otherwise checks every token against every quote, per quote.
    merged: list[list[int]] = []
    for a, b in sorted(quoted):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    kept, at = [], 0
    for t in toks:
        while at < len(merged) and merged[at][1] <= t.start:
            at += 1
        if at == len(merged) or t.start < merged[at][0]:
            kept.append(t)
    return kept
