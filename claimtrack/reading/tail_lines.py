"""Lines a page prints after its story, in some twenty languages: never the story's words.

- a **label and its list**: tags ("Etiquetas: …", "Schlagwörter: …", "Etiketler: …") and the
  source ("Źródło: PAP", "Kaynak: AA", "来源：新华社", "출처: 연합뉴스");
- **all rights reserved** ("Todos los derechos reservados.", "Все права защищены.", "版权所有",
  "無断転載を禁じます", "무단전재 및 재배포 금지", "جميع الحقوق محفوظة");
- an **author's note**: "Ada Lund is the Courier's local government reporter.", "… She can be
  reached at …" (a name, "is a/the …" and a reporter's job at a capitalised outlet, nothing else);
- the **controls and appeals** around comments and corrections ("Report a correction",
  "Have your say", "Loading comments…", "Read full article", "Like this article? Share it …"),
  a correction's note, sponsored links, a footer's row of links ("About Us | Contact | …");
- lines pointing the reader elsewhere: a contact line, post navigation, a copyright or licence
  notice (:mod:`~claimtrack.reading.page_pointers`).
"""

from __future__ import annotations

import re

from claimtrack.reading.page_pointers import is_page_pointer

__all__ = ["is_tail_line"]

_LABELLED = re.compile(
    r"(?:etiquetas?|schlagwörter|schlagworte|mots[- ]clés|tagi|etiketler|etichette|trefwoorden"
    r"|štítky|címkék|ετικέτες|टैग|标签|標籤|タグ|태그|tagit|emneord|nøgleord)\s*[:：]\s*\S.{0,200}"
    # the source, a name and no sentence: Polish, Turkish, Indonesian, Italian, Portuguese,
    # Dutch, Czech, Hungarian, Romanian, Greek, Chinese, Japanese, Korean, Vietnamese, Hindi,
    # Persian, Hebrew
    r"|(?:źródło|kaynak|sumber|fonte|bron|zdroj|forrás|sursa|πηγή|来源|來源|出典|출처|nguồn|स्रोत"
    r"|منبع|מקור)\s*[:：]\s*[^.!?。]{1,60}",
    re.IGNORECASE,
)
_RIGHTS = re.compile(
    r".{0,120}(?:todos los derechos reservados|tous droits réservés|alle rechte vorbehalten"
    r"|все права защищены|wszelkie prawa zastrzeżone|tutti i diritti riservati"
    r"|todos os direitos reservados|tüm hakları saklıdır|hak cipta dilindungi(?: undang-undang)?"
    r"|alle rechten voorbehouden|všechna práva vyhrazena|minden jog fenntartva"
    r"|toate drepturile rezervate|με επιφύλαξη παντός δικαιώματος|版权所有|版權所有|無断転載"
    r"|무단\s?전재|جميع الحقوق محفوظة|כל הזכויות שמורות|सर्वाधिकार सुरक्षित).{0,120}",
    re.IGNORECASE,
)
_OUTLET = r"(?:the )?[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|&)){0,5}"
_JOB = (
    r"(?: [\w-]+){0,4} (?:reporter|correspondent|editor|writer|journalist|columnist|contributor"
    r"|producer|photographer|intern|fellow)"
)
# "Ada Lund is a reporter for the Courier." or "… is the Courier’s reporter.": the outlet
# named, so "Berg is the town's longest-serving editor" (a story's sentence) is not one.
_AUTHOR_NOTE = re.compile(
    r"[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3} is "
    rf"(?:(?:a|an|the){_JOB} (?:at|for|with|based in) {_OUTLET}"
    rf"|(?:the )?[A-Z][\w&.-]*(?:’s|'s){_JOB})\."
    r"(?: (?:She|He|They) (?:can be reached|covers|writes|tweets|is on).{0,120})?"
)
# "Ada Lund covers local government for the Courier.", "Write to Ada Lund at …", "Contact Ada
# Lund at …": who wrote it and how to reach them.
_AUTHOR_CONTACT = re.compile(
    r"(?:(?:[Ww]rite to|[Cc]ontact|[Ee]-?mail|[Rr]each) [A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}"
    r" (?:at|on|via) \S.{0,120}"
    rf"|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){{1,3}} covers [\w ,&'’-]{{2,60}} for {_OUTLET}\.)"
)
_CONTROLS = re.compile(
    r"(?:report an? (?:correction|error)|editorial (?:standards|guidelines|policy)"
    # a correction's note
    r"|(?:correction|clarification|editor[’']?s note)\s*:\s*\S.{0,280}"
    r"|this (?:story|article|report) has been (?:corrected|updated|amended) .{1,200}"
    r"|an earlier version of this (?:story|article|report) .{1,200}"
    # appeals and furniture around comments, sharing and sponsored links
    r"|follow us on .{1,80}|click here (?:for|to) .{1,80}|never miss a (?:story|thing).{0,80}"
    r"|the views (?:and opinions )?expressed (?:here |herein |in this (?:article|piece|column) )?"
    r"are .{1,160}"
    r"|what do you think\?.{0,100}|let us know (?:what you think )?in the comments.{0,60}"
    r"|do you have a (?:news )?(?:story|tip)\?.{0,100}|post navigation|leave a reply cancel reply"
    r"|(?:paid|sponsored) (?:partner )?content|promoted (?:stories|content|links)"
    r"|around the web|from our (?:partners|sponsors)|updated at \d{1,2}[:.]\d{2}.{0,12}"
    # a wire's pointer to its coverage; a newsletter box set inside the story
    r"|follow (?:ap|reuters|afp|our)(?:[’']s)? coverage of .{1,160}"
    r"|(?:skip past|after) newsletter promotion|privacy notice: .{1,300}"
    r"|sign up (?:to|for) (?:[\w’'&-]+ ){0,5}[\w’'&-]+"
    r"|(?:media|video|audio) caption,? .{1,300}|[-_*=~•·]{3,}|(?:\* ){2,}\*"
    r"|have your say|read (?:the )?full (?:article|story)|loading comments(?:…|\.\.\.)?"
    r"|(?:like|liked|enjoy|enjoyed) this (?:article|story)\? .{0,60}"
    r"|this (?:article|story) (?:was|has been) (?:last )?updated (?:on|at) .{1,60})\.?",
    re.IGNORECASE,
)
# "About Us | Contact | Privacy Policy | Terms of Use": a footer's row of links.
_LINK_ROW = re.compile(r"[\w&'’ ]{2,25}(?: \| [\w&'’ ]{2,25}){2,12}")
_MAX_CHARS = 300


def is_tail_line(text: str) -> bool:
    """A line of the page's furniture after a story (see the module's notes)."""
    if len(text) > _MAX_CHARS:
        return False
    return bool(
        _LABELLED.fullmatch(text)
        or _RIGHTS.fullmatch(text)
        or _CONTROLS.fullmatch(text)
        or _AUTHOR_NOTE.fullmatch(text)
        or _AUTHOR_CONTACT.fullmatch(text)
        or _LINK_ROW.fullmatch(text)
        or is_page_pointer(text)
    )
