"""Cues after a quote: "“…,” X said", "“…,” said the minister", "«…», ha detto", "“…” – X".

The rules of :func:`claimtrack.aids.attribution.attribute` for a quote whose cue follows it: an
inverted verb and its subject, a subject and its verb (past an apposition), a verb whose
subject the language left out ("“…”, expresó."), or a name credited after a dash.
"""

from __future__ import annotations

from claimtrack.aids.according import according_after, according_np
from claimtrack.aids.addressees import ADDRESSEE_VERBS, listened
from claimtrack.aids.apposed_names import named_apposition
from claimtrack.aids.body_lists import list_comma
from claimtrack.aids.clause_objects import relative_object
from claimtrack.aids.descriptions import is_group_noun
from claimtrack.aids.forward_phrases import POSSESSIVE, inverted_subject, np_forward
from claimtrack.aids.found import Attribution, Span, dropped
from claimtrack.aids.mentions import ArticleReader, Resolved, resolve_np
from claimtrack.aids.name_affixes import name_suffix
from claimtrack.aids.name_tags import name_tag_end
from claimtrack.aids.name_words import SPEAKER_NOUNS
from claimtrack.aids.office_chains import chain_end
from claimtrack.aids.pp_heads import person_before_pp
from claimtrack.aids.quote_glosses import past_gloss
from claimtrack.aids.quoting import before_quoted
from claimtrack.aids.reply_credits import reply_after
from claimtrack.aids.speakers import ABBREVIATED, ROLE_NOUNS, name_chunks
from claimtrack.aids.speech_cues import (
    ACCORDING,
    AFTER_ONLY,
    AUXILIARIES,
    BETWEEN,
    CUE_VERBS,
    DROPPING_VERBS,
    NP_OPENERS,
    PREPOSITIONS,
    SMALL_WORDS,
    auxiliary_participle,
    inverted_pronoun,
    noun_here,
)
from claimtrack.text.lexicon import COMPANY_ABBREVIATIONS, wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token

__all__ = [
    "NEW_CLAUSE",
    "after_cue",
    "bare_cue",
    "in_name",
    "is_verb",
    "sources_facts",
    "told_by",
]

# Words after an inverted verb that open a circumstance, not its subject: "said during a call",
# "said in a statement", "said after the match" (English; "said von der Leyen" is a name).
# (and "that", "que": "“…”, adding that islanders liked it" opens a clause, not the subject)
_CIRCUMSTANCE = (
    PREPOSITIONS | wordset("during after before following throughout that que dass che")
) - {"by"}
# Words opening another clause after a quote's comma: "“…,” while Beijing insisted …", "“…,”
# but the minister said …": that clause's subject did not say the quoted words.
NEW_CLAUSE = wordset(
    "while whilst whereas but although though because unless until whereupon meanwhile"
)


def is_verb(toks: list[Token], j: int, verbs: frozenset[str]) -> bool:
    """``toks[j]`` is one of ``verbs`` used as a verb: "the head of state" has no verb "state"."""
    return toks[j].lower in verbs and not noun_here(toks, j)


def in_name(toks: list[Token], j: int) -> bool:
    """``toks[j]``, a verb's word in capitals after a capitalised word in a sentence written in
    lower case, is part of a name: "told Northport Post", "the Daily Report". (A headline in
    Title Case, "Minister Says …", keeps its verb.)"""
    if j < 1 or not toks[j].is_capitalised or not toks[j - 1].is_capitalised:
        return False
    return any(t.is_word and not t.is_capitalised for t in toks[max(0, j - 5) : j - 1])


def after_cue(reader: ArticleReader, para: Paragraph, toks: list[Token]) -> Attribution | None:
    text = reader.text
    i = next((n for n, t in enumerate(toks) if t.text not in (",", "–", "—", "-")), len(toks))
    if i >= len(toks):
        return None
    first = toks[i]
    if first.lower in NEW_CLAUSE:
        return None  # "“…,” while Beijing insisted …": another clause, another speaker
    if first.lower == "and" and i + 1 < len(toks) and toks[i + 1].is_capitalised:
        return None  # "“…,” and Beijing called it …" (but "“…,” and he added" goes on)
    if (np := according_np(toks, i, ACCORDING)) is not None:
        return according_after(reader, para, np, first)  # "“…,” according to Ada Lind"
    if (reply := reply_after(reader, para, toks, i)) is not None:
        return reply  # "“…,” came the reply from Ada Lund"
    after_verbs = CUE_VERBS | AFTER_ONLY
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if first.lower in AUXILIARIES and nxt in after_verbs and auxiliary_participle(first.lower, nxt):
        i += 1  # "«…», ha detto il ministro": the participle is the cue
        first = toks[i]
    if first.lower in _QUOTES_WORDS_OF:
        return _quoted_words_of(reader, toks, i)
    if first.lower == "so" and _german_so(toks, i):
        np = np_forward(text, toks, i + 1)  # "„…“, so Scholz." / "„…“, so der Minister."
        found = resolve_np(reader, para, np, first.start) if np else None
        return None if found is None else Attribution.of(found, first.text, 0.9)
    clitic = inverted_pronoun(first) if first.lower in after_verbs else None
    cue = first
    aux = first.lower.split("-")[0] in AUXILIARIES and i + 1 < len(toks)
    if aux and toks[i + 1].lower in after_verbs:
        # "« … », a-t-il affirmé": the pronoun on the auxiliary, the participle the cue
        clitic, cue = inverted_pronoun(first), toks[i + 1]
    if clitic is not None:  # "« … », relève-t-il": the pronoun is written, not left out
        found = resolve_np(reader, para, [clitic], first.start)
        return None if found is None else Attribution.of(found, cue.text)
    # "said Lukashenka", "said the minister" (but "“…,” told CBS" names who was spoken to, and
    # "“…,” accusing Northport of …" its object: an addressee verb or a participle never inverts)
    if first.lower in after_verbs - ADDRESSEE_VERBS and not first.lower.endswith("ing"):
        titled = _title_then_name(reader, toks, i + 1)
        if titled is not None:
            return Attribution.of(titled, first.text, 0.95)
        np = inverted_subject(text, toks, i + 1)
        if np is not None and np[0].lower in _CIRCUMSTANCE:
            np = None  # "said during a call with analysts": a circumstance, not the speaker
        elif np is not None and np[0].lower == "by":
            np = np[1:] or None  # "“…,” as said by Ada Lind": the agent
        if np is not None and first.lower in DROPPING_VERBS and not _opens_np(np):
            np = None  # "ha detto intervistato da …": the subject was left out
        if np is None:
            return dropped(first.text) if first.lower in DROPPING_VERBS else None
        found = resolve_np(reader, para, np, toks[i].start)
        if found is None and _opens_np(np):
            # "«…», a déclaré le chef de la diplomatie": speech, by someone the rules cannot name.
            return Attribution(None, None, first.text, 0.4, text[np[0].start : np[-1].end])
        return None if found is None else Attribution.of(found, first.text)
    att = _subject_then_verb(reader, para, toks, i, after_verbs)
    if att is None and (k := past_gloss(toks, i)) is not None:  # (“…,” a body long promised,
        att = _subject_then_verb(reader, para, toks, k, after_verbs)  # Ada Lund said)
    if att is None and i > 0 and toks[i - 1].text in ("–", "—", "-"):
        return _dash_credit(reader, para, toks, i)
    return att


def sources_facts(reader: ArticleReader, para: Paragraph, span: Span, att: Attribution) -> bool:
    """ "were “disappeared,” according to a report": words quoted inside a sentence, then
    "according to", name where the facts come from, not who spoke them."""
    if not (att.cue or "").lower().startswith("according"):
        return False
    s_start, _ = reader.sentence_at(para.index, span.open)
    return any(c.isalnum() for c in reader.text[s_start : span.open])


# Russian "«…», — приводит слова Небензи РИА Новости" (RIA quotes the words of Nebenzya): the
# person is the name after "слова", the subject the outlet quoting them.
_QUOTES_WORDS_OF = wordset("приводит приводят привело привела привёл привел цитирует цитируют")


def _quoted_words_of(reader: ArticleReader, toks: list[Token], i: int) -> Attribution | None:
    rest = [t for t in toks[i + 1 : i + 8] if t.is_word]
    if rest and rest[0].lower in ("слова", "слов"):
        rest = rest[1:]
    people = [c for c in name_chunks(reader.text, rest) if c.kind == "person"]
    if not people:
        return None
    chunk = people[0]
    full = reader.names.full_name(chunk.name) or chunk.name
    how = "surname" if full != chunk.name else "named"
    written = reader.text[chunk.start : chunk.end]
    return Attribution(chunk.name, full, toks[i].text, 0.75, written, how)


# Prepositions that show the words after a verb are no subject: "ha detto intervistato da X".
_NOT_SUBJECT = PREPOSITIONS | wordset("da di par por para von vom mit от с в на z ze przez")


def _german_so(toks: list[Token], i: int) -> bool:
    """ "„…“, so Scholz." / "», so die Ministerin am Montag.": German's "so" after a quote,
    followed by a name or a role and the sentence's end (English "so Trump decided" is not)."""
    rest = toks[i + 1 : i + 8]
    if not rest or not (rest[0].is_capitalised or rest[0].lower in ("der", "die", "das")):
        return False
    return any(t.text in ".;" for t in rest) and not any(
        t.lower in CUE_VERBS or (not t.is_capitalised and t.lower.endswith(("ed", "s")))
        for t in rest[1:]
        if t.is_word
    )


# Punctuation inside a title before a name: "said Acme®’s CEO, Ada Lind", "Acme Inc.'s".
_IN_TITLE = frozenset(("®", "™", "’", "'", "-", "&", "."))


def _title_then_name(reader: ArticleReader, toks: list[Token], i: int) -> Resolved | None:
    """ "“…,” said Acme’s CEO, Ada Lind." / "commented the company's president, Ada Lind": a
    title (a role noun, often after the company's name) and then, after a comma, the person's
    full name closing the clause. The person speaks, not the company the title names."""
    comma = next((k for k in range(i, min(len(toks), i + 18)) if toks[k].text == ","), None)
    if comma is None or comma == i:
        return None
    title = toks[i:comma]
    if any(not t.is_word and t.text not in _IN_TITLE for t in title):
        return None
    if any(t.text == "." and not _abbreviation(toks[k - 1]) for k, t in enumerate(title, i)):
        return None  # "says director Ada Lund. She spoke of the show, Colour Conference,"
    if not any(t.lower in ROLE_NOUNS or POSSESSIVE.search(t.text) for t in title):
        return None  # (a role, or anyone's: "said Berg’s rival, Ada Lind")
    words: list[Token] = []
    for tok in toks[comma + 1 : comma + 6]:
        if not tok.is_word:
            break
        words.append(tok)
    end = comma + 1 + len(words)
    if not words or (end < len(toks) and toks[end].text not in ".,;"):
        return None  # the clause goes on past the name: not an apposition
    return named_apposition(reader, words)


def _opens_np(np: list[Token]) -> bool:
    """The words after an inverted verb are its subject: they open with a determiner, a name or
    a role, or hold a name and no preposition ("řekl ministr Petr Novák")."""
    first = np[0]
    if first.is_capitalised or first.lower in NP_OPENERS or first.lower in ROLE_NOUNS:
        return True
    if is_group_noun(first.text):
        return True  # "said students at Velm University": people named as a group
    named = any(t.is_capitalised for t in np)
    return named and not any(t.lower in _NOT_SUBJECT for t in np)


def _subject_then_verb(
    reader: ArticleReader, para: Paragraph, toks: list[Token], i: int, after_verbs: frozenset[str]
) -> Attribution | None:
    """ "Lukashenka said", "he told reporters", "the Belarusian foreign minister added"."""
    text = reader.text
    j = i
    chain = chain_end(toks, i)  # "Department of Labor, Office of … Tom Berg said": one subject
    limit = min(len(toks), i + 12 if chain is None else max(i + 12, chain + 1))
    np_end = None
    tags: set[int] = set()  # "Ada Lund (D-N.Y.) said": the tag's tokens, left out of the name
    # "“…,” Barking and Dagenham Council said": a capital right after the quote opens a name,
    # even where it is also a speech verb's ("barking").
    opens = toks[i].is_capitalised and i + 1 < len(toks) and toks[i + 1].lower in ("and", "&")
    while j < limit and ((j == i and opens) or not is_verb(toks, j, after_verbs)):
        if name_suffix(toks, j):  # "Herminio Cruz, Jr. said": the suffix is the name's
            j += 1
            continue
        if (close := name_tag_end(toks, j)) is not None:
            tags.update(range(j, close + 1))
            j = close + 1
            continue
        if toks[j].text == "," and (list_comma(toks, j) or (chain is not None and j < chain)):
            j += 1  # "the Department for Environment, Food and Rural Affairs said": one body
            continue
        if toks[j].text in (",", "–", "—", "-") and np_end is None and j > i:
            # "Viktor Orbán, the Hungarian prime minister, said": skip the apposition (or the
            # aside between dashes: "Ada Lund – who chairs it – said").
            k = _apposition_end(toks, j, after_verbs)
            if k is None and toks[j].text == ",":
                k = _unclosed_apposition(toks, i, j, after_verbs)
            if k is not None:
                np_end, j = j, k + 1
                break
        title_stop = toks[j].text == "." and _abbreviation(toks[j - 1])
        age = toks[j].text == "-" or toks[j].text.isdigit()
        firm = toks[j].text == "&" and j > i  # "Procter & Gamble said"
        if not toks[j].is_word and not (title_stop or age or firm):
            return None  # (but "the Hon. Minister said", "the 45-year-old told" go on)
        j += 1
    if j >= len(toks) or not is_verb(toks, j, after_verbs) or j == i:
        return None
    if listened(toks[j - 1 : j + 1]):  # "“…,” the Courier was told (by Ada Lind)."
        return told_by(reader, para, toks, j, toks[j].text)
    kept = [t for n, t in enumerate(toks[: np_end if np_end is not None else j]) if n not in tags]
    np = list(before_quoted(kept[i:]))  # "Lind was quoted"
    while np and np[-1].lower in BETWEEN:
        np = np[:-1]
    if not np or relative_object(np):
        return None
    if np_end is not None and _described(np):
        named = named_apposition(reader, toks[np_end + 1 : j - 1])
        if named is not None:  # "Doe’s lawyer, Tom Hale, said": the name is the speaker
            return Attribution.of(named, text[toks[j].start : toks[j].end])
    found = resolve_np(reader, para, person_before_pp(np), np[0].start)  # "Ada Lund of X"
    verb = text[toks[j].start : toks[j].end]
    phrase = len(np) <= 6 and not any(t.lower in SMALL_WORDS for t in np)  # (no clause)
    if found is None and phrase and _opens_np(np):
        # "“…,” Berg’s rival said": speech, by someone the rules will not name (a refusal).
        return Attribution(None, None, verb, 0.4, text[np[0].start : np[-1].end])
    return None if found is None else Attribution.of(found, verb)


def _described(np: list[Token]) -> bool:
    """A description a name may be set beside: "the harbour master, Tom Berg, said", "Doe’s
    lawyer, Tom Hale, said", "Lund’s husband, Tomas, said"."""
    described = np[0].lower in ("the", "a", "an")
    return described or any(t.lower in SPEAKER_NOUNS or POSSESSIVE.search(t.text) for t in np)


def told_by(
    reader: ArticleReader, para: Paragraph, toks: list[Token], i: int, cue: str
) -> Attribution:
    """ "Berg was told by Ada Lind that …": the one after "by" spoke; else nobody named."""
    np = (
        np_forward(reader.text, toks, i + 2)
        if i + 2 < len(toks) and toks[i + 1].lower == "by"
        else None
    )
    found = resolve_np(reader, para, np, np[0].start) if np else None
    return Attribution(None, None, cue, 0.3) if found is None else Attribution.of(found, cue, 0.85)


_APPOSITION_TOKENS = 24
"""Tokens an apposition may take: "Ray Lee, head of the Project (South Sea) at Ash University,
which runs it, told VOA" (a relative clause too); never past a sentence's end."""


def _abbreviation(tok: Token) -> bool:
    """A full stop after it ends no sentence: "Hon.", "Acme Inc.", "U.S." (an initial's)."""
    initial = len(tok.text) == 1 and tok.text.isupper()
    return tok.lower in ABBREVIATED or tok.lower in COMPANY_ABBREVIATIONS or initial


def _apposition_end(toks: list[Token], j: int, after_verbs: frozenset[str]) -> int | None:
    """The comma (or dash) right before the cue's verb when ``toks[j]`` (one of the same)
    opens an apposition (or two: "Ada Lind, spokeswoman for the county, which runs the port,
    told CBS")."""
    for k in range(j + 1, min(len(toks) - 1, j + _APPOSITION_TOKENS)):
        tok = toks[k]
        if tok.text in ("!", "?", ";", "“", "”", '"', "«", "»"):
            return None
        if tok.text == "." and not _abbreviation(toks[k - 1]):
            return None
        if tok.text == toks[j].text and toks[k + 1].lower in after_verbs:
            return k
    return None


def _unclosed_apposition(
    toks: list[Token], i: int, j: int, after_verbs: frozenset[str]
) -> int | None:
    """The token before the verb when a name's apposition runs into it with its closing comma
    left out: "“…,” Ada Lind, the county’s port director said." (the name is the subject)."""
    for k in range(i, j):
        stop = toks[k].text == "." and k > i and _abbreviation(toks[k - 1])
        if not (toks[k].is_capitalised or stop):
            return None  # ("“…,” in Geneva, the minister said": no name before the comma)
    if j + 1 >= len(toks):
        return None
    article = toks[j + 1].lower in ("the", "a", "an")
    if not (article or (toks[j + 1].is_capitalised and j - i >= 2)):
        return None  # (a role in Title Case after a full name: "Ada Lind, Port Director said")
    for k in range(j + 1 + article, min(len(toks) - 1, j + 9)):
        if not toks[k].is_word:
            return None
        if toks[k + 1].lower in after_verbs:
            return k if article or toks[k].lower in ROLE_NOUNS else None
    return None


def _dash_credit(
    reader: ArticleReader, para: Paragraph, toks: list[Token], i: int
) -> Attribution | None:
    """ "“…” – Carlisle boss Dan Moyes (lost 2-1 at home).": a name credited after a dash."""
    words: list[Token] = []
    for tok in toks[i : i + 8]:
        if not tok.is_word or (words and not tok.is_capitalised and tok.lower not in ROLE_NOUNS):
            break
        words.append(tok)
    people = [c for c in name_chunks(reader.text, words) if c.kind == "person"]
    if not people or " " not in people[-1].name:
        return None
    chunk = people[-1]
    full = reader.names.full_name(chunk.name) or chunk.name
    how = "surname" if full != chunk.name else "named"
    written = reader.text[chunk.start : chunk.end]
    return Attribution(chunk.name, full, "–", 0.75, written, how)  # a credit line, no verb


def bare_cue(tail: str, n_words: int) -> bool:
    """ "“We are ready” he told CNN", "“…” said Ada Lund" (not "“…” said to be"): a cue right
    after the quote, its comma left out."""
    written = tail.split()[:10]
    words, raw = [w.lower().strip(".,") for w in written], written[1:2]
    inverted = bool(words) and words[0] in CUE_VERBS and bool(raw) and raw[0][:1].isupper()
    # The verb two words on, or further after a name and its place ("Tom Berg of Northport said")
    verb = next((k for k, w in enumerate(words) if k and w in CUE_VERBS), None)
    named = verb is not None and all(w[:1].isupper() or w in _OF_PLACE for w in written[:verb])
    return n_words >= 4 and (inverted or (verb is not None and (verb <= 2 or named)))


_OF_PLACE = ("of", "from")
