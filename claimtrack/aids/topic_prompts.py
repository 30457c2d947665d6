"""A press conference written up by topic: "On the power play:" and the speaker's answer.

Team sites, clubs and ministries publish what a coach or a minister said at a press conference
as topic prompts, each a short line that opens with "On …" and ends with a colon ("On the first
53 minutes:", "On his injury:", "Sur la grève :", "Sobre el mercado:", "Zur Aufstellung:"), and
after each, plain paragraphs of the answer, with no quote marks. Every paragraph between two
prompts is the speaker's (a quote inside it is the speaker quoting someone, not a quotation of
its own). The speaker is the person a prompt names ("Lund on the defeat:"), else the person the
lead names before the first prompt. Two prompts at least make such a page; the answer stops at
a heading or a line that is no sentence. Turns stay below 0.8: no label names their speaker.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution
from claimtrack.aids.discourse import topic_person
from claimtrack.aids.interview_prose import I_WE as _I_WE
from claimtrack.aids.mentions import ArticleReader
from claimtrack.aids.speech_cues import SPEECH_VERBS
from claimtrack.aids.unmarked import MARK_OPENERS, Found
from claimtrack.text.tokens import tokenize

__all__ = ["topic_turns"]

# A prompt: "On …:", "About …:", "Regarding …:", "Sur …:", "Sobre …:", "Zu(r/m) …:", "Über …:",
# "Su(l/lla) …:", "Over …:", possibly after the speaker's name ("Ada Lund on the defeat:").
_PROMPT = re.compile(
    r"(?:(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,3}) (?:on|about) |"
    r"(?:On|About|Regarding|Sur|Sobre|Zu|Zum|Zur|Über|Su|Sul|Sulla|Sull[’']|Over|Acerca de) )"
    r"[^:\n]{2,200}?\s?:$"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MAX_PROMPT_WORDS = 30
_MIN_PROMPTS = 2
_CONFIDENCE = 0.6


def topic_turns(reader: ArticleReader) -> dict[int, Found]:
    """The answer paragraphs of a page written up by topic prompts, by paragraph index."""
    text = reader.text
    prompts: dict[int, str | None] = {}
    for para in reader.paragraphs:
        line = text[para.start : para.end].strip()
        if len(line.split()) > _MAX_PROMPT_WORDS:
            continue
        m = _PROMPT.match(line)
        if m is not None and not any(t.lower in SPEECH_VERBS for t in tokenize(line)):
            prompts[para.index] = m.group("name")  # ("On Monday she said:" announces a quote)
    if len(prompts) < _MIN_PROMPTS:
        return {}
    first = min(prompts)
    lead = topic_person(reader, first, look_back=first)
    out: dict[int, Found] = {}
    for index, name in prompts.items():
        att = _speaker(reader, name, lead)
        _answer(reader, index, set(prompts), att, out)
    # The answers speak as "I" or "we": a page of topic headings over a reporter's narration
    # ("On housing:" / "The party promises …") is no press conference.
    spoken = sum(bool(_words(text[s:e]) & _I_WE) for s, e, _ in out.values())
    return out if spoken * 2 > len(out) else {}


def _words(body: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(body)}


def _speaker(reader: ArticleReader, name: str | None, lead: Attribution | None) -> Attribution:
    if name is not None:
        full = reader.names.full_name(name) or name
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
        if (
            not body
            or body[:1] in MARK_OPENERS
            or (para.heading and not last)
            or not (body[-1:] in '.!?…”"»' or last)
        ):
            return
        out[para.index] = (para.start, para.start + len(body), att)
