"""Notes a wire, a syndication feed or a page's engine prints with a story: never its text.

- a wire's **currency note**: ``($1 = 18.5 Northland pesos)``, ``(1 euro = $1.08)``,
  ``($1 = 0.92 euros; £1 = $1.27)``: a rate in brackets, alone on its line;
- a desk's **initials**: ``(abc/DEF)``, ``(jr/tr)``: two to four short codes set apart by slashes,
  in brackets, alone on the line (the reporter's and the editor's, as many agencies sign);
- a **syndication note**: ``The post <title> appeared first on <site>.`` (a feed's footer), ``This
  post has been auto-published from an agency feed …``, ``… is auto-generated from a syndicated
  feed``, ``… has not been edited by … staff``;
- a **script's address** left by an embedded post: ``//platform.example.com/widgets.js``;
- a **comment prompt** whose links were lost: ``To leave a comment you must or Join us``,
  ``You must be logged in to post a comment.``, ``Log in or register to comment``;
- a **pointer to the page's player**: ``You can watch the full interview in the video player,
  above.``, ``Watch the video above``;
- a **link's words without the link**: ``Read the reaction of the union here.``, and a pointer to
  another page ending on its address (``… by clicking here: https://…``);
- a picture's **source alone** in brackets: ``(NOAA)``, ``(AFP)`` (two to five capitals: a
  transcript's ``(APPLAUSE)`` is a word);
- a **language switcher's item**: ``• Arabic``, ``- Français`` (a bullet and a language's name),
  and a **language switcher** on one line: two languages' names or more and nothing else, each
  in its own language or in English (``English | Deutsch | Français``, ``عربي Español Русский
  简体中文``).

A sentence that only mentions these things (``The rate was 18.5 pesos to the dollar.``, ``He
watched the interview above the bar.``) is none of them: each pattern must match the whole line.
Each check is linear in the line's length and skips long lines.
"""

from __future__ import annotations

import re

__all__ = ["is_feed_note", "language_bar", "language_link"]

_AMOUNT = r"(?:[$€£¥₹]|US\$|[A-Z]{3}\s?)?\d[\d,.]*(?:\s?[$€£¥₹])?(?:\s[^\W\d_][\w.'’-]*){0,3}"
_RATE = rf"{_AMOUNT}\s?=\s?{_AMOUNT}"
_CURRENCY_NOTE = re.compile(rf"\(\s*{_RATE}(?:\s?[;,]\s?{_RATE})*\s*\)")
_DESK_INITIALS = re.compile(r"\(\s*[^\W\d_]{2,5}(?:\s?/\s?[^\W\d_]{2,5}){1,3}\s*\)")
_SYNDICATION = re.compile(
    # WordPress's feed footer: the post's title and the site's name, both capitalised.
    r"the post (?-i:[A-Z0-9\"“‘']).{0,300} appeared first on (?-i:[A-Z0-9]).{0,100}"
    r"|(?:\(?disclaimer\s*:\s*)?.{0,120}\b(?:auto-?(?:published|generated)|published|posted"
    r"|generated) (?:from|via|through) (?:an? )?(?:syndicated|agency|news agency|wire)(?: news)?"
    r" feed\b.{0,200}"
    r"|.{0,120}\b(?:this|the) (?:story|article|report|post|content) has not been edited by"
    r" .{1,60} staff\b.{0,200}",
    re.IGNORECASE,
)
_SCRIPT_URL = re.compile(r"(?:https?:)?//[\w-]+(?:\.[\w-]+)+/\S{0,200}\.js(?:\?\S{0,100})?")
_COMMENT_PROMPT = re.compile(
    r"(?:to (?:leave|post|write|add) a comment,? you (?:must|need to|have to)"
    r"|you (?:must|need to) (?:be )?(?:logged in|signed in|log in|sign in|register)"
    r"(?: to (?:leave|post|write|add) a comment)?"
    r"|(?:please )?(?:log ?in|sign ?in)(?: here)?(?: or (?:register|sign up|join))? to"
    r" (?:comment|leave a comment|post a comment))\b.{0,60}",
    re.IGNORECASE,
)
_PLAYER_POINTER = re.compile(
    r"(?:you can )?(?:watch|see|listen to) (?:the |our )?(?:full |whole |entire )?"
    r"(?:interview|video|report|programme|program|conversation|episode|clip|broadcast)"
    r"(?:,? (?:in|on) the (?:video |media |audio )?player)?,? (?:above|below)[.!]?",
    re.IGNORECASE,
)
# "Read the reaction of the union here.", "Read the full statement here": a link's words left
# without their link (an imperative to read, ending on "here").
_READ_HERE = re.compile(
    r"(?:you can )?(?:read|see|view|download|find) (?:the|our|his|her|their|a|an|all|more)\b"
    r"[^.!?\"“”]{1,120}\b(?:here|at this link|in full here)\s*[.!]?",
    re.IGNORECASE,
)
# "… you can go directly to the page by clicking here: http://…": a pointer to another page.
_CLICK_HERE = re.compile(r"\bclick(?:ing)? here\s*:?\s*(?:https?://|www\.)\S{1,300}\s*$", re.I)
# A picture's source alone in brackets: "(NOAA)", "(AFP)", "(AP/NOAA)". Two to five capitals:
# a transcript's stage directions are words ("(APPLAUSE)", "(LAUGHTER)").
_SOURCE_ALONE = re.compile(r"\((?-i:[A-Z]{2,5})(?:\s?/\s?(?-i:[A-Z]{2,5}))?\)")

# A language switcher's links: each language's name alone, maybe as a list item ("• English",
# "العربية", "Français"), in English or in its own language.
_LANGUAGES = frozenset({
    "english", "arabic", "french", "spanish", "german", "russian", "chinese", "portuguese",
    "italian", "turkish", "persian", "farsi", "urdu", "hindi", "japanese", "korean", "dutch",
    "français", "español", "deutsch", "русский", "português", "italiano", "türkçe", "فارسی",
    "العربية", "عربي", "中文", "日本語", "한국어", "українська", "polski", "nederlands",
    "indonesian", "malay", "bengali", "ukrainian", "bahasa indonesia", "bahasa melayu",
    "اردو", "हिन्दी",
})  # fmt: skip
# More names a switcher on one line shows (never alone: ``• Polish`` may be a list's item).
_BAR_LANGUAGES = _LANGUAGES | frozenset({
    "简体中文", "繁體中文", "繁体中文", "汉语", "漢語", "ελληνικά", "עברית", "svenska", "norsk",
    "dansk", "suomi", "čeština", "magyar", "română", "български", "беларуская", "қазақша",
    "tiếng việt", "ไทย", "kiswahili", "hrvatski", "srpski", "српски", "slovenčina",
    "slovenščina", "lietuvių", "latviešu", "eesti", "català", "euskara", "galego", "shqip",
    "ქართული", "հայերեն", "বাংলা", "தமிழ்", "پښتو", "دری", "kurdî", "हिंदी",
    "vietnamese", "thai", "greek", "hebrew", "polish", "czech", "swedish", "norwegian",
    "danish", "finnish", "hungarian", "romanian", "bulgarian", "serbian", "croatian",
    "swahili", "amharic", "somali", "hausa", "pashto", "kurdish", "tamil", "uzbek",
    "kazakh", "georgian", "armenian", "belarusian",
})  # fmt: skip
_LIST_MARK = re.compile(r"^[-–•·▪*]\s*")
# What sets a switcher's names apart: spaces, bars, slashes, bullets.
_BAR_MARKS = re.compile(r"\s*[|/•·▪¦]\s*|\s+")
_BAR_NAMES = 2  # names in one line at the least


def language_link(text: str, marked: bool = False) -> bool:
    """A language switcher's link: a language's name alone (``• English``, ``Français``); with
    ``marked``, only as a list item (in the body, a language's name alone may be a heading)."""
    text = text.strip()
    item = _LIST_MARK.sub("", text)
    return len(text) <= 30 and item.casefold() in _LANGUAGES and (not marked or item != text)


def language_bar(text: str) -> bool:
    """A language switcher on one line: two languages' names or more and nothing else
    (``English | Deutsch | Français``, ``عربي Español Русский 简体中文``)."""
    if len(text) > 200:
        return False
    tokens = [t.casefold() for t in _BAR_MARKS.split(text.strip()) if t]
    names = at = 0
    while at < len(tokens):  # a name of two words first ("bahasa indonesia", "tiếng việt")
        if " ".join(tokens[at : at + 2]) in _BAR_LANGUAGES and at + 1 < len(tokens):
            at += 2
        elif tokens[at] in _BAR_LANGUAGES:
            at += 1
        else:
            return False
        names += 1
    return names >= _BAR_NAMES


_MAX_CHARS = 500


def is_feed_note(text: str) -> bool:
    """A wire's, a feed's or a page engine's note (see the module's notes)."""
    if len(text) > _MAX_CHARS:
        return False
    if text[:1] == "(" and (
        _CURRENCY_NOTE.fullmatch(text)
        or _DESK_INITIALS.fullmatch(text)
        or _SOURCE_ALONE.fullmatch(text)
    ):
        return True
    if language_link(text, marked=True) or language_bar(text):  # "• Arabic", "English | Deutsch"
        return True
    if text[:2] in ("//", "ht") and _SCRIPT_URL.fullmatch(text):
        return True
    return bool(
        _SYNDICATION.fullmatch(text)
        or _COMMENT_PROMPT.fullmatch(text)
        or _PLAYER_POINTER.fullmatch(text)
        or (len(text) <= 160 and _READ_HERE.fullmatch(text))
        or ("here" in text.casefold() and _CLICK_HERE.search(text))
    )
