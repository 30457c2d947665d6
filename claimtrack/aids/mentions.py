"""Mentions: which person or body a noun phrase, pronoun or subject in an article names.

Used by the cue rules of :mod:`claimtrack.aids.attribution`. :class:`ArticleReader` holds what
one article's rules share (paragraphs, lazily split sentences, the name index); the functions
resolve a phrase at a cue to a speaker: a name chunk, the nearest person named before a pronoun,
or a role noun phrase ("the Belarusian foreign minister").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from claimtrack.aids.speakers import (
    PERSON_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    NameChunk,
    NameIndex,
    name_chunks,
)
from claimtrack.aids.speech_cues import BETWEEN, PREPOSITIONS
from claimtrack.text.sentences import Paragraph, sentence_spans, split_paragraphs
from claimtrack.text.tokens import Token, tokenize

__all__ = [
    "ArticleReader",
    "main_subject",
    "np_forward",
    "np_until_comma",
    "resolve_np",
    "resolve_pronoun",
    "subject_before",
]


class ArticleReader:
    """Per-article state: paragraphs, lazily split sentences, tokens and the name index."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = split_paragraphs(text)
        self._sentences: dict[int, tuple[tuple[int, int], ...]] = {}
        self._names: NameIndex | None = None

    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = NameIndex(self.text)
        return self._names

    def sentences(self, index: int) -> tuple[tuple[int, int], ...]:
        if index not in self._sentences:
            p = self.paragraphs[index]
            self._sentences[index] = (
                ((p.start, p.end),) if p.heading else sentence_spans(self.text, p.start, p.end)
            )
        return self._sentences[index]

    def sentence_at(self, index: int, pos: int) -> tuple[int, int]:
        """The sentence of paragraph ``index`` holding ``pos`` (bisect: many quotes stay cheap)."""
        spans = self.sentences(index)
        k = bisect_right(spans, (pos, len(self.text) + 1)) - 1
        if k >= 0 and spans[k][0] <= pos < spans[k][1]:
            return spans[k]
        p = self.paragraphs[index]
        return p.start, p.end

    def previous_sentences(self, index: int, pos: int, limit: int = 5) -> list[tuple[int, int]]:
        """Up to ``limit`` sentences before ``pos``, nearest first, not crossing a heading."""
        out: list[tuple[int, int]] = []
        i = index
        while i >= 0 and len(out) < limit:
            p = self.paragraphs[i]
            if p.heading:
                break
            spans = self.sentences(i)
            k = bisect_right(spans, (pos, len(self.text) + 1))
            while k > 0 and len(out) < limit:
                k -= 1
                if spans[k][1] <= pos:
                    out.append(spans[k])
            i -= 1
        return out


def np_forward(text: str, toks: list[Token], i: int) -> list[Token] | None:
    """The noun phrase starting at ``toks[i]`` up to punctuation or a lower-case verb-ish word."""
    out: list[Token] = []
    while i < len(toks) and len(out) < 7 and toks[i].is_word:
        t = toks[i]
        # A lower-case word after a name ends the phrase: "said Lukashenka at the meeting".
        if out and out[-1].is_capitalised and not t.is_capitalised and t.lower not in ROLE_NOUNS:
            break
        out.append(t)
        i += 1
    return out or None


def resolve_np(
    reader: ArticleReader, para: Paragraph, np: Sequence[Token], at: int
) -> tuple[str | None, int, float]:
    """Speaker named by the tokens ``np``: a name, a pronoun (resolved) or a role noun phrase."""
    text = reader.text
    if len(np) == 1 and np[0].lower in PRONOUNS:
        return resolve_pronoun(reader, para, np[0])
    chunks = [c for c in name_chunks(text, list(np)) if c.kind in ("person", "org", "acronym")]
    if chunks:
        chunk = chunks[-1]
        return chunk.name, chunk.start, 0.95 if chunk.kind == "person" else 0.85
    if any(t.lower in ROLE_NOUNS for t in np):
        words = [t for t in np if t.lower not in ("the", "a", "an")]
        return text[words[0].start : words[-1].end], words[0].start, 0.7
    return None, at, 0.0


def resolve_pronoun(
    reader: ArticleReader, para: Paragraph, pronoun: Token
) -> tuple[str | None, int, float]:
    """The nearest person named before a pronoun: same sentence first, then earlier ones."""
    text = reader.text
    if pronoun.lower not in PERSON_PRONOUNS:
        return pronoun.text, pronoun.start, 0.5
    s_start, _ = reader.sentence_at(para.index, pronoun.start)
    windows = [(s_start, pronoun.start)]
    windows += reader.previous_sentences(para.index, s_start, limit=4)
    token_lists = [tokenize(text[s:e], s) for s, e in windows]
    scanned = [(toks, name_chunks(text, toks)) for toks in token_lists]
    for _toks, chunks in scanned:
        for chunk in chunks:
            if is_person(reader, chunk):
                return chunk.name, chunk.start, 0.85
    # Second pass: a name in subject position the article gives no first name or title for.
    for toks, chunks in scanned:
        starts = [t.start for t in toks]
        for chunk in chunks:
            k = bisect_left(starts, chunk.start)
            prev = toks[k - 1].lower if k > 0 else ""
            if chunk.kind == "person" and prev not in PREPOSITIONS:
                return chunk.name, chunk.start, 0.7
    return pronoun.text, pronoun.start, 0.5


def is_person(reader: ArticleReader, chunk: NameChunk) -> bool:
    """A person by the article's own evidence: a title before, or a first name somewhere."""
    return chunk.kind == "person" and (chunk.titled or reader.names.is_person(chunk.name))


def np_until_comma(toks: list[Token], i: int) -> list[Token]:
    out: list[Token] = []
    while i < len(toks) and toks[i].is_word and len(out) < 8:
        out.append(toks[i])
        i += 1
    return out


def subject_before(toks: list[Token], i: int) -> list[Token] | None:
    """The subject right before the verb at ``toks[i]``, skipping adverbs and a parenthesis.

    "Linkevičius, speaking at NATO's Warsaw summit on 8 July, insisted" → Linkevičius;
    "Stanislau Zas’, the CSTO Secretary-General, said" → Stanislau Zas’.
    """
    j = i - 1
    while j >= 0 and toks[j].lower in BETWEEN:
        j -= 1
    if j >= 0 and toks[j].text == ",":
        k = j - 1
        while k >= 0 and toks[k].text != ",":
            k -= 1
        if k <= 0:
            return None
        j = k - 1
    if j < 0 or not toks[j].is_word:
        return None
    if toks[j].lower in PRONOUNS:
        return [toks[j]]
    if toks[j].is_capitalised:
        k = j
        while (
            k - 1 >= 0
            and toks[k - 1].is_word
            and (
                toks[k - 1].is_capitalised or toks[k - 1].lower in ("von", "van", "de", "der", "al")
            )
        ):
            k -= 1
        return toks[k : j + 1]
    if toks[j].lower in ROLE_NOUNS:
        k = j
        while (
            k - 1 >= 0
            and toks[k - 1].is_word
            and j - k < 4
            and toks[k - 1].lower
            not in (
                "the",
                "a",
                "an",
                "and",
                "but",
                "that",
            )
            and toks[k - 1].lower not in PREPOSITIONS
        ):
            k -= 1
        return toks[k : j + 1]
    return None


def main_subject(
    reader: ArticleReader, para: Paragraph, toks: Sequence[Token]
) -> tuple[str, float] | None:
    """The first named subject of a clause (a name not after a preposition, or a pronoun)."""
    text = reader.text
    chunks = name_chunks(text, list(toks))
    by_start = {c.start: c for c in chunks}
    for k, tok in enumerate(toks):
        if tok.lower in PERSON_PRONOUNS and tok.lower not in ("him", "her", "his"):
            speaker, _, conf = resolve_pronoun(reader, para, tok)
            return (speaker, conf * 0.9) if speaker else None
        chunk = by_start.get(tok.start)
        if chunk is None or chunk.kind not in ("person", "org"):
            continue
        if k > 0 and toks[k - 1].lower in PREPOSITIONS:
            continue
        return chunk.name, 0.8
    return None
