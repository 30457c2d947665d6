"""Who is speaking when a quote paragraph names nobody: the article's current speaker.

News writes a speaker once and then quotes them paragraph after paragraph:

    The minister said he only wanted to thank the media houses.
    “They all worked hard for us …
    “I wanted the appreciation to be a surprise …”

A quote that opens its paragraph with no cue of its own goes to the speaker of the nearest
paragraph before it that quotes someone or reports what someone said ("X said …", "X told …"),
looking back over a few paragraphs only (subheadings do not count, and do not stop the search:
a sports report's "On the second half" label keeps the coach speaking).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.documents import DOCUMENT_NOUNS
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.name_words import ORG_NOUNS, PEOPLE_NOUNS, TITLES, many_of
from claimtrack.aids.newcomers import introduced, shown_as_person
from claimtrack.aids.open_turns import open_turn
from claimtrack.aids.pronoun_roles import PERSON_ROLES
from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.speech_cues import PREPOSITIONS, SPEECH_NOUNS, SPEECH_VERBS, noun_here
from claimtrack.aids.spokespeople import SPOKES
from claimtrack.aids.subjects import main_subject, subject_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token, tokenize

__all__ = ["LOOK_BACK", "current_speaker", "reported_speech", "speaker_for_pronoun"]

# Speech verbs that are nouns as often: a verb only with a that-clause ("notes that").
_NOUN_TOO = wordset(
    "note notes report reports comment comments claim claims answer answers reply replies "
    "post posts tweet tweets text texts state states"
)

# "added them to its collection": "add" with an object pronoun adds things, not words.
_ADDING = wordset("add adds added adding")
_OBJECTS = wordset("them him her us me")
# Auxiliaries of a passive: "X was told", "Y was dismissed" (X, Y are not the speakers).
_PASSIVE = wordset("was were is are been being be")
_OWNED = re.compile(r"[’'][sS]$|(?<=s)[’']$")  # a possessive: "Lund’s", "the Lunds’"

# Auxiliaries before a progressive cue: "she was saying", "they are claiming".
_BE = wordset("is was are were been be am")

LOOK_BACK = 4
"""Paragraphs (not counting subheadings) looked back through for the current speaker."""


def current_speaker(
    reader: ArticleReader,
    index: int,
    quoted_by: Mapping[int, Attribution],
    look_back: int = LOOK_BACK,
) -> Attribution | None:
    """The speaker a cue-less quote in paragraph ``index`` continues, or None.

    A paragraph whose speaker is only "he" or "she" does not end the search: the speaker named
    before it is who "he" is (a pronoun's own resolution is the fallback).
    """
    seen = 0
    fallback: Attribution | None = None
    other: Attribution | None = None  # someone else the paragraph just before is about
    for i in range(index - 1, -1, -1):
        para = reader.paragraphs[i]
        if para.heading:
            continue
        seen += 1
        if seen > look_back:
            break
        found = quoted_by[i] if i in quoted_by else reported_speech(reader, i)
        if found is None and seen == 1:
            found = open_turn(reader, i)  # "Lind: “… | … end.”": the answer goes on
        if found is None and seen == 1:
            other = introduced(reader, i)  # "City boss Ana Ruiz was less happy. | “…”"
        if found is None:
            continue
        if fallback is not None and _named_since(reader, fallback, para.end, index):
            return _doubted(reader, fallback, other)  # "he" is someone named after this speaker
        if found.how != "pronoun" or (found.speaker and reader.gender(found.speaker)):
            return _doubted(reader, found, other)  # (a pronoun resolved to a "she"/"he" is sure)
        fallback = fallback or found
    return None if fallback is None else _doubted(reader, fallback, other)


def _named_since(reader: ArticleReader, found: Attribution, since: int, index: int) -> bool:
    """The person a pronoun was resolved to is named after ``since`` and before paragraph
    ``index``: a newcomer ("Farmers' chief Tom Berg believed … | “…,” he said."), whom the
    pronoun stands for rather than the speaker quoted before them."""
    name = found.speaker_full or found.speaker
    if not name or found.how != "pronoun" or " " not in name:
        return False
    return reader.text.find(name, since, reader.paragraphs[index].start) >= 0


def _doubted(reader: ArticleReader, found: Attribution, other: Attribution | None) -> Attribution:
    """The speaker goes on, unless the paragraph between is about someone else: the quote is
    then the newcomer's, less surely ("“…,” Hale said. | City boss Ana Ruiz was less happy. |
    “…”": Ruiz's, as a reader takes it; it may still be Hale's). A newcomer the article does not
    show as a person ("The Kessel Front attacked …") may be a group: the speaker goes on,
    doubted."""
    if other is None or other.speaker_full == found.speaker_full:
        return found
    person = shown_as_person(reader, other.speaker_full or "")
    return (other if person else found).scaled(INTRODUCED_DOUBT)


INTRODUCED_DOUBT = 0.5  # a cue-less quote after a newcomer's paragraph: whose, is unsure


def pronoun_goes_on(
    reader: ArticleReader, between: tuple[int, int], att: Attribution, last: Attribution | None
) -> Attribution:
    """ "“…,” the minister said. “…,” he said": "he" in the paragraph of a quote just cued is
    that quote's speaker, when nobody else is named in ``between`` (from the quote before to
    this one) and the gender allows."""
    written = (att.as_written or "").lower()
    if last is None or not last.speaker or att.how != "pronoun" or written not in ("he", "she"):
        return att
    if att.speaker == last.speaker or reader.gender(last.speaker, guess=True) not in (
        None,
        _gender_of(written),
    ):
        return att
    same = last.speaker_full or last.speaker
    toks = tokenize(reader.text[between[0] : between[1]], between[0])
    if any(c.kind == "person" and c.name not in same for c in name_chunks(reader.text, toks)):
        return att  # "“…,” the minister said. Lund disagreed. “…,” he said": someone new
    return Attribution(
        last.speaker, last.speaker_full, att.cue, att.confidence, att.as_written, "pronoun"
    )


def speaker_for_pronoun(
    reader: ArticleReader, index: int, att: Attribution, quoted_by: Mapping[int, Attribution]
) -> Attribution:
    """ "“…,” he said" in a run of quotes: "he" is the current speaker when gender allows.

    "He said … Trump’s win … “…,” he said": the same pronoun as the subject of the speech cue
    just before is one person, the last *speaker*, not a man the reported words mention.
    """
    written = (att.as_written or "").lower()
    if att.how not in ("pronoun", "unresolved") or written not in ("he", "she"):
        return att
    # Only a speaker of the last two paragraphs: further back, "he" is more likely the person
    # just named than someone quoted long before.
    last = _last_reported(reader, index, quoted_by)
    chained = last is not None and _same_pronoun(last, written)
    current = last if chained else current_speaker(reader, index, quoted_by, look_back=2)
    if current is None or current.speaker is None or _many_or_body(current):
        return att  # ("… and their customers say. “…,” he said": not the customers)
    if not chained and att.speaker and reader.gender(att.speaker) == _gender_of(written):
        reporter = _reporter_goes_on(reader, index, quoted_by, att, written)
        if reporter is not None and not _named_here(reader, index, att, in_full=False):
            # (but "Lund was excited. He announced: “…”": the one this paragraph names)
            # "…, Lind added. | He went on to say that the premier …": the one reported just
            # before goes on, not a man their words were about (less surely: two men).
            return Attribution(
                reporter.speaker, reporter.speaker_full, att.cue, 0.8 * att.confidence,
                att.as_written, "pronoun",
            )  # fmt: skip
        return att  # the pronoun found a person the article writes about as "she"/"he"
    if current.how == "pronoun" and att.how != "unresolved" and not chained:
        return att  # (but "he" with nobody named before is the "he" quoted just before)
    same = att.speaker is not None and att.speaker in (current.speaker_full or "")
    if not same and _introduced_between(reader, index, quoted_by, att, in_full=chained):
        # "“…,” Hale said. | His rival, Ana Ruiz, won. | “…,” she said": Ruiz; and after "“…,”
        # he said" too, a man named in full in that paragraph ("Tom Berg has half his crop in")
        return att
    if not same and _named_here(reader, index, att):
        # "Ana Ruiz, who takes over, is confident. “…,” she said": Ruiz (even when the quote
        # before was "she said" too: a person named in full here is whom the pronoun follows)
        return att
    if reader.gender(current.speaker, guess=True) == ("m" if written == "she" else "f"):
        return att
    return Attribution(
        current.speaker, current.speaker_full, att.cue, att.confidence, att.as_written, "pronoun"
    )


def _reporter_goes_on(
    reader: ArticleReader,
    index: int,
    quoted_by: Mapping[int, Attribution],
    att: Attribution,
    written: str,
) -> Attribution | None:
    """The paragraph just before reports what someone of the pronoun's gender (or of none
    shown) said, and the person the pronoun found is not that reporter: that reporter, whom a
    pronoun at the next paragraph's cue goes on with; else None."""
    last = _last_reported(reader, index, quoted_by, look_back=1)
    if last is None or last.speaker is None or last.how not in ("named", "surname"):
        return None
    if " " not in (last.speaker_full or ""):
        return None  # a person named in full ("Beyond affirming …" names nobody)
    if att.speaker is not None and att.speaker in (last.speaker_full or ""):
        return None
    other = "m" if written == "she" else "f"
    return last if reader.gender(last.speaker, guess=True) != other else None


def _named_here(reader: ArticleReader, index: int, att: Attribution, in_full: bool = True) -> bool:
    """The pronoun's antecedent is a person named (in full or after a title, unless not
    ``in_full``), outside quotes, in its own paragraph: someone the paragraph introduces or is
    about, not the speaker of paragraphs before."""
    if att.how != "pronoun" or not att.speaker:
        return False
    para = reader.paragraphs[index]
    named = re.compile(r"(?<!\w)" + re.escape(att.speaker) + r"(?!\w)")
    full = not in_full or " " in att.speaker
    return any(
        not reader.is_quoted(m.start()) and (full or _titled_at(reader.text, para.start, m.start()))
        for m in named.finditer(reader.text, para.start, para.end)
    )


def _titled_at(text: str, start: int, at: int) -> bool:
    """A title stands right before the name at ``at`` ("Cllr Lund", "Dr. Lund"): as good as a
    full name for whom a paragraph introduces."""
    before = text[start:at].split()
    return bool(before) and before[-1].rstrip(".").casefold() in TITLES


def _introduced_between(
    reader: ArticleReader,
    index: int,
    quoted_by: Mapping[int, Attribution],
    att: Attribution,
    *,
    in_full: bool = False,
) -> bool:
    """The pronoun's antecedent is named (in full, if ``in_full``) in the paragraph just before,
    which quotes nobody."""
    i = index - 1
    while i >= 0 and reader.paragraphs[i].heading:
        i -= 1
    if i < 0 or i in quoted_by or att.how != "pronoun" or not att.speaker:
        return False
    if in_full and " " not in att.speaker:
        return False
    para = reader.paragraphs[i]
    named = re.compile(r"(?<!\w)" + re.escape(att.speaker) + r"(?!\w)")
    found = named.search(reader.text, para.start, para.end)
    if in_full and found is not None:
        # the paragraph's subject: it opens with the name, maybe after a place or a time ("Just
        # east of Northport, Tom Berg has …"), not "The club signed Tom Berg"
        opening = reader.text[para.start : found.start()]
        found = found if not opening or _SET_BEFORE.fullmatch(opening) else None
    return found is not None and reported_speech(reader, i) is None


_SET_BEFORE = re.compile(r"[^,.;:“”\"]{1,60},\s*")


def _last_reported(
    reader: ArticleReader, index: int, quoted_by: Mapping[int, Attribution], look_back: int = 2
) -> Attribution | None:
    """Who the nearest paragraph before that quotes or reports anyone quotes or reports, looking
    back ``look_back`` paragraphs (subheadings skipped)."""
    seen = 0
    for i in range(index - 1, -1, -1):
        if reader.paragraphs[i].heading:
            continue
        seen += 1
        if seen > look_back:
            break
        found = quoted_by[i] if i in quoted_by else reported_speech(reader, i)
        if found is not None:
            return found
    return None


def _same_pronoun(att: Attribution, pronoun: str) -> bool:
    """ "He said …" resolved to someone, and the cue to resolve says "he" too; or a speaker
    described only ("the spokesperson noted. He concluded …"): one person, who "he" goes on."""
    if att.speaker is None or att.as_written is None:
        return False
    if att.how == "description":
        return att.as_written.lower().split()[-1] in PERSON_ROLES
    return att.how == "pronoun" and att.as_written.lower() == pronoun


def _many_or_body(att: Attribution) -> bool:
    """A speaker described as many people ("their customers", "officers"), named as two, or a
    body ("the government promised …"): no "he" or "she" goes on with it."""
    written = (att.as_written or "").lower().split()
    if written and written[-1] in SPOKES:
        return False  # "the spokesperson noted": a person speaks for the body
    words = written if att.how == "description" else []
    if " and " in (att.speaker_full or ""):
        return True  # "Ada Lund and Eva Berg told …": a "she" after is one of them, not both
    if att.how == "organisation" or (words and words[-1] in ORG_NOUNS):
        return True
    return bool(words) and many_of(words[-1], PERSON_ROLES | PEOPLE_NOUNS)


def _gender_of(pronoun: str) -> str:
    return "f" if pronoun == "she" else "m"


# Participles after a document's noun ("a statement published on Monday"): what was issued,
# not who speaks ("The ministry's statement said …" still names its speaker).
_PUBLISHED = wordset("signed issued released published sent")


def reported_speech(
    reader: ArticleReader, index: int, before: int | None = None
) -> Attribution | None:
    """The speaker of the last sentence of a paragraph that reports speech ("X said …").

    With ``before``, only sentences starting before that offset count; words inside quotes are
    never the cue.
    """
    for start, end in reversed(reader.sentences(index)):
        if before is not None and start >= before:
            continue
        toks, _ = reader.chunks(start, end)
        for k, tok in enumerate(toks):
            # ("the Met Office has released a heavy rain alert": the alert's words are its)
            issued = tok.lower in _PUBLISHED and _document_after(toks, k)
            if tok.lower not in SPEECH_VERBS and not issued:
                continue
            if noun_here(toks, k):
                continue
            if k > 0 and toks[k - 1].lower in _PASSIVE:
                continue  # "Ana Ruiz was dismissed by …, Tom Hale said": the subject spoke not
            if k > 0 and _OWNED.search(toks[k - 1].text):
                continue  # "Ada Lund’s proposed visit": an adjective after an owner, no verb
            if tok.lower in _NOUN_TOO and not (k + 1 < len(toks) and toks[k + 1].lower == "that"):
                continue  # "In an analyst note Monday": a noun, not "X noted that"
            if reader.is_quoted(tok.start):
                continue
            if k + 1 < len(toks) and tok.lower in _ADDING and toks[k + 1].lower in _OBJECTS:
                continue  # "the museum added them to its collection": added things, no words
            if k == 1 and toks[0].lower.endswith("ing"):
                continue  # "Sharing details of …, he said": the participle's object, no verb
            subject = subject_before(toks, k)
            if subject is None and k == 0 and tok.lower.endswith("ing"):
                # "Speaking to the Ledger, analyst Mira Dahl shared …": the clause's subject.
                comma = next((n for n, t in enumerate(toks) if t.text == ","), None)
                para = reader.paragraphs[index]
                found = main_subject(reader, para, toks[comma + 1 :]) if comma else None
                if found is not None and found.how != "unresolved":
                    return Attribution.of(found, tok.text, 0.8)
            if subject is None or (tok.lower.endswith("ing") and toks[k - 1].lower not in _BE):
                continue  # "Beyond affirming respect, Keter announced …": no finite cue
            if subject[-1].lower in SPEECH_NOUNS and tok.lower in _PUBLISHED:
                continue  # "in a statement published …, police confirmed": the clause's verb
            if issued and any(t.lower in ("and", "&") for t in toks[:k]):
                continue  # "the services of Uganda and Kenya have released …": two issuers
            if _in_phrase(toks, subject):
                continue  # "In a report on the Church Fields appeals by …": a noun, no verb
            found = resolve_np(reader, reader.paragraphs[index], subject, subject[0].start)
            if found is not None and found.how not in ("unresolved", "document"):
                return Attribution.of(found, tok.text, 0.85)  # (not "statement": no one)
            if found is not None and found.how == "unresolved":
                break  # "one of them said, the government had promised …": its words after
    return None


def _document_after(toks: list[Token], k: int) -> bool:
    """A document issued, named within a few words after the verb at ``toks[k]`` ("released a
    second heavy rain alert", "issued a statement")."""
    return any(t.lower in _ISSUED_PAPERS for t in toks[k + 1 : k + 7])


_ISSUED_PAPERS = DOCUMENT_NOUNS | wordset("alert alerts warning warnings report")


def _in_phrase(toks: list[Token], subject: list[Token]) -> bool:
    """``subject`` stands after a preposition (and an article): the verb after it is a noun."""
    s = next(n for n, t in enumerate(toks) if t.start == subject[0].start)
    before = [t.lower for t in toks[max(0, s - 2) : s]]
    if before and before[-1] in _ARTICLES:
        before = before[:-1]
    return bool(before) and before[-1] in PREPOSITIONS and before[-1] not in _NAMES_OWN


_ARTICLES = wordset("the a an")
_NAMES_OWN = wordset("of for")  # "Bay of Plenty DHB CEO Ada Lund", "Minister for Health Ada Lund"
