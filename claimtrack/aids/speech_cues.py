"""The words that mark speech in news text: the vocabulary of :mod:`claimtrack.aids.quotations`.

Kept apart from the extractor so the rules read as code and the word lists as data.
"""

from __future__ import annotations

from claimtrack.text.lexicon import wordset

__all__ = [
    "AFTER_ONLY",
    "BETWEEN",
    "CUE_VERBS",
    "NAMING_VERBS",
    "PREPOSITIONS",
    "SMALL_WORDS",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
]


_VERBS = {
    # lemma: irregular forms (regular -s/-ed/-ing forms are generated)
    "say": "said says saying",
    "tell": "told tells telling",
    "write": "wrote writes writing written",
    "state": "",
    "insist": "",
    "add": "",
    "note": "",
    "argue": "",
    "claim": "",
    "warn": "",
    "comment": "",
    "explain": "",
    "declare": "",
    "announce": "",
    "stress": "",
    "emphasise": "",
    "emphasize": "",
    "underscore": "",
    "underline": "",
    "ask": "",
    "reply": "replied replies replying",
    "answer": "",
    "remark": "",
    "observe": "",
    "conclude": "",
    "acknowledge": "",
    "admit": "admitted admitting admits",
    "suggest": "",
    "recall": "",
    "confirm": "",
    "deny": "denied denies denying",
    "vow": "",
    "pledge": "",
    "urge": "",
    "maintain": "",
    "assert": "",
    "complain": "",
    "lament": "",
    "boast": "",
    "quip": "quipped quipping quips",
    "joke": "",
    "predict": "",
    "tweet": "",
    "concede": "",
    "caution": "",
    "threaten": "",
    "demand": "",
    "reiterate": "",
    "report": "",
    "respond": "",
    "mention": "",
    "proclaim": "",
    "exclaim": "",
    "shout": "",
    "whisper": "",
    "hint": "",
    "imply": "implied implies implying",
    "promise": "",
    "retort": "",
}
# Only after a quote: "“…,” he continued." ("continuing this “…” logic" is no cue).
AFTER_ONLY = wordset("continued continues went")
_NAMING_VERBS = {"call": "", "dub": "dubbed dubbing dubs", "term": "", "describe": "", "label": ""}


def _forms(table: dict[str, str]) -> frozenset[str]:
    out: set[str] = set()
    for lemma, extra in table.items():
        if " " in lemma:
            continue
        out.add(lemma)
        out.update(extra.split())
        if not extra:
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            out.update({lemma + "s", stem + "ed", stem + "ing"})
            if lemma.endswith(("ss", "sh", "ch")):
                out.add(lemma + "es")
    return frozenset(out)


SPEECH_VERBS = _forms(_VERBS)
NAMING_VERBS = _forms(_NAMING_VERBS)
CUE_VERBS = SPEECH_VERBS | NAMING_VERBS
# Nouns that introduce a quote: "Moscow's statement that “…”".
SPEECH_NOUNS = wordset(
    "statement statements words remark remarks comment comments claim claims warning message "
    "assertion promise pledge appeal call response reply answer declaration"
)
# Words allowed between a subject and its verb: "he further implied", "Lukashenka has said".
BETWEEN = wordset(
    "also further then later once again repeatedly reportedly recently openly publicly "
    "previously has had have was is would will had already even first soon simply bluntly "
    "flatly angrily quietly proudly"
)
PREPOSITIONS = wordset(
    "in at from to of with for on by about near over against between into across via"
)
SMALL_WORDS = wordset("that it this as was is be were")
