"""Who issued the document a quotation comes from: "“…,” the decree said" after "Ana Ruiz
signed the decree", or "the ministry issued a statement". Split out of
:mod:`claimtrack.aids.discourse`, whose reported speech this reads beside.
"""

from __future__ import annotations

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speech_cues import SPEECH_NOUNS, SPEECH_VERBS
from claimtrack.aids.subjects import main_subject, subject_before
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["ISSUING_VERBS", "document_issuer"]

# Verbs that issue a document: "Ana Ruiz signed the decree", "the ministry issued a statement".
ISSUING_VERBS = wordset(
    "signed signs issued issues released releases published publishes sent sends wrote writes"
)


def document_issuer(reader: ArticleReader, index: int, at: int) -> Attribution | None:
    """Who issued the document a quote comes from ("“…,” the decree said"): the subject of the
    nearest "signed", "issued" or "released" in this paragraph or the two before it."""
    seen = 0
    for i in range(index, -1, -1):
        para = reader.paragraphs[i]
        if para.heading:
            continue
        seen += 1
        if seen > 3:
            break
        for start, end in reversed(reader.sentences(i)):
            if start >= at:
                continue
            toks, _ = reader.chunks(start, end)
            for k, tok in enumerate(toks):
                if tok.lower not in ISSUING_VERBS or reader.is_quoted(tok.start):
                    continue
                if k > 0 and toks[k - 1].lower in ("was", "were", "is", "are", "been", "be"):
                    continue  # "the decree, which was published …": issued, by nobody named
                subject = subject_before(toks, k)
                published = subject is not None and subject[-1].lower in SPEECH_NOUNS
                if published:
                    # "in a statement published on Monday, police confirmed …": the statement
                    # is what was published; who issued it is the subject of the clause's verb.
                    subject = _clause_verb_subject(toks, k)
                found = resolve_np(reader, para, subject, subject[0].start) if subject else None
                if (found is None or found.how == "unresolved") and not published:
                    found = main_subject(reader, para, toks[:k])  # "X late on Monday signed"
                if found is not None and found.how not in ("unresolved", "description", "document"):
                    return Attribution.of(found, tok.text, 0.8)
    return None


def _clause_verb_subject(toks: list[Token], k: int) -> list[Token] | None:
    """The subject of the first speech verb after ``toks[k]`` in its sentence, if any."""
    verb = next((j for j in range(k + 1, len(toks)) if toks[j].lower in SPEECH_VERBS), None)
    return subject_before(toks, verb) if verb is not None else None
