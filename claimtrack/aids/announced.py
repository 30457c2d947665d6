"""A text the article announces and then gives in full, without quote marks.

Government pages, press releases and wires introduce a speech or a statement with a line that
ends in a colon and says a text follows: "A translation of President Ana Lund's remarks
follows:", "Full text of the statement:", "The statement reads:", "Following is the transcript
of remarks by …:", "Texto íntegro del discurso:", "Texte intégral de la déclaration :",
"Berikut pernyataan lengkapnya:". Each plain paragraph after it is a paragraph of that text (a
block quote, kind ``block``) of the person the announcement names (or of nobody named), up to a
heading, a paragraph in quote marks, a line too short to be prose or a paragraph that names the
speaker (the article narrating again). A colon after "the
following" alone ("The following were arrested:") announces a list, not a text: a word for a
text (remarks, statement, speech, transcript …) must stand in the announcement too.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.issuers import ISSUING_VERBS
from claimtrack.aids.mentions import ArticleReader, is_person, resolve_np
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.aids.speech_pages import narrated
from claimtrack.aids.subjects import subject_before
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["announced_block"]

# A word naming a text that is spoken or issued, in the languages the rules read.
_TEXT = re.compile(
    r"(?i)\b(?:remarks|speech|statement|message|transcript|text|letter|declaration|"
    # "address" as a noun only ("the President's televised address"; not "must address")
    r"(?:the|an|his|her|its|their|this|whose)\s(?:[\w-]+\s)?address|"
    r"communiqu[ée]|op-ed|discurso|declaraci[óo]n|comunicado|mensaje|texto|carta|"
    r"déclaration|allocution|discours|texte|Rede|Erklärung|Wortlaut|Ansprache|pernyataan|"
    r"pidato|sambutan|keterangan|íntegra|pronunciamento|nota)\b"
)
# Words saying the text follows (or is given in full).
_FOLLOWS = re.compile(
    r"(?i)\b(?:follows?|following|below|reads|in full|full|verbatim|unabridged|"
    r"a continuación|íntegro|íntegra|completo|sigue|siguiente|ci-dessous|intégral|suivant|"
    r"im Folgenden|folgt|folgende|berikut|selengkapnya|lengkapnya|a seguir|here is|here's)\b"
)
# A role owning the text: "the President’s remarks", "the prime minister's address".
_OWNED = re.compile(r"\b((?:[Tt]he) [^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,3})['’]s\b")
_MIN_WORDS = 6
_LOOK_AHEAD = 5  # paragraphs of the text read for a narrator's "he said"
_INTRO_CHARS = 300
"""Only the announcement's last characters are read (a bounded cost)."""


def announced_block(
    reader: ArticleReader, para: Paragraph, blocks: dict[int, Attribution]
) -> Found | None:
    """``para`` as a paragraph of an announced text: the first one right after the
    announcement, or one going on from the block paragraph before it."""
    if para.index == 0 or para.heading:
        return None
    if not _prose(reader, para) and not (para.index - 1 in blocks and _cut_off(reader, para)):
        return None
    first = para.index
    while first - 1 in blocks:
        first -= 1
    if first == 0:
        return None
    intro = reader.paragraphs[first - 1]
    announcement = reader.text[intro.start : intro.end]
    if not _announces(announcement) and not _announced_in_capitals(announcement):
        return None
    if first < para.index:
        att = blocks[para.index - 1]
        if para.index == len(reader.paragraphs) - 1 and _cut_off(reader, para):
            return para.start, para.end, _continued(att)
        if _names(reader.text[para.start : para.end], att):
            return None  # the article speaks about the speaker again: narration, not the text
        return para.start, para.end, _continued(att)
    # A text given in full does not say "he said": paragraphs that do are the article's report.
    after = reader.paragraphs[first : first + _LOOK_AHEAD]
    # (An announcement that ends in a colon is explicit: only "he said" or "she said" tells
    # of a report; a body's statement speaks of what "they reported".)
    explicit = announcement.rstrip().endswith(":")
    if narrated([reader.text[p.start : p.end] for p in after], persons_only=explicit):
        return None
    att = _named(reader, intro)
    if _names(reader.text[para.start : para.end], att):
        return None  # "Lund said the accord …": the article's report, not the text
    return para.start, para.end, att


def _names(body: str, att: Attribution) -> bool:
    surname = (att.speaker_full or "").split()[-1:]
    return bool(surname) and re.search(rf"(?<!\w){re.escape(surname[0])}(?!\w)", body) is not None


def _prose(reader: ArticleReader, para: Paragraph, short: bool = True) -> bool:
    """A plain paragraph of running text: no quote marks, words enough, and a sentence's end
    (the page's last paragraph may be cut off mid-sentence). A short sentence counts when
    running text follows it ("Good evening, everyone." opening an address, "Thank you." within
    it)."""
    body = reader.text[para.start : para.end].rstrip()
    if any(m in body for m in MARK_OPENERS[:4]) or para.heading:
        return False
    last = para.index == len(reader.paragraphs) - 1
    if len(body.split()) >= _MIN_WORDS:
        return body[-1:] in ".!?…;:" or last
    if not short or len(body.split()) < 2 or body[-1:] not in ".!?" or last:
        return False
    return _prose(reader, reader.paragraphs[para.index + 1], short=False)


def _cut_off(reader: ArticleReader, para: Paragraph) -> bool:
    """The page's last paragraph, cut off before its sentence ends ("Equally, we mu")."""
    body = reader.text[para.start : para.end].rstrip()
    last = para.index == len(reader.paragraphs) - 1
    return last and body[-1:] not in ".!?…;:" and not any(m in body for m in MARK_OPENERS[:4])


def _announces(intro: str) -> bool:
    tail = intro.rstrip()[-_INTRO_CHARS:]
    if tail.endswith(".") and not tail.endswith("..."):  # "… released the statement below."
        last = re.split(r"[.!?]\s", tail[:-1])[-1]
        return any(_BELOW.match(last, m.end()) for m in _TEXT.finditer(last))
    if not tail.endswith((":", "...", "…")):  # ("Here is the principal's letter to us ...")
        return False
    last = re.split(r"[.!?]\s", tail)[-1]  # the announcing sentence only
    return _TEXT.search(last) is not None and _FOLLOWS.search(last) is not None


# "below" right after the text's word ("the statement below", "the letter in full below"):
# the text follows the sentence, which may then end in a full stop.
_BELOW = re.compile(r"(?i)(?:\s[\w-]+){0,2}\s(?:below|ci-dessous|a continuación)(?![\w-])")


def _announced_in_capitals(intro: str) -> bool:
    """A heading in capitals that says a text follows: "BELOW IS THE FULL STATEMENT BY …"."""
    words = intro.split()
    return intro.isupper() and len(words) <= _CAPS_WORDS and _announces(intro.rstrip() + ":")


_CAPS_WORDS = 20


def _named(reader: ArticleReader, intro: Paragraph) -> Attribution:
    """The one person the announcement names ("President Ana Lund's remarks"), else nobody."""
    start = max(intro.start, intro.end - _INTRO_CHARS)
    _, chunks = reader.chunks(start, intro.end)
    people = {c.name: c for c in chunks if is_person(reader, c)}  # ("Greater Sydney Area")
    if reader.text[start : intro.end].isupper():  # "… STATEMENT BY MINISTER ADA LUND"
        _, named = reader.chunks(max(0, intro.start - _INTRO_CHARS * 10), intro.start)
        heading = reader.text[start : intro.end]
        people = {c.name: c for c in named if is_person(reader, c) and c.name.upper() in heading}
    cue = reader.text[start : intro.end].strip().split(". ")[-1][-60:]
    if (sent := _sent_from(reader, start, intro.end, cue)) is not None:
        return sent  # "The statement from the Harbour Network (HN), … reads:": the body's
    if len(people) != 1:
        found = _owner(reader, intro, start, cue) or _issuer(reader, intro, cue)
        return found or Attribution(None, None, cue, 0.5, None, "none")
    name, chunk = next(iter(people.items()))
    full = reader.names.full_name(name) or name
    return Attribution(name, full, cue, 0.7, chunk.text, "named")


def _owner(reader: ArticleReader, intro: Paragraph, start: int, cue: str) -> Attribution | None:
    """Whose text the announcement names by their role: "the President's remarks follow:" is
    the president's, when the article names who holds that role."""
    m = _OWNED.search(reader.text, start, intro.end)
    if m is None:
        return None
    toks = tokenize(m.group(1), m.start(1))
    found = resolve_np(reader, intro, toks, m.start(1))
    if found is None or found.how != "role":
        return None
    return Attribution(found.speaker, found.full, cue, 0.6, found.as_written, found.how)


def _issuer(reader: ArticleReader, intro: Paragraph, cue: str) -> Attribution | None:
    """The body that issues the text, subject of the announcement: "The company issued the
    following statement:" is the company named before (a person would be named in it)."""
    s_start, s_end = reader.sentences(intro.index)[-1]
    toks = tokenize(reader.text[s_start:s_end], s_start)
    verb = next((k for k, t in enumerate(toks) if t.lower in _ISSUED), None)
    subject = subject_before(toks, verb) if verb else None
    found = resolve_np(reader, intro, subject, subject[0].start) if subject else None
    if found is None or found.how != "organisation":
        return None
    return Attribution(found.speaker, found.full, cue, 0.6, found.as_written, found.how)


_ISSUED = ISSUING_VERBS | SPEECH_VERBS


def _continued(att: Attribution) -> Attribution:
    return Attribution(att.speaker, att.speaker_full, att.cue, 0.6, att.as_written, "continuation")


# "The statement from the Harbour Communication Network (HCN) … reads:": the body the text is
# from, its name in capitals (small words between).
_FROM_BODY = re.compile(
    r"\b(?:statement|message|letter|communiqu[ée]|text)\s+(?:issued\s+)?from\s+(?:the\s+)?"
    r"((?:[A-Z][\w&’'-]*)(?:\s+(?:of|for|and|on|[A-Z][\w&’'-]*)){1,7})"
)


def _sent_from(reader: ArticleReader, start: int, end: int, cue: str) -> Attribution | None:
    """The organisation the announcement says the text is from, when it is named as one."""
    m = _FROM_BODY.search(reader.text, start, end)
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[-1][:1].islower():
        words.pop()  # ("… Network of" before a lower-case word: not the name's)
    name = " ".join(words)
    _, chunks = reader.chunks(m.start(1), m.start(1) + len(name))
    if not any(c.kind == "org" for c in chunks):
        return None
    return Attribution(name, reader.org_name(name), cue, 0.6, name, "organisation")
