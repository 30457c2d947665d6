"""Bylines: the lines that name an article's authors, in the forms outlets print them.

``By Anna Petrova and Tomas Reyes``, ``By Anna Petrova, Staff Writer``, ``Written by Anna
Petrova``, ``From Anna Petrova, Kyiv``, ``Anna Petrova | Newswire``, ``Anna Petrova, Newswire``,
``Anna Petrova - Newswire`` and a name followed by a short bio (``Anna Petrova is a …``). The
agency or role after the name is dropped; only names that look like a person's are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimtrack.reading.byline_parts import (
    AD_WORDS,
    GENRE_WORDS,
    OUTLET_WORDS,
    PLACE_WORDS,
    ROLE_JOINERS,
    ROLE_WORDS,
    caseless_name,
    is_affiliation,
    signing_agency,
    without_bullet,
)
from claimtrack.reading.credits import bracketed_reporter
from claimtrack.reading.notices import is_barred_credit
from claimtrack.text.dates import looks_like_date
from claimtrack.text.first_names import is_given_name

__all__ = [
    "NAME_TOKEN",
    "READING_TIME",
    "WIRE_FROM",
    "byline_label",
    "credited_at_the_end",
    "headline_speaker",
    "is_bio",
    "is_poster",
    "is_role",
    "looks_like_name",
    "name_list",
    "names_in_byline",
    "without_bullet",
]

# An author's picture printed by its alt text before the byline: "avatar by Jane Roe".
_AVATAR = re.compile(r"(?:author(?:'s)? )?(?:avatar|gravatar|headshot)\s+by\s+", re.IGNORECASE)
_BY_LINE = re.compile(
    r"(?:by|author|authors|written by|words by|story by|posted by|reported by|автор|текст"
    r"|article by|text by|report by|article par|artículo de|artigo de"
    # "Story and Photos by Tom Berg", "Photos and text by …": the writer took the pictures too.
    r"|(?:story|text|words|report) and (?:photos?|photographs?|pictures?|pics|video) by"
    r"|(?:photos?|pictures?) and (?:story|text|words) by"
    # "Interview by Tom Berg": the interviewer's credit when a bare name follows ("Interview by
    # Minister Ada Lund with The Courier" is the guest's).
    r"|interview(?:ed)? by(?=(?-i:\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2})\s*$)"
    # "Autor:", "Auteur :", "Autore:", "Szerző:", "Autorka:": the label in other languages.
    r"|autor|autora|autorka|auteur|autore|szerző|tekst|skribent"
    # Indonesian and Malay: "Penulis:Jane Roe" (writer), "Oleh Jane Roe" (by), "Pewarta:".
    r"|penulis|oleh|pewarta"
    r"|par|von|por|av|di|door|af|escrit[oa] por|yazar|بقلم|लेखक|记者|記者"
    # Labels that are a byline only with their colon: "Reporter: Jane Roe", "Texto: Ana Lima",
    # Arabic "كتب:", Chinese "记者：" and "文／".
    r"|(?:reporter|reportero|reportera|repórter|wartawan|texto|testo|reportage|كتب|文)(?=\s*[:：／/]))"
    # The label's colon may touch the name ("Penulis:Jane Roe"); a broadcaster's page sets a
    # comma ("• Author, Jane Roe" over "• Role, Harbour News").
    r"(?:\s*[:：／/]\s*|(?<=author), |\s+)(\S.*)",
    re.IGNORECASE,
)
# "Name | Agency", "Name, Agency", "Name - Agency", "Name (Agency)": at most four words after.
_NAME_AGENCY = re.compile(
    r"([^\W\d_][\w'’.\- ]{2,58}?)\s*(?:\||,|/|\s[-–—]\s|\()\s*([^\W\d_][\w&.'’ \-]{0,40}?)\)?"
)
_PHOTO = re.compile(r"\b(?:photo|image|picture|file|pool|handout)s?\b", re.IGNORECASE)
_BIO_VERBS = ("is", "was", "has", "writes", "covers", "works", "teaches", "holds", "—", "-", "–")
_NAME_PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "la", "le", "bin", "al", "ibn"}
#: A word of a name as bylines print it.
NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
_OWNS = ("'s", "’s")  # a possessive ("Ada's Media", "Mayor's Office") names no person
# Between two authors: a comma, "&", "and", a slash ("Jane Roe / Tom Reed") or "and" in the
# languages bylines are labelled in ("Por Ana Lima e Rui Costa", "Por Ana Ruiz y Eva Gil", "Par …
# et …", "Von … und …"); the small words only in lower case, so "Dan" or "Y" stay in a name.
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:,|&|/|\band\b|\bAND\b|\bи\b|\|)\s*|\s+(?:e|y|et|und|en|och|og|i|dan|ve|with|With)\s+"
)
_BAR = re.compile(r"\s+[|•·]\s+")
# An agency in brackets after the name, a date maybe after it: "By Ada Lund (AFP)–Aug. 26".
# ("By Ada Lund (AFP)–Aug. 26", "By Ada Lund and Tom Berg (China Daily) Updated: …")
_BRACKETED_AGENCY = re.compile(
    r"\s*\((?:[A-Z]{2,6}|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})\)\s*(?:[–—-]\s*)?"
)
# What follows a name in a byline and is not one: the city filed from ("Jane Roe in Northport",
# "Ana Lima, de Lisboa") or the outlet written for ("Jane Roe for The Ledger").
_NAME_WORD = r"[A-Z][a-z’'-]+(?:[A-Z][a-z’'-]+)?"  # ("McKay", "DeVries": a capital inside)
_GLUED_AGENCY = re.compile(rf"(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}})[A-Z]{{2,5}}")
_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w.'’ -]{1,40}$")
_FROM_PLACE = re.compile(r"(?:de|from|aus|desde|depuis|em|da)\s+[A-ZÀ-Þ][\w.'’ -]{1,40}")
_WRITING_FOR = re.compile(r"\s+(?i:for)\s+(?:the\s+)?[A-Z][\w.&'’ -]{1,40}$")


# Words that open a phrase, never a name ("On Tuesday", "In Brief", "The Mayor").
_SENTENCE_OPENERS = {
    "on", "in", "at", "the", "a", "an", "for", "after", "before", "when", "but", "and", "as",
    "from", "with", "by", "to", "of", "this", "that", "it", "he", "she", "we", "they", "i",
    "im", "am", "zum", "zur", "vom", "der", "die", "das", "des", "du", "au", "aux", "les", "los",
    "las", "del", "nel", "nella", "sul", "en", "на", "в", "во", "about", "via",
}  # fmt: skip


# Words of GENRE_WORDS that are surnames too, after a first name ("Campbell Live" is a show).
_SURNAMES_TOO = frozenset(("english", "page", "more", "link", "port", "lake", "river", "bay"))


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words, no digits: a person's name as bylines print it (maybe as a
    list item: ``• Jane Roe``). An advert's control (``Hide Ad``) is no name."""
    text = without_bullet(text)
    if not 3 <= len(text) <= 60 or any(c.isdigit() for c in text):
        return False
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or tokens[0].casefold() in _SENTENCE_OPENERS:
        return False
    # ("Ada Bay Lund": a place's word inside a name after a first name is a middle name)
    middle = PLACE_WORDS if is_given_name(tokens[0]) else frozenset()
    if any(t.casefold() in AD_WORDS for t in tokens) or any(
        t.casefold() in GENRE_WORDS - middle for t in tokens[:-1]
    ):
        return False  # "Hide Ad", "Doorstop Interview": a control, a kind of page
    if tokens[-1].casefold() in GENRE_WORDS and not (
        len(tokens) == 2 and tokens[1].casefold() in _SURNAMES_TOO and is_given_name(tokens[0])
    ):
        return False  # ("Bernie English", "Ada Page": a first name, then a surname)
    capitals = 0
    for n, token in enumerate(tokens):
        if token.casefold() in _NAME_PARTICLES:
            # "der" and "den" only after "van" or "von" ("van der Berg", not "Mitschrift der …").
            if token.casefold() in ("der", "den") and (
                n == 0 or tokens[n - 1].casefold() not in ("van", "von", "vander", "ter")
            ):
                return False
            continue
        if not NAME_TOKEN.fullmatch(token) or not token[0].isupper():
            return False
        capitals += 1
    return capitals >= 2


_LIST_JOINER = re.compile(r",\s+|\s+(?:and|&)\s+")


def name_list(text: str) -> list[str]:
    """The names a line of names alone holds (``Jane Roe``; ``Jane Roe and Tom Berg``; ``Jane
    Roe, Tom Berg & Kim Lee``), else ``[]``."""
    parts = _LIST_JOINER.split(without_bullet(text).strip())
    return parts if len(parts) <= 3 and all(map(looks_like_name, parts)) else []


# "10. Megan", "3. jd_smith": a numbered comment's poster, as forums print it.
_NUMBERED_POSTER = re.compile(r"\d{1,5}\.\s+[\w.'’@-]{2,30}(?:\s+[\w.'’-]{1,30}){0,2}")


def is_poster(text: str) -> bool:
    """A name or a numbered forum handle heading a post (the caller checks its date follows)."""
    return bool(_NUMBERED_POSTER.fullmatch(text)) or looks_like_name(text)


def is_role(piece: str) -> bool:
    """A role, desk or office (``Staff writer``, ``Velm's Media``), not a sentence with "the"."""
    words = piece.replace("-", " ").split()
    if not words or len(words) > 5 or not any(_role_word(w) or w[-2:] in _OWNS for w in words):
        return False
    return all(w[0].isupper() or _role_word(w) or w.casefold() in ROLE_JOINERS for w in words)


def _role_word(word: str) -> bool:
    folded = word.casefold()
    return folded in ROLE_WORDS or folded.endswith("desk")  # ("BusinessDesk", "Newsdesk")


def _outlet(piece: str) -> bool:
    words = piece.split()
    return _is_agency(piece) and words[-1].casefold() in OUTLET_WORDS


def _is_agency(piece: str) -> bool:
    """One to four capitalised words with no sentence in them: an outlet or a desk."""
    words = piece.split()
    return 1 <= len(words) <= 4 and all(w[0].isupper() or w[0] in "&" for w in words)


# "- DAVID JACKSON", "— Anna Petrova": a name after a dash, alone on its line.
_DASH_NAME = re.compile(r"[-–—]\s*(\S.{2,58})")
# "IFN Staff", "Newswire Staff Report", "The Ledger Newsroom": a desk signing for its staff.
_DESK = re.compile(
    r"(?:[A-Z][\w.&'’-]*\s){1,4}(?:staff(?:\s+(?:writer|report|reporter))?|newsroom|news ?desk"
    r"|desk)"  # "Sports Desk", "Web Desk": a desk signs for the section's staff
    r"|[a-z]{2,20}desk",  # and in one word: "BusinessDesk", "Newsdesk"
    re.IGNORECASE,
)

_BY_DESK = re.compile(r"(?i:by)\s+")
# A correspondent's credit with the city filed from: "From Jane Roe, Northport", "From Jane
# Roe in Northport".
_FROM_CREDIT = re.compile(
    r"(?i:from)\s+(?P<who>[^,]{3,60}?)(?:,\s*|\s+in\s+)[A-ZÀ-Þ][\w'’. -]{1,30}"
)


# A wire's byline without "By": "Ada Lund and Tom Berg from NCA Newswire".
_CASED_NAME = r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}"
WIRE_FROM = re.compile(
    rf"(?P<names>{_CASED_NAME}(?:,? and {_CASED_NAME})?)"
    r" from (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3} (?i:newswire|wire|news agency)"
)
_EDITION = re.compile(r"[-–—|]\s*(?:print|online|digital|e-?)\s*edition\s*$", re.IGNORECASE)
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
_GLUED_HANDLE = re.compile(r"(?<=[a-z])@\w{2,30}$")
_TWICE = re.compile(r"(.{4,80}?)\s+\1")
# ("By" alone too: a page that sets the label and the name in two boxes puts them on two lines)
_LABEL_ALONE = re.compile(r"(?:written by|by)\s*:?|authors?\s*:", re.IGNORECASE)


READING_TIME = re.compile(r"\d+\s*(?:min|mins|minutes?)(?:\s+read)?", re.IGNORECASE)


def byline_label(text: str) -> bool:
    """A byline's label alone on its line ("Written by:", "By"): the names are on the next."""
    return _LABEL_ALONE.fullmatch(text.strip()) is not None


def names_in_byline(text: str) -> list[str]:
    """The authors a byline names, or ``[]`` when the line is not a byline."""
    text = _GLUED_BY.sub("By ", without_bullet(text)).rstrip(" ->→»›")  # "ByAda Lund", "… ->"
    text = _GLUED_HANDLE.sub("", text)  # "By Ada Lund@adalund": the author's handle
    if len(text) > 160 or _EDITION.search(text):
        return []  # ("Northport Courier - PRINT EDITION": the paper's edition, no author)
    if (twice := _TWICE.fullmatch(text)) is not None:
        text = twice[1]  # "By Ada Lund By Ada Lund": the page's two bylines copied as one line
    if (avatar := _AVATAR.match(text)) is not None:  # the author's picture's alt text, then "by …"
        text = "By " + text[avatar.end() :]
    if (reporter := bracketed_reporter(text)) is not None:
        return [reporter]  # "[Harbour Daily Reporter Ada Lund]"
    if (glued := _GLUED_AGENCY.fullmatch(text)) is not None:
        return [glued["name"]]  # "Ada LundAAP": the agency run into the name
    dash = _DASH_NAME.fullmatch(text)
    if dash and looks_like_name(dash.group(1).strip()):
        return [dash.group(1).strip()]
    if by_desk := _BY_DESK.match(text):  # "by The Ledger news desk" ("By Staff" signs no one)
        if _DESK.fullmatch(text, by_desk.end()):
            return [text[by_desk.end() :].strip()]
    elif _DESK.fullmatch(text) and text[0].isupper():
        return [text.strip()]
    if (reporters := _wire_credit(text)) is not None:
        return reporters
    if (wire := WIRE_FROM.fullmatch(text)) is not None:
        return re.split(r",? and |, ", wire["names"])  # "Ada Lund and Tom Berg from NCA Newswire"
    credit = _FROM_CREDIT.fullmatch(text)
    if credit and looks_like_name(credit["who"]) and not is_role(credit["who"]):
        return [credit["who"]]
    m = _BY_LINE.fullmatch(_BRACKETED_AGENCY.sub(" | ", text).rstrip(" |"))  # ("… (AFP)–May 2")
    if m:
        # "By Ada Lund | Northport Courier | 14 November": after a bar, the outlet and the date.
        signed = _BAR.split(m.group(1))[0]
        pieces = [_byline_piece(n) for n in _signers(signed) if n]
        pieces = [n for n in pieces if n and not _FROM_PLACE.fullmatch(n)]
        if len(pieces) == 1 and (signing_agency(pieces[0]) or _outlet(pieces[0])):
            return pieces  # "By AFP", "By Northport Today": the agency or outlet alone signs
        named = [looks_like_name(p) or caseless_name(p) for p in pieces]
        names = [p for p, ok in zip(pieces, named, strict=True) if ok and not is_role(p)]
        rest = [p for p in pieces if p not in names]
        if names and named[0] and all(_signs_with(p) for p in rest):
            return names
        return []
    if (signed := _barred_names(text)) is not None:
        return signed
    m = _NAME_AGENCY.fullmatch(text)
    if m and looks_like_name(m.group(1).strip()) and not is_role(m.group(1)):
        agency, slash = m.group(2).strip(), text[m.end(1) : m.start(2)] == "/"
        if _PHOTO.search(agency) or (slash and not is_role(agency)):
            return []  # "Jane Roe (AP Photo)", "Ada Lund/AP": a picture's caption or credit
        if _is_agency(agency) or is_role(agency):
            return [m.group(1).strip()]
    return []


def _signers(signed: str) -> list[str]:
    """The byline's pieces; where ";" sets each author's credit apart ("Ada Lund, MSW, Senior
    Director, Infectious Disease, NACCHO; and Tom Berg, MD, …"), the first of each only: the
    rest is that author's degrees, post and employer."""
    if ";" not in signed:
        return _AUTHOR_SPLIT.split(signed)
    return [
        _AUTHOR_SPLIT.split(re.sub(r"^\s*(?:and|&)\s+", "", part))[0] for part in signed.split(";")
    ]


def _barred_names(text: str) -> list[str] | None:
    """ "Ada Lund | Local Reporter | Northport Courier", "Ada Lund, Tom Berg | Reuters", "Ada
    Lund · 3 min read": the names before the first bar, the rest an outlet, a role, a date or a
    reading time; None when the line is not so."""
    first, *rest = _BAR.split(text)
    if not rest or is_barred_credit(text):
        return None  # "Jane Doe | Coastal Press | Getty Images": a picture's credit
    names = [n.strip() for n in _AUTHOR_SPLIT.split(first) if n.strip()]
    if not names or not all(looks_like_name(n) and not is_role(n) for n in names):
        return None
    others = (
        _is_agency(p) or is_role(p) or looks_like_date(p) or READING_TIME.fullmatch(p) for p in rest
    )
    return names if all(others) else None


# A wire's credit closing its story: "(Reporting by Jane Roe in Northport; Editing by Tom Reed)".
_CREDIT_PIECE = re.compile(
    r"(?P<task>[A-Za-z][a-z]*(?: [a-z]+){0,2}) (?:by|from) (?P<who>\S.{1,120})"
)


_SOURCE_AGENCY = re.compile(r"(?:Source|Via)\s*:\s*[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}\s*(?=\()")


def _wire_credit(text: str) -> list[str] | None:
    """The reporters and writers of a wire's closing credit, or None when ``text`` is not one.

    Every piece (set apart by ``;``, or by nothing before the next task in a copy that lost
    it) names a task and who did it (``Reporting by …``, ``Writing by …``, ``Editing by …``,
    ``Additional reporting by …``); the reporters and the writer are the authors, each maybe
    with the city filed from (``… in Northport``). Editors and additional reporters are not.
    """
    inner = _SOURCE_AGENCY.sub("", text.strip(), count=1)  # "Source: Reuters (Reporting …)"
    inner = inner.removeprefix("(").removesuffix(".").removesuffix(")").strip()
    if not inner[:9].casefold().startswith(("reporting", "reported")):
        return None
    pieces = [_CREDIT_PIECE.fullmatch(p.strip()) for p in _NEXT_TASK.split(inner)]
    if not all(pieces):
        return None
    names: list[str] = []
    for piece in pieces:
        task = piece["task"].casefold() if piece else ""
        if piece and task.startswith(("report", "writ")):
            for name in _AUTHOR_SPLIT.split(piece["who"]):
                name = _FILED_FROM.sub("", name).strip(" .")
                if name and name not in names:
                    names.append(name)
    return names if names and all(looks_like_name(n) for n in names) else None


# Where a wire's credit names its next task: "…; Editing by", "…, Editing by", "… Writing by"
# (the ";" lost; a task in lower case is the same piece's: "Reporting and editing by").
_NEXT_TASK = re.compile(
    r";\s*|,?\s+(?=(?:Additional reporting|Writing|Editing|Compiled|Graphics) by )"
)


# A wire's credit closing the story's last paragraphs: "… in May. (Reporting by Jane Roe)" (a
# copy cut short may lose its bracket's close).
_CLOSING_CREDIT = re.compile(r"\((?:Reporting|Reported) [^()]{4,300}(?:\)\.?)?$")
_LAST_PARAGRAPHS = 3


def credited_at_the_end(authors: Sequence[str], text: str) -> tuple[str, ...]:
    """``authors`` and the reporters and writer a wire's closing credit names at the end of one
    of the story's last paragraphs, each once."""
    out = list(authors)
    for paragraph in text.rstrip().split("\n\n")[-_LAST_PARAGRAPHS:]:
        credit = _CLOSING_CREDIT.search(paragraph.rstrip())
        named = _wire_credit(credit.group(0)) if credit is not None else None
        for name in named or []:
            if name.casefold() not in {a.casefold() for a in out}:
                out.append(name)
    return tuple(out)


def _signs_with(piece: str) -> bool:
    """A piece of a labelled byline after the name that is no other author: a role, an agency
    or the author's post and institution (``Written by Jane Roe, Professor of Law, University
    of Northport``)."""
    return is_role(piece) or _is_agency(piece) or is_affiliation(piece)


def _byline_piece(piece: str) -> str:
    """A piece of a labelled byline without the city it was filed from or the outlet it was
    written for (``Jane Roe in Northport``, ``Jane Roe for The Ledger``)."""
    return _WRITING_FOR.sub("", _FILED_FROM.sub("", piece.strip(" ."))).strip(" .")


def is_bio(text: str, name: str) -> bool:
    """``text`` starts with ``name`` and goes on like a short biography (``… is a reporter``)."""
    if not text.startswith(name) or len(text) == len(name):
        return False
    rest = text[len(name) :].split(None, 1)
    return bool(rest) and rest[0].casefold().strip(",") in _BIO_VERBS


def headline_speaker(name: str, above: Sequence[str]) -> bool:
    """``name`` is whom the headline (the last line of ``above``) quotes ("… no man of God –
    Ada Lund", "Ada Lund: …"): the name under it labels the interviewee, it signs nothing."""
    head = next((line for line in reversed(above) if line), "").rstrip(" .")
    return head.endswith((f"– {name}", f"— {name}", f"- {name}")) or head.startswith(f"{name}:")
