"""Names in running text: who is speaking, and their full name when the article gives it.

Rule-based and deliberately small. A *name chunk* is a run of capitalised words ("Belarusian
dictator President Alexander Lukashenka" gives "President Alexander Lukashenka"); titles,
organisation words and demonyms in it are stripped from the front, so the person is the tail
("Ihor Voronchenko" from "Ukrainian Navy Ihor Voronchenko"). A chunk that is all organisation
words ("Foreign Ministry") is an organisation. Pronouns are resolved to the nearest person named
as a subject in the sentences before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from attrs import frozen

from claimtrack.aids.name_words import DEMONYMS, ORG_NOUNS, ORG_WORDS, ROLE_NOUNS, TITLES
from claimtrack.text.headings import is_heading
from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token, tokenize

__all__ = [
    "ABBREVIATED",
    "ORG_NOUNS",
    "PARTICLES",
    "PLACE_OF",
    "ROLE_NOUNS",
    "NameChunk",
    "NameIndex",
    "name_chunks",
]


_POSSESSIVE = re.compile(r"[’']s$")
_CONTRACTION = re.compile(r"[’'](?:m|re|ll|ve|d|t)$", re.IGNORECASE)
"""A word such as "I'm" or "Don't" is never part of a name ("I'm Ann Lee" introduces Ann Lee)."""

PRONOUNS = wordset("he she they him her them it i we you his its")
PERSON_PRONOUNS = wordset("he she him her his")
# Words before a place that a person's name follows in one run of capitals: "Prime Minister of
# Papua New Guinea Peter O'Neill", "il presidente degli Stati Uniti Ada Rossi".
PLACE_OF = wordset("of in from for degli del della dei delle di de des du da dello")
PARTICLES = wordset("von van der den de la le al el bin ibn da di du del dos das ter ten")

# Capitalised words that do not start a name, wherever they stand.
_STOP = wordset(
    """
    a an the this that these those it its he she they we i you his her their our my your
    on in at for to of from by with after before during since until under over about as
    and but or nor so yet if while when where whereas although though because despite given
    however moreover meanwhile thus therefore instead indeed also still then there here
    not no only even just last next earlier later according like unlike both either neither
    each every some many most few several such what which who whom whose why how all any
    once one two three first second third today yesterday tomorrow finally firstly secondly
    mr mrs ms dr will can could should would may might must shall does did do is are was
    were has have had being having let please see image photo read nothing nobody none
    everything everyone everybody something someone somebody anything anyone anybody
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    il gli los las der die das el les la le
    below above christmas easter ramadan hanukkah thanksgiving halloween
    """
)


def _base(word: str) -> str:
    """The word without a possessive ending: "Moscow’s" → "Moscow"."""
    return _POSSESSIVE.sub("", word)


def _is_demonym(word: str) -> bool:
    # A list, not a suffix rule: "-ian" and "-ese" end surnames too (Bazarian, Albanese).
    return word.lower() in DEMONYMS


def _is_breaker(word: str) -> bool:
    w = _base(word).lower()
    return w in TITLES or w in ORG_WORDS or _is_demonym(w)


@frozen
class NameChunk:
    """A run of capitalised words and what it names.

    ``text`` is the chunk as written (possessive dropped), ``name`` the part that names the
    speaker (titles stripped), ``kind`` one of ``person`` (a name after the titles),
    ``org`` (organisation words only), ``acronym`` ("CSTO") or ``title`` (titles and demonyms
    only, naming nobody: "Lithuanian").
    """

    start: int
    end: int
    text: str
    name: str
    kind: str
    titled: bool  # a title or role noun came right before the name: "minister Linkevičius"


# Titles written with a full stop that do not end a sentence.
ABBREVIATED = wordset(
    "dr mr mrs ms gov sen rep gen col lt st prof jr sr capt sgt adm maj hon barr engr rt"
)
# An elided article or preposition opening a word: "Nell'intervista", "L’uomo" (not "O'Neill").
_ELIDED = re.compile(r"^(?:[LDJSCNMT]|Nell|Dell|All|Sull|Dall|Coll|Qu|Quell|Un)[’'][a-zà-ÿ]")


def _is_name_word(tok: Token) -> bool:
    return (
        tok.is_capitalised
        and _base(tok.lower) not in _STOP
        and not _CONTRACTION.search(tok.text)
        and not _ELIDED.match(tok.text)
    )


_PLACE_BEFORE_NAME = PLACE_OF | {"to"}


def _after_place_of(toks: Sequence[Token], i: int) -> bool:
    """True when ``toks[i]`` follows a title and "to/in/of": "Ambassador to Russia Jon Huntsman"."""
    return (
        i >= 2
        and toks[i - 1].lower in _PLACE_BEFORE_NAME
        and (_base(toks[i - 2].lower) in TITLES or toks[i - 2].lower in ROLE_NOUNS)
    )


def _place_words(words: Sequence[Token]) -> int:
    """How many words open ``words`` as a place before a person's name: the name is the
    surname with its particles and initials, and one first name ("Russia Jon Huntsman" → 1,
    "Moscow Vincent A. Forlenza" → 1)."""
    k = len(words) - 1
    while k > 0 and (
        words[k - 1].lower in PARTICLES or words[k - 1].text == "." or len(words[k - 1].text) == 1
    ):
        k -= 1
    return max(0, k - 1)


def _chunk(text: str, toks: Sequence[Token], i: int, j: int) -> NameChunk:
    """Build a NameChunk from ``toks[i:j]`` (a run of name words and particles)."""
    before = toks[i - 1] if i > 0 else None
    words = toks[i:j]
    start, end = words[0].start, words[-1].end
    last = words[-1]
    if _POSSESSIVE.search(last.text):
        end = last.end - 2
    chunk_text = text[start:end]
    tail_from = 0
    for k, w in enumerate(words):
        if _is_breaker(w.text):
            tail_from = k + 1
    while tail_from < len(words) and words[tail_from].text == ".":
        tail_from += 1  # "Hon. Grace Adeyemi": the title's full stop is not the name's
    if tail_from == 0 and len(words) >= 3 and _after_place_of(toks, i):
        # "U.S. Ambassador to Russia Jon Huntsman": the place is not part of the name.
        tail_from = _place_words(words)
    tail = words[tail_from:]
    titled = tail_from > 0 or (before is not None and before.lower in ROLE_NOUNS)
    last_breaker = _base(words[tail_from - 1].lower) if tail_from > 0 else ""
    if len(tail) == 1 and last_breaker in ORG_WORDS and last_breaker not in TITLES:
        tail = []  # "FC Tarvo", "Reuters Trust": one word after a body's word names the body
    if not tail:
        if not any(_base(w.lower) in ORG_WORDS for w in words):
            # Titles and demonyms alone ("Lithuanian", "Commander") name nobody.
            return NameChunk(start, end, chunk_text, chunk_text, "title", titled)
        org = " ".join(_base(w.text) for w in words if w.lower not in _STOP)
        return NameChunk(start, end, chunk_text, org, "org", titled)
    name_start = tail[0].start
    name = text[name_start:end]
    if len(tail) == 1 and len(tail[0].text) > 1 and tail[0].text.isupper():
        return NameChunk(start, end, chunk_text, name, "acronym", titled)
    return NameChunk(start, end, chunk_text, name, "person", titled)


def _is_middle_initial(toks: Sequence[Token], j: int) -> bool:
    """ "A" in "Vincent A. Forlenza": a stop word ("a", "I") read as an initial inside a name."""
    return (
        len(toks[j].text) == 1
        and toks[j].text.isupper()
        and j + 2 < len(toks)
        and toks[j + 1].text == "."
        and toks[j + 1].start == toks[j].end
        and _is_name_word(toks[j + 2])
    )


# A capitalised word with a participle's ending before a determiner is a verb opening the
# sentence, not a name: "Analysant les premiers pas, …", "Durant la visite", "Citando el informe".
_PARTICIPLE = re.compile(r"(?:ant|ando|endo|ing)$")
_DETERMINERS = wordset(
    "le la les l un une des du au aux ce cet cette ces son sa ses leur leurs el los las lo il "
    "gli una uno del della the a an this these those his her their its"
)


def _is_participle(toks: Sequence[Token], i: int) -> bool:
    return (
        i + 1 < len(toks)
        and _PARTICIPLE.search(toks[i].lower) is not None
        and toks[i + 1].lower.rstrip("'’") in _DETERMINERS
        and not _is_name_word(toks[i + 1])
    )


def name_chunks(text: str, toks: Sequence[Token]) -> list[NameChunk]:
    """Every name chunk among ``toks`` (tokens of ``text``), in order."""
    chunks: list[NameChunk] = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_name_word(toks[i]) or _is_participle(toks, i):
            i += 1
            continue
        j = i + 1
        while j < n:
            tok = toks[j]
            if "\n" in text[toks[j - 1].end : tok.start]:
                break  # a name never runs across a line break ("Berlin\n\nSprecher")
            if (_is_name_word(tok) or _is_middle_initial(toks, j)) and not _POSSESSIVE.search(
                toks[j - 1].text
            ):
                j += 1
            elif (
                tok.text == "."
                and j + 1 < n
                and _is_name_word(toks[j + 1])
                and toks[j + 1].start == tok.end + 1
                and text[tok.end] == " "
                and toks[j - 1].is_capitalised
                and (
                    toks[j - 1].lower in ABBREVIATED
                    or (len(toks[j - 1].text) == 1 and j - 1 > i)  # a middle initial
                )
            ):
                j += 1  # "Jeffrey J. Bazarian", "Gov. Francis Nwifuru"
            elif (
                tok.lower in PARTICLES
                and j + 1 < n
                and _is_name_word(toks[j + 1])
                and not _POSSESSIVE.search(toks[j - 1].text)
            ):
                j += 2
            else:
                break
        chunks.append(_chunk(text, toks, i, j))
        i = j
    return chunks


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


class NameIndex:
    """The people an article names, to expand "Linkevičius" to "Linas Linkevičius".

    A surname expands only when the article gives exactly one longer form of it (or longer
    forms that all extend each other); otherwise it stays as written.
    """

    #: Distinct surnames looked up per article; beyond this, names stay as written (each
    #: lookup scans the text once, so a hostile text with endless names stays linear).
    MAX_LOOKUPS = 200
    #: Occurrences of one surname examined.
    MAX_OCCURRENCES = 60

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[str, tuple[frozenset[str], bool]] = {}

    def _lookup(self, surname: str) -> tuple[frozenset[str], bool]:
        """Longer forms of ``surname`` in the text, and whether a title or first name is seen.

        Only the places where the surname occurs are read (a regex scan in C), not the whole
        text word by word: most articles need two or three lookups.
        """
        if surname in self._seen:
            return self._seen[surname]
        if len(self._seen) >= self.MAX_LOOKUPS:
            return frozenset(), False
        text = self._text
        forms: set[str] = set()
        person = False
        pattern = re.compile(r"(?<![\w’'])" + re.escape(surname) + r"(?!\w)")
        for n, m in enumerate(pattern.finditer(text)):
            if n >= self.MAX_OCCURRENCES:
                break
            window_start = max(0, m.start() - 80)
            toks = tokenize(text[window_start : m.end()], window_start)
            chunks = name_chunks(text, toks)
            if not chunks or chunks[-1].end != m.end() or chunks[-1].kind != "person":
                continue
            chunk = chunks[-1]
            if chunk.start == toks[0].start and window_start > 0:
                continue  # the run may go on before the window: do not trust its start
            if chunk.titled or " " in chunk.name:
                person = True
            words = chunk.name.split()
            k = next((n for n, t in enumerate(toks) if t.start >= chunk.start), 0)
            if len(words) >= 4 and k > 0 and toks[k - 1].lower in PLACE_OF:
                # "Prime Minister of Papua New Guinea Peter O'Neill": the place is no name.
                forms.add(" ".join(words[-2:]))
            elif len(words) > 1:
                forms.add(chunk.name)
        result = (frozenset(forms), person)
        self._seen[surname] = result
        return result

    def _from_first_name(self, name: str) -> str:
        """ "Ole" → "Ole Gunnar Solskjaer" when the article writes one full name starting so."""
        if len(self._seen) >= self.MAX_LOOKUPS:
            return name
        key = "^" + name
        if key not in self._seen:
            pattern = re.compile(r"(?<![\w’'])" + re.escape(name) + r"((?: [A-Z][\w’'-]+){1,2})")
            found = {
                name + m.group(1)
                for m in islice(pattern.finditer(self._text), 50)
                if not is_heading(_line_at(self._text, m.start()))
            }
            self._seen[key] = (frozenset(found), False)
        forms = self._seen[key][0]
        if not forms:
            return name
        longest = max(forms, key=len)
        ok = all(longest.startswith(f) for f in forms) and not any(
            _is_breaker(w) or _base(w.lower()) in _STOP for w in longest.split()[1:]
        )
        return longest if ok else name

    def is_person(self, name: str) -> bool:
        """True when the article shows ``name`` as a person (first name or title seen)."""
        parts = name.split()
        return bool(parts) and (len(parts) >= 2 or self._lookup(parts[-1])[1])

    def full_name(self, name: str | None) -> str | None:
        """The longest unambiguous form of ``name`` in the article, or ``name`` itself.

        A surname grows to the front ("Linkevičius" → "Linas Linkevičius"); a first name, or a
        full name the article also writes longer, grows to the back ("Ole" → "Ole Gunnar
        Solskjaer", "Mohd Zuhdi" → "Mohd Zuhdi Marsuki"). A name written after a title
        ("President Trump") is a surname and never grows to the back.
        """
        if not name:
            return None
        found = self._by_surname(name)
        if found is None:
            return name
        if " " in found or not self._lookup(found)[1]:
            return self._from_first_name(found)
        return found

    def _by_surname(self, name: str) -> str | None:
        """``name`` grown to the front, ``name`` itself, or None when the forms disagree."""
        forms = self._lookup(name.split()[-1])[0]
        candidates = [f for f in forms if f.endswith(name) and len(f) >= len(name)]
        if not candidates:
            return name
        longest = max(candidates, key=len)
        if not all(longest.endswith(c) for c in candidates):
            return None
        if len(longest.split()) >= 4:
            # "Papua New Guinea Peter O'Neill" from "Prime Minister of Papua New Guinea Peter
            # O'Neill": a shorter full form written elsewhere is the name.
            shorter = [c for c in candidates if 2 <= len(c.split()) < len(longest.split())]
            if shorter:
                return max(shorter, key=len)
        return longest
