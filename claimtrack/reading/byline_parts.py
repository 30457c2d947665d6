"""Parts of a byline that are not the author's name: a list item's bullet before it, the
author's post and institution after it, an advert's control that only looks like a name.

- ``• Jane Roe``, ``• Written by Jane Roe``: a page listing its credits as list items; the bullet
  is no part of the name;
- ``Written by Jane Roe, Professor of Law, University of Northport``: an academic's or an
  expert's byline names the post and institution after the name (capitalised words joined by
  small ones), which are no other author;
- ``Hide Ad``, ``Sponsored Content``: two capitalised words, as a name is, but an advert's;
- ``By Bernama``: a news agency named in full signs the story as its author;
- ``بقلم أدا لوند``, ``记者 林雅达``: a name in a script with no capitals, after a byline's label.
"""

from __future__ import annotations

import re
import unicodedata

from claimtrack.text.first_names import is_given_name
from claimtrack.text.lexicon import wordset

__all__ = [
    "AD_WORDS",
    "GENRE_WORDS",
    "OUTLET_WORDS",
    "PLACE_WORDS",
    "ROLE_JOINERS",
    "ROLE_WORDS",
    "author_name",
    "caseless_name",
    "common_words_name",
    "is_affiliation",
    "signing_agency",
    "without_bullet",
]

# A list item's bullet before a byline or a name ("• Written by Jane Roe", "• Jane Roe").
_BULLET = re.compile(r"^[•·▪◦‣]\s*")
# Words of an advert's controls, never of a name ("Hide Ad", "Sponsored Content").
AD_WORDS = frozenset({"ad", "ads", "advert", "adverts", "advertisement", "sponsored"})
# A place's word beside the date, no author: "Belize City", "Mill Valley".
PLACE_WORDS = wordset(
    "city town valley county village bay beach springs falls heights lake river port"
)
# What a page is, never a word of a person's name: "Doorstop Interview, Ministerial Reshuffle".
GENRE_WORDS = (
    wordset(
        "interview transcript statement remarks speech conference conferences briefing doorstop"
        # a page's controls, sections and kinds of things, printed where a byline stands
        " email link cancel preview news meeting candidate author excerpts edition newsletter"
        # a picture's credit, a show's or a section's name, a desk: "File Photo", "Campbell Live",
        # "More Education", "AG Staff", "Must Read", "Page Last Updated", "Image Caption", "Getty
        # Images", "Bahamas Information Services"
        " photo photos file video gallery live more staff must page image images caption services"
        # a body beside the date, no author: "University Hospital Limerick", "Governor's Office"
        " university hospital ministry department council office"
        # a report's, a thread's or a body's name, a site's link or greeting, a language switch:
        # "TBS Report", "Non-League Football Thread", "Planning Committee", "Short Url", "View
        # Original", "Hello Bermuda", "Internal Affairs", "Analytics Made Easy", "Bd-pratidin
        # English", "Suspect Arrested", "GAA Museum Relaunch"
        " report thread committee trials url assistant summit observer english affairs analytics"
        " hello original arrested suspect breakfast relaunch museum forum"
        " official abonnés subscribers update updates"
        # a date's label, a listing's heading: "Last Updated", "Top Stories", "Main Points"
        " updated published posted modified stories articles posts headlines points"
    )
    | PLACE_WORDS
)

# An author's post and institution after the name: "Professor of Environmental Planning",
# "University of Northport", "Centre for Harbour Studies": capitalised words and small ones.
_AFFILIATION = re.compile(
    r"[A-ZÀ-Þ][\w'’.&-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.&-]*|of|for|and|the|at|on|in|&|de|du|des|di))"
    r"{0,8}"
)


def without_bullet(text: str) -> str:
    """``text`` without a list item's bullet (``• Jane Roe`` is the name ``Jane Roe``)."""
    return _BULLET.sub("", text)


# The outlet run into the name where the page's line break was lost: "Jenne BrammerThe West
# Australian" (a lower-case letter, then "The" and a capitalised word).
_GLUED_OUTLET = re.compile(r"(?<=[a-z]{2})The [A-Z].*")


def author_name(text: str) -> str:
    """A byline's name as an author: no bullet, no outlet run into it ("Jenne BrammerThe West
    Australian" is Jenne Brammer)."""
    return _GLUED_OUTLET.sub("", without_bullet(text)).strip()


def is_affiliation(piece: str) -> bool:
    """A post or an institution after an author's name (``Professor of Law``)."""
    return _AFFILIATION.fullmatch(piece) is not None


def caseless_name(text: str) -> bool:
    """A name in a script with no capitals after a byline's label ("بقلم أدا لوند", "记者 林雅达"):
    one to four words, letters only; a Chinese or Japanese name is one word of two to four."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 4 or any(
        not all(c.isalpha() or unicodedata.category(c) in ("Mn", "Mc") for c in t)
        or t[0].isupper()
        or t[0].islower()
        for t in tokens
    ):
        return False
    return len(tokens) > 1 or 2 <= len(tokens[0]) <= 4


# News agencies that sign stories by their full names (initials sign as initials).
_WIRE_AGENCIES = frozenset({
    "reuters", "the associated press", "associated press", "the canadian press",
    "agence france-presse", "bloomberg", "bloomberg news", "xinhua", "kyodo", "kyodo news",
    "yonhap", "bernama", "antara", "press association", "pa media", "united press international",
    "press trust of india", "australian associated press", "dpa", "efe", "ansa", "anadolu",
    "anadolu agency", "interfax", "tass", "ria novosti", "business wire", "pr newswire",
    "globe newswire", "globenewswire", "accesswire", "cision",
})  # fmt: skip

# A news agency signing alone by its initials ("By AFP", "By IANS"): the agency is the author.
_AGENCY_INITIALS = re.compile(r"[A-Z]{2,8}")
_NOT_AGENCIES = {"ADMIN", "STAFF", "EDITOR", "EDITORS", "TEAM", "DESK", "NEWS", "WEB", "GUEST"}


def signing_agency(piece: str) -> bool:
    """ "By AFP", "By Bernama": a news agency signs the story alone."""
    if piece.casefold() in _WIRE_AGENCIES:
        return True
    return bool(_AGENCY_INITIALS.fullmatch(piece)) and piece not in _NOT_AGENCIES


# An outlet's word: after the name ("By Ada Lund, Northport Courier") no second author; alone
# ("By Northport Today") the outlet signs the story.
OUTLET_WORDS = frozenset({
    "times", "herald", "journal", "tribune", "gazette", "courier", "daily", "today", "chronicle",
    "telegraph", "inquirer", "examiner", "bulletin", "record", "observer", "standard", "review",
    "press", "mirror", "express", "register", "sentinel", "dispatch", "ledger", "advertiser",
    "argus", "guardian", "independent",
})  # fmt: skip
# Words that make a piece of a byline a role or a desk, not a name.
ROLE_WORDS = frozenset({
    "staff", "writer", "reporter", "correspondent", "editor", "contributor", "columnist",
    "journalist", "bureau", "chief", "senior", "political", "reporters", "writers", "desk",
    "news", "agency", "online", "team", "special",
    # an office under a statement's signer ("Deputy Director, Press"), never a name
    "director", "deputy", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
    "officer", "manager", "adviser", "advisor", "president", "chairman", "communications",
}) | OUTLET_WORDS  # fmt: skip
# Words a role joins its words with ("special to the Post", "a staff reporter"): alone they make
# nothing a role, or "Cllr Ada Lund – Land East of Velm" would be a name and her post.
ROLE_JOINERS = frozenset({"to", "the", "in", "at", "for", "of", "a", "an"})


def common_words_name(author: str, text: str) -> bool:
    """An "author" that is a phrase of the page, not a person: its first word no first name
    the dictionary lists and its last a word the story writes in lower case ("Top Stories",
    "South Sudan Violence", "Support Northern Colorado Journalism")."""
    words = author.replace("’s", "").replace("'s", "").split()
    if len(words) < 2 or is_given_name(words[0]):
        return False
    last = words[-1].lower()
    return re.search(rf"(?<![\w’'-]){re.escape(last)}(?![\w’'-])", text) is not None
