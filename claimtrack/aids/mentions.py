"""Mentions: which person or body a noun phrase, pronoun or subject in an article names.

:class:`ArticleReader` holds what one article's cue rules share; the functions resolve a phrase
at a cue to a speaker: a name chunk, the nearest person named before a pronoun, or a role noun
phrase ("the Belarusian minister"). Used by :mod:`claimtrack.aids.attribution`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from attrs import evolve, frozen

from claimtrack.aids.body_pronouns import body_before
from claimtrack.aids.coreference import resolve_description
from claimtrack.aids.descriptions import (
    INDEFINITE,
    aged_person,
    as_group,
    demonym_epithet,
    family_pronoun,
    held_description,
    is_description_head,
    later_holder,
    names_another,
    office_owner,
    unnamed_description,
    without_unnamed_employer,
)
from claimtrack.aids.documents import DOCUMENT_NOUNS, document_from, document_owner, issuing_body
from claimtrack.aids.foreign_pronouns import as_english_pronoun
from claimtrack.aids.genders import gender_of
from claimtrack.aids.given_names import without_glued_head
from claimtrack.aids.honorifics import honorific_pronoun
from claimtrack.aids.initialled_bodies import initialled_body
from claimtrack.aids.joint import JOINT_CONFIDENCE, joint_speakers
from claimtrack.aids.name_affixes import honours_before_names, without_post_nominals
from claimtrack.aids.name_index import NameIndex
from claimtrack.aids.name_then_role import name_opening_role
from claimtrack.aids.organisations import OrgIndex
from claimtrack.aids.pronouns import is_person, resolve_pronoun
from claimtrack.aids.role_acronyms import acronym_holder
from claimtrack.aids.role_modifiers import role_modifiers
from claimtrack.aids.role_words import as_government_head
from claimtrack.aids.sentence_openers import no_name, only_opens
from claimtrack.aids.speakers import PRONOUNS, ROLE_NOUNS, NameChunk, name_chunks, speaker_chunks
from claimtrack.aids.spokespeople import SPOKES, spoken_for
from claimtrack.model import Actor, PartialDate
from claimtrack.text.occurrences import written_alone
from claimtrack.text.sentences import Paragraph, sentence_spans, split_paragraphs
from claimtrack.text.story_datelines import dateline_end
from claimtrack.text.tokens import Token, tokenize

__all__ = [
    "DOCUMENT_NOUNS",
    "ArticleReader",
    "Resolved",
    "is_person",
    "resolve_np",
    "resolve_pronoun",
]


@frozen
class Resolved:
    """A speaker found at a cue: the name as the article writes it, in full, and how it was found.

    ``as_written`` is the words at the cue ("she", "the head of state", "Kowalczyk"); ``how`` is
    ``named``, ``surname``, ``role``, ``organisation``, ``pronoun``, ``actor`` or ``description``
    (a role nobody named before: "the Armenian prime minister").
    """

    speaker: str
    full: str
    as_written: str
    how: str
    confidence: float


PLACE_LIKE = 0.6
"""Confidence of a speaker whose name is made of a place's words and never shown as a person."""
DOCUMENT_CONFIDENCE = 0.7
"""A document's issuer named after it ("a bulletin from the Met Service"): not its own cue."""


class ArticleReader:
    """Per-article state: paragraphs, lazily split sentences, tokens and the name index.

    ``actors`` (a casebook's actors) and ``when`` (the article's date) let role descriptions
    resolve to the actor who held that role then; ``title`` and ``authors`` (kept apart from the
    text) name an interview's subject ("Q&A: Charlotte Williams") and its interviewer;
    ``cover`` (the page above the body) names a speech's or a transcript's speaker.
    """

    def __init__(
        self,
        text: str,
        actors: Sequence[Actor] = (),
        when: PartialDate | None = None,
        title: str | None = None,
        authors: Sequence[str] = (),
        cover: str = "",
    ) -> None:
        self.text = text
        self.title = title
        self.authors = tuple(authors)
        self.cover = cover  # the page above the body: a transcript's "Transcript by …"
        self.actors = tuple(actors)
        self.when = when
        self.paragraphs = split_paragraphs(text)
        self._sentences: dict[int, tuple[tuple[int, int], ...]] = {}
        self._names: NameIndex | None = None
        self._orgs: OrgIndex | None = None
        self._common: dict[str, bool] = {}
        self._openers: dict[str, bool] = {}
        self._honours: dict[str, str] | None = None
        self._chunks: dict[tuple[int, int], tuple[list[Token], list[NameChunk]]] = {}
        self._genders: dict[tuple[str, bool], str | None] = {}
        self._quoted_starts: list[int] = []
        self._quoted_ends: list[int] = []

    def mark_quoted(self, spans: Sequence[tuple[int, int]]) -> None:
        """Record quoted ranges (in text order): names inside quotes are nobody's antecedent."""
        for start, end in spans:
            if not self._quoted_starts or start >= self._quoted_starts[-1]:
                self._quoted_starts.append(start)
                self._quoted_ends.append(end)

    def is_quoted(self, pos: int) -> bool:
        """True when ``pos`` lies inside a recorded quotation (its marks included)."""
        k = bisect_right(self._quoted_starts, pos) - 1
        return k >= 0 and pos < self._quoted_ends[k]

    def unquoted(self, chunks: Sequence[NameChunk]) -> list[NameChunk]:
        """The chunks that do not stand inside a recorded quotation."""
        return [chunk for chunk in chunks if not self.is_quoted(chunk.start)]

    def chunks(self, start: int, end: int) -> tuple[list[Token], list[NameChunk]]:
        """Tokens and name chunks of ``text[start:end]`` (cached: quotes share sentences)."""
        key = (start, end)
        if key not in self._chunks:
            toks = tokenize(self.text[start:end], start)
            chunks = name_chunks(self.text, toks)
            if start == 0 or self.text[start - 1] == "\n":
                # "NORTHPORT, Dec. 26 (Wire) -- Ada Lund …": the dateline names no one.
                dateline = dateline_end(self.text[start:end])
                if dateline is not None:  # (nor is it a sentence's subject)
                    toks = [t for t in toks if t.start >= start + dateline]
                    chunks = [c for c in chunks if c.start >= start + dateline]
            self._chunks[key] = (toks, role_modifiers(chunks, toks))
        return self._chunks[key]

    def chunks_of(self, span: tuple[int, int]) -> tuple[list[Token], list[NameChunk]]:
        return self.chunks(*span)

    def gender(self, name: str, *, guess: bool = False) -> str | None:
        """ "m", "f" or None: what the article shows of ``name``'s gender; with ``guess``, else
        what the first name says (a weaker sign: the callers say where it may count)."""
        if (name, guess) not in self._genders:
            self._genders[name, guess] = gender_of(self, name, guess=guess)
        return self._genders[name, guess]

    def sentences_before(self, index: int, pos: int, floor: int) -> list[tuple[int, int]]:
        """Sentences ending after ``floor`` and starting before ``pos``, nearest first; unlike
        :meth:`previous_sentences`, across headings (a role named in the lead holds below)."""
        out: list[tuple[int, int]] = []
        for i in range(index, -1, -1):
            p = self.paragraphs[i]
            if p.end <= floor:
                break
            out.extend(s for s in reversed(self.sentences(i)) if s[0] < pos and s[1] > floor)
        return out

    def honoured(self, full: str) -> str:
        """ "Sir David Naish": a knighthood or peerage the article writes before ``full`` is
        part of the name ("Naish said" later too); other titles ("President", "Dr") are not."""
        if self._honours is None:
            self._honours = honours_before_names(self.text)
        honour = self._honours.get(full)
        return full if honour is None else f"{honour} {full}"

    def common_word(self, word: str) -> bool:
        """True when the article also writes ``word`` in lower case: "Research" opening a
        sentence is the word research, not a name."""
        low = word.lower()
        if low not in self._common:
            self._common[low] = low != word and written_alone(self.text, low)
        return self._common[low]

    def only_opens_sentences(self, word: str) -> bool:
        """True when every time the article writes ``word`` it opens a sentence or a line:
        its capital then shows nothing ("Ante una pregunta", "Siguió: …", "Article continues
        …"); a name is written mid-sentence somewhere ("said Ruiz", "Ana Ruiz")."""
        if word not in self._openers:
            self._openers[word] = only_opens(self.text, word)
        return self._openers[word]

    def org_name(self, name: str) -> str:
        """The fullest form of an organisation's name the article writes ("Ministry of …")."""
        if self._orgs is None:
            self._orgs = OrgIndex(self.text)
        return self._orgs.full_name(name)

    def spelled_out(self, acronym: str) -> str:
        """The name an acronym stands for, where the article writes it ("… (NCPF)")."""
        if self._orgs is None:
            self._orgs = OrgIndex(self.text)
        return self._orgs.spelled_out(acronym)

    @property
    def names(self) -> NameIndex:
        if self._names is None:
            self._names = NameIndex(self.text)
        return self._names

    def sentences(self, index: int) -> tuple[tuple[int, int], ...]:
        if index not in self._sentences:
            p = self.paragraphs[index]
            whole = ((p.start, p.end),) if p.heading else None  # a heading is one sentence
            self._sentences[index] = whole or sentence_spans(self.text, p.start, p.end)
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


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def resolve_np(
    reader: ArticleReader, para: Paragraph, np: Sequence[Token], at: int
) -> Resolved | None:
    """Speaker named by the tokens ``np``: a name, a pronoun (resolved) or a description."""
    text = reader.text
    written = text[np[0].start : np[-1].end] if np else ""
    np = as_english_pronoun(np)  # "«…», ha detto lei": resolved as "she" would be
    if len(np) == 1 and np[0].lower in ("they", "it"):  # "it added": a body, never a person
        body = body_before(reader, para, np[0])
        if body is not None:
            return Resolved(body, body, written, "pronoun", 0.6)
    if len(np) == 1 and np[0].lower in PRONOUNS:
        return _by_pronoun(reader, para, np[0], written, at)
    if he_she := honorific_pronoun(np):  # "His Lordship said": whom "he" stands for, when sure
        by = _by_pronoun(reader, para, he_she, written, at)
        sure = by is not None and by.how == "pronoun" and by.confidence >= 0.8
        return by if sure else Resolved(written, written, written, "description", 0.5)
    if demonym_epithet(np):  # "said the New Zealander": whom "he" or "she" would be, if one
        return _by_demonym(reader, para, np, written, at)
    np = name_opening_role(np, np) or np  # "Ada Lund Chief Executive of …": the name
    if not (len(np) == 1 and reader.names.is_person(np[0].text)):  # ("said Brothers": Don's)
        np = as_group(without_post_nominals(np))  # "Police said": a group; "Ada Lund MSP"
    chunks = speaker_chunks(text, np)
    if (pair := joint_speakers(reader.names, np, chunks)) is not None:  # "Lind and Berg said"
        return Resolved(pair[0], pair[1], written, "named", JOINT_CONFIDENCE)
    if chunks and not (names_another(text, np, chunks[-1]) or no_name(reader, chunks[-1])):
        chunk = chunks[-1]
        if chunk.kind == "person":  # (a head glued before the first name goes: "Youth Ada Lund")
            chunk = evolve(chunk, name=without_glued_head(chunk.name, text))
        chunk = initialled_body(chunk, reader.names)  # "NFU Cymru said": a body's arm
        if chunk.kind == "org":
            full = reader.org_name(chunk.name)
        elif chunk.kind == "acronym":
            if held := acronym_holder(reader, para.index, np, chunk.name, at):  # "the RMO said"
                return Resolved(held[0], held[1], written, "role", 0.6)
            full = reader.spelled_out(chunk.name)  # "NCPF": the name it stands for
        else:
            full = reader.names.full_name_titled(chunk.name, chunk.text, chunk.start) or chunk.name
            full = without_glued_head(full, text)  # ("Sheriff Lund": the Lund he is)
            if full == chunk.name and " " not in full and reader.spelled_out(full) != full:
                chunk, full = evolve(chunk, kind="org"), reader.spelled_out(full)  # "Phivolcs"
        how = "surname" if full != chunk.name else "named"
        if chunk.kind in ("org", "acronym") and full != chunk.name:
            how = "organisation"  # "the Ministry" → the "Ministry of …" written before
        # A body as written ("the Foreign Ministry") is often not its full name: not sure.
        conf = reader.names.sureness(chunk.name) if chunk.kind == "person" else 0.75
        if chunk.kind == "person" and " " in chunk.name and not reader.names.is_person(chunk.name):
            conf = PLACE_LIKE  # "Downing Street said", "Pacific Island leaders": a place's words
        written = text[chunk.start : chunk.end]
        return Resolved(chunk.name, reader.honoured(full), written, how, conf)
    if (person := aged_person(text, np, at)) is not None:  # "the 45-year-old told the court"
        return Resolved(person, reader.names.full_name(person) or person, written, "role", 0.85)
    return _by_description(reader, para, np, written, at)


def _by_pronoun(
    reader: ArticleReader, para: Paragraph, pronoun: Token, written: str, at: int
) -> Resolved | None:
    """The person a pronoun at a cue stands for, or the pronoun itself when unresolved."""
    name, _, conf = resolve_pronoun(reader, para, pronoun)
    if name is None:
        return None
    how = "pronoun" if name != pronoun.text else "unresolved"
    if name.startswith("the ") and how == "pronoun":
        # "the coach … he said": the person that role names, when the article names one.
        role = _described(reader, para, tokenize(name), written, at)
        if role is not None and role.how != "description" and role.confidence >= 0.85:
            return Resolved(role.speaker, role.full, written, "pronoun", 0.6)
    full = reader.names.full_name_of(name, _PRONOUN_GENDER.get(pronoun.lower))
    return Resolved(name, full or name, written, how, conf)


def _by_demonym(
    reader: ArticleReader, para: Paragraph, np: Sequence[Token], written: str, at: int
) -> Resolved | None:
    """ "said the New Zealander": whom "he" or "she" would be there, if only one person."""
    span = (np[0].start, np[-1].end)
    tried = {p: _by_pronoun(reader, para, Token(p, *span), written, at) for p in ("he", "she")}
    people = {p: r for p, r in tried.items() if r and r.how == "pronoun" and r.full not in written}
    if len({r.full for r in people.values()}) > 1:  # a man and a place: the man
        gender = {p: reader.gender(r.speaker, guess=True) for p, r in people.items()}
        people = {p: r for p, r in people.items() if gender[p] == _PRONOUN_GENDER[p]}
    return next(iter(people.values())) if len({r.full for r in people.values()}) == 1 else None


def _by_description(
    reader: ArticleReader, para: Paragraph, np: Sequence[Token], written: str, at: int
) -> Resolved | None:
    """A phrase with no name: a document's issuer, a role, a body or a person described."""
    words = without_unnamed_employer([t for t in np if t.is_word or t.text == "&"])  # ("P & G")
    if (issuer := document_from(reader, np)) is not None:
        # "the latest bulletin from the Harbour Met Service": the Service's words
        return Resolved(issuer[0], issuer[1], written, issuer[2], DOCUMENT_CONFIDENCE)
    if (body := issuing_body(words)) is not None:  # "a council statement said": the council
        return _described(reader, para, body, written, at)
    if (body := issuing_body(words, SPOKES)) is not None:  # "a council spokesman said"
        found = _described(reader, para, body, written, at)
        if found is not None and found.how == "organisation":
            return found  # the council the article named (else no one named: the role alone)
    if words and words[-1].lower in DOCUMENT_NOUNS:  # "her letter said", "the party’s post"
        found = document_owner(words, lambda owner: resolve_np(reader, para, owner, at))
        # "the statement read": whoever issued it; the quotation rules look for them.
        return found or Resolved(words[-1].text, words[-1].text, written, "document", 0.5)
    if kin := family_pronoun(words):  # "said the father of three": the person in view
        return resolve_np(reader, para, [Token(kin, words[0].start, words[-1].end)], at)
    new_one = len(words) >= 2 and words[0].lower in INDEFINITE and not words[-1].is_capitalised
    if any(t.lower in ROLE_NOUNS for t in np) or any(is_description_head(t.text) for t in np[-1:]):
        return _described(reader, para, words, written, at)
    if new_one:  # "a netizen said", "another user wrote": someone new, no one named before
        return Resolved(words[-1].text, words[-1].text, written, "description", 0.6)
    return None


def _described(
    reader: ArticleReader, para: Paragraph, words: list[Token], written: str, at: int
) -> Resolved | None:
    """A role or body description: the person or body it refers to, else the words as a label."""
    text = reader.text
    owner = office_owner(words)
    if owner is not None:
        # "the minister’s office told …": the office speaks for the minister it names.
        held = resolve_description(reader, para.index, owner, at, reader.actors, reader.when)
        if held is not None and held.how == "role" and held.confidence >= 0.85:
            full = reader.names.full_name(held.name) or held.name
            return Resolved(held.name, full, written, "role", 0.6)
    said = as_government_head([t.text for t in words])  # "the head of the Russian government"
    described = resolve_description(reader, para.index, said, at, reader.actors, reader.when)
    # (the one person named with the title later beats a guess at the story's main subject)
    guessed = described is None or (described.how == "role" and described.confidence <= 0.6)
    if guessed and (later := later_holder(text, words, at)) is not None:
        return Resolved(later, reader.names.full_name(later) or later, written, "role", 0.6)
    if described is not None:
        if described.how == "organisation":
            full = reader.org_name(described.name)
        else:  # ("the Pope said": "Pope Aurel", as the article names him)
            full = reader.honoured(reader.names.full_name(described.name) or described.name)
        return Resolved(described.name, full, written, described.how, described.confidence)
    if (body := spoken_for(text, words, at, reader.names.is_person)) is not None:  # "for Acme"
        full = reader.spelled_out(reader.org_name(body))  # "a UN spokesman": United Nations
        return Resolved(body, full, written, "organisation", 0.7)
    role = held_description(text, words)
    if role is None:
        bare = unnamed_description(words)
        if not bare:
            return None
        role = text[bare[0].start : bare[-1].end]
    return Resolved(role, role, written, "description", 0.7)
