"""A double quote closed by a single mark: “We will build it’, he said.

Copy typed in a hurry opens a quote with a double mark and closes it with a single one. Read
strictly, the quote never closes and swallows the narration after it, and the next quote in
the paragraph is taken for one nested inside it. A single closing mark ’ right after a word,
followed by a comma or full stop and a speech tag (a pronoun or a name, then a verb of saying:
"’, he noted", "’, Ada Lund said", "’, said Lund"), closes the quote it ends. An apostrophe
("the Joneses’ house", "we’re") is never followed by such a tag. An opening mark followed by
nothing but such a tag ("…, “said the governor.") closes the quote before it too.
"""

from __future__ import annotations

import re

from claimtrack.aids.speech_cues import AFTER_ONLY, SPEECH_VERBS
from claimtrack.text.lexicon import wordset

__all__ = ["closed_by_stray", "only_a_tag_after", "tag_follows"]

_TAG = re.compile(r"[,.] ((?:[\w’'.-]+ ){0,3}[\w’'-]+)")
_PRONOUNS = wordset("he she they we i it il elle er sie")
_SAYING = SPEECH_VERBS | AFTER_ONLY


def closed_by_stray(text: str, pos: int, end: int) -> bool:
    """Whether the single mark at ``pos`` (before ``end``, the paragraph's end) closes a double
    quote: it follows a word and a speech tag follows it."""
    if text[pos] != "’" or not text[pos - 1 : pos].isalpha():
        return False
    return tag_follows(text, pos, end)


def tag_follows(text: str, pos: int, end: int) -> bool:
    """A comma or full stop and a speech tag follow the mark at ``pos`` ("”, he noted",
    "”, said Lund")."""
    m = _TAG.match(text, pos + 1, min(end, pos + 60))
    if m is None:
        return False
    return _is_tag(m.group(1).split())


def _is_tag(words: list[str]) -> bool:
    """A speech tag: a pronoun, a name or a verb of saying first, a verb of saying among its
    first four words ("he noted", "Ada Lund said", "said Lund")."""
    first = words[0].strip(",")
    who = first.lower() in _PRONOUNS or first[:1].isupper() or first.lower() in _SAYING
    return who and any(w.strip(".,!").lower() in _SAYING for w in words[:4])


def only_a_tag_after(text: str, pos: int, end: int) -> bool:
    """The mark at ``pos`` is followed by nothing but a speech tag to the paragraph's end
    ("…, “said the governor.", "…, ”he added. — Bernama"): a closing mark typed as an opening
    one, never a quote of its own."""
    if end - pos > _TAG_CHARS:
        return False  # (the cheap test first: a paragraph of many marks stays linear)
    if not text[max(0, pos - 2) : pos].rstrip().endswith(_CLOSING_PUNCT):
        return False  # a quote closes after its punctuation ("…, “said"), not at "“We said …"
    rest = text[pos + 1 : end].split(" — ")[0].strip()
    words = rest.split()
    if not 2 <= len(words) <= _TAG_WORDS or rest[-1:] not in ".!" or _MARK.search(rest):
        return False
    if rest.endswith(("..", "…")) or "that" in (w.lower() for w in words):
        return False  # "Ada Lund claims that...": a teaser's cut report, no tag
    return _is_tag(words)


_TAG_WORDS = 8
_CLOSING_PUNCT = tuple(",.!?…")
_TAG_CHARS = 120  # a tag and an agency's sign-off: "he added. — Bernama"
_MARK = re.compile('["“”„«»]')
