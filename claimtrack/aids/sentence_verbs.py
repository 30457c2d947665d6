"""Verbs opening a sentence, capitalised there, that a name chunk must not take for a name.

- a participle before a determiner ("Analysant les premiers pas", "Citando el informe"), a
  gerund before a preposition ("Speaking at the rally, Ada Lind said"), a French past
  participle before a comma or its agent ("Interrogé par l'AFP"), an "-ed" form before "by"
  ("Compiled by 300 scientists");
- a present participle opening a clause up to its comma ("Praising India, Berg said"): its
  object is no speaker either (:func:`participle_clause`), where the article writes the word
  nowhere but opening sentences ("Fleming" is a name, written mid-sentence somewhere);
- a speech verb capitalised right after a quotation ("“… .” Said Tom Berg").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from claimtrack.aids.sentence_openers import only_opens
from claimtrack.aids.speech_cues import CUE_VERBS
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = ["is_participle", "participle_clause"]

# A capitalised word with a participle's ending before a determiner is a verb opening the
# sentence, not a name: "Analysant les premiers pas, …", "Durant la visite", "Citando el informe".
_PARTICIPLE = re.compile(r"(?:ant|ando|endo|ing)$")
_DETERMINERS = wordset(
    "le la les l un une des du au aux ce cet cette ces son sa ses leur leurs el los las lo il "
    "gli una uno del della the a an this these those his her their its"
)


# A French past participle opening a sentence before a comma or its agent: "Interrogé par
# l'AFP, …", "Contactée, la ministre …" (long enough not to be "Aimé" or "Renée").
_PAST_PARTICIPLE = re.compile(r"^\w{5,}(?:é|ée|és|ées)$")
_AFTER_PAST_PARTICIPLE = wordset(", par sur à au aux en")


# A gerund opening a sentence before a preposition: "Speaking at the rally, Ada Lind said",
# "Addressing to the crowd", "Hablando con la prensa" (not a name: "Fleming at" is rarer).
_AFTER_GERUND = wordset("at to on in during after before with about from for of con en a")


_CLAUSE_WORDS = 6
_CLOSING = frozenset('”"»')


def participle_clause(text: str, toks: Sequence[Token], i: int) -> int:
    """The comma closing a clause that ``toks[i]``, a present participle opening a sentence,
    opens ("Praising India, Berg said"), else 0. The article writes the word only opening
    sentences ("Fleming" is a name, written mid-sentence somewhere)."""
    word = toks[i].lower
    if len(word) < 7 or not word.endswith("ing") or not (i == 0 or toks[i - 1].text in ".!?"):
        return 0
    comma = next(
        (k for k in range(i + 1, min(i + _CLAUSE_WORDS, len(toks))) if toks[k].text == ","), 0
    )
    return comma if comma and only_opens(text, toks[i].text) else 0


def is_participle(
    text: str, toks: Sequence[Token], i: int, is_name_word: Callable[[Token], bool]
) -> bool:
    """``toks[i]`` is a participle opening its clause or a cue's verb, no name (see the
    module's notes); ``is_name_word`` tells the word after it."""
    if i + 1 >= len(toks):
        return False
    word, after = toks[i].lower, toks[i + 1].lower.rstrip("'’")
    opens = i == 0 or toks[i - 1].text in '.!?:;»”"'
    if word in CUE_VERBS and i > 0 and toks[i - 1].text in _CLOSING:
        return True  # "“…” Said Tom Berg": the cue's verb, capitalised after the quote's stop
    if _PAST_PARTICIPLE.match(word) and after in _AFTER_PAST_PARTICIPLE:
        return opens
    if opens and len(word) >= 6 and word.endswith("ed") and after == "by":
        return True  # "Compiled by 300 scientists, the report said …"
    if opens and len(word) >= 7 and _PARTICIPLE.search(word) and after in _AFTER_GERUND:
        return True
    return (
        _PARTICIPLE.search(word) is not None
        and after in _DETERMINERS
        and not is_name_word(toks[i + 1])
    )
