"""Names that are also common words: "Will Berg", "May Lund", "Khiem Do".

**First names.** The name chunker passes over a small word or a month that opens a
capitalised run ("Will the council …", "In June Berg said …"), so these people lost their first
name. Such a word opens a name when a surname follows on the same line and the run is plainly a
person: a speech verb right after it ("Will Berg said"), an apposition after it ("May Lund, a
nurse,"), or a speech verb right before it ("said June Dale"); never after a preposition ("in
June", "by May"). "Nor", a Malay first name, opens a name after any lower-case word ("backed
by Nor Ada Lund"): the conjunction is capitalised only where a sentence or a title opens.

**Short surnames.** "Do" in "Khiem Do, a fund manager, said" is a name when the comma of an
apposition or an age sets it off.

**Occupations as titles.** "Fisherman Tom Berg disagreed": an everyday person's noun,
capitalised as a sentence opens, before a first name and a surname describes the person ("Paul
Farmer", "Farmer said" keep theirs). Short nouns that are also given names ("Man", "Fan") stay.

**Titles as first names.** "Rep. Dean Dale": a title that is also a given name, written
after another title and before a surname, is the first name.

**Titles as surnames.** "Julie Bishop", "Mr Dean": a title ending a name after a first name
or a courtesy title is the surname, unless an office is addressed ("Mr Speaker").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.aids.given_names import is_given_name
from claimtrack.aids.name_affixes import BALINESE_NAME_WORDS, NAME_PREFIXES
from claimtrack.aids.name_words import ORG_WORDS, PEOPLE_NOUNS, TITLES
from claimtrack.aids.speech_cues import PREPOSITIONS, SPEECH_VERBS
from claimtrack.text.lexicon import TITLE_ABBREVIATIONS, wordset
from claimtrack.text.tokens import Token

__all__ = [
    "APPOSITION_AFTER",
    "occupation_title",
    "short_surname",
    "title_as_first_name",
    "title_as_surname",
    "word_first_name",
]

_WORD_NAMES = wordset("will may les april june august")
_NEXT = re.compile(r"(,)|\s+([a-z]+)")


def word_first_name(text: str, toks: Sequence[Token], i: int) -> bool:
    """``toks[i]`` is a first name that is also a word (see the module's notes)."""
    tok = toks[i]
    if not tok.is_capitalised or i + 1 >= len(toks):
        return False
    surname = toks[i + 1]
    gap = text[tok.end : surname.start]
    if tok.text == "I":  # "chief I Gusti Ketut Arvo": a Balinese man's name, no pronoun
        return (
            gap == " " and surname.text in BALINESE_NAME_WORDS and _name_follows(text, toks, i + 1)
        )
    if tok.text in NAME_PREFIXES:
        # "backed by Nor Ada Lund": after a lower-case word the conjunction is never capitalised
        return i > 0 and toks[i - 1].text.islower() and gap == " " and surname.is_capitalised
    if tok.lower not in _WORD_NAMES:
        return False
    if gap != " " or not surname.is_capitalised or surname.lower in _WORD_NAMES:
        return False
    if surname.lower in SPEECH_VERBS or surname.lower in PREPOSITIONS:
        return False
    before = toks[i - 1].lower if i > 0 else ""
    if before in PREPOSITIONS:
        return False  # "in June Berg said …": a month
    # The text, not the tokens, after the surname: a caller may pass tokens that stop there.
    after = _NEXT.match(text, surname.end)
    said_after = after is not None and (
        after.group(1) is not None or after.group(2) in SPEECH_VERBS
    )
    return said_after or before in SPEECH_VERBS


def _name_follows(text: str, toks: Sequence[Token], i: int) -> bool:
    """A capitalised word follows ``toks[i]`` after one space."""
    return (
        i + 1 < len(toks)
        and toks[i + 1].is_capitalised
        and text[toks[i].end : toks[i + 1].start] == " "
    )


# The comma of an apposition or an age after a name: "Khiem Do, a fund manager", "Do, 45,".
APPOSITION_AFTER = re.compile(r", (?:a|an|the|\d\d)\b")


def short_surname(text: str, tok: Token) -> bool:
    """ "Do" in "Khiem Do, a fund manager, said": a capitalised small word after a name,
    set off by the comma of an apposition ("a", "an", "the") or an age ("Khiem Do, 45,"); or
    after a Vietnamese name word ("Trần Văn An": "An" is a given name there, not "an")."""
    if not (tok.is_capitalised and len(tok.text) <= 3 and tok.text[1:].islower()):
        return False
    before = text[max(0, tok.start - _LOOK_BACK) : tok.start].split()[-1:]
    if before and before[0][:1].isupper() and _VIETNAMESE.search(before[0]):
        return True
    return APPOSITION_AFTER.match(text, tok.end) is not None


_LOOK_BACK = 24  # characters: the name word right before
# Letters only Vietnamese writes (its tone marks and "đ", "ơ", "ư"): a name word of that language.
_VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def occupation_title(words: Sequence[Token]) -> bool:
    """``words`` (a run of name words) open with an occupation or a description before a
    two-word name: "Fisherman Tom Berg", "Incumbent Ada Lund", "Socialist Tom Berg"."""
    if len(words) < 3:
        return False
    first = words[0].lower
    if first == "eng":  # "Eng Salim bin Nasser", "Eng al Oufi" (an engineer); "Eng Hock Lim"
        return is_given_name(words[1].text) or words[1].lower in ("al", "el", "bin")
    if not all(w.is_capitalised for w in words[1:3]):
        return False
    return first in _DESCRIBING or (len(words[0].text) > 4 and first in PEOPLE_NOUNS)


# Words that describe the person a name follows, never part of it: an office's standing or a
# party's adjective.
_DESCRIBING = wordset(
    "incumbent outgoing socialist conservative liberal republican democrat communist nationalist"
)


_TITLE_NAMES = wordset("dean earl")
_FULL_TITLES = TITLES - wordset("vice deputy assistant associate acting interim former executive")
_ARTICLES = wordset("the a an this that")


def title_as_first_name(words: Sequence[Token], k: int) -> bool:
    """``words[k]`` (a run of name words) is a title used as a first name (module notes)."""
    if words[k].lower not in _TITLE_NAMES or not 0 < k < len(words) - 1:
        return False
    before, after = words[k - 1], words[k + 1]
    # ("Councillor Dean Lund"; but "Vice Dean Lund", "Associate Dean Lund" hold the office)
    titled = before.text == "." or before.lower in TITLE_ABBREVIATIONS | _FULL_TITLES
    return titled and after.is_capitalised and after.lower not in _TITLE_NAMES


def title_as_surname(words: Sequence[Token], k: int, preceding: Sequence[Token]) -> bool:
    """``words[k]``, a title ending a run of name words, is a surname after a first name the
    dictionary knows: "Julie Bishop", "Carole King", "John Major" (a body's word stays one:
    "Victoria Police"; after an article, a place's: "the Harlow Governor"), or after a
    courtesy title (``preceding``, the tokens before the run, or the run's own): "Mr Dean",
    "Ms. Bishop", "Prof. King" (an office is addressed so: "Mr President")."""
    if k != len(words) - 1 or words[k].lower not in TITLES:
        return False
    before = [*preceding, *words[:k]][-2:]
    if before[-1:] and before[-1].text == "." and before[0].end == before[-1].start:
        before = before[:1]  # "Mr. Dean": the courtesy title's stop
    if before and before[-1].lower in _COURTESY:
        return words[k].lower not in _ADDRESSED_OFFICES | ORG_WORDS
    if k == 0 or (preceding and preceding[-1].lower in _ARTICLES):
        return False
    first = words[k - 1]
    low = first.lower
    return low not in TITLES and words[k].lower not in ORG_WORDS and is_given_name(first.text)


_COURTESY = wordset("mr mrs ms miss mx dr prof")
# Offices a courtesy title addresses, naming no one: "Mr President", "Mr Speaker", "Ms Chair".
_ADDRESSED_OFFICES = wordset(
    "president speaker chair chairman chairwoman chairperson mayor secretary minister premier"
    " commissioner ambassador governor senator justice deputy vice prime prosecutor treasurer"
    " chancellor attorney registrar"
)
