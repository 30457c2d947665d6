"""The speaker of a quote in a script with no capitals: Hindi, Urdu, Bengali, Persian, Hebrew.

The word rules find a name by its capitals, so "लुंड ने कहा, “…”" or "“…”, אמרה עדה לונד." named
nobody. Here the speaker is the words next to the verb of saying, up to the clause's edge:

- before the verb and its case mark: Hindi "अदा लुंड ने कहा, “…”", Urdu "ادا لنڈ نے کہا کہ “…”";
- before the verb: Bengali "আদা লুন্ড বলেন, “…”", Persian "آدا لوند گفت: «…»", Hebrew "עדה לונד
  אמרה: "…"";
- after the verb: Hebrew "אמרה עדה לונד: "…"" and, after the quote, "“…”, אמרה עדה לונד.";
- after the quote, before the verb: "“…,” अदा लुंड ने कहा।", "«…»، آدا لوند گفت."

One to three words (a title before the name cannot be told apart, so the phrase is kept whole
from the clause's edge). A name of one word grows to the two-word name the article writes ending
with it ("लुंड" → "अदा लुंड"). Named at 0.6: no capital confirms where the name starts.
"""

from __future__ import annotations

import re

from claimtrack.aids.attribution import Attribution, Span
from claimtrack.aids.cjk_quotes import CJK
from claimtrack.aids.found import dropped
from claimtrack.aids.mentions import ArticleReader
from claimtrack.text.lexicon import wordset
from claimtrack.text.sentences import Paragraph

__all__ = ["caseless_speaker"]

_CONFIDENCE = 0.6
_REACH = 80
_GROWTH_REACH = 5000
_VERB_WORDS = (
    "कहा बताया कहना_है कहते_हैं कहती_हैं बोले बोलीं کہا بتایا বলেন বলেছেন জানান জানিয়েছেন گفت افزود"
    " اظهار_داشت אמר אמרה אמרו הוסיף הוסיפה הסביר הסבירה ציין ציינה"
)
# Longest first, so "אמרה" is not read as "אמר" and a vowel sign after it.
_VERBS = (
    "(?:"
    + "|".join(sorted((w.replace("_", " ") for w in _VERB_WORDS.split()), key=len, reverse=True))
    + ")"
)
_MARK = r"(?: (?:ने|نے))?"  # the ergative case mark of Hindi and Urdu
_WHO = r"((?:[^\s,،:;.!?।؟\"“”«»]+ ){0,2}[^\s,،:;.!?।؟\"“”«»]+)"
# Hindi and Urdu: the name, its case mark, maybe when or where, the verb ("लुंड ने मंगलवार को कहा").
_MARKED = rf"{_WHO} (?:ने|نے) (?:[^\s,،:;.!?।]+ ){{0,3}}?{_VERBS}"
_BEFORE = (
    re.compile(rf"{_MARKED}(?: (?:कि|کہ))?\s*[,،:]?\s*$"),
    re.compile(rf"{_WHO}{_MARK} {_VERBS}(?: (?:कि|کہ|که))?\s*[,،:]?\s*$"),
    re.compile(rf"{_VERBS} {_WHO}\s*[,،:]\s*$"),  # Hebrew: the verb first
)
_AFTER = (
    re.compile(rf"\s*[,،]?\s*{_MARKED}\s*[.।]"),
    re.compile(rf"\s*[,،]?\s*{_WHO}{_MARK} {_VERBS}\s*[.।]"),
    re.compile(rf"\s*[,،]?\s*{_VERBS} {_WHO}\s*[.।]"),
)
# "He", "she", "they" in these languages (Hindi and Urdu in the ergative case too).
_PRONOUNS = wordset("उन्होंने उसने वह वे उन्हों انہوں اس او وی آنها ایشان তিনি তারা সে הוא היא הם הן")
_ERGATIVE_WORDS = ("ने ", "نے ")
_ERGATIVE = re.compile(r" (?:ने|نے)$")
_CLAUSE_EDGE = re.compile(r"[.!?।؟\n,،:;]\s*")


def caseless_speaker(reader: ArticleReader, para: Paragraph, span: Span) -> Attribution | None:
    """The speaker of a quote cued in a caseless script (see the module's notes), else None."""
    text = reader.text
    before = text[max(para.start, span.open - _REACH) : span.open]
    after = text[span.close + 1 : min(para.end, span.close + 1 + _REACH)] if span.close else ""
    if not (_caseless(before[-30:]) or _caseless(after[:30])):
        return None
    # A one-word name grows from what the page wrote near the quote, within a bounded reach:
    # a page of endless quotes stays linear.
    window = text[max(0, span.open - _GROWTH_REACH) : span.open + _REACH]
    for pattern in _BEFORE:
        m = pattern.search(_clause(before.rstrip()))
        if m is not None:
            return _attribution(window, m)
    for pattern in _AFTER:
        m = pattern.match(after)
        if m is not None:
            return _attribution(window, m)
    return None


def _clause(before: str) -> str:
    """The end of ``before`` from its clause's edge, the quote's own colon or comma kept."""
    body = before.rstrip(" ,،:")
    edges = list(_CLAUSE_EDGE.finditer(body))
    return before[edges[-1].end() :] if edges else before


def _attribution(text: str, m: re.Match[str]) -> Attribution | None:
    who = next(g for g in m.groups() if g is not None)
    verb = re.findall(_VERBS, m.group(0))[-1]
    who = _ERGATIVE.sub("", who)  # "लुंड ने": the name without its case mark
    if who in _PRONOUNS or who.startswith(_ERGATIVE_WORDS):
        return dropped(verb)  # "उन्होंने कहा": he or she, the speaker the article is quoting
    if not _caseless(who):
        return None
    name = _grown(text, who) if " " not in who else who
    return Attribution(name, name, verb, _CONFIDENCE, who, "named")


def _grown(text: str, word: str) -> str:
    """A one-word name as the one two-word name the text writes ending with it."""
    pattern = rf"[^\s,،:;.!?।]+ {re.escape(word)}(?=[\s,،:;.!?।])"
    found = {m.group() for m in re.finditer(pattern, text)}
    return found.pop() if len(found) == 1 else word


def _caseless(text: str) -> bool:
    """Letters of a script with no capitals (not Chinese, Japanese or Korean: their own rules)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(
        not c.isupper() and not c.islower() and not CJK.match(c) for c in letters
    )
