"""The people an article names, to expand "Linkevičius" to "Linas Linkevičius"."""

from __future__ import annotations

import re
from itertools import islice

from claimtrack.aids.aliases import alias_of, bracketed_aliases
from claimtrack.aids.caps_lead_ins import lead_in
from claimtrack.aids.given_names import couple_surnames, first_of_couple, given_name_gender
from claimtrack.aids.misspelt_names import MISSPELT_CONFIDENCE, full_surnames, respelt
from claimtrack.aids.name_affixes import (
    KNIGHTED,
    NAME_PREFIXES,
    POST_NOMINALS,
    ROLE_JOINS,
    ROLES_AFTER,
    SUFFIX_AFTER,
    before_honours,
    honorific_gender,
    initials_fit,
    particle_lowered,
    title_before,
    without_initials,
    without_role_words,
    without_suffix,
)
from claimtrack.aids.name_lines import credited, introduced_first, is_body, line_at, styled_heading
from claimtrack.aids.name_then_role import before_joined_role
from claimtrack.aids.name_words import place_or_group
from claimtrack.aids.speakers import (
    APPOSITION_AFTER,
    CYRILLIC,
    PARTICLES,
    PLACE_OF,
    STOP_WORDS,
    base_word,
    is_breaker,
    name_chunks,
)
from claimtrack.aids.title_places import JOINED_PARTICLES, before_affiliation
from claimtrack.text.headings import is_heading
from claimtrack.text.occurrences import followed_by, whole_word_at
from claimtrack.text.tokens import tokenize

__all__ = ["NameIndex"]

# Case endings of Russian surnames: "Лаврова", "Лавровым", "Небензи" ("Шойгу" has none).
_RUSSIAN_ENDING = re.compile(r"(?:ым|ом|ой|ей|ем|ою|ую|ого|ому|[аяиыуюео])$")

# A name word right after an occurrence, on the same line: the occurrence does not end the name.
_NEXT_WORD = re.compile(r" ([A-Z][\w'’ʻ-]*)")


def _name_goes_on(text: str, pos: int) -> bool:
    """True when a name word follows ``pos`` on the same line ("Fiame| Naomi Mata'afa")."""
    if _POST_NOMINAL.match(text, pos):
        return False  # "Joe Brennan T.D.", "Ada Lind MP": letters after the name end it
    m = _NEXT_WORD.match(text, pos)
    # (a role after the name ends it, "appointed Ada Lund President and …", as does a body's
    # name: "of Acme Ada Lund Acme expressed")
    if m is None:
        return False
    word = m.group(1)
    return base_word(word.lower()) not in STOP_WORDS | ROLES_AFTER and not is_body(text, word)


# Letters after a name for an honour or a seat: "T.D.", "MP", "OBE" (name_affixes lists them).
_POST_NOMINAL = re.compile(rf",? (?:T\.D\.|{'|'.join(sorted(POST_NOMINALS))})(?!\w)")

# One lower-case particle inside a name: "Lula| da Silva", "Ursula| von der Leyen".
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")"
# One or two capitalised words (particles allowed) that grow a first name to the back.
_GROWN = re.compile(
    rf"((?: (?:{_PARTICLE} ){{0,2}}(?:[A-Z][\w’'-]+|{JOINED_PARTICLES.pattern})){{1,2}})"
)

# A romanised East Asian given name after the family name, its syllables hyphenated or set
# apart: "Lee Min-ho", "Moon Jae-in", "Leo Yee Sin", "Lee Hsien Loong" (the family name alone
# is the short form).
_EAST_ASIAN_GIVEN = re.compile(r" [A-Z][a-z]{1,4}(?:-[a-z]{1,4}| [A-Z][a-z]{1,4})")
_OWNED = re.compile(r"[’']s\b.*")  # a possessive ends the name: what follows is owned

# The last two words of a name, which the article may also write as one hyphenated surname.
_SPACED_COMPOUND = re.compile(r"(?<![\w-])([A-Z][a-z]+) ([A-Z][a-z]+)$")

# A surname cut to its initial after a first name: "Tomas F.", "Ana R".
_INITIAL_SURNAME = re.compile(r"(?<=\w) [A-Z]\.?$")


def _ends_with_name(form: str, name: str) -> bool:
    return form == name or form.endswith(" " + name)


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
        self._first_names: set[str] = set()
        self._knights: set[str] = set()  # first names written after "Sir" or "Dame"
        self._set_off: set[str] = set()  # full names written before an apposition
        self._titled: set[str] = set()  # full names with a suffix, written after a title
        self._titles: dict[str, set[str]] = {}  # full names, their titles' last words
        self._styled: dict[str, bool] = {}  # words in capitals also written in lower case
        # Forms written only in a heading line ("Reaksi Sutanto", "Lind’s Reply"): a heading's
        # word before a surname may be no first name, so these count last.
        self._headed: dict[str, set[str]] = {}
        self._surnames: frozenset[str] | None = None
        self._respelt_as: dict[str, str | None] = {}
        self._alias: dict[str, str] | None = None
        self.guessed: set[str] = set()  # names grown from a misspelling

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
        for n, at in enumerate(whole_word_at(text, surname)):
            if n >= self.MAX_OCCURRENCES:
                break
            end = at + len(surname)
            window_start = max(0, at - 80)
            toks = tokenize(text[window_start:end], window_start)
            chunks = name_chunks(text, toks)
            if not chunks or chunks[-1].end != end or chunks[-1].kind != "person":
                continue
            chunk = chunks[-1]
            if chunk.start == toks[0].start and window_start > 0:
                continue  # the run may go on before the window: do not trust its start
            if credited(text, chunk.start) or styled_heading(text, chunk.start, chunk.text):
                continue  # a credit's words ("/Prensa Ana Ruiz"), a heading's capitals
            suffix = SUFFIX_AFTER.match(text, end)  # "Ada Cruz, Jr.", "Ada Cruz Jr."
            if suffix is not None and " " in chunk.name:
                forms.add(chunk.name + suffix.group())
                if chunk.text != chunk.name:  # "President Ada Cruz Jr." (a capitalised title)
                    self._titled.add(chunk.name + suffix.group())
                continue
            if KNIGHTED.search(chunk.text) and " " not in chunk.name:  # "Sir Ada": first name
                self._knights.add(surname)
                continue
            if _name_goes_on(text, end):
                # "Prime Minister Fiame Naomi Mata'afa": a person's first name, not a surname
                # written after a title (which would never grow to the back).
                if chunk.titled and " " not in chunk.name:
                    self._first_names.add(surname)
                continue
            words = lead_in(text, chunk.end - len(chunk.name), chunk.name.split(), self._styled)
            if len(words) > 1 and not chunk.titled and is_heading(line_at(text, at)):
                self._headed.setdefault(surname, set()).add(" ".join(words))
                continue
            if chunk.titled or (len(words) > 1 and not place_or_group(chunk.name)):
                person = True
            k = next((n for n, t in enumerate(toks) if t.start >= chunk.start), 0)
            if len(words) >= 4 and k > 0 and toks[k - 1].lower in PLACE_OF:
                # "Prime Minister of Papua New Guinea Peter O'Neill": the place is no name.
                forms.add(" ".join(words[-2:]))
            elif len(words) >= 3 and k > 0 and toks[k - 1].lower in ROLE_JOINS:
                forms.add(" ".join(without_role_words(text, words)))
            elif len(words) > 1:
                forms.update([" ".join(words), *first_of_couple(text, end, words)])
                self._note_title(" ".join(words), title_before(chunk.text, chunk.name))
        result = (frozenset(forms), person)
        self._seen[surname] = result
        return result

    def _declined(self, surname: str) -> str:
        """A Russian surname in another case grown to the full name the article writes once:
        "Небензи" (genitive) → "Василий Небензя"."""
        m = _RUSSIAN_ENDING.search(surname)
        stem = surname[: m.start()] if m else surname
        if len(stem) < 4 or len(self._seen) >= self.MAX_LOOKUPS:
            return surname
        pattern = re.compile(r"(?<!\w)" + re.escape(stem) + r"[а-яё]{0,3}(?!\w)")
        words = {m.group() for m in islice(pattern.finditer(self._text), 20)} - {surname}
        forms = {f for w in sorted(words) for f in self._lookup(w)[0] if " " in f}
        return forms.pop() if len(forms) == 1 else surname

    def _from_first_name(self, name: str) -> str:
        """ "Ole" → "Ole Gunnar Solskjaer" when the article writes one full name starting so
        (or "Maria" → "Maria Dowling" after "Maria and Craig Dowling")."""
        if len(self._seen) >= self.MAX_LOOKUPS:
            return name
        key = "^" + name
        if key not in self._seen:
            found = set()
            for m in islice(followed_by(self._text, name, _GROWN), 50):
                if not is_heading(line_at(self._text, m.start() - len(name))):
                    grown = before_joined_role(self._text, name + m.group(1), m.end())
                    grown = before_honours(grown)  # "Ada Lund FRS", "Ada Lund Fire and Rescue …"
                    grown = _OWNED.sub("", grown)  # "Lee Min-ho's Inauguration": "Moon Jae-in"
                    grown = before_affiliation(grown)  # "Ada Lund von der SP": "Ada Lund"
                    found.add(grown)
                    if APPOSITION_AFTER.match(self._text, m.end()):
                        self._set_off.add(grown)  # "Khiem Do, a fund manager"
            self._seen[key] = (frozenset(found | couple_surnames(self._text, name)), False)
        forms = self._seen[key][0]
        longest = max(forms, key=len, default=name)  # (no form: the name itself)
        ok = all(longest.startswith(f) for f in forms) and not any(
            is_breaker(w)
            or is_body(self._text, w)
            or (
                w not in PARTICLES
                and base_word(w.lower()) in STOP_WORDS
                and longest not in self._set_off
            )
            for w in longest.split()[1:]
        )
        return longest if ok else name

    def _grown_both_ways(self, name: str) -> str:
        """ "Amar" → "Amar Nik Abdullah" → "Mohd Amar Nik Abdullah": a first name grown to the
        back, then to the front where the article writes the longer name (a Malay "Mohd")."""
        grown = self._from_first_name(name)
        if grown == name or " " in name:
            return grown
        front = self._grown_front(grown, self._lookup(grown.split()[-1])[0]) or grown
        added = front[: -len(grown)].split()  # only a first name or a name's prefix, no title
        return front if all(w in NAME_PREFIXES or given_name_gender(w) for w in added) else grown

    def is_person(self, name: str) -> bool:
        """True when the article shows ``name`` as a person (first name or title seen); a
        place's words ("South Auckland", "Pacific Island") need a title to be a person."""
        parts = name.split()
        if len(parts) >= 2 and not place_or_group(name):
            return True
        return bool(parts) and (self._lookup(parts[-1])[1] or parts[-1] in self._first_names)

    def full_name(self, name: str | None) -> str | None:
        """The longest unambiguous form of ``name`` in the article, or ``name`` itself.

        A surname grows to the front ("Linkevičius" → "Linas Linkevičius"); a first name, or a
        full name the article also writes longer, grows to the back ("Ole" → "Ole Gunnar
        Solskjaer", "Mohd Zuhdi" → "Mohd Zuhdi Marsuki"). A name written after a title
        ("President Trump") is a surname and never grows to the back.
        """
        if not name:
            return None
        if (known := alias_of(name, self._aliases())) is not None:
            return known  # "Bima Sastrowardo (Bimo)": the short name given in brackets
        if (surname := without_initials(name)) != name:
            grown = self.full_name(surname)  # "A. Lund", "H.E. Lund": the Ada Lund named
            return grown if grown and grown != name and initials_fit(name, grown) else name
        initial = _INITIAL_SURNAME.search(name)
        if initial is not None:
            return self._from_initial(name, initial.start())
        found = self._by_surname(name)
        if found is None:
            return name
        if found == name and " " not in name and (fixed := self._respelt(name)) is not None:
            return fixed  # "Mbekwanu" once, in an article naming "Sipho Mbekwana"
        if found == name and _SPACED_COMPOUND.search(name):
            # "Ola Kemi" where the article also writes "Ada Ola-Kemi": one compound surname,
            # written with a space once and a hyphen once.
            joined = _SPACED_COMPOUND.sub(r"\1-\2", name)
            if self._lookup(joined.split()[-1])[0]:
                return self.full_name(joined)
        if " " in found or not self._lookup(found)[1] or found in self._knights:
            return self._grown_both_ways(found)
        grown = self._from_first_name(found)
        if _EAST_ASIAN_GIVEN.fullmatch(grown[len(found) :]):
            return grown  # "President Lee" of "President Lee Min-ho": the family name first
        if found in self._first_names and not given_name_gender(found) and not is_breaker(found):
            return grown  # "Gen Prayut" (Thai usage); "President Grant" is a surname

        return found

    def _note_title(self, full: str, title: str) -> None:
        if title:
            self._titles.setdefault(full, set()).add(title)

    def full_name_titled(self, name: str, written: str, at: int = 0) -> str | None:
        """:meth:`full_name`, or where people share the surname ``name``, the one the article
        writes after the title ``written`` holds before the name ("Sheriff Harrell": "Sheriff
        Colan Harrell", not his son "Deputy Cody Harrell"), or whom the courtesy title before
        ``at``, where it is written, shows as a man or a woman ("Mrs Berg" of "Ada and Tom
        Berg")."""
        full = self.full_name(name)
        title = title_before(written, name)
        courtesy = self._text[max(0, at - 6) : at].split()[-1:] if at else []
        if " " not in name and courtesy and (gender := honorific_gender(courtesy[0].lower())):
            return self.full_name_of(name, gender)
        if full != name or " " in name or not title:
            return full
        forms = {f for f in self._lookup(name)[0] if f.endswith(" " + name)}
        fitting = [f for f in forms if title in self._titles.get(f, ())]
        return fitting[0] if len(fitting) == 1 else full

    def full_name_of(self, name: str, gender: str | None) -> str | None:
        """:meth:`full_name`, or where people share the surname ``name`` ("President Ada Bio",
        "First Lady Tom Bio"), the one whose first name is of ``gender`` ("m"/"f"), if one."""
        full = self.full_name(name)  # (the gender decides first: "she" is no Champ Lund)
        if gender is None or " " in name:
            return full
        fitting = set()
        for form in (f for f in self._lookup(name)[0] if f.endswith(" " + name)):
            words = form.split()[:-1]  # ("Lady Ada Bio": from the first word a first name)
            k = next((k for k, w in enumerate(words) if given_name_gender(w)), None)
            if k is not None and given_name_gender(words[k]) == gender:
                fitting.add(" ".join(form.split()[k:]))
        return fitting.pop() if len(fitting) == 1 else full

    def _respelt(self, name: str) -> str | None:
        """The full name of the one person whose surname ``name`` misspells, or None."""
        if self._surnames is None:
            self._surnames = full_surnames(self._text)
        if name not in self._respelt_as:  # (each name looked up once: one scan of the text)
            surname = respelt(name, self._surnames, self._text)
            grown = self.full_name(surname) if surname is not None else None
            self._respelt_as[name] = grown if grown is not None and " " in grown else None
        if self._respelt_as[name] is not None:
            self.guessed.add(name)
        return self._respelt_as[name]

    def _aliases(self) -> dict[str, str]:
        if self._alias is None:
            self._alias = bracketed_aliases(self._text)
        return self._alias

    def sureness(self, name: str) -> float:
        """Confidence of a person's name as written: below the sure bin for a misspelling."""
        return MISSPELT_CONFIDENCE if name in self.guessed else 0.95

    def _from_initial(self, name: str, cut: int) -> str:
        """ "Tomas F." → "Tomas Ferreira": a surname cut to its initial is the one full
        name the article writes with that first name and a surname of that initial."""
        first, letter = name[:cut], name[cut + 1]
        grown = self._from_first_name(first)
        rest = grown[len(first) :].split()
        return grown if grown != first and rest[0].startswith(letter) else name

    def _by_surname(self, name: str) -> str | None:
        """``name`` grown to the front, ``name`` itself, or None when the forms disagree."""
        found = self._grown_front(name, self._lookup(name.split()[-1])[0])
        if found != name or name.split()[0].lower() not in PARTICLES or not name[:1].isupper():
            return found
        # "Van der Lund said" of "Ada van der Lund": the sentence capitalised the particle.
        forms = frozenset(particle_lowered(f, name) for f in self._lookup(name.split()[-1])[0])
        lowered = particle_lowered(name, name)
        found = self._grown_front(lowered, forms)
        return name if found == lowered else found

    def _grown_front(self, name: str, forms: frozenset[str]) -> str | None:
        # (a word's end is no surname: "Davies" is not "Huw Irranca-Davies")
        candidates = [f for f in forms if _ends_with_name(without_suffix(f), name)]
        if not candidates and " " not in name and CYRILLIC.search(name):
            return self._declined(name)
        if not candidates and self._from_first_name(name) == name:
            headed = self._headed.get(name.split()[-1], set())
            candidates = [f for f in headed if f.endswith(name) and len(f) > len(name)]
        if not candidates:
            return name
        if any(without_initials(c) == c for c in candidates):  # "Ada Lund" over "A. Lund"
            candidates = [c for c in candidates if without_initials(c) == c]
        longest = max(candidates, key=len)
        if not all(without_suffix(longest).endswith(without_suffix(c)) for c in candidates):
            return introduced_first(self._text, name, candidates)
        suffixed = {c for c in candidates if c != without_suffix(c)}
        if len(suffixed) > 1:
            # "President Ada Cruz Jr.", "the late Ada Cruz Sr.": the titled one, else neither.
            titled = suffixed & self._titled
            return titled.pop() if len(titled) == 1 else without_suffix(longest)
        if len(longest.split()) >= 4:
            # "Papua New Guinea Peter O'Neill" from "Prime Minister of Papua New Guinea Peter
            # O'Neill": a shorter full form written elsewhere is the name.
            # A particle and a surname ("Al Rami") is the surname, no shorter full name; nor is
            # one a particle joins to the front ("Mohammed bin Jarsh Al Falasi").
            words = longest.split()
            shorter = [
                c
                for c in candidates
                if 2 <= len(c.split()) < len(words)
                and c.split()[0].lower() not in PARTICLES
                and words[-len(c.split()) - 1].lower() not in PARTICLES
            ]
            best = max(shorter, key=len, default=longest)
            if best == name and all(given_name_gender(w) for w in words[: -len(name.split())]):
                return longest  # "Lund Berg" of "Ada Maria Lund Berg": first names, no place
            return best
        return longest
