"""The full name of an organisation an article names short: "the Ministry" is the "Ministry of
Rivers and Coastal Affairs" named before, "the Times" is "The New York Times".

Organisation names run on through "of", "for" and "and" ("Department of Health and Human
Services"), which the name chunker stops at, so the long forms are found here by a scan of the
places the short name occurs (a regular expression in C, no nested quantifiers). When the article
writes several long forms ("Ministry of Rivers …", "Ministry of Information"), the one written
most often is taken, the first written on a tie: an article introduces its main body first.
"""

from __future__ import annotations

import re
from collections import Counter

from claimtrack.aids.body_names import in_complement_list, one_body_across_and
from claimtrack.aids.countries import is_country_or_region
from claimtrack.aids.speakers import ROLE_NOUNS
from claimtrack.text.lexicon import STOPWORDS, wordset

__all__ = ["OrgIndex"]

_WORD = r"[A-Z][\w’'&-]*"
# Words that may join an organisation's name: "Ministry of Rivers and Coastal Affairs".
_JOINERS = wordset("of for and & the")
_MAX_WORDS = 9
_OPENERS = _JOINERS | wordset(
    """
    a an in at by from on monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december yesterday
    today meanwhile earlier later last this
    """
)


class OrgIndex:
    """Longer forms of organisation names in one article (looked up lazily, cached)."""

    #: Distinct names (and as many short names) looked up per article; beyond, as written.
    MAX_LOOKUPS = 100

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[str, str] = {}
        self._spelled: dict[str, str] = {}  # (its own budget: any lone word may be asked)

    def full_name(self, name: str) -> str:
        """The long form of ``name`` the article writes ("Ministry" → "Ministry of Rivers and
        Coastal Affairs"), or ``name`` itself when it writes none."""
        if name in self._seen:
            return self._seen[name]
        if len(self._seen) >= self.MAX_LOOKUPS or not name or len(name.split()) > 3:
            return name
        forms: Counter[str] = Counter()
        first: dict[str, int] = {}
        pattern = re.compile(
            rf"((?:{_WORD} ){{0,4}})(?<![\w’']){re.escape(name)}"
            rf"((?: (?:of|for)(?: (?:and|&|the|{_WORD}))+){{0,2}})"  # ("… for the X of Y")
        )
        for n, m in enumerate(pattern.finditer(self._text)):
            if n >= 60:
                break
            head = _across_and(self._text, m.start(), m.group(1).split() + name.split())
            form = _trimmed(head, m.group(2).split())
            if len(form) > len(name.split()):
                joined = " ".join(form)
                forms[joined] += 1
                first.setdefault(joined, m.start())
        found = name
        if forms:
            found = min(forms, key=lambda f: (-forms[f], first[f]))
        self._seen[name] = found
        return found

    def spelled_out(self, acronym: str) -> str:
        """ "NCPF" → "Northern Commission for Ports and Fisheries" when the article
        writes that name with the acronym in brackets after it and their initials agree (or,
        for a short name in lower case, "Phivolcs", the openings of its words); else the
        acronym itself."""
        if acronym in self._spelled:
            return self._spelled[acronym]
        found = acronym
        if len(self._spelled) < self.MAX_LOOKUPS and 2 <= len(acronym) <= 10:
            # Only the few places "(ACRONYM)" is written are read: a bounded window before each.
            at, n = self._text.find(f"({acronym})"), 0
            while at >= 0 and n < 5 and found == acronym:
                words = self._text[max(0, at - _SPELLED_CHARS) : at].split()[-_SPELLED_WORDS:]
                if words:  # "the Ministry of Education's (MOE)": the owner's name
                    words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
                found = (
                    _initialled(words, acronym)
                    or _every_initial(words, acronym)
                    or _syllabled(words, acronym)
                    or acronym
                )
                at, n = self._text.find(f"({acronym})", at + 1), n + 1
            if found == acronym and acronym.isupper() and acronym.isalpha():
                found = _initials_written(self._text, acronym) or acronym
        self._spelled[acronym] = found
        return found


_SPELLED_WORDS = 14
# Small words inside a spelled-out name: "Commission for Latin America and the Caribbean".
_IN_NAMES = _JOINERS | wordset("on in de du des la del")
_SPELLED_CHARS = 200


def _initialled(words: list[str], acronym: str) -> str | None:
    """The last words of ``words`` whose capitalised initials spell ``acronym`` (joiners
    between them kept): "The latest Northern Commission for Ports and Fisheries"
    and "NCPF" give "Northern Commission for Ports and Fisheries"."""
    letters = acronym.upper()
    k, at = len(words), len(letters)
    while k > 0 and at > 0:
        k -= 1
        word = words[k]
        if word.lower() in _IN_NAMES:
            continue
        if not word[:1].isupper() or not word[-1:].isalnum() or word[0] != letters[at - 1]:
            return None  # ("the new rules (NR)": the name breaks off before its initials)
        at -= 1
    if at > 0:
        return None
    return " ".join(words[k:])


def _every_initial(words: list[str], acronym: str) -> str | None:
    """The last words of ``words`` whose initials, small words' too, spell ``acronym``: "Ministry
    of Education" for "MOE", "Department of Health" for "DoH"."""
    size = len(acronym)
    tail = words[-size:]
    if len(tail) < size or not tail[0][:1].isupper():
        return None
    initials = "".join(w[:1] for w in tail)
    return " ".join(tail) if initials.upper() == acronym.upper() else None


def _syllabled(words: list[str], acronym: str) -> str | None:
    """The last words of ``words`` whose openings, in order, spell a short name written in
    lower case after its capital: "Philippine Institute of Volcanology and Seismology" for
    "Phivolcs" (Phi-volc-s), "Office for Standards in Education" for "Ofsted". The name's
    first and last words both give letters; a word between may give none ("Institute")."""
    if len(acronym) < 4 or not acronym[1:].islower() or not acronym[:1].isupper():
        return None
    low = acronym.lower()
    for k in range(len(words) - 3, -1, -1):  # (a body's name: three words or more)
        if words[k].lower() in _IN_NAMES:
            continue  # (a name opens with its own word, not "of")
        name = [w for w in words[k:] if w.lower() not in _IN_NAMES]
        if not all(w[:1].isupper() for w in name):
            return None  # (the name breaks off: a lower-case word before it)
        if name[0][0].lower() == low[0] and _spelled_by(low, [w.lower() for w in name]):
            return " ".join(words[k:])
    return None


def _spelled_by(letters: str, words: list[str]) -> bool:
    """``letters`` split into openings of ``words`` in order, the first and the last word
    giving at least one letter each (a word between may give none)."""
    spelled = {0}  # how many letters the words so far can spell
    for n, word in enumerate(words):
        ahead = set(spelled) if 0 < n < len(words) - 1 else set()  # ("Institute": none)
        for done in spelled:
            size = 1
            while done + size <= len(letters) and word[:size] == letters[done : done + size]:
                ahead.add(done + size)
                size += 1
        spelled = ahead
    return len(letters) in spelled


_JOINED = r"(?:\s+(?:of|for|and|the|on|de|du|des|la|del))*\s+"
_MOST_NAMES = 20


def _initials_written(text: str, acronym: str) -> str | None:
    """The one name the article writes whose capitals spell ``acronym``, with no brackets
    linking them ("the Foreign Office … the FO said"): two names that spell it ("South
    Carolina", "Supreme Court") leave it as written."""
    pattern = _JOINED.join(rf"{letter}[a-z][\w’'-]*" for letter in acronym)
    names = set()
    # (the whole name: "Velm Harbour" inside "Velm Harbour Board" spells no "VH")
    for n, m in enumerate(re.finditer(rf"(?<![\w-]){pattern}(?![\w-]|\s+[A-Z])", text)):
        if n >= _MOST_NAMES:
            return None
        names.add(m.group(0))
    return names.pop() if len(names) == 1 else None


_AND_BEFORE = re.compile(rf"(?<![\w’'-])((?:{_WORD} ){{1,3}})(and|&) $")
_CAPITAL_BEFORE = re.compile(rf"(?<![\w’'-]){_WORD} $")


def _across_and(text: str, at: int, head: list[str]) -> list[str]:
    """``head`` (a name's words written at ``at``) with the places' names before "and" that
    share its body's word: "Cheshire West and" before "Chester Council"."""
    m = _AND_BEFORE.search(text, max(0, at - 60), at)
    places = m.group(1).split() if m else []
    if places and places[0] == "The":
        places = places[1:]  # (the sentence's article: "The Cheshire West and …")
    if m is None or not one_body_across_and(places, head):
        return head
    if _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return head  # (the places' run goes on: no whole name)
    if in_complement_list(text[max(0, m.start() - 120) : m.start()]):
        return head  # ("Minister of Water, Irrigation and Fire Service": a list's last two)
    return [*places, m.group(2), *head]


def _trimmed(head: list[str], tail: list[str]) -> list[str]:
    """The name without joiners at either end, sentence-opening words ("The", "In") or a role
    after it ("Ministry of Defence Spokesman …")."""
    role = next((k for k, w in enumerate(tail) if w.lower() in ROLE_NOUNS), len(tail))
    # ("Saudi-based Al Arabiya TV", "Jamaica’s Ministry of …": where it is based, the country
    # it belongs to, is no part of its name)
    head = head[max((k + 1 for k, w in enumerate(head) if _place_before(w)), default=0) :]
    words = (head + tail[:role])[:_MAX_WORDS]
    while words and words[-1].lower() in _JOINERS:
        words = words[:-1]
    while words and (words[0].lower() in _OPENERS or words[0].lower() in STOPWORDS):
        words = words[1:]  # "On Monday Apple": the sentence's opening words are no part of it
    if len(words) >= 3 and words[0].lower() in _ARTICLES and words[2].lower() in _OF:
        words = words[1:]  # "El Ministerio de Salud": the sentence's article ("El País" stays)
    return words


def _place_before(word: str) -> bool:
    if word.endswith("-based"):
        return True
    return word[-2:] in ("’s", "'s") and is_country_or_region(word[:-2], or_first_name=True)


# A body "of" something in other languages, after its article: "La Secretaría de Salud", "Le
# Ministère de la Santé", "O Ministério da Saúde", "Das Ministerium für Finanzen".
_ARTICLES = wordset("el la los las le les il lo o os as das die der")
_OF = wordset("de del della delle dello degli di du des da do dos das für der")
