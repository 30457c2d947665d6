"""A press conference written up by topic: "On the power play:" and the speaker's answer.

Team sites, clubs and ministries publish what a coach or a minister said at a press conference
as topic prompts, each a short line that opens with "On …" and ends with a colon or an ellipsis
("On the first 53 minutes:", "On the victory...", "On his injury:", "Sur la grève :", "Sobre el
mercado:", "Zur Aufstellung:"), and after each, plain paragraphs of the answer, with no quote
marks. Every paragraph between two prompts is the speaker's (a quote inside it is the speaker
quoting someone, not a quotation of its own). The speaker is the person a prompt names ("Lund
on the defeat:"), else the person the lead names before the first prompt. Two prompts at least
make such a page; the answer stops at a heading or a line that is no sentence. Turns stay below
0.8: no label names their speaker.

A page that reports several speakers sets a header over each one's prompts, a line of its own
with the name and the role ("Ada Lund, head coach:"), or the name alone right above a prompt
("Ada Lund" / "On the game: …"), maybe after the team and the role ("Harbour Head Coach Ada
Lund"): the prompts under it are that person's,
whoever the prompts or the answers mention. Some pages set each answer in quote marks: a
paragraph that is one quotation and nothing else is the answer too (its words inside the marks),
and so is one that opens with its prompt ('On the defeat: "We were poor."', 'Opening
statement: "…"').
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.interview_prose import I_WE as _I_WE
from claimtrack.aids.marks import scan_marks
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.aids.topic_people import topic_person
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.first_names import is_given_name
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import tokenize

__all__ = ["topic_turns"]

# A prompt: "On …:", "About …:", "Regarding …:", "Sur …:", "Sobre …:", "Zu(r/m) …:", "Über …:",
# "Su(l/lla) …:", "Over …:", possibly after the speaker's name ("Ada Lund on the defeat:").
_OPENING = (
    r"(?:(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}) (?:on|about) |"
    r"(?:On|About|Regarding|Sur|Sobre|Zu|Zum|Zur|Über|Su|Sul|Sulla|Sull[’']|Over|Acerca de) )"
)
# The first prompt of a quotes sheet: "Opening statement:" (alone on its line, or before the
# answer).
_OPENING_STATEMENT = r"Opening (?:statement|remarks)"
_PROMPT = re.compile(  # ("On the win...")
    r"(?:" + _OPENING + r"[^:\n]{2,200}?(?:\s?:|\.\.\.|…)|" + _OPENING_STATEMENT + r"\s?:)$"
)
# A prompt and its answer in one paragraph: 'On the defeat: "We were poor …"', and the first,
# 'Opening statement: "…"'.
_INLINE = re.compile(
    r"(?:" + _OPENING + r"[^:\n“”\"«»„]{2,200}?|" + _OPENING_STATEMENT + r")\s?:\s+(?=[“\"«„‘])"
)
# A speaker's header on a line of its own: "Ada Lund, head coach:", "Ada Lund:".
# A quotes sheet's header holds the team and the role before the name: "Harbour Head Coach Ada
# Lund", "Eastwick Running Back Tom Quint" (the team's name may hold an "of": "University of
# Northport Head Coach Ada Lund").
_HEADER = re.compile(
    r"(?P<name>[A-Z][\w’'.-]+(?: (?:of )?[A-Z][\w’'.-]+){1,5})(?:, [^:\n]{2,60}?)?\s?:$"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MAX_PROMPT_WORDS = 30
_MIN_PROMPTS = 2
_ANNOUNCING_WORDS = 3
_CONFIDENCE = 0.6


def topic_turns(reader: ArticleReader) -> dict[int, Found]:
    """The answer paragraphs of a page written up by topic prompts, by paragraph index."""
    text = reader.text
    prompts: dict[int, str | None] = {}
    header: str | None = None  # the speaker's header the prompts stand under
    inline: dict[int, tuple[str | None, tuple[int, int]]] = {}
    bare: str | None = None  # a name alone on the line before: a header if a prompt follows
    for para in reader.paragraphs:
        line = text[para.start : para.end].strip()
        answered = _inline(reader, para)
        m = None if answered or len(line.split()) > _MAX_PROMPT_WORDS else _PROMPT.match(line)
        if bare is not None and (answered is not None or m is not None):
            header = bare  # "Ada Lund" / "On the game: “…”"
        bare = None
        if answered is not None:
            inline[para.index] = (answered[0] or header, answered[1])
        elif m is not None and not _announces(line):
            prompts[para.index] = m.group("name") or header
        elif m is None and len(line.split()) <= _MAX_PROMPT_WORDS:
            header = _header(reader, para.start, line) or header
            bare = _header(reader, para.start, line + ":") if not line.endswith(":") else None
    if len(prompts) + len(inline) < _MIN_PROMPTS:
        return {}
    first = min([*prompts, *inline])
    lead = topic_person(reader, first, look_back=first)
    out: dict[int, Found] = {}
    for index, name in prompts.items():
        att = _speaker(reader, name, lead)
        _answer(reader, index, set(prompts) | set(inline), att, out)
    for index, (name, (start, end)) in inline.items():
        out[index] = (start, end, _speaker(reader, name, lead))
    # The answers speak as "I" or "we": a page of topic headings over a reporter's narration
    # ("On housing:" / "The party promises …") is no press conference.
    spoken = sum(bool(_words(text[s:e]) & _I_WE) for s, e, _ in out.values())
    return out if spoken * 2 > len(out) else {}


def _inline(reader: ArticleReader, para: Paragraph) -> tuple[str | None, tuple[int, int]] | None:
    """A prompt and, after it, one quotation and nothing else: the prompt's name (or None) and
    the words inside the marks; None when the paragraph is not that."""
    text = reader.text
    m = _INLINE.match(text, para.start, para.end)
    if m is None or _announces(m.group(0).rstrip(": ")):
        return None
    spans = scan_marks(text, para)
    if len(spans) != 1 or spans[0].open != m.end():
        return None
    span = spans[0]
    if span.close is not None and text[span.close + 1 : para.end].strip(' .,;:!?…"”»’'):
        return None  # a cue after the quote names its own speaker
    return m.group("name"), (span.start, span.end)


def _announces(line: str) -> bool:
    """ "On Monday she said:", "On the strike, Lund told reporters:": a speech verb among the
    line's last words announces a quote; "On the challenge of the final:" is a topic."""
    words = [t.lower for t in tokenize(line) if t.lower[:1].isalpha()]
    return any(w in SPEECH_VERBS for w in words[-_ANNOUNCING_WORDS:])


def _header(reader: ArticleReader, start: int, line: str) -> str | None:
    """The person a speaker's header names ("Ada Lund, head coach:"), else None."""
    m = _HEADER.match(line)
    if m is None:
        return None
    name = m.group("name")
    _, chunks = reader.chunks(start, start + len(name))
    person = next((c.name for c in chunks if c.kind == "person" and name.endswith(c.name)), None)
    if person is None:
        return None
    # "Harbour Safety Darrell Okoro": the words before the first given name are the team's and
    # the role's ("Ada Mae Lund" opens with one)
    words = person.split()
    first = next((k for k in range(len(words) - 1) if is_given_name(words[k])), 0)
    return " ".join(words[first:])


def _words(body: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(body)}


def _speaker(reader: ArticleReader, name: str | None, lead: Attribution | None) -> Attribution:
    if name is not None:
        # (a given name and a surname are the full name: a header's team and role, read before
        # them on its line, are not part of it)
        whole = " " in name and is_given_name(name.split()[0])
        full = name if whole else reader.names.full_name(name) or name
        return Attribution(name, full, None, _CONFIDENCE, name, "named")
    if lead is None or lead.speaker is None:
        return Attribution(None, None, None, 0.5, None, "none")
    return Attribution(lead.speaker, lead.speaker_full, None, _CONFIDENCE, None, "continuation")


def _answer(
    reader: ArticleReader, index: int, prompts: set[int], att: Attribution, out: dict[int, Found]
) -> None:
    """The plain paragraphs after the prompt at ``index``, up to the next prompt."""
    text = reader.text
    paras = reader.paragraphs
    for para in paras[index + 1 :]:
        if para.index in prompts:
            return
        body = text[para.start : para.end].rstrip()
        last = para.index == len(paras) - 1  # a copy cut off mid-sentence
        if body[:1] in MARK_OPENERS:
            quoted = _quoted_answer(text, para)
            if quoted is None:
                return
            out[para.index] = (*quoted, att)
            continue
        if not body or (para.heading and not last) or not (body[-1:] in '.!?…”"»' or last):
            return
        if last and body[-1:] not in '.!?…”"»' and _cut_prompt(body):
            return  # "On the defence in the" closing a copy cut off: the next prompt's start
        out[para.index] = (para.start, para.start + len(body), att)


def _cut_prompt(body: str) -> bool:
    """A prompt's opening words and no more ("On the defence in the"), short as a prompt."""
    return len(body.split()) <= _MAX_PROMPT_WORDS and re.match(_OPENING, body) is not None


def _quoted_answer(text: str, para: Paragraph) -> tuple[int, int] | None:
    """The words of a paragraph that is one quotation and nothing else (left open, it may go
    on in the next paragraph), else None: a cue after the quote names its own speaker."""
    spans = scan_marks(text, para)
    if len(spans) != 1 or spans[0].open != para.start:
        return None
    span = spans[0]
    if span.close is not None and text[span.close + 1 : para.end].strip(' .,;:!?…"”»’'):
        return None
    return span.start, span.end
