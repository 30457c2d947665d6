"""What stands around a person's name: a first initial, a suffix after a comma, an honour, a
nickname in quotes.

"S. Fredrik Stamm" opens with an initial; "Herminio Cruz, Jr." ends with a suffix that is the
name's; "Jim Roe OBE" and "Ada Lund MSP" end with an honour or a seat that is not. Used by
:func:`claimtrack.aids.speakers.name_chunks` and the cue rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from types import MappingProxyType

from claimtrack.text.lexicon import wordset
from claimtrack.text.tokens import Token

__all__ = [
    "BALINESE_NAME_WORDS",
    "BALINESE_OPENERS",
    "CYRILLIC",
    "KNIGHTED",
    "NAME_PREFIXES",
    "POST_NOMINALS",
    "ROLES_AFTER",
    "ROLE_JOINS",
    "RUSSIAN_OUTLETS",
    "SUFFIX_AFTER",
    "before_honours",
    "before_name",
    "first_initial",
    "honorific_gender",
    "honours_before_names",
    "initials_fit",
    "is_outlet",
    "name_suffix",
    "nickname_before",
    "nickname_end",
    "particle_lowered",
    "title_before",
    "without_initials",
    "without_nickname",
    "without_post_nominals",
    "without_role_words",
    "without_suffix",
]

# Honours and seats written after a name, in capitals: "Jim Roe OBE", "Ada Lund MSP".
POST_NOMINALS = wordset(
    """
    OBE MBE CBE KBE DBE GBE CMG KCMG QC KC MP MSP MLA MEP MHK TD OAM AO AC FRS JP PhD
    CSC DSC CB KCB GCB CH OM DSO MC VC GC QPM KPM FRSE FRSA FREng FMedSci FBA MPP MNA MHA MLC
    SC GBS SBS BBS ONZM CNZM KNZM DNZM MNZM QSO QSM FRCP FRCS
    """
)


def first_initial(toks: Sequence[Token], i: int, is_name_word: Callable[[Token], bool]) -> bool:
    """A first name's initial opening a name ("S. Fredrik Stamm", "J. Lund", "A.J. Lund"): a
    name word follows its stop (or another initial does), and no full stop or capitalised word
    comes before it ("the U.S. Frederick …", "Plan B. Ada …")."""
    before = toks[i - 1] if i else None
    if before is not None and (before.text == "." or before.is_capitalised):
        return False
    if before is not None and before.lower in _BEFORE_PLATFORM and toks[i].text == "X":
        return False  # "Lund posted on X. Ada Lund leads …": the platform ends a sentence
    return i + 2 < len(toks) and is_name_word(toks[i + 2])


_BEFORE_PLATFORM = frozenset(("on", "via", "to"))  # "posted on X", "via X"


# Name suffixes, written after the name or a comma: "Herminio Cruz, Jr.", "Ada Lund III".
_SUFFIX_WORDS = ("Jr", "Sr", "II", "III", "IV")
_SUFFIXES = wordset(" ".join(_SUFFIX_WORDS).lower())
SUFFIX_AFTER = re.compile(r",? (?:" + "|".join(_SUFFIX_WORDS) + r")\b\.?")
# Initials opening a name ("E. Lund", "A.J. Lund", "H.E. Lund"): a first name, or a courtesy.
_INITIALS = re.compile(r"(?:[A-Z]\. ?)+(?=[^\W\d_])")


def without_suffix(name: str) -> str:
    """A name without its suffix: "Ada Cruz, Jr." → "Ada Cruz"."""
    suffix = SUFFIX_AFTER.search(name)
    return name[: suffix.start()] if suffix and suffix.end() == len(name) else name


def without_initials(name: str) -> str:
    """The surname of a name written as initials and a surname: "A.J. Lund" → "Lund" (else
    ``name``: "S. Fredrik Stamm" is a full name)."""
    lead = _INITIALS.match(name)
    rest = name[lead.end() :].strip() if lead is not None else ""
    return rest if rest and " " not in rest else name


# Courtesies written as initials: "H.E." (His or Her Excellency), French "M." (Monsieur).
_COURTESY_INITIALS = frozenset(("H.E.", "H. E.", "M."))


def initials_fit(name: str, full: str) -> bool:
    """``full`` may be the person ``name`` writes with initials: its first name opens with the
    first initial ("E. Lund" is Eva Lund, not Ada Lund), or the initials are a courtesy ("H.E.
    Lund", "M. Dione")."""
    lead = _INITIALS.match(name)
    if lead is None or " " not in full:
        return False
    return lead.group().strip() in _COURTESY_INITIALS or full[:1].upper() == name[:1]


def name_suffix(toks: Sequence[Token], j: int) -> bool:
    """ ", Jr" at ``toks[j]``: the suffix belongs to the name before the comma."""
    return (
        toks[j].text == ","
        and j + 1 < len(toks)
        and toks[j + 1].lower in _SUFFIXES
        and toks[j + 1].text[:1].isupper()
    )


def as_spaced(words: Sequence[Token], form: Callable[[str], str]) -> str:
    """Each word's ``form`` joined with a space only where the text had one ("U.S. Embassy",
    not "U . S . Embassy")."""
    parts = []
    for k, word in enumerate(words):
        if k and word.start > words[k - 1].end:
            parts.append(" ")
        parts.append(form(word.text))
    return "".join(parts)


def closing_initials(
    toks: Sequence[Token], i: int, j: int, is_name_word: Callable[[Token], bool]
) -> int:
    """Index past a country's or region's initials run together at the end of a name whose
    chunk opened at ``toks[i]`` and reached the full stop at ``toks[j]`` ("Kessel Foods U.S.
    said"), or 0. A name word after them is left to the initials-then-surname rule ("A.J.
    Lund")."""
    first = toks[j - 1]
    if j - 1 <= i or len(first.text) != 1 or not first.text.isupper():
        return 0
    if toks[j].text != "." or toks[j].start != first.end:
        return 0
    k = j
    while (
        k + 2 < len(toks)
        and len(toks[k + 1].text) == 1
        and toks[k + 1].text.isupper()
        and toks[k + 2].text == "."
        and toks[k + 1].start == toks[k].end
        and toks[k + 2].start == toks[k + 1].end
    ):
        k += 2
    if k == j or (k + 1 < len(toks) and is_name_word(toks[k + 1])):
        return 0
    return k + 1


def initials_only(words: Sequence[Token]) -> bool:
    """``words`` are initials run together and nothing else ("U.S.", "U.K", its last stop cut
    off with the sentence)."""
    letters = words[::2]
    stops = words[1::2]
    return (
        len(letters) >= 2
        and len(stops) >= len(letters) - 1
        and all(len(w.text) == 1 and w.text.isupper() for w in letters)
        and all(w.text == "." for w in stops)
    )


_NICK_OPENERS = frozenset("‘“\"'")
_NICK_CLOSERS = frozenset("’”\"'")
# A nickname in quotes inside a name ("Ezekiel ‘Ziggy’ Cameron"), with the space after it.
_NICKNAME = re.compile(r"[‘“\"'][A-Z][\w.-]*(?: [A-Z][\w.-]*)?[’”\"'] ")


def nickname_end(toks: Sequence[Token], j: int) -> int:
    """Index of the token after a nickname in quotes at ``toks[j]`` ("‘Ziggy’" in "Ezekiel
    ‘Ziggy’ Cameron", "“Magic”"), or 0 when none opens there."""
    if toks[j].text not in _NICK_OPENERS or j + 1 >= len(toks):
        return 0
    word = toks[j + 1]
    if word.start != toks[j].end or not word.text[:1].isupper():
        return 0
    if word.text[-1:] in _NICK_CLOSERS and len(word.text) > 2:
        return j + 2  # the tokenizer keeps a closing apostrophe on the word: "Ziggy’"
    closer = j + 2
    if closer < len(toks) and toks[closer].text in _NICK_CLOSERS:
        return closer + 1 if toks[closer].start == word.end else 0
    return 0


def nickname_before(toks: Sequence[Token], k: int) -> int:
    """Index of the opening mark of a nickname that ends right before ``toks[k]`` and follows a
    capitalised word ("Ezekiel ‘Ziggy’ | Cameron"), or -1."""
    for o in (k - 2, k - 3):
        if o >= 1 and nickname_end(toks, o) == k and toks[o - 1].is_capitalised:
            return o
    return -1


def without_nickname(name: str) -> str:
    """A name without the nickname in quotes inside it: "Ezekiel Cameron"."""
    return _NICKNAME.sub("", name)


# Words a role phrase ends with, right before the name it runs into: "The President of the
# Storting Eira Nestvold", "Minister for Flood Management and Relief Md Ada Rahman".
ROLE_JOINS = wordset("of the for and")

# Role words that follow a name as its appointment, not as more of the name.
ROLES_AFTER = wordset(
    "president chairman chairwoman chair director minister secretary governor mayor chief "
    "ceo cfo coo cto"
)


def without_role_words(text: str, words: list[str]) -> list[str]:
    """A name run into the role phrase before it, without the phrase's last words: a leading
    word the article also writes in lower case ("relief") or after "the" on its own ("the
    Storting said") names the body or the portfolio, not the person. Two words always stay."""
    while len(words) > 2:
        word, after = re.escape(words[0]), re.escape(words[1])
        lower = re.search(rf"(?<!\w){word.lower()}(?!\w)", text) is not None
        body = re.search(rf"(?<!\w)the {word}(?! {after})(?!\w)", text) is not None
        if not (lower or body):
            break
        words = words[1:]
    return words


# A knight or dame named by the first name: "Sir Ada" is Ada Lund, "Dame Ada" too; so are a
# sheikh, an imam or a sheikha ("Sheikh Omar" is Sheikh Omar Abdi Warsame).
KNIGHTED = re.compile(r"\b(?:Sir|Dame|Sheikh|Sheikha|Shaikh|Imam) \S+$")


def before_honours(name: str) -> str:
    """The name without the honours after it ("Ada Lund FRS" -> "Ada Lund")."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if i and w in POST_NOMINALS), len(words))
    return " ".join(words[:cut])


def particle_lowered(form: str, name: str) -> str:
    """``form`` with the particle opening ``name`` in lower case where it ends with ``name``
    ("Van der Lund" -> "van der Lund"): a sentence capitalises the particle, not the name."""
    lowered = name[:1].lower() + name[1:]
    return form[: -len(name)] + lowered if form.endswith(name) else form


# Russian outlets written right after a speaker's name, in the dative ("сказал Лавров ТАСС").
RUSSIAN_OUTLETS = wordset("риа тасс интерфакс интерфаксу рбк известиям коммерсанту")
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def is_outlet(name: str) -> bool:
    """A Russian outlet credited after a speaker's name ("ТАСС", "РИА Новости")."""
    words = name.lower().split()
    return bool(words) and words[0] in RUSSIAN_OUTLETS


def without_post_nominals(np: Sequence[Token]) -> Sequence[Token]:
    """A speaker's phrase without the honours or the seat after the name ("Ada Lund MSP",
    "Tom Berg TD", "Ada Lund QC"): the name speaks, not its letters."""
    k = len(np)
    while k > 1 and np[k - 1].text in POST_NOMINALS and np[k - 2].text[:1].isupper():
        k -= 1
    return np[:k]


_HONOURED = re.compile(
    r"(?<![\w’'])(Sir|Dame|Lord|Lady|Baroness|Baron) ([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3})"
)


_KNIGHTHOODS = frozenset(("Sir", "Dame"))
# A pope or a monarch goes by the title and one name, with its numeral ("Pope Aurel", "King
# Ivo IV"): "Aurel" alone names no one. (Not before a full name: "Prince Ada Lund Street".)
_REGNAL = re.compile(
    r"(?<![\w’'])(Pope|King|Queen|Prince|Princess|Emperor) ([A-Z][a-z’'-]+(?: [IVX]{1,5}\b)?)"
    r"(?! [A-Z][a-z])"
)


def honours_before_names(text: str) -> dict[str, str]:
    """Each name ``text`` writes after a peerage, and its honour: "Lord Lund" gives "Lund" →
    "Lord" (a peer goes by the title). A knighthood ("Sir David Naish", "Dame Ada Lund") is a
    courtesy title like "Dr": the speaker's name is "David Naish", so it is left out. A pope or
    a monarch named by one name goes by the title too ("Pope Aurel" gives "Aurel" → "Pope")."""
    honours: dict[str, str] = {}
    for m in _HONOURED.finditer(text):
        if m.group(1) in _KNIGHTHOODS:
            continue
        words = m.group(2).split()
        for n in range(1, len(words) + 1):
            honours.setdefault(" ".join(words[:n]), m.group(1))
    for m in _REGNAL.finditer(text):
        honours.setdefault(m.group(2), m.group(1))
    return honours


# Words opening a Malay or Arabic name before the first name it is called by ("Mohd Amar",
# "Nor Ada Lund").
NAME_PREFIXES = frozenset(
    {"Mohd", "Md", "Muhammad", "Mohamad", "Mohammad", "Mohamed", "Abdul", "Nur", "Nor"}
)

# A Balinese name opens with "I" (a man's) or "Ni" (a woman's) before a birth-order or caste
# word ("I Gusti Ketut Arvo", "Ni Made Lund"): the opener is part of the name and tells the
# gender. Only before such a word is "I" no pronoun ("Why I Left Velm").
BALINESE_OPENERS = MappingProxyType({"I": "m", "Ni": "f"})
BALINESE_NAME_WORDS = frozenset(
    {"Gusti", "Wayan", "Putu", "Gede", "Made", "Kadek", "Nengah", "Nyoman", "Komang", "Ketut"}
    | {"Luh", "Dewa"}
)


def title_before(written: str, name: str) -> str:
    """The last word of the title ``written`` holds before ``name``, in lower case ("County
    Sheriff Ada Lund" → "sheriff"), or ""."""
    words = written[: -len(name)].split() if written.endswith(name) else []
    return words[-1].lower() if words else ""


# Courtesy titles that show whether a man or a woman is meant ("Mrs Berg", "Mr Berg").
_HONORIFIC_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f",
    "lady": "f", "madam": "f",
}  # fmt: skip


def honorific_gender(title: str) -> str | None:
    """ "m" or "f" for a courtesy title in lower case ("mrs", "mr."), else None."""
    return _HONORIFIC_GENDER.get(title.rstrip("."))


# Burmese courtesy words, written before a name and never part of it ("U Pe Than" is Pe Than,
# "Daw Khin Lund" is Khin Lund). Only in this case and with no full stop: "U. Lund" has an
# initial, and "Ada U Lund" a middle one (the word opens the name, or follows its title).
_BURMESE_COURTESY = frozenset(("U", "Daw"))


def before_name(words: Sequence[Token], k: int) -> bool:
    """``words[k]``, after the titles cut off a name chunk, stands before the name and is no
    part of it: a title's full stop ("Hon. Ada Lund") or a Burmese courtesy word."""
    if words[k].text == ".":
        return True
    after = words[k + 1].text if k + 1 < len(words) else ""
    return words[k].text in _BURMESE_COURTESY and after[:1].isupper() and not after.isupper()
