"""What a speaker label's words are: a title, a name given with its initials, a role.

- a **title word** opens a name ("Minister", "Mr.", "Shri", "H.E.");
- a transcript gives each speaker's **initials** in brackets at the first turn ("SENATOR ADA
  LUND (AL): …") and labels the later turns with them ("AL: …");
- a list of **who is who** sets a role in lower case after each name ("Ada Lund: co-writer and
  director of The Tide, …"): no turn of speech.
"""

from __future__ import annotations

import re
from itertools import islice

from claimtrack.aids.name_words import HONORIFICS, TITLES, has_initials

__all__ = [
    "initialled_name",
    "is_title_word",
    "label_name",
    "name_after_title",
    "role_first",
    "who_is_who",
]


def is_title_word(word: str) -> bool:
    """A title or an honorific opening a name: "Minister", "Mr.", "Shri", "H.E."."""
    low = word.lower()
    return low.rstrip(".") in TITLES or low.rstrip(".") in HONORIFICS or low == "h.e."


def initialled_name(name: str, bracket: str) -> str:
    """ "ADA LUND" for "SENATOR ADA LUND (AL)": a transcript gives each speaker's initials at
    the first turn and labels the later turns with them ("AL: …"); "" when the bracket holds
    no initials of the name."""
    inner = bracket.strip(" ()")
    if not (inner.isalpha() and inner.isupper() and 2 <= len(inner) <= 4):
        return ""
    words = name.split()
    while len(words) > 1 and is_title_word(words[0]):
        words = words[1:]
    return " ".join(words) if has_initials(" ".join(words), inner) else ""


def who_is_who(text: str, start: int) -> bool:
    """ "Ada Lund: co-writer and director of The Tide, premiering …": a list of who is who (a
    festival's, a panel's), the role after each name in lower case, no turn of speech (the
    names still count as labels the page uses: "Ada Lund: I …" further down is her turn)."""
    first = [w.strip(",;").removeprefix("co-") for w in text[start:].split()[:2]]
    return bool(first) and first[0][:1].islower() and any(w.lower() in TITLES for w in first)


def name_after_title(label: str) -> str | None:
    """The name after a label's last title word ("Norges statsminister Ada Lund" → "Ada Lund"):
    two to four capitalised words, else None."""
    words = label.split()
    last = max((k for k, w in enumerate(words) if is_title_word(w)), default=None)
    after = words[last + 1 :] if last is not None else []
    return " ".join(after) if 2 <= len(after) <= 4 and all(w[:1].isupper() for w in after) else None


def role_first(first: str, second: str) -> bool:
    """ "PRESIDENT OF THE SENATE, ADA LUND": the role comes first and the name after the
    comma (some governments' transcripts write it so); a name has no title word. ("MR TOM
    BERG (in Cantonese)": a courtesy title opens a name, and a name opens with a capital.)"""
    opener = first.split()[0].lower()
    return (
        opener in TITLES
        and opener not in HONORIFICS
        and second[:1].isupper()
        and not any(w.lower() in TITLES for w in second.split())
    )


def label_name(label: str, text: str = "") -> str:
    """A label in capitals as a name: as ``text`` writes it in lower case elsewhere ("YAR'ADUA"
    → "Yar'adua" where the lead writes so), else title-cased ("AMANPOUR" → "Amanpour")."""
    if not (label.isupper() and len(label) > 1):
        return label
    pattern = re.compile(r"(?<![\w’'])" + re.escape(label) + r"(?![\w’'])", re.IGNORECASE)
    for m in islice(pattern.finditer(text), 20):
        if not m.group().isupper() and m.group()[:1].isupper():
            return m.group()
    # ("MCBRIDE" → "McBride": the prefix's own capital stays)
    return re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), label.title())


def cased_name(name: str) -> str:
    """A full name a page prints in capitals, as a name ("RANDALL KENNEDY" → "Randall
    Kennedy"); any other name as it is."""
    if " " not in name or not name.isupper():
        return name
    return " ".join(label_name(word) for word in name.split())
