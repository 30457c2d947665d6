"""Subjects of speech verbs: who the words before "said" or after "“…,” said" name.

Shared by the cue rules, reported speech and block quotes: the phrase after an inverted cue
("said the foreign minister"), the subject right before a verb, and a clause's main subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import evolve

from claimtrack.aids.addressees import listened
from claimtrack.aids.body_names import joined_bodies
from claimtrack.aids.cue_appositions import apposed_person, name_before_role, role_end
from claimtrack.aids.descriptions import description_phrase, is_group_noun, with_indefinite
from claimtrack.aids.documents import ATTRIBUTED_NOUNS, DOCUMENT_NOUNS, document_from
from claimtrack.aids.forward_phrases import age_modifier
from claimtrack.aids.function_words import portfolio
from claimtrack.aids.joined_names import country_across_and
from claimtrack.aids.joint import joined_subject, name_pair
from claimtrack.aids.mentions import DOCUMENT_CONFIDENCE, ArticleReader, Resolved, resolve_np
from claimtrack.aids.name_tags import past_name_tag
from claimtrack.aids.name_then_role import name_opening_role
from claimtrack.aids.name_words import ORG_NOUNS, SPEAKER_NOUNS
from claimtrack.aids.pp_heads import (
    addressed,
    capitalised_subject,
    head_before_pp,
    office_holder,
    office_phrase,
    person_before_description,
    person_before_pp,
    person_before_title,
)
from claimtrack.aids.pronouns import SUBORDINATORS, pronoun_in
from claimtrack.aids.role_chains import role_then_name
from claimtrack.aids.sentence_openers import group_plural, looks_common, unverbed
from claimtrack.aids.speakers import (
    PERSON_PRONOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    is_breaker,
    name_chunks,
)
from claimtrack.aids.speech_cues import BETWEEN, FOREIGN_PREPOSITIONS, PREPOSITIONS
from claimtrack.aids.who_clauses import who_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.story_datelines import dateline_end
from claimtrack.text.tokens import Token
from claimtrack.text.weekdays import is_weekday

__all__ = ["main_subject", "subject_before"]


_ANY_PREPOSITION = PREPOSITIONS | FOREIGN_PREPOSITIONS
# A lower-case word with a capitalised word glued to its end ("advertisementMarcos"): two lines
# run together, not a name ("eBay", "iPhone", "McDonald" do not start so).
_GLUED = re.compile(r"[a-z]{4,}(?=[A-Z][a-z])")


def _one_of_them(words: list[Token]) -> bool:
    """ "One of the teachers, Ada Lund, said": the group a named member is one of."""
    low = [t.lower for t in words]
    if "of" not in low or low[0] not in ("one", "two", "some", "many"):
        return False
    return is_group_noun(words[-1].text)


def subject_before(toks: list[Token], i: int) -> list[Token] | None:
    """The subject right before the verb at ``toks[i]``, skipping adverbs and a parenthesis.

    "Linkevičius, speaking at NATO's Warsaw summit on 8 July, insisted" → Linkevičius;
    "Stanislau Zas’, the CSTO Secretary-General, said" → Stanislau Zas’.
    """
    if (antecedent := who_before(toks, i)) is not None:
        return antecedent
    relative = _relative_clause(toks, i)
    if relative is not None:
        return subject_before(toks, relative)  # "The decree which was published … said"
    if (shared := _coordinated_subject(toks, i)) is not None:
        return shared
    j = i - 1
    while j >= 0 and toks[j].lower in BETWEEN:
        j -= 1
    if j >= 2 and is_weekday(toks[j].text) and toks[j - 1].lower == "on":
        j -= 2  # "Ada Lund on Monday said": when, not who
    j = past_name_tag(toks, j)
    if j >= 1 and toks[j].text.rstrip(",").isdigit() and toks[j - 1].text == ",":
        j -= 2  # "Maria Lopez, 34, said": the age is an apposition
    if j >= 0 and toks[j].text in _ASIDE_MARKS:
        k = _aside_opening(toks, j)
        if k <= 0:
            return None
        inner = person_before_pp(toks[k + 1 : j])  # ("The judge, Ada Lund of the court,")
        if age_modifier(inner, 0):
            inner = inner[3:]  # ("One resident, 48-year-old Ada Lund,": the age describes her)
        first = name_before_role(toks, k)
        if first is not None:
            # "Ada Lind, General Manager, Norvale Steel, said": the name the role is set off
            # after speaks, not the body the role is held at.
            return first
        named = 0 < len(inner) <= 4 and all(t.is_capitalised for t in inner)
        named = named or name_pair(inner)  # ("Two nurses, Ada Lund and Maria Berg, said")
        role = any(t.lower in ROLE_NOUNS for t in toks[max(0, k - 8) : k])
        titled = toks[k - 1].lower in SPEAKER_NOUNS or is_breaker(toks[k - 1].text)
        titled = titled or _one_of_them(toks[max(0, k - 5) : k]) or is_group_noun(toks[k - 1].text)
        if named and (titled or (role and len(inner) >= 2)):
            # "Its author, Dana Ruiz, said", "VP of Regional Sales, Oskar Lind, said":
            # the name in the apposition.
            return inner
        j = _apposition_opening(toks, k, j)
    if j < 0 or not toks[j].is_word:
        return None
    if (pronoun := pronoun_in(toks[j])) is not None:
        return [pronoun]  # ("he said", "She’s warning that “…”")
    if toks[j].is_capitalised and not portfolio(toks, j):  # ("o ministro das Comunicações")
        subject = capitalised_subject(toks, j)
        if (to := addressed(toks, subject)) >= 0:
            return subject_before(toks, to)  # ("A letter to Ada Lund said": sent to her)
        return (
            person_before_title(toks, subject)
            or person_before_description(toks, subject)
            or name_opening_role(toks, subject)
            or joined_subject(toks, subject)  # ("Lind and Berg said": the pair, if people)
            or subject
        )
    return _described_subject(toks, j - 2 if portfolio(toks, j) else j)


_APPOSITION_OPENERS = wordset("a an the")
_ASIDE_MARKS = frozenset({",", "–", "—", "-"})


def _coordinated_subject(toks: list[Token], i: int) -> list[Token] | None:
    """ "…, Ada Lund walked up to the podium and said": the verb after "and" shares the
    subject its clause opens with (a name, or a pronoun), not the noun before "and"."""
    if i < 3 or toks[i - 1].lower != "and":
        return None
    k = i - 2
    while k >= 0 and toks[k].is_word and i - k < 20:
        k -= 1  # back to the clause's comma, or the sentence's start
    start = k + 1
    if (k >= 0 and toks[k].text not in ",.;!?") or toks[start].lower in _NOT_VERBS:
        return None  # (no clause's start in reach; "In Northport Ada Lund met …": a place)
    if toks[start].lower in PRONOUNS and toks[start + 1].lower not in _NOT_VERBS:
        return [toks[start]]
    end = start
    while end < i - 1 and toks[end].is_capitalised:
        end += 1
    # (the name's own verb in the past: "NRU Northport vice-president Dr Ada Lund said the …
    # and warned" is read by the rules for the phrase, not here)
    return toks[start:end] if end - start >= 2 and _past_verb(toks[end].lower) else None


def _past_verb(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PAST


_IRREGULAR_PAST = wordset("went came stood rose took got made left sat ran gave held met")
# Words after a subject that are no verb of its: "He and …", "He, …".
_NOT_VERBS = wordset("and or of for from at in on with who which whose to the a an")


def _aside_opening(toks: list[Token], j: int) -> int:
    """The comma opening an aside closed by the comma ``toks[j]`` ("Ada Lund, the chair, said"),
    or the dash for a dash: "Berg – who resigned last year – said" (-1 when none opens it)."""
    k = j - 1
    while k >= 0 and toks[k].text != toks[j].text:
        k -= 1
    return k


def _apposition_opening(toks: list[Token], k: int, j: int) -> int:
    """The word before an apposition ending at the comma ``toks[j]``, whose last comma is at
    ``k``: "Ada Lind, a member of the committee for defence, security and budget, told" holds
    commas of its own, so the name stands before the comma that opens it ("a", "an", "the")."""
    if (antecedent := _relative_antecedent(toks, j)) is not None:
        return antecedent
    if not (k + 1 < j and toks[k + 1].lower not in _APPOSITION_OPENERS):
        return k - 1
    for m in range(k - 1, max(0, j - 25), -1):
        if not toks[m].is_word and toks[m].text not in ",;":
            break  # a sentence's or a bracket's end: no apposition opens further back
        # (a role opens one too: "Ada Lind, board member for parks, roads; and housing, said")
        opener = toks[m + 1].lower in _APPOSITION_OPENERS or any(
            t.lower in ROLE_NOUNS for t in toks[m + 1 : m + 3]
        )
        if toks[m].text == "," and opener and toks[m - 1].is_capitalised:
            return m - 1
    return k - 1


def _relative_antecedent(toks: list[Token], j: int) -> int | None:
    """The word a relative clause closed by the comma ``toks[j]`` follows, when the clause holds
    commas of its own: "UK Power Networks, which owns lines in London, the south east and Kent,
    said" → "Networks", not "London". None after a preposition ("the mayor of Leeds, which")."""
    commas = 0
    for r in range(j - 1, max(1, j - 30), -1):
        if toks[r].lower in ("who", "which") and toks[r - 1].text == "," and commas:
            a = k = r - 2
            while k > 0 and toks[k].is_capitalised and toks[k - 1].is_capitalised:
                k -= 1
            k -= k > 1 and toks[k - 1].lower == "the"  # ("of the Leeds Trust, which …")
            after_preposition = k > 0 and toks[k - 1].lower in _ANY_PREPOSITION
            return a if a >= 0 and toks[a].is_word and not after_preposition else None
        commas += toks[r].text == ","
        if not toks[r].is_word and toks[r].text not in (",", "’", "'"):
            return None
    return None


def _relative_clause(toks: list[Token], i: int) -> int | None:
    """Where a relative clause ending at the verb ``toks[i]`` opens: "The decree which was
    published on the president's website said" → at "which" (its antecedent is the subject).
    Only "which" and "who" (a "that" is as often a complementiser), within eight words."""
    for r in range(i - 1, max(-1, i - 10), -1):
        tok = toks[r]
        if tok.lower in ("which", "who"):
            return r if r > 0 and toks[r - 1].is_word and r < i - 1 else None
        if not tok.is_word and tok.text not in ("’", "'"):
            return None
    return None


_PHRASE_STOPS = frozenset(("the", "a", "an", "and", "but", "that"))


def _described_subject(toks: list[Token], j: int) -> list[Token] | None:
    """A description ending at ``toks[j]``: "the Belarusian foreign minister", "the ministry"."""
    low = toks[j].lower
    described = low in SPEAKER_NOUNS or low in ORG_NOUNS or low in DOCUMENT_NOUNS
    if not (described or is_group_noun(low)):  # ("two economists said": a role's plural)
        return None
    if j > 0 and toks[j - 1].lower in PREPOSITIONS:
        return None  # "in office described": no subject
    k = j
    while (
        k - 1 >= 0
        and (toks[k - 1].is_word or toks[k - 1].text == "&")  # ("a Procter & Gamble spokesman")
        and j - k < 4
        and toks[k - 1].lower not in _PHRASE_STOPS
        and toks[k - 1].lower not in PREPOSITIONS
    ):
        k -= 1
    while k - 1 >= 0 and j - k < 8 and toks[k].is_capitalised and toks[k - 1].is_capitalised:
        # "Deputy Prime Minister Ada Lund’s spokesman": a run of capitals is not cut (a word
        # opening the sentence, "But", is left to the description's own rules)
        k -= 1
    if k >= 2 and (country := country_across_and(toks, k - 1, k - 4)):
        k = country[0]  # "Trinidad and Tobago’s prime minister": the whole country's name
    d = k - 1 if k >= 1 and toks[k - 1].lower == "the" else k
    if d >= 2 and toks[d - 1].lower in ("of", "from", "at") and toks[d - 2].is_capitalised:
        # "Tom Berg of the fishermen’s union said": the name the body follows speaks.
        return head_before_pp(toks, d - 1) or toks[k : j + 1]
    if d >= 2 and toks[d - 1].lower == "of" and toks[d - 2].lower in ROLE_NOUNS:
        return toks[d - 2 : j + 1]  # "the head of the union said": the role speaks
    return with_indefinite(toks, toks[k : j + 1])


def main_subject(reader: ArticleReader, para: Paragraph, toks: Sequence[Token]) -> Resolved | None:
    """The first named subject of a clause (a name not after a preposition, or a pronoun);
    after an opening subordinate clause, the main clause's subject first."""
    if toks and (toks[0].start == 0 or reader.text[toks[0].start - 1] == "\n"):
        first = toks[0].start
        dateline = dateline_end(reader.text[first : first + 120])
        if dateline is not None:  # "QUEENS PARK – Premier Ada Lund issued …": no one's name
            toks = [t for t in toks if t.start >= first + dateline]
    opens = len(toks) > 2 and toks[0].lower in DOCUMENT_NOUNS | ATTRIBUTED_NOUNS
    if opens and (issuer := document_from(reader, toks)) is not None:
        # "Statement by Ada Lund, Director NRC Geneva:" over a quote: the words she issued
        after = 3 if toks[0].lower in ATTRIBUTED_NOUNS else 2  # ("Comments attributed to")
        written = reader.text[toks[after].start : toks[-1].end]
        return Resolved(issuer[0], issuer[1], written, issuer[2], DOCUMENT_CONFIDENCE)
    glued = next((k for k, t in enumerate(toks[:40]) if _GLUED.match(t.text)), None)
    if glued is not None:
        # "Article continues after this advertisementMarcos, 66, shrugged …": a page's
        # furniture glued to a body line; the clause starts at the capital inside the word.
        tok = toks[glued]
        cut = _GLUED.match(tok.text).end()  # type: ignore[union-attr]
        tail = [Token(tok.text[cut:], tok.start + cut, tok.end), *toks[glued + 1 :]]
        return main_subject(reader, para, tail)
    if toks and toks[0].lower in SUBORDINATORS:
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is not None and comma + 1 < len(toks):
            found = _first_subject(reader, para, toks[comma + 1 :])
            if found is not None or listened(toks[:comma]):
                return found  # ("As the paper was told, …": who listened did not speak)
    return _first_subject(reader, para, toks)


def _first_subject(
    reader: ArticleReader, para: Paragraph, toks: Sequence[Token]
) -> Resolved | None:
    text = reader.text
    chunks = joined_bodies(text, (), name_chunks(text, list(toks)))  # ("Bank of England")
    by_start = {c.start: c for c in chunks}
    for k, tok in enumerate(toks):
        if tok.lower in PERSON_PRONOUNS and tok.lower not in ("him", "her", "his"):
            found = resolve_np(reader, para, [tok], tok.start)
            if found is None:
                return None
            return evolve(found, confidence=found.confidence * 0.9)
        after_preposition = k > 0 and toks[k - 1].lower in _ANY_PREPOSITION
        if after_preposition and k > 1 and toks[k - 2].lower in ROLE_NOUNS:
            after_preposition = False  # "Minister for Health Rui Costa": the title goes on
        chunk = by_start.get(tok.start)
        if chunk is None and tok.lower in SPEAKER_NOUNS and not after_preposition:
            # "Ukraine's foreign minister on Tuesday urged …": the description is the subject,
            # unless a name stands in apposition: "the minister's adviser (Media), Orji U. Orji,".
            last = role_end(toks, k)  # ("the club’s head coach")
            named = apposed_person(toks, k, by_start, chunks)
            if named is None:
                phrase = with_indefinite(toks, description_phrase(toks[max(0, k - 3) : last + 1]))
                return resolve_np(reader, para, phrase, tok.start)
            chunk = named
        if (
            chunk is not None
            and chunk.kind == "title"
            and (office := office_phrase(toks, k, chunk))
        ):
            return resolve_np(reader, para, office, tok.start)  # "The Minister of the Presidency"
        if chunk is not None and chunk.kind == "title" and (held := office_holder(toks, k, chunk)):
            return resolve_np(reader, para, held, held[0].start)  # "… of Health Prof. Ada Lund"
        if chunk is None or chunk.kind not in ("person", "org"):
            continue
        if k == 0 and " " not in chunk.name and _a_word(reader, chunk.name, toks[1:2]):
            continue  # "Research led by …", "Ante una pregunta …": a word, not a name
        if role_then_name(toks, k, chunk, by_start):
            continue  # "Leeds boss Tom Barry": the team is not the subject, its boss is
        if after_preposition or (k > 0 and toks[k - 1].text == "("):
            continue  # "from the ministry", "Adviser (Media)": not the subject
        if text[chunk.end : chunk.end + 2] in ("’s", "'s"):
            continue  # "Ukraine's foreign minister": the owner is not the subject
        if chunk.kind == "org":
            full = reader.org_name(chunk.name)
        else:
            full = reader.names.full_name(chunk.name) or chunk.name
        how = "surname" if full != chunk.name else "named"
        if chunk.kind == "org" and full != chunk.name:
            how = "organisation"
        return Resolved(chunk.name, full, text[chunk.start : chunk.end], how, 0.8)
    return None


def _a_word(reader: ArticleReader, word: str, after: Sequence[Token]) -> bool:
    """A capitalised word opening a clause is no name when the article also writes it in lower
    case ("Research led by …"), or only ever at a sentence's start and here before an article,
    a preposition or a colon ("Ante una pregunta, …", "Siguió: …") or when it has a common
    word's shape ("Downed power lines", "Against …"): a name is followed by its verb."""
    if reader.common_word(word) or group_plural(reader, word):
        return True  # ("Shoppers emailed the Courier": a group, no one's name)
    nxt = after[0].lower if after else ""
    function_next = nxt in _DETERMINERS or nxt in _ANY_PREPOSITION or nxt == ":"
    # "Downed power lines …", "Against that, …": a word of the common vocabulary's shape.
    shaped = function_next or looks_common(word) or unverbed(reader, word, nxt)
    return shaped and reader.only_opens_sentences(word)  # ("Wrth …", "Opening statement:")


_DETERMINERS = wordset(
    "the a an this these those el la los las un una unos unas le les l' une des il lo gli "
    "der die das den dem ein eine o os as um uma"
)
