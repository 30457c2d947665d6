"""A site's name after the headline it prints in the page's title: ``… - Harbour City Guide``.

A page's ``<title>`` is the headline, maybe a hashtag or two, then the site's name after a dash,
a bar or a tilde (``Ferry crews end strike #Northport - Harbour City Guide``, ``Storm closes ports |
The Harbour Times``). Copies print that title over the headline. The name goes when it is an
outlet's: a few capitalised words, one of them a word outlets name themselves by (``News``,
``Times``, ``Guide``, ``Daily``, ``TV``…) or the words of a web address the page prints
(``harbourcityguide.com``), and the page prints the headline without it on a line of its own.
A headline printed only with its outlet's tag after a dash keeps it (``… analysts warn –
Harbour Daily``: that is the line the page shows; after a bar the outlet's name goes all the
same), and a series' or a section's name after a dash is part of the
headline (``“We protest every month” – Abroad Life``, ``Local politics – Updated``).

A section's label before the headline goes the same way (``World - Ferry crews end strike``,
``Business / Storm closes ports``): one to three words, a dash, a bar or a slash, then the
headline, which the page also prints bare on a line of its own. Printed only with its label, the
line stays whole (``Analysis – why the ferries stopped``). A forum's count of comments after
the headline (``Judge: Freedom of the Press for Commercial Use Only 79``) goes the same way,
when the page prints the headline without it too.
"""

from __future__ import annotations

import re

from claimtrack.text.month_names import ENGLISH_MONTH

__all__ = ["SITE_WORDS", "headline_text", "label_like", "outlet_like", "without_site_name"]

_SUFFIX = re.compile(
    r"(?P<head>\S.*?\S)(?P<tags>(?:\s+#[^\W\d_][\w]*)*)\s+(?P<sep>[|–—~-])\s+"
    r"(?P<site>(?:The\s+)?[a-z]?[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|&|and)){0,4})"
)
_OUTLET_WORDS = frozenset({
    "news", "times", "post", "daily", "herald", "tribune", "guide", "journal", "gazette", "mail",
    "telegraph", "observer", "express", "magazine", "online", "tv", "radio", "network", "media",
    "press", "weekly", "chronicle", "standard", "wire", "blog", "portal", "newspaper", "insider",
    "notícias", "noticias", "nachrichten", "zeitung", "quotidien", "giornale",
    "diario", "jornal", "gazeta", "novosti", "haber",
})  # fmt: skip
SITE_WORDS = _OUTLET_WORDS  # the words an outlet names itself by ("News", "Gazette", "TV")
_HEAD_WORDS = 3
_CAMEL = re.compile(r"[A-Z][a-z]+")  # the words of a name written as one: "iNewsGh"
_COUNT_TAIL = re.compile(r"(?P<head>\S.*?\S)\s+\d{1,5}")  # a forum's count of comments after it


_PREFIX = re.compile(r"(?P<label>[^\W\d_][\w&'’.]*(?: [\w&'’.]+){0,2})\s+[|/–—-]\s+(?P<head>\S.*)")


def without_site_name(title: str, page: str) -> str:
    """``title`` without the section's label it opens with or the outlet's name (and the
    hashtags before it) it ends with, when the page prints the headline bare too."""
    counted = _COUNT_TAIL.fullmatch(title.strip()) if len(title) <= 300 else None
    if counted and len(counted["head"].split()) >= _HEAD_WORDS and _alone(counted["head"], page):
        return counted["head"]  # "Judge: Freedom of the Press 79": its comments, counted
    m = _PREFIX.fullmatch(title.strip()) if len(title) <= 300 else None
    if m is not None and len(m["head"].split()) >= _HEAD_WORDS and _alone(m["head"], page):
        return m["head"]
    first = title.split(" | ", 1)[0].strip()
    if title.count(" | ") >= 2 and len(first.split()) >= _HEAD_WORDS and _alone(first, page):
        return first  # "Headline | Section | Place | Site", the headline printed bare too
    m = _SUFFIX.fullmatch(title.strip()) if len(title) <= 300 else None
    if m is None or len(m["head"].split()) < _HEAD_WORDS:
        return title
    site = m["site"]
    tokens = [t.casefold().strip(".") for t in site.split()]
    domain = "".join(t for t in tokens if t.isalnum())
    folded = page.casefold()
    if not (
        any(t in _OUTLET_WORDS or t.endswith((".com", ".net", ".org")) for t in tokens)
        or any(w.casefold() in _OUTLET_WORDS for w in _CAMEL.findall(site))  # "iNewsGh"
        or (len(domain) >= 6 and (domain + ".") in folded)
    ):
        return title
    # After a bar the words are the site's even when the page never prints the headline bare
    # ("Storm closes ports | THE HARBOUR HERALD"); after a dash they may be a series' name.
    return m["head"] if m["sep"] in "|~" or _alone(m["head"], page) else title


def _alone(head: str, page: str) -> bool:
    """The page prints ``head`` on a line of its own."""
    return re.search(rf"^[ \t]*{re.escape(head)}[ \t]*$", page, re.MULTILINE) is not None


_OUTLET_WORD = re.compile(r"(?:[A-Z][\w&'’.-]*|of|the|and|&)")


def label_like(text: str) -> bool:
    """ "In Summary", "The CenterSquare": a label or an outlet's name, no headline by another."""
    return len(text.split()) <= 2 and outlet_like(text)


def outlet_like(text: str) -> bool:
    """Five capitalised words or fewer, nothing else: "The New York Times", an outlet's name."""
    tokens = text.split()
    return len(tokens) <= 5 and all(_OUTLET_WORD.fullmatch(t) for t in tokens)


def headline_text(text: str) -> str:
    """The headline without a Markdown heading mark ("## Title"), a bullet, an ellipsis, a
    kicker in capitals before a bar ("LOOK | Title"), a station's label ("Speech to Text for
    Title"), a site's section before a slash ("Transport / Title"), a dangling bar or badge
    ("Title |", "Title Featured"), a section in brackets after it ("Title (Museum news)") or the
    day and time the page printed after it or before it ("Title 20/01/2026 13:33", "February
    10, 2021, 6pm Title"), or a kicker run into it ("… traffic light exitWhen Scholz says …");
    "#68: …" keeps its sign."""
    bare = _SECTION_SLASH.sub("", _KICKER_BAR.sub("", _HEADING_MARK.sub("", text)))
    bare = _GLUED_KICKER.sub("", bare)
    trail = _TRAIL_GAP.split(bare.strip())
    if len(trail) >= _TRAIL_STEPS and len(trail[-1].split()) >= _HEAD_WORDS:
        bare = trail[-1]  # "Home  Comments  Press Conferences  Title": a breadcrumb trail
    return _STAMP_START.sub("", _STAMP_END.sub("", _DANGLING_BAR.sub("", bare))).strip() or text


_TRAIL_GAP = re.compile(r" {2,}|\t+")
_TRAIL_STEPS = 3
# ("• Title": a list's bullet too; "…Title": a teaser's ellipsis left before it)
_HEADING_MARK = re.compile(r"^(?:(?:#{1,6}|[•·▪◦‣])(?:\s+|$)|(?:…|\.{3})\s*(?=[A-ZÀ-Þ]))")
# A bar left at the end where the site's name was cut off ("Storm closes ports |"), or a
# theme's badge after the headline ("Storm closes ports Featured").
_DANGLING_BAR = re.compile(r"\s+(?:[|•·]|Featured|Premium)\s*$")
# (and a station's transcript page's label: "Speech to Text for Title")
_KICKER_BAR = re.compile(r"^(?:[A-Z]{2,12}\s+\|\s+|Speech to Text for\s+)(?=\S)")
# A kicker of three words or more run into the headline, which opens with a question word or
# an article ("Explanation after the traffic light exitWhen Scholz says …"; not "PlayStation").
_GLUED_KICKER = re.compile(
    r"^\S+(?: \S+){2,}?[a-z](?=(?:When|How|Why|What|Who|Where|The|This|These|After|Before) \S)"
)
# A site's section before a slash or a chevron: "Transport / More reaction to ferry funding".
_SECTION_SLASH = re.compile(
    r"^(?:News|Sport|Sports|Business|Politics|Transport|Health|Education|Opinion|Local|World"
    r"|Culture|Environment|Crime|Courts|Community|Council|Features|Entertainment|Lifestyle"
    r"|Technology|Science|Weather|Travel|Arts|Farming|Property|Motoring|Economy|Energy)"
    r"\s+[/»›]\s+(?=\S+(?:\s+\S+){3})"
)
_STAMP_END = re.compile(
    r"\s+\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}$"  # a day and a time
    r"|\s+\((?:[A-Z][\w&'’-]* ){0,2}[Nn]ews\)$"  # the section after it: "(Museum news)"
)
_MONTH = ENGLISH_MONTH
_STAMP_START = re.compile(  # a day, maybe its hour, run into the headline
    rf"^(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}})"
    r"(?:,? \d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?)?,?\s+(?=[A-Z“‘\"'])"
)
