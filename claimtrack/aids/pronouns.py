"""Pronouns at a speech cue: the person "he" or "she" is, or the body "they" are.

A pronoun is the nearest person named before it, preferring one the article shows with the
pronoun's gender, then a subject shown as a person ("they" and "it" for a body are
:mod:`claimtrack.aids.body_pronouns`). Split out of :mod:`claimtrack.aids.mentions`,
which re-exports :func:`resolve_pronoun` and :func:`is_person`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimtrack.aids.given_names import speaks_by_first_name
from claimtrack.aids.name_words import TITLES
from claimtrack.aids.place_names import body_or_place, no_one
from claimtrack.aids.pronoun_roles import PERSON_ROLES, role_before
from claimtrack.aids.sentence_openers import looks_common, participle_opener
from claimtrack.aids.speakers import PERSON_PRONOUNS, PRONOUNS, ROLE_NOUNS, NameChunk
from claimtrack.aids.speech_cues import FOREIGN_PREPOSITIONS, PREPOSITIONS, SPEECH_VERBS
from claimtrack.aids.unnamed_antecedents import unnamed_speaker_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token

if TYPE_CHECKING:
    from claimtrack.aids.mentions import ArticleReader

__all__ = ["SUBORDINATORS", "is_person", "pronoun_in", "resolve_pronoun"]


_SUBJECT_PRONOUNS = wordset("he she they we i you it")
_CONTRACTED = re.compile(r"([^\W\d_]+)[’'](?:s|re|m|ll|d|ve)", re.IGNORECASE)


def pronoun_in(token: Token) -> Token | None:
    """The pronoun a token is ("she") or opens ("She’s warning that “…”": she is warning; a
    token of its own over the same offsets); None for any other word ("Lund’s")."""
    if token.lower in PRONOUNS:
        return token
    match = _CONTRACTED.fullmatch(token.text)
    if match is None or match[1].lower() not in _SUBJECT_PRONOUNS:
        return None
    return Token(match[1], token.start, token.start + len(match[1]))


def _after_quote(text: str, at: int) -> bool:
    """ "Lind came across as a dealmaker, “…,” he writes": the pronoun of a cue right after a
    quote is not the subject of the words it reports, so that sentence holds no antecedent."""
    before = text[max(0, at - 4) : at].rstrip().rstrip(",")
    return before[-1:] in ('"', "”", "»")


def resolve_pronoun(
    reader: ArticleReader, para: Paragraph, pronoun: Token
) -> tuple[str | None, int, float]:
    """The nearest person named before a pronoun: same sentence first, then earlier ones (one
    the article shows as a man is never "she", nor a woman "he"); or someone unnamed."""
    if pronoun.lower not in PERSON_PRONOUNS:
        return pronoun.text, pronoun.start, 0.5
    wrong = "m" if pronoun.lower in ("she", "her") else "f"
    s_start, _ = reader.sentence_at(para.index, pronoun.start)
    windows = [] if _after_quote(reader.text, pronoun.start) else [(s_start, pronoun.start)]
    # Sentences wholly inside a quote name nobody a cue's pronoun refers to ("“… Now the
    # prosecutor must explain. Is it possible?” he said"): they do not count against the four.
    earlier = reader.previous_sentences(para.index, s_start, limit=12)
    windows += [w for w in earlier if not _all_quoted(reader, w)][:4]
    scanned = _scanned(reader, para, pronoun, windows)
    # A person the article shows with the pronoun's gender first ("she" → the woman named just
    # before, not a nearer unknown), then a subject shown as a person, then any subject or person.
    right = "f" if wrong == "m" else "m"
    if someone := unnamed_speaker_before(reader, para.index, s_start, pronoun.start, wrong):
        return someone, pronoun.start, 0.6  # "One parent said …. He said: “…”": not named
    nearest = _nearest_subject(reader, para, windows, scanned, s_start, wrong)
    if nearest is not None:
        return nearest
    for toks, chunks in scanned:
        for chunk in chunks:
            shown = is_person(reader, chunk) and reader.gender(chunk.name, guess=True) == right
            if shown and not body_or_place(chunk.name):  # (a school is no "he")
                spoke = _speaking_subject(reader, toks, chunks, chunk, wrong)
                return spoke or (chunk.name, chunk.start, 0.85)
        if any(_titled_subject(reader, toks, c, wrong) for c in chunks):
            break  # a person of unknown gender, subject of a nearer sentence, is "he" first
    for strict in (True, False):
        for toks, chunks in scanned:
            starts = [t.start for t in toks]
            for chunk in chunks:
                if chunk.kind != "person" or reader.gender(chunk.name, guess=True) == wrong:
                    continue
                if _with_article(reader.text, chunk.name) and not _named_in_full(reader, chunk):
                    continue  # "the Black Stars", "at the Northport Grand Hotel": no one's name
                k = bisect_left(starts, chunk.start)
                subject = _as_subject(reader, toks, k, chunk) or _who_said(reader.text, chunk)
                person = is_person(reader, chunk)
                if strict and subject and person and not body_or_place(chunk.name):
                    return chunk.name, chunk.start, 0.85
                if not strict and (subject or person):
                    if k > 0 and toks[k - 1].text == "(":
                        continue  # "(Reuters)", "(Media)": a credit or a label
                    if not person and _a_word(reader, chunk):
                        continue  # "Christmas present", "Downed lines …": words, not names
                    if body_or_place(chunk.name) or (not person and no_one(chunk.name)):
                        continue  # "the West Pelagic Sea", "NORTHPORT", "Cargo Division"
                    return chunk.name, chunk.start, 0.7
    role = role_before(reader, scanned, wrong)
    if role is not None:
        return role, pronoun.start, 0.6
    chained = _chain_head(reader, para, s_start, right)
    if chained is not None:
        return chained
    return pronoun.text, pronoun.start, 0.5


_ARTICLES = frozenset(("the", "a", "an"))


_QUOTE_REACH = 400  # characters of the quote before a cue read for names (bounded work)


def _scanned(
    reader: ArticleReader, para: Paragraph, pronoun: Token, windows: list[tuple[int, int]]
) -> list[tuple[list[Token], list[NameChunk]]]:
    """Each window's tokens, and the names in it that may be the pronoun's antecedent: none
    quoted, none past the same pronoun opening a sentence, and none the quote right before the
    cue names in full (“I'm happy with Tom Berg,” he said: the one spoken of, not speaking)."""
    scanned = [(toks, reader.unquoted(chunks)) for toks, chunks in map(reader.chunks_of, windows)]
    scanned = [_past_same_subject(toks, chunks, pronoun.lower) for toks, chunks in scanned]
    if not _after_quote(reader.text, pronoun.start):
        return scanned
    quoted = reader.chunks(max(para.start, pronoun.start - _QUOTE_REACH), pronoun.start)[1]
    named = {
        c.name for c in quoted if c.kind == "person" and " " in c.name and reader.is_quoted(c.start)
    }
    return [(toks, [c for c in found if c.name not in named]) for toks, found in scanned]


_SAME = {"she": "she", "her": "she", "he": "he", "him": "he", "his": "he"}


def _past_same_subject(
    toks: list[Token], chunks: list[NameChunk], pronoun: str
) -> tuple[list[Token], list[NameChunk]]:
    """ "She met Tomas Berg on Monday. “…,” she said": a sentence whose subject is the same
    pronoun is about the same person, and the names after it are whom she met (objects): none
    is the pronoun's antecedent, which lies further back."""
    first = next((t for t in toks if t.is_word), None)
    if first is None or first.lower not in ("he", "she") or _SAME.get(pronoun) != first.lower:
        return toks, chunks
    return toks, [c for c in chunks if c.start < first.start]


def _speaking_subject(
    reader: ArticleReader, toks: list[Token], chunks: list[NameChunk], chunk: NameChunk, wrong: str
) -> tuple[str, int, float] | None:
    """ "Ada Lund, chair of the association, said they were pleased with Tom Berg. … According
    to him: “…”": the man named is a preposition's object; the pronoun goes on with the one who
    spoke, the person before him who is the subject of a speech verb (gender not shown against
    it). None when ``chunk`` is no object, or nobody spoke before it."""
    starts = [t.start for t in toks]
    k = bisect_left(starts, chunk.start)
    if k == 0 or toks[k - 1].lower not in PREPOSITIONS:
        return None
    for earlier in chunks:
        if earlier.start >= chunk.start:
            break
        j = bisect_left(starts, earlier.start)
        spoke = any(t.lower in SPEECH_VERBS for t in toks[j:k] if t.start >= earlier.end)
        if (
            spoke
            and is_person(reader, earlier)
            and reader.gender(earlier.name, guess=True) != wrong
            and _as_subject(reader, toks, j, earlier)
        ):
            return earlier.name, earlier.start, 0.7
    return None


def _nearest_subject(
    reader: ArticleReader,
    para: Paragraph,
    windows: list[tuple[int, int]],
    scanned: list[tuple[list[Token], list[NameChunk]]],
    s_start: int,
    wrong: str,
) -> tuple[str, int, float] | None:
    """The subject of the pronoun's own sentence's opening clause ("When Lund was asked …, he
    said"), else the one who spoke in the sentence just before, in the same paragraph ("Lund,
    who scored a century, noted that … He said:"), who goes on speaking (before a man named
    further back)."""
    own = bool(windows) and windows[0][0] == s_start
    if own:
        opening = _subordinate_subject(reader, *scanned[0], wrong)
        if opening is not None:
            return opening
    if len(windows) > int(own) and windows[int(own)][0] >= para.start:
        return _speaker_in(reader, *scanned[int(own)], wrong)
    return None


def _speaker_in(
    reader: ArticleReader, toks: list[Token], chunks: list[NameChunk], wrong: str
) -> tuple[str, int, float] | None:
    """The person a sentence opens with as the subject of a speech verb ("Lund, who …, noted
    that …"), when the text does not show them with the other gender."""
    starts = [t.start for t in toks]
    first = next((c for c in chunks if c.kind == "person"), None)
    if first is None or not is_person(reader, first):
        return None
    if reader.gender(first.name, guess=True) == wrong:
        return None
    j = bisect_left(starts, first.start)
    if any(t.is_word for t in toks[:j]) or not _as_subject(reader, toks, j, first):
        return None  # not the sentence's opening subject
    if any(t.lower in SPEECH_VERBS for t in toks[j:] if t.start >= first.end):
        return first.name, first.start, 0.7
    return None


def _as_subject(reader: ArticleReader, toks: Sequence[Token], k: int, chunk: NameChunk) -> bool:
    """The name at ``toks[k]`` is no preposition's object nor a possessive: "in the Upper House"
    is an object ("of the Navy Ihor Ruban" is not: a body's words stand before the name)."""
    prev = toks[k - 1].lower if k > 0 else ""
    if prev in _ARTICLES and k > 1 and chunk.text == chunk.name:
        prev = toks[k - 2].lower
    possessive = reader.text[chunk.end : chunk.end + 2] in ("’s", "'s")
    # "during Prime Minister's Questions": what a title owns is a thing ("Britain's Ada Lund",
    # a place's, is a person all the same).
    owned = prev[-2:] in ("’s", "'s") and prev[:-2] in TITLES
    # "by Ada Lund (BN-Velm) who urged": a bracket's name is an aside (a party, a seat)
    return prev not in _BEFORE_OBJECTS and prev != "(" and not possessive and not owned


# Prepositions in the languages the cues read, and French and German ones fused with an article
# ("L’entraîneur du Wydad de Casablanca, Walid Regragui, …": the club is no subject).
_BEFORE_OBJECTS = PREPOSITIONS | FOREIGN_PREPOSITIONS | wordset("du des von")


# "… by MP Ada Lund, who said …": the one a relative clause has speak is the subject of speech.
_WHO_SAID = re.compile(r",\s+who\s+([a-z]+)")


def _who_said(text: str, chunk: NameChunk) -> bool:
    m = _WHO_SAID.match(text, chunk.end)
    return m is not None and m.group(1) in SPEECH_VERBS


CHAIN_SENTENCES = 24
"""How many sentences back a run of "she … her … she said" may reach for the woman it is about."""


def _chain_head(
    reader: ArticleReader, para: Paragraph, s_start: int, right: str
) -> tuple[str, int, float] | None:
    """ "Ada Lind found charcoal … her house … She and her family … “…,” she said": a pronoun
    whose nearby sentences name nobody is the person named last before them, when the article
    shows that person with the pronoun's gender and nobody else shown as a person stands
    between (a storm's or a place's one-word name is no person). Below the sure bin: the
    chain is read across sentences that do not name her."""
    for window in reader.previous_sentences(para.index, s_start, limit=CHAIN_SENTENCES):
        if _all_quoted(reader, window):
            continue
        _toks, chunks = reader.chunks_of(window)
        for chunk in reversed(reader.unquoted(chunks)):
            if chunk.kind == "title" and chunk.titled:
                return None  # "the Governor": a role between may be the one meant
            if not is_person(reader, chunk) or body_or_place(chunk.name):
                continue
            if reader.gender(chunk.name) != right:
                return None
            return chunk.name, chunk.start, 0.6
    return None


# Conjunctions opening a subordinate clause before the main one: "When the President was asked
# about Kessel, he had this to say:" (the main subject is "he", not a name inside the clause).
SUBORDINATORS = wordset(
    "when while after before as although though if since once because whenever unless until "
    "cuando quand lorsque quando als wenn nachdem"
)


def _subordinate_subject(
    reader: ArticleReader, toks: list[Token], chunks: list[NameChunk], wrong: str
) -> tuple[str, int, float] | None:
    """ "When the President was asked about …, he": a pronoun in the main clause is the subject
    of the clause that opens its sentence (a person named or a role), not a name inside it."""
    if len(toks) < 3 or toks[0].lower not in SUBORDINATORS:
        return None
    first = next((c for c in chunks if c.start == toks[1].start), None)
    if first is not None:
        if is_person(reader, first) and reader.gender(first.name, guess=True) != wrong:
            return first.name, first.start, 0.85
        return None
    after = toks[3] if len(toks) > 3 else None
    titled = after is not None and (after.is_capitalised or after.lower in ROLE_NOUNS)
    if toks[1].lower in ("the", "this") and toks[2].lower in PERSON_ROLES and not titled:
        return f"the {toks[2].lower}", toks[2].start, 0.6  # not "the head coach Tom Barry"
    return None


def _titled_subject(reader: ArticleReader, toks: list[Token], chunk: NameChunk, wrong: str) -> bool:
    """A person named in full or with a title, as a sentence's subject, not shown as ``wrong``:
    "Professor Ada Lind from the institute lectured … He said" (and not a man named earlier)."""
    if not is_person(reader, chunk) or reader.gender(chunk.name, guess=True) == wrong:
        return False
    if " " not in chunk.name and not chunk.titled:
        return False
    k = bisect_left([t.start for t in toks], chunk.start)
    possessive = reader.text[chunk.end : chunk.end + 2] in ("’s", "'s")
    return not possessive and not (k > 0 and toks[k - 1].lower in PREPOSITIONS)


def _all_quoted(reader: ArticleReader, window: tuple[int, int]) -> bool:
    return reader.is_quoted(window[0]) and reader.is_quoted(window[1] - 1)


def _with_article(text: str, name: str) -> bool:
    """The article writes ``name`` after "the" (an adjective may stand between: "the Indonesian
    Christian Church"), as it writes a body's, a team's or a place's name, never a person's."""
    return name in _names_after_the(text)


def _named_in_full(reader: ArticleReader, chunk: NameChunk) -> bool:
    """A surname the article also writes with a first name ("Keith Mitchell"): "the Mitchell
    government" is that person's, and leaves "Dr. Mitchell" a person."""
    full = reader.names.full_name(chunk.name)
    return " " not in chunk.name and full is not None and " " in full


@functools.lru_cache(maxsize=16)
def _names_after_the(text: str) -> frozenset[str]:
    """Every run of capitals the text writes after "the" (or "the river", "the town of"), and
    the run past its first word unless that word is a title ("the Indonesian Christian
    Church"; not "the Mayor Ada Lund")."""
    found: set[str] = set()
    for m in _AFTER_THE.finditer(text):
        words = m.group(1).split()
        found.add(" ".join(words))
        if len(words) > 2 and words[0].lower() not in TITLES:
            found.add(" ".join(words[1:]))
    return frozenset(found)


# ("the river Velm", "the town of Velm": a place's name after the word for its kind)
_AFTER_THE = re.compile(
    r"\b[Tt]he (?:(?:river|lake|city|town|village|port|island|region|province|county) (?:of )?)?"
    r"([A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,5})"
)


def _a_word(reader: ArticleReader, chunk: NameChunk) -> bool:
    """A capitalised word shown by the article's case to be no name: it also writes it in lower
    case ("Research shows"), or it is one word the article only ever writes opening a sentence
    ("Downed power lines …", "Against the odds …") and has a common word's shape or is a
    function word, or opens a participle's clause ("Claiming that …"): a name is written
    mid-sentence somewhere, and is no participle."""
    name = chunk.name
    if reader.common_word(name) or participle_opener(reader, chunk):
        return True
    return " " not in name and looks_common(name) and reader.only_opens_sentences(name)


def is_person(reader: ArticleReader, chunk: NameChunk) -> bool:
    """A person by the article's own evidence: a title before, a first name somewhere, or a
    first name alone that speaks ("says Nell")."""
    if chunk.kind != "person":
        return False
    named = chunk.titled or reader.names.is_person(chunk.name)
    return named or speaks_by_first_name(reader.text, chunk.name)
