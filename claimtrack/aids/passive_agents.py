"""Partial quotes whose speaker is a passive verb's agent: "The plan was branded “a disgrace” by
Ada Lund", "Maintenance described as “essential” by the ferry operator cancelled sailings", "The
council was accused by Ada Lund of “lying”".

The quoted words judge the sentence's subject; whoever the "by" phrase after the quote names
said them. Without this rule the subject (the thing judged: "Maintenance", "The plan") was taken
for the speaker, or no speaker was found. A name-giving verb quotes a name, not a judgment
("dubbed “The Hub” by locals"), and a quote in Title Case is a name or a title: neither is
speech. An active verb ("Ada Lund slammed “the waste” by the council") keeps its subject.
"""

from __future__ import annotations

from itertools import takewhile

from claimtrack.aids.forward_phrases import np_forward
from claimtrack.aids.found import Attribution, Span
from claimtrack.aids.governed import title_case
from claimtrack.aids.mentions import ArticleReader, resolve_np
from claimtrack.aids.speech_cues import DESCRIBING_VERBS, SPEECH_VERBS
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph
from claimtrack.text.tokens import Token, tokenize

__all__ = ["passive_agent", "passive_said"]

_REACH = 80  # characters looked at before the quote and after it, within its sentence
_BETWEEN = wordset("as a an")  # "described as a “…”"
_BETWEEN_REACH = 2  # ("as an")
_BE = wordset("was were is are been being be")
_BEFORE_QUOTE = wordset("a an the his her its their")  # ("praised by … for his “…”")
_AGENT_CLOSERS = wordset("of for as")  # ("accused by … of", "praised by … for", "seen by … as")
_AGENT_REACH = 12  # tokens from "by" to the word the quote follows (past an apposition)
_DETERMINERS = wordset("the a an its their his her our this that these those")


def passive_agent(reader: ArticleReader, para: Paragraph, span: Span) -> list[Token] | None:
    """The agent phrase ("Ada Lund", "the ferry operator") after a quote that a passive
    judging verb governs, else None."""
    text = reader.text
    words = text[span.start : span.close].split() if span.close is not None else []
    if not words or title_case(words) or span.close is None:
        return None
    start, end = reader.sentence_at(para.index, span.open)
    begin = max(start, span.open - _REACH)
    before = tokenize(text[begin : span.open], begin)
    if (ahead := _agent_ahead(before)) is not None:
        return ahead  # "was accused by Ada Lund of “…”"
    k = len(before) - 1
    while k >= 0 and before[k].lower in _BETWEEN and len(before) - k <= _BETWEEN_REACH:
        k -= 1
    if k < 0 or not _passive(before, k, as_=k < len(before) - 1 and before[k + 1].lower == "as"):
        return None
    after = tokenize(text[span.close + 1 : min(end, span.close + 1 + _REACH)], span.close + 1)
    by = 1 if after and after[0].text == "," else 0
    if len(after) <= by + 1 or after[by].lower != "by" or not after[by + 1].text[:1].isalpha():
        return None  # ("… “a disgrace” by 2030", "by far"): no agent
    agent = np_forward(text, after, by + 1)
    return _before_main_verb(agent) if agent else None


def _agent_ahead(toks: list[Token]) -> list[Token] | None:
    """The agent named between a passive verb's "by" and the word the quote follows: "was
    accused by Ada Lund of “…”", "was described by the mayor as a “…”"."""
    k = len(toks) - 1
    while k >= 0 and toks[k].lower in _BEFORE_QUOTE:
        k -= 1
    if k < 2 or toks[k].lower not in _AGENT_CLOSERS:
        return None
    by = next((j for j in range(k - 1, max(k - _AGENT_REACH, 0), -1) if toks[j].lower == "by"), 0)
    agent = list(takewhile(lambda t: t.text != ",", toks[by + 1 : k]))  # (", the union leader,")
    if by < 1 or not agent or not all(t.is_word for t in agent):
        return None
    if len(agent) < k - by - 1 and toks[k - 1].text != ",":
        return None  # past the comma, another clause ("by the mayor, and Lund accused it of")
    return agent if _passive(toks, by - 1, as_=False) else None


def _before_main_verb(agent: list[Token]) -> list[Token]:
    """The agent up to the sentence's own verb, when the passive phrase opens the sentence:
    "Maintenance described as “essential” by the ferry operator | cancelled sailings" (a
    participle after "the", "its" or an adverb describes the agent: "the newly elected mayor")."""
    for n in range(1, len(agent)):
        word, before = agent[n].lower, agent[n - 1].lower
        verb = word.endswith("ed") and len(word) > 4 and not agent[n].is_capitalised
        if verb and before not in _DETERMINERS and not before.endswith("ly"):
            return agent[:n]
    return agent


def passive_said(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """Who said a quote a passive judging verb governs; no speaker when the agent phrase names
    no one the article knows ("by critics"): the sentence's subject is still not the speaker."""
    agent = passive_agent(reader, para, span)
    if not agent:
        return None
    found = resolve_np(reader, para, agent, agent[0].start)
    if found is None or found.how == "unresolved":
        return Attribution(None, None, "by", 0.3)
    return Attribution.of(found, "by", 0.7)


def _passive(toks: list[Token], k: int, *, as_: bool) -> bool:
    """``toks[k]`` is a judging verb's past participle in a passive: after a form of "be" or a
    comma ("The plan, criticised as …"), or right before "as" with no object between (an active
    "described the plan as" has one): "Maintenance described as “essential” by …"."""
    word = toks[k].lower
    # (the speech and judging verbs only: "dubbed", "named", "titled" give a name)
    if not word.endswith("ed") or (word not in SPEECH_VERBS and word not in DESCRIBING_VERBS):
        return False
    return as_ or (k > 0 and (toks[k - 1].lower in _BE or toks[k - 1].text == ","))
