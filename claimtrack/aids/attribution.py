"""Who said a quotation: the cue rules that attribute a quoted span to a speaker.

Given the quote marks paired by :mod:`claimtrack.aids.quotations`, these rules look for a speech
cue after the quote ("“…,” X said"), before it in the same sentence ("X insisted that “…”",
"According to him, …"), or at the end of the previous paragraph, and resolve the speaker named
there: a name, a pronoun (the nearest person named before it), or a role noun phrase ("the
Belarusian foreign minister"). Bounded windows and bisected lookups keep many quotes cheap.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.aids.according import according_cue, according_np
from claimtrack.aids.addressees import ADDRESSEE_VERBS, listened
from claimtrack.aids.bracket_labels import bracket_label, without_parenthesis
from claimtrack.aids.circumstances import only_circumstance
from claimtrack.aids.clause_objects import cue_subject, participle_subject
from claimtrack.aids.cue_after import after_cue, bare_cue, in_name, is_verb, sources_facts, told_by
from claimtrack.aids.cue_context import cue_sentence_start, masked_tokens
from claimtrack.aids.cue_next import next_sentence_cue
from claimtrack.aids.forward_phrases import POSSESSIVE, inverted_subject, np_forward
from claimtrack.aids.found import Attribution, Span, dropped, quote_end, speaker_goes_on
from claimtrack.aids.fronted_participles import cue_ending_sentence, fronted_participle_cue
from claimtrack.aids.mentions import ArticleReader, Resolved, resolve_np
from claimtrack.aids.others_words import named_by_subject
from claimtrack.aids.passive_agents import passive_said
from claimtrack.aids.prompted import prompted_speaker
from claimtrack.aids.questions import asked_in, quoting_someone, subject_just_before
from claimtrack.aids.quoted_titles import after_name_noun, is_title, quoted_name
from claimtrack.aids.quoting import cited_source, quoted_person
from claimtrack.aids.reply_credits import owner_speaks
from claimtrack.aids.signed_quotes import signed
from claimtrack.aids.speakers import name_chunks
from claimtrack.aids.speech_cues import (
    ACCORDING,
    AFTER_ONLY,
    CUE_VERBS,
    DROPPING_VERBS,
    NAMING_VERBS,
    PARTICIPLE_ENDINGS,
    PREPOSITIONS,
    SMALL_WORDS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    as_term,
    modified_noun,
    names_owned_words,
)
from claimtrack.aids.subjects import main_subject, subject_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token, tokenize

__all__ = ["Attribution", "Span", "attribute"]

_AFTER_PUNCT = ",?!–—…"
# Words before quoted words that make them a term: "a “Russian airbase”", "the so-called “…”".
_TERM_BEFORE = wordset(
    "a an the this that its their his her our so-called called dubbed named titled entitled"
)


def attribute(
    reader: ArticleReader, para: Paragraph, span: Span, spans: Sequence[Span], opens: Sequence[int]
) -> Attribution | None:
    text = reader.text
    quoted = text[span.start : span.end]
    n_words = len(quoted.split())
    short = n_words <= 3
    if short and quoted_name(text, span):
        return None  # "Dicon Technologies (“Dicon”)", "Ezekiel “Ziggy” Cameron": no speech

    if asked_in(reader, para, span):
        return Attribution(None, None, "asked", 0.3)  # the question's words: the asker's

    before = masked_tokens(text, cue_sentence_start(reader, para, span), span.open, spans, opens)
    # 1. Cue after the quote: "“…,” X said" / "“…,” said X" (a name in Title Case too:
    # "a dealmaking “Nixon-Rockefeller Republican,” he writes").
    if span.close is not None:
        # The last character inside the marks, counting the comma trimmed off the text.
        content_end = quote_end(text[span.start : span.close])
        after_start = span.close + 1
        tail = text[after_start : min(para.end, after_start + 200)]
        dash = tail.lstrip()[:1] in (",", "–", "—") or tail.lstrip()[:2] == "- "
        bare = content_end.isalnum() and bare_cue(tail, n_words)  # (“…. He said” is not one)
        if content_end in _AFTER_PUNCT or dash or bare:
            att = after_cue(reader, para, tokenize(tail, after_start))
            att = None if att is None or sources_facts(reader, para, span, att) else att
            inside = content_end in _AFTER_PUNCT  # “…,” (a title's comma stands outside: “…”,)
            spoken = inside and att is not None and att.speaker is not None
            # (not when "Berg called it “…”" before the quote: the words are Berg's)
            if att and (spoken or not is_title(quoted)) and not named_by_subject(before):
                return quoting_someone(reader, para, tail, after_start, att)

    if is_title(quoted) or after_name_noun(text, span.open):
        return None  # “Salt and Iron”, “Northwest BC Economic Briefing”: a title, not speech

    # 2. Cue before the quote, in the same sentence (or a paragraph ending in ":" or ",").
    prompted = prompted_speaker(reader, para.index) if span.open == para.start else None
    if prompted is not None:
        return prompted  # "On the injury:" / "“…”": a reporter's prompt names no speaker
    if not before and span.open == para.start and para.index > 0:
        prev = reader.paragraphs[para.index - 1]
        if not prev.heading and text[prev.start : prev.end].rstrip()[-1:] in ":,":
            ps, pe = reader.sentences(prev.index)[-1]
            before = tokenize(text[ps:pe], ps)
    att = passive_said(reader, para, span) or _before_cue(reader, para, span, before, short)
    if att is None and span.close is not None and not (before and before[-1].lower in _TERM_BEFORE):
        att = cue_ending_sentence(reader, para, span) or fronted_participle_cue(reader, para, span)
    elif att is not None and att.speaker is None:  # "Blaming “…”, Lund said …": the cue's subject
        att = fronted_participle_cue(reader, para, span) or att
    # "«…». Lo ha dichiarato X."; "“…”" over "–Ada Lund"; "Ada Lund (coach)" over "“…”"
    if att := att or next_sentence_cue(reader, para, span) or signed(reader, para, span):
        return att

    # 3. No cue: a full sentence or more in marks is still reported, without a speaker.
    after_mark = text[span.close + 1 : span.close + 2] if span.close is not None else ""
    ends = quoted.rstrip('"”’»')[-1:] in ".!?…" or after_mark in (".", "!", "?")
    if n_words >= 6 and quoted[:1].isupper() and ends:
        return subject_just_before(reader, para, span) or Attribution(None, None, None, 0.3)
    return None


# Reporting verbs whose clause may drop "that": "said the talks were “productive”".
_REPORTING = wordset(
    "said says say told tells added adds stated states insisted insists saying adding stating"
    " insisting noting warned warning argued arguing claimed claiming noted"
)
_CLAUSE_SUBJECTS = wordset("it he she they we i")
# Words after a reporting verb that start no reported clause: "said to", "told of".
_NOT_A_CLAUSE = wordset("to for about of with on in at by as from so-called")
# "called for", "called on": the verb does not name what follows.
_PHRASAL = wordset("for on upon off up in out into back")
_PASSIVE = wordset("is was were are be been being")


def _takes_that(toks: list[Token], i: int) -> bool:
    """The verb at ``toks[i]`` is followed by "that" within five words and no comma, or is a
    plain reporting verb followed by its clause ("said the talks were “productive”")."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if toks[i].lower in _REPORTING and nxt not in _NOT_A_CLAUSE and toks[i + 1].is_word:
        return True
    if toks[i].lower in _REPORTING and any(
        t.lower in _CLAUSE_SUBJECTS for t in toks[i + 1 : i + 7]
    ):
        return True  # "said on Friday it was “deeply concerned”"
    for tok in toks[i + 1 : i + 7]:
        if tok.lower == "that":
            return True
        if not tok.is_word:
            return False
    return False


def _governing_cue(
    reader: ArticleReader, para: Paragraph, span: Span, toks: list[Token]
) -> Attribution | None:
    """A few quoted words inside reported speech: "X stated that the CSTO must become “serious”".

    The cue must take a that-clause ("stated that", "said in a statement that", "told reporters
    on Monday that") in the same sentence, and the quote must not be a term a determiner or
    "known as" introduces ("it would be a “Russian airbase”", "the so-called “…”").
    """
    if toks and (toks[-1].lower in _TERM_BEFORE or as_term(toks)):
        return None
    words = 0
    for i in range(len(toks) - 2, -1, -1):
        if toks[i].is_word:
            words += 1
            if words > 30:
                return None
        if is_verb(toks, i, SPEECH_VERBS) and _takes_that(toks, i):
            gap = [t for t in toks[i + 1 :] if t.is_word]
            ing = toks[i].lower.endswith("ing")
            if ing and (main := participle_subject(reader, para, toks[:i])):
                return Attribution.of(main, toks[i].text, 0.6)  # "Lund condemned it, saying …"
            att = _from_verb(reader, para, span, toks, i, gap)
            if att is None or att.speaker is None:
                return None
            return att.scaled(0.9)
    return None


def _before_cue(
    reader: ArticleReader, para: Paragraph, span: Span, toks: list[Token], short: bool
) -> Attribution | None:
    text = reader.text
    whole, toks = toks, without_parenthesis(toks)
    n = len(toks)
    # A short quote after a colon is speech when it is a sentence ("Berg was less sure: “We
    # will see.”"), not a label ("a sign in red: “On strike”").
    sentence = text[span.start : span.end].rstrip()[-1:] in (".", "!", "?", "…")
    if n >= 2 and toks[-1].text == ":" and toks[-2].is_word and (sentence or not short):
        # "According to him: “…”": the colon closes the according-to phrase, the cue.
        for i in range(n - 2, max(-1, n - 9), -1):
            if np := according_np(toks[:-1], i, ACCORDING):
                return according_cue(reader, para, np, toks[i])
        return _colon_cue(reader, para, span, toks, bracketed=len(toks) < len(whole))
    # Walk back from the quote to the nearest cue, at most 25 words.
    words_seen = 0
    gap: list[Token] = []  # the content words between the cue and the quote (grown as we walk)
    for i in range(n - 1, -1, -1):
        tok = toks[i]
        low = tok.lower
        if i + 1 < n and toks[i + 1].is_word and toks[i + 1].lower not in SMALL_WORDS:
            gap.append(toks[i + 1])
        if short and len(gap) > 2 and not _named_phrase(reader, span, toks):
            return _governing_cue(reader, para, span, toks)
        np = according_np(toks, i, ACCORDING)
        if np is not None:
            # "According to X", "según X", "selon lui", "по его словам"
            if not np:
                return None
            return according_cue(reader, para, np, tok)
        if low in SPEECH_NOUNS and names_owned_words(toks, i):
            words_seen += 1
            continue  # "Lund called Berg’s claims “untrue”": Lund's words for Berg's claims
        if low in SPEECH_NOUNS and i > 0 and (owned := owner_speaks(reader, para, toks, i)):
            return owned
        # (not in a name, "told Northport Post"; not a noun, "in a Facebook post that")
        if low in CUE_VERBS and tok.is_word and not in_name(toks, i) and not modified_noun(toks, i):
            before = toks[i - 1].lower if i > 0 else ""
            if low in NAMING_VERBS and (before in _PASSIVE or (not gap and before in _TERM_BEFORE)):
                return None  # "was called “…”", "the term “drought”": a name, no one's words
            if short and gap and low not in NAMING_VERBS:
                # "said the talks were “productive”" is speech; "said the so-called “peace
                # plan”" is a scare quote: the governing-cue rule tells them apart.
                return _governing_cue(reader, para, span, toks)
            if not (low in NAMING_VERBS and not short and gap) or _names_object(toks, i, gap):
                # ("called for …" is no naming cue for a long quote further on.)
                return _from_verb(reader, para, span, toks, i, gap)
        if tok.is_word:
            words_seen += 1
            if words_seen > 25:
                return None
    return None


def _named_phrase(reader: ArticleReader, span: Span, toks: list[Token]) -> bool:
    """ "described the approval of the plans as an “important step”": a phrase a naming verb
    with its own subject gives, however long its object (one word is a name: "dubbed the new
    ferry as “Seagull”")."""
    return len(reader.text[span.start : span.end].split()) > 1 and named_by_subject(toks)


def _colon_cue(
    reader: ArticleReader, para: Paragraph, span: Span, toks: list[Token], bracketed: bool
) -> Attribution | None:
    """A colon ends the words before the quote: they name its speaker, or hold its verb (a word
    with a bracket before the colon, "LUND (NORTHPORT):", names its speaker and team)."""
    text = reader.text
    n = len(toks)
    # "Lukashenka disagreed: “…”": any verb before a colon introduces the quote, but a
    # speech verb a few words back is the cue ("told reporters:", "said in a statement:").
    verb = next(
        (k for k in range(n - 2, max(n - 8, -1), -1) if is_verb(toks, k, SPEECH_VERBS)),
        None,
    )
    if verb is None:
        # "Lund’s verdict was simple: “…”": the clause opens with someone's words.
        k = next((k for k in range(1, min(n - 1, 5)) if toks[k].lower in _OWNED_WORDS), 0)
        if k and (owned := owner_speaks(reader, para, toks, k)):
            return owned
        # "Trump on China, to The Wall Street Journal: “…”": the clause's subject speaks.
        word = toks[0].text
        if bracketed and n == 2 and word[:1].isupper():
            return bracket_label(reader, word)  # "LUND (NORTHPORT): “…”"
        alone = n == 2 and reader.only_opens_sentences(word) and not reader.names.is_person(word)
        if alone or speaker_goes_on(text[toks[0].start : toks[-1].end]):
            # "Siguió: “…”", "Aggiunse: «…»": a verb alone, its subject left out (a name
            # is written mid-sentence somewhere: "Ruiz: “…”" after "said Ruiz").
            return dropped(text[toks[0].start : toks[-1].end])
        found = main_subject(reader, para, toks[:-1])
        if found is not None:
            return Attribution.of(found, ":", 0.85)
        comma = next((k for k in range(2, min(n - 2, 8)) if toks[k].text == ","), 0)
        if comma and toks[0].lower in _FOR_WHOM:
            # "For Ada Lund, the answer is clear: “…”": the clause names no one else
            found = main_subject(reader, para, toks[1:comma])
            if found is not None:
                return Attribution.of(found, ":", 0.6)
        verb = n - 2
    return _from_verb(reader, para, span, toks, verb, [])


# Words that open a clause before a colon by naming whose view it is ("For Ada Lund, …:").
_FOR_WHOM = wordset("for to")
# Nouns for someone's words that open a clause before a colon ("Lund’s verdict:").
_OWNED_WORDS = SPEECH_NOUNS | wordset(
    "verdict message advice retort riposte reaction view take assessment explanation"
)


OTHER_PERSON_BETWEEN = 0.75
"""Scaling of a cue whose clause names another person between the verb and the quote."""


def _someone_else_between(reader: ArticleReader, toks: list[Token], told: bool) -> bool:
    """A person named in full between a cue's verb and the quote, as a subject (not after a
    preposition: "told a conference in Port Ellen"; nor whom "told" names: "told Tom Hale")."""
    starts = {t.start: k for k, t in enumerate(toks)}
    for chunk in name_chunks(reader.text, toks):
        k = starts.get(chunk.start, 0)
        spoken_to = (k > 0 and toks[k - 1].lower in PREPOSITIONS) or (told and k == 0)
        if chunk.kind == "person" and " " in chunk.name and not spoken_to:
            return True
    return False


def _names_object(toks: list[Token], i: int, gap: list[Token]) -> bool:
    """ "called Western arms deliveries “…”": a naming verb, its object, then the quote."""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return len(gap) <= 6 and nxt not in _PHRASAL


_INVERTING = (CUE_VERBS | AFTER_ONLY) - ADDRESSEE_VERBS
"""Verbs that put their subject after them ("said Ada Lund"); "told" names the listener."""


def _inverted_aside(
    reader: ArticleReader, para: Paragraph, toks: list[Token], i: int
) -> Resolved | None:
    """ "The plan, said Ada Lund, “will work”": the verb set off by commas with its subject after
    it, right before the quote, is an aside that credits the quote to that subject."""
    verb, n = toks[i], len(toks)
    if i == 0 or toks[i - 1].text != "," or toks[-1].text != "," or n - i > 12:
        return None
    if verb.lower not in _INVERTING or verb.lower.endswith("ing"):
        return None
    np = inverted_subject(reader.text, toks, i + 1)
    end = next((k for k in range(i + 1, n) if np and toks[k] is np[-1]), None)
    if np is None or end is None or not only_circumstance(toks[end + 1 : -1]):
        return None  # the commas hold the verb, its subject and maybe when or where
    return resolve_np(reader, para, np, np[0].start)


def _from_verb(
    reader: ArticleReader, para: Paragraph, span: Span, toks: list[Token], i: int, gap: list[Token]
) -> Attribution | None:
    text = reader.text
    verb = toks[i]
    cue_end = verb.end
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and ((nxt.lower == "that" and not gap) or nxt.text in ",:"):
        cue_end = nxt.end  # "insisted that", "said,", "said:"
    cue = text[verb.start : cue_end]
    if (aside := _inverted_aside(reader, para, toks, i)) is not None:
        return Attribution.of(aside, cue, 0.9)
    adjacent = 1.0 if not gap else 0.85
    if gap and _someone_else_between(reader, toks[i + 1 :], verb.lower in ADDRESSEE_VERBS):
        # "Ana Ruiz said that Tom Hale “may try …”": the quoted words may be the other one's.
        adjacent *= OTHER_PERSON_BETWEEN
    prev = toks[i - 1].lower if i > 0 else ""
    source = cited_source(reader, toks[:i])
    if source is not None:  # "The Courier quoted Ada Lind as saying": Lind
        return Attribution.of(source, cue, adjacent)
    if listened(toks[max(0, i - 1) : i + 1]):
        return told_by(reader, para, toks, i, cue)  # "X was told": X listened
    # Participle opening the sentence: "Emphasizing the “…”, Lukashenka wants …".
    if i == 0 and verb.lower.endswith("ing") and span.close is not None:
        after = tokenize(text[span.close + 1 : min(para.end, span.close + 200)], span.close + 1)
        if after and after[0].text == ",":
            np = np_forward(text, after, 1)
            found = resolve_np(reader, para, np, np[0].start) if np else None
            if found is not None:
                return Attribution.of(found, cue, 0.85)
    if prev == "to" or (verb.lower.endswith(PARTICIPLE_ENDINGS) and prev == ","):
        # "met … to announce “…”", "…, adding that “…”": the main clause's subject speaks;
        # "The Ledger quotes Brian Holm, …, saying": the one quoted does.
        head = toks[: max(i - 1, 0)]
        found = (
            quoted_person(reader, head)
            or participle_subject(reader, para, head)
            or cue_subject(reader, para, head)
        )
        return None if found is None else Attribution.of(found, cue, adjacent)
    subject = subject_before(toks, i)
    if subject and POSSESSIVE.search(subject[-1].text):
        subject = None  # "Africa’s “Coach of the Year” said": the owner of a quoted title
    if subject is None:
        found = main_subject(reader, para, toks[:i])
        if found is None and verb.lower in DROPPING_VERBS:
            return dropped(cue).scaled(adjacent)  # "Nell'intervista dirà di «…»"
        if found is None:
            return Attribution(None, None, cue, 0.4 * adjacent)
        return Attribution.of(found, cue, 0.8 * adjacent)
    found = resolve_np(reader, para, subject, subject[0].start)
    if found is None and verb.lower in DROPPING_VERBS:
        return dropped(cue).scaled(adjacent)  # "Nell'intervista dirà": no subject named
    if found is None:
        return Attribution(None, None, cue, 0.4 * adjacent)
    return Attribution.of(found, cue, adjacent)
